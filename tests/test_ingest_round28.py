"""Shapes from the b120–b123 first runs: a PDF whose section titles stand in the left margin beside the numbered
text (one title on two lines, one at the very top of a page, one set close to its paragraph's number), a
cross-reference wrapped at its number ("… the new paragraph" / "7.3 is expected …"), a Word protocol laid out a
table to each section with one- and two-row sections and a signature block in a table, a "Situation | Councillor
should | Officer should" table whose situations are long, section titles in capitals after a list, and a Welsh
adoption line. Every line stays a clause, a heading or recorded furniture."""

from __future__ import annotations

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_nothing_lost import _check_accounted


def _margin_pdf(path, pages: list | None = None, foot: str | None = None) -> None:
    """A PDF whose rows are (margin title, paragraph number, text), or (heading, None, None) across the page; ``foot``
    a line set under the last page's text."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    pages = pages or [
        [("1. INTRODUCTION", None, None),
         ("Purpose and status", "1.1", "This Protocol sets out how councillors and officers should work"),
         (None, None, "with each other and forms part of the Council's Constitution."),
         (None, "1.2", "Good working relationships rest on mutual trust and respect."),
         ("Relationship with the Codes 1.3", None, "The Protocol does not replace the Members' Code of"),
         (None, None, "Conduct and should be read alongside it.")],
        [("Statutory officers", "2.1", "The Council has three statutory officers, each with personal"),
         (None, None, "legal duties that Members must respect."),
         ("Close personal", "2.2", "Close personal familiarity between a Member and an officer"),
         ("relationships", None, "can damage the relationship and should be avoided.")],
    ]
    for n, rows in enumerate(pages, 1):
        c.setFont("Helvetica", 8)
        c.drawString(57, 810, "Pelham Borough Council – Constitution, Part 5C")
        c.drawString(280, 30, f"- {n} -")
        y = 770
        for title, number, text in rows:
            if text is None:  # a section heading across the page
                c.setFont("Helvetica-Bold", 11)
                c.drawString(57, y, title)
                y -= 24
                continue
            if number or (title and title.endswith("1.3")):
                y -= 9  # a paragraph's space above it
            c.setFont("Helvetica", 10)
            if title:
                c.drawString(57, y, title)
            if number:
                c.drawString(176, y, number)
            c.drawString(210, y, text)
            y -= 13
        if foot and n == len(pages):
            c.drawString(57, y - 30, foot)
        c.showPage()
    c.save()


def test_section_titles_in_a_pdfs_left_margin_are_headings_beside_whole_paragraphs(tmp_path):
    path = tmp_path / "margin.pdf"
    _margin_pdf(path)
    raw = read(path)
    doc = segment(raw)
    texts = {c.clause_id: c.text for c in doc.clauses}
    assert texts["1.1"] == ("This Protocol sets out how councillors and officers should work with each other and "
                            "forms part of the Council's Constitution.")
    assert texts["1.3"] == "The Protocol does not replace the Members' Code of Conduct and should be read alongside it."
    assert texts["2.2"] == ("Close personal familiarity between a Member and an officer can damage the relationship "
                            "and should be avoided.")
    headings = [h.text for h in doc.headings]
    for title in ("Purpose and status", "Relationship with the Codes", "Statutory officers",
                  "Close personal relationships"):
        assert title in headings
    assert not any("Statutory officers" in f.text for f in doc.furniture)  # at the top of its page, still a title
    _check_accounted(raw, doc)


def test_a_cross_reference_wrapped_at_its_number_stays_in_its_sentence(seg):
    doc = seg("8.2 Financial: there are no financial implications.\n"
              "8.3 Equality: no adverse impact was identified, although the new paragraph\n"
              "7.3 is expected to benefit officers with caring responsibilities.\n"
              "8.4 Climate: none.\n")
    assert [c.clause_id for c in doc.clauses] == ["8.2", "8.3", "8.4"]
    assert doc.clauses[1].text.endswith("the new paragraph 7.3 is expected to benefit officers with caring "
                                        "responsibilities.")


def test_a_paragraph_number_after_a_full_stop_still_starts_its_paragraph(seg):
    doc = seg("7.2 Members should raise concerns with the director in the first instance.\n"
              "7.3 is the paragraph that covers formal complaints to the Monitoring Officer.\n")
    assert [c.clause_id for c in doc.clauses] == ["7.2", "7.3"]


def _sectioned_docx(path) -> None:
    from docx import Document

    d = Document()
    d.add_heading("Councillor and Clerk Protocol", 0)
    sections = [("1. Introduction", [("1.1", "The Parish Council employs a part-time Clerk, who is also its "
                                             "Responsible Financial Officer."),
                                     ("1.2", "Its aim is a professional working relationship built on trust and "
                                             "courtesy.")]),
                ("2. Councillors", [("2.1", "Councillors make decisions together at properly called meetings."),
                                    ("2.2", "No councillor may give the Clerk instructions on their own."),
                                    ("2.3", "Councillors should not contact the Clerk outside working hours.")]),
                ("3. Review", [("3.1", "This protocol will be reviewed by the Council every two years.")])]
    for title, rows in sections:
        d.add_heading(title, 1)
        table = d.add_table(rows=len(rows), cols=2)
        for i, (number, text) in enumerate(rows):
            table.cell(i, 0).text = number
            table.cell(i, 1).text = text
    sig = d.add_table(rows=2, cols=3)
    for i, post in enumerate(["Chairman", "Clerk and Responsible Financial Officer"]):
        sig.cell(i, 0).text = "Signed: ................................"
        sig.cell(i, 1).text = post
        sig.cell(i, 2).text = "Date: ............"
    d.save(str(path))


def test_sections_laid_out_as_number_and_text_tables_are_paragraphs_however_few_rows(tmp_path):
    path = tmp_path / "sections.docx"
    _sectioned_docx(path)
    raw = read(path)
    doc = segment(raw)
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1"]
    assert [f.reason for f in doc.furniture if "Signed" in f.text] == ["signature block", "signature block"]
    _check_accounted(raw, doc)


def test_a_short_numbered_table_of_data_stays_a_table(tmp_path):
    from docx import Document

    d = Document()
    d.add_heading("Response times", 0)
    table = d.add_table(rows=2, cols=2)
    for i, (number, text) in enumerate([("1.1", "Acknowledge"), ("1.2", "Reply in full")]):
        table.cell(i, 0).text = number
        table.cell(i, 1).text = text
    path = tmp_path / "data.docx"
    d.save(str(path))
    doc = segment(read(path))
    assert {c.kind for c in doc.clauses} == {"cell"}


def test_a_first_column_headed_situation_names_its_rows_at_length(seg):
    doc = seg("| Situation | Councillor should | Officer should |\n|---|---|---|\n"
              "| A councillor asks a junior officer to start a new piece of work | Ask the head of service first "
              "| Refer the request to their manager |\n"
              "| A journalist asks for a comment | Say that they speak for themselves | Pass the enquiry to the press "
              "office |\n", ".md")
    texts = [c.text for c in doc.clauses]
    assert "Ask the head of service first" in texts
    assert not any(t.startswith(("A councillor asks", "A journalist")) for t in texts)


def test_section_titles_in_capitals_after_a_list_are_headings(seg):
    doc = seg("A. INTRODUCTION\n\n(i) This protocol covers:\n\n   - the roles of councillors and staff;\n"
              "   - what to do when things go wrong.\n\nB. THE ROLE OF COUNCILLORS\n\n"
              "(i) Councillors are elected to represent the people of the town.\n")
    assert "THE ROLE OF COUNCILLORS" in [h.text for h in doc.headings]
    assert not any("THE ROLE" in c.text for c in doc.clauses)


def test_welsh_adoption_and_review_due_lines_are_the_documents_details(seg):
    doc = seg("# Protocol\n\n1. Councillors and the Clerk treat each other with respect.\n\n"
              "Mabwysiadwyd gan Gyngor Cymuned Penybedw ar 15 Medi 2026 (cofnod 84/26).\n\nReview due: May 2028\n",
              ".md")
    assert [c.text for c in doc.clauses] == ["Councillors and the Clerk treat each other with respect."]
    assert [f.reason for f in doc.furniture] == ["document details", "document details"]


# --- from adversarial review 29 ---

def test_a_list_after_a_lead_in_ending_on_section_keeps_its_first_item(seg):
    doc = seg("1. Requests for information\n\nCouncillors may ask for information about matters covered in this section\n"
              "1. where the information is needed for their duties as councillors;\n"
              "2. where it relates to their ward or parish;\n3. where the Clerk agrees that it may be released.\n")
    texts = [c.text for c in doc.clauses]
    assert "where the information is needed for their duties as councillors;" in texts
    assert not any(t.endswith("in this section 1. where the information is needed for their duties as councillors;")
                   for t in texts)


def test_words_set_apart_in_a_pdf_line_are_no_margin_titles(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "gap.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    rows = [("Councillors", "must not instruct the Clerk or any other officer directly."),
            ("Officers", "must give impartial advice to every councillor."),
            ("Contents", None), ("Introduction", "1. Purpose and scope of this protocol", "2"),
            ("Roles", "2. The roles of councillors and officers", "4")]
    y = 770
    for row in rows:
        c.drawString(57, y, row[0])
        if len(row) > 1 and row[1]:
            c.drawString(176, y, row[1])
        if len(row) > 2:
            c.drawString(500, y, row[2])
        y -= 22
    c.save()
    raw = read(path)
    doc = segment(raw)
    assert not {"Councillors", "Officers", "Introduction", "Roles"} & {h.text for h in doc.headings}
    assert any("must not instruct the Clerk" in c.text for c in doc.clauses)  # (a table of two columns, as before)
    _check_accounted(raw, doc)


def test_a_first_column_that_states_a_rule_is_no_row_label(seg):
    doc = seg("| Issue | Detail |\n|---|---|\n| Councillors are not entitled to see the personnel files of individual "
              "officers | The Clerk keeps them. |\n| Complaints about the Clerk | They go to the Staffing Committee. |\n",
              ".md")
    assert "Councillors are not entitled to see the personnel files of individual officers" in [c.text for c in doc.clauses]


def test_the_header_of_a_table_of_signatures_is_furniture_too(tmp_path):
    from docx import Document

    d = Document()
    d.add_heading("Protocol", 0)
    d.add_paragraph("1.1 Councillors and officers must work together with respect.")
    table = d.add_table(rows=3, cols=3)
    for i, row in enumerate([("Role", "Signature", "Date"), ("Chair", "Signed: ........", "Date: ......."),
                             ("Clerk", "Signed: ........", "Date: .......")]):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    path = tmp_path / "sign.docx"
    d.save(str(path))
    doc = segment(read(path))
    assert [c.clause_id for c in doc.clauses] == ["1.1"]
    assert [f.reason for f in doc.furniture] == ["signature block"] * 3


# --- from the b124–b127 first runs ---

def test_a_ruled_text_table_whose_cells_wrap_in_their_columns_is_a_table(seg):
    doc = seg("4.2 What each side can expect\n\n"
              "   You can expect officers to…                   Officers can expect you to…\n"
              "   ------------------------------------------------------------------------------\n"
              "   Give you accurate, impartial and timely       Treat them with courtesy and respect, in\n"
              "   advice                                        meetings and outside them\n\n"
              "   Treat every councillor alike, whatever        Respect their political neutrality and\n"
              "   their party                                   never ask for help with party work\n\n"
              "   Keep you informed about significant issues    Give them reasonable time to deal with\n"
              "   in your ward                                  requests\n")
    texts = [c.text for c in doc.clauses]
    assert "Give you accurate, impartial and timely advice" in texts
    assert "Treat them with courtesy and respect, in meetings and outside them" in texts


def test_a_table_of_contacts_and_a_line_of_numbers_are_contact_details(seg):
    doc = seg("4.5 Advice on the Code of Conduct is available from the Monitoring Officer's team.\n\n"
              "T 020 7946 0401  |  E chief.executive@thamesbridge.gov.uk\n\n4.6 Key contacts\n\n"
              "Member Services                 020 7946 0388   member.services@thamesbridge.gov.uk\n"
              "Members' Enquiry Service        mes.thamesbridge.gov.uk (sign in with your council account)\n"
              "Monitoring Officer's team       020 7946 0415   standards@thamesbridge.gov.uk\n"
              "IT service desk (councillors)   020 7946 0300, option 4\n")
    assert [c.clause_id for c in doc.clauses] == ["4.5"]
    assert not doc.warnings  # (its last line, "option 4", is no sentence cut short)


def test_a_title_over_its_welsh_translation_is_one_heading(seg):
    doc = seg("Procedure for the Appraisal of the Clerk and for Concerns about the Clerk\n"
              "Gweithdrefn ar gyfer Arfarnu'r Clerc a Phryderon am y Clerc\n\n"
              "1. The Council appraises the Clerk's work every year.\n")
    assert [c.text for c in doc.clauses] == ["The Council appraises the Clerk's work every year."]


def test_a_protocol_quoted_in_an_email_reply_loses_its_quote_marks(seg):
    doc = seg("From: Martin Eddowes <m.eddowes@example.gov.uk>\nSubject: RE: Protocol\n\nDear Hannah,\n\n"
              "Thanks - I'm content with it.\n\nSent from my iPhone\n\n"
              "> On 30 Oct 2026, at 11:15, Hannah Pryce <clerk@example.gov.uk> wrote:\n>\n"
              "> 2. THE CLERK\n>\n> 2.1 The Clerk is responsible for:\n> (a) giving advice to the Council;\n"
              "> (b) carrying out the decisions of the Council.\n")
    texts = [c.text for c in doc.clauses]
    assert "giving advice to the Council;" in texts and "carrying out the decisions of the Council." in texts
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons["Sent from my iPhone"] == "email footer"


def test_a_markdown_cells_breaks_part_its_statements(seg):
    doc = seg("| Enquiry | Timescale |\n|---|---|\n| Casework | Acknowledgement within 2 working days<br>Full reply "
              "within 10 working days |\n| Complaints | Acknowledgement within 3 working days<br>outcome within 20 "
              "working days |\n", ".md")
    texts = [c.text for c in doc.clauses]
    assert "Acknowledgement within 2 working days" in texts and "Full reply within 10 working days" in texts
    assert "Acknowledgement within 3 working days outcome within 20 working days" in texts  # (going on in lower case)


def test_a_news_items_byline_comment_box_and_a_readers_thanks(seg):
    doc = seg("# Working with councillors\n\nBy Rhiannon Achterberg, Internal Communications · 20 May 2027 · 5 min read"
              "\n\nOfficers should reply to councillors within two working days.\n\n"
              "Useful reminder. Could the system send an automatic acknowledgement?\n\n"
              "Add a comment (comments are moderated and appear within one working day)\n", ".md")
    texts = [c.text for c in doc.clauses]
    assert "Useful reminder. Could the system send an automatic acknowledgement?" in texts
    assert {f.reason for f in doc.furniture} >= {"byline", "page widget"}
