"""Shapes from the b112–b115 first runs and the r27 training set: a Word protocol whose every section sits in a
bordered one-column table (with a table inside a cell), a "who to contact" table headed "Issue | Contact", points
whose Roman-numbered items run inline on one line, a slide handout (a footer numbered by slide, "Speaker notes:" over
prose wrapped at the page's width, bullets that name a party and what it does), an audit report in PDF whose findings
table in small type holds more characters than its paragraphs, and draft minutes' status line. Every line stays a
clause, a heading or recorded furniture."""

from __future__ import annotations

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_nothing_lost import _check_accounted


def _boxed_docx(path) -> None:
    from docx import Document

    d = Document()
    d.add_heading("Protocol on Member and Officer Relations", 0)
    sections = [("1. Introduction", ["1.1 This protocol sets out how councillors and officers of the Council work "
                                     "together.", "1.2 It forms part of the Constitution."]),
                ("2. Roles of Members", ["2.1 Members are responsible for setting the policy framework of the Council.",
                                         "2.2 Members must not give instructions to officers about operational matters."])]
    for title, paragraphs in sections:
        table = d.add_table(rows=1, cols=1)
        table.style = "Table Grid"
        cell = table.cell(0, 0)
        cell.paragraphs[0].text = title
        cell.paragraphs[0].runs[0].bold = True
        for text in paragraphs:
            cell.add_paragraph(text)
        d.add_paragraph("")
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    cell.paragraphs[0].text = "3.1 Officers should report any undue pressure to their manager without delay."
    inner = cell.add_table(rows=3, cols=2)
    for i, (issue, contact) in enumerate([("Issue", "Contact"), ("Concerns about an officer", "The officer's Director"),
                                          ("Concerns about a Member's conduct", "The Monitoring Officer")]):
        inner.cell(i, 0).text = issue
        inner.cell(i, 1).text = contact
    d.save(str(path))


def test_sections_boxed_in_one_column_tables_read_as_the_pages_own_paragraphs(tmp_path):
    path = tmp_path / "boxed.docx"
    _boxed_docx(path)
    raw = read(path)
    doc = segment(raw)
    texts = {c.clause_id: c.text for c in doc.clauses}
    assert texts["1.1"] == "This protocol sets out how councillors and officers of the Council work together."
    assert texts["2.2"] == "Members must not give instructions to officers about operational matters."
    assert [h.text for h in doc.headings if h.text in ("Introduction", "Roles of Members")] == \
        ["Introduction", "Roles of Members"]
    # the table inside the box is a table of its own: its contacts are clauses, not a document's version record
    assert any(c.text == "The Monitoring Officer" for c in doc.clauses)
    assert not any(f.reason == "document control" for f in doc.furniture)
    _check_accounted(raw, doc)


def test_a_table_inside_a_data_tables_cell_keeps_its_text(tmp_path):
    from docx import Document

    d = Document()
    d.add_heading("Protocol", 0)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Members"
    table.cell(0, 1).text = "Officers"
    table.cell(1, 0).text = "Members set the Council's policies and budget."
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Officers give impartial advice"
    inner.cell(0, 1).text = "and carry out decisions."
    path = tmp_path / "nested.docx"
    d.save(str(path))
    doc = segment(read(path))
    assert any("Officers give impartial advice" in c.text and "carry out decisions" in c.text for c in doc.clauses)


def test_a_version_history_is_still_the_documents_record_and_a_contact_table_is_not(tmp_path):
    path = tmp_path / "tables.md"
    path.write_text("# Protocol\n\n1. Councillors and officers treat each other with respect.\n\n"
                    "| Issue | Contact |\n|---|---|\n| Concerns about an officer | The officer's Director |\n"
                    "| Concerns about a Member | The Monitoring Officer |\n\n## Version history\n\n"
                    "| Issue | Date | Author |\n|---|---|---|\n| 1 | March 2024 | Monitoring Officer |\n"
                    "| 2 | June 2025 | Democratic Services |\n", encoding="utf-8")
    doc = segment(read(path))
    assert "The officer's Director" in [c.text for c in doc.clauses]
    assert sum(f.reason == "document control" for f in doc.furniture) == 3


ROMAN = """STOWHILL PARISH COUNCIL

1. The Council takes its decisions collectively.

2. Councillors are responsible for: i) deciding the Council's policies, budget and precept; ii) representing the views of parishioners; and iii) overseeing the work of the Council through its meetings.

3. If the Clerk has a concern about a councillor, the Clerk may: i) speak to the councillor concerned; ii) raise the matter with the Chairman; or iii) raise a formal grievance.
"""


def test_roman_numbered_items_run_inline_are_one_clause_each(seg):
    doc = seg(ROMAN)
    texts = {c.clause_id: c.text for c in doc.clauses}
    assert texts["2.i"] == "deciding the Council's policies, budget and precept;"
    assert texts["2.iii"] == "overseeing the work of the Council through its meetings."
    assert texts["3.ii"] == "raise the matter with the Chairman; or"
    assert "2" not in texts  # the lead-in is no clause of its own


SLIDES = """Ashcombe Council
Member Induction 2027

Slide 2 – Who does what

• Councillors: set policy, represent residents, scrutinise decisions
• Officers: advise, implement, manage services
• The Chief Executive manages all staff – councillors don't

Speaker notes:
You are elected to decide what the council should do. Officers are employed to advise you and to
make sure that your decisions are carried out lawfully and well.

Please don't think of senior officers as your staff. They serve the whole council, including the
opposition, and their first duty is to give you honest professional advice.


Ashcombe Council | Member Induction 2027 | Session 4 | Slide 2 of 10

Slide 3 – Asking for information

• Ask any officer for facts – no need to go through a director

Speaker notes:
Use the enquiry portal for casework. It logs the request, tells you who is dealing with it and
sends you a reminder when the reply is due.


Ashcombe Council | Member Induction 2027 | Session 4 | Slide 3 of 10
"""


def test_a_slide_handout_keeps_its_notes_whole_and_its_footer_is_furniture(seg):
    doc = seg(SLIDES)
    texts = [c.text for c in doc.clauses]
    assert "Councillors: set policy, represent residents, scrutinise decisions" in texts
    assert "Officers: advise, implement, manage services" in texts
    assert ("You are elected to decide what the council should do. Officers are employed to advise you and to make "
            "sure that your decisions are carried out lawfully and well.") in texts
    assert any(t.startswith("Use the enquiry portal") and t.endswith("when the reply is due.") for t in texts)
    assert not any("Speaker notes" in t or "Slide 2 of 10" in t for t in texts)
    assert sum(f.reason == "running footer" for f in doc.furniture) == 2
    assert [h.text for h in doc.headings].count("Speaker notes:") == 2


def test_a_label_over_a_list_stays_a_lead_in(seg):
    doc = seg("PROTOCOL\n\nOfficers will:\nreply within ten working days;\nkeep councillors informed.\n")
    assert [c.text for c in doc.clauses] == ["reply within ten working days;", "keep councillors informed."]


def _audit_pdf(path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5,
                          leftIndent=24, firstLineIndent=-24)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.5, leading=9)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceAfter=6)
    story = [Paragraph("1. Summary", head),
             Paragraph("1.1&nbsp;&nbsp;&nbsp;This audit looked at how enquiries made by councillors on behalf of residents "
                       "are received, logged, allocated and answered by officers across the Council's services.", body),
             Paragraph("1.2&nbsp;&nbsp;&nbsp;Officers must acknowledge a councillor's enquiry within three working days "
                       "and send a full reply within ten working days of receiving it.", body),
             Paragraph("2. Findings", head)]
    finding = ("Enquiries sent directly to officers rather than through the mailbox are not logged, so the Council cannot "
               "tell how many it receives or whether they are answered on time. ")
    rows = [[Paragraph(x, cell) for x in ("Finding", "Priority", "Recommendation")]]
    rows += [[Paragraph(finding * 2, cell), Paragraph("High", cell), Paragraph(finding * 2, cell)] for _ in range(6)]
    table = Table(rows, colWidths=[200, 60, 200])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    story.append(table)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def test_a_pdfs_body_size_is_read_outside_its_tables(tmp_path):
    """A findings table in small type holds more characters than the report's paragraphs: the paragraphs are still
    body text, each one clause, not a heading a line."""
    path = tmp_path / "audit.pdf"
    _audit_pdf(path)
    doc = segment(read(path))
    texts = {c.clause_id: c.text for c in doc.clauses}
    assert texts["1.1"].startswith("This audit looked at how enquiries") and texts["1.1"].endswith("Council's services.")
    assert texts["1.2"].endswith("within ten working days of receiving it.")
    assert not any(h.text.startswith(("are received", "and send")) for h in doc.headings)


def test_draft_minutes_status_line_is_furniture(seg):
    doc = seg("DRAFT MINUTES – subject to approval at the next meeting of the Council\n\nMINUTES OF THE MEETING OF "
              "ASHCOMBE PARISH COUNCIL\n\n12. The Clerk reported that the protocol had been reviewed.\n")
    assert [f.reason for f in doc.furniture if f.text.startswith("DRAFT MINUTES")] == ["copy status"]


AGENDA = """Member Induction 2027

Slide 2 – What we will cover

• Who does what
• Political groups
• When things go wrong

Welcome, everyone. This session is about how councillors and officers work together.

Slide 3 – Who does what

• Councillors: set policy, represent residents, scrutinise decisions

Officers are employed to advise you and to carry out the council's decisions.

Slide 4 – Political groups

• Briefings cover facts and professional advice only

Officers never attend the political part of a group meeting.

Slide 5 – When things go wrong

• Raise a concern about an officer with their manager, never in public
"""


def test_a_slides_agenda_that_its_slide_titles_repeat_is_a_contents_list(seg):
    doc = seg(AGENDA)
    assert [f.text for f in doc.furniture if f.reason == "table of contents"] == \
        ["• Who does what", "• Political groups", "• When things go wrong"]
    assert len(doc.clauses) == 6


def test_an_issue_line_with_its_date_is_the_documents_details(seg):
    doc = seg("# Protocol\n\n1. Councillors and officers treat each other with respect.\n\n"
              "Issue 2 – May 2026 (replaces Issue 1, March 2022)\n", ".md")
    assert [c.text for c in doc.clauses] == ["Councillors and officers treat each other with respect."]
    assert [f.reason for f in doc.furniture] == ["document details"]


def test_a_one_column_table_of_short_lines_stays_a_table(tmp_path):
    """Adversarial review 28: "Officers will" over one short duty a row is a list, not a layout box."""
    from docx import Document

    d = Document()
    d.add_paragraph("Protocol")
    table = d.add_table(rows=4, cols=1)
    for i, text in enumerate(["Officers will", "Give impartial advice", "Keep information confidential",
                              "Not lobby members"]):
        table.cell(i, 0).text = text
    path = tmp_path / "list.docx"
    d.save(str(path))
    doc = segment(read(path))
    texts = [c.text for c in doc.clauses]
    assert "Give impartial advice" in texts and "Not lobby members" in texts
    assert not any(f.reason == "site menu" for f in doc.furniture)


ROMAN_SENTENCES = """The Committee may, under paragraph 7, i) or ii) of Schedule 2, but not both, censure the member.

Hearing: the panel may adjourn, i) if the member is ill, and ii) if new evidence arrives.

The Monitoring Officer will consider: section 28(6), (i) and (ii) of the Localism Act 2011 when assessing a complaint.
"""


def test_roman_numerals_inside_a_sentence_do_not_split_it(seg):
    doc = seg(ROMAN_SENTENCES)
    assert [c.text for c in doc.clauses] == [p for p in ROMAN_SENTENCES.strip().split("\n\n")]


def test_a_sentence_about_draft_minutes_is_no_copy_status(seg):
    doc = seg("1. Draft minutes for approval by the Council shall be sent to all members within seven days.\n\n"
              "2. Draft minutes subject to approval at the next meeting will be published on the website.\n")
    assert len(doc.clauses) == 2 and not doc.furniture
