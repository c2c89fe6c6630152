"""Shapes from the b104–b107 first runs: a PDF set in two justified columns with hanging paragraph numbers, a Word
table of numbered provisions with a merged row for each section, signing and version-history tables, a page footer
numbered within its part ("Page 5F/3") in text copied from a PDF, minutes with a hanging attendance list, a handout's
"Notes:" over ruled lines, a long footer on every page of a PDF, a quotation with its source under it, a review's
list of evidence, a page wrapped at a narrow width, and a list of related advice notes. Every line stays a clause,
a heading or recorded furniture."""

from __future__ import annotations

import pytest

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_nothing_lost import _check_accounted

LEFT = [
    ("4.1", "Councillors and officers should be courteous to each other at all times, including when they disagree "
            "about policy in a meeting or in writing."),
    ("4.2", "Councillors should not criticise an officer in public, whether at meetings, in the press or on social "
            "media, because officers cannot answer back in public."),
    ("4.3", "Officers will give councillors impartial and professional advice, even where that advice is unwelcome "
            "to the councillor who asked for it."),
]
RIGHT = [
    ("5.1", "Councillors are entitled to any information held by the Council that they reasonably need in order to "
            "carry out their duties as councillors."),
    ("5.2", "Where there is a dispute about whether a councillor needs to see a document, the Monitoring Officer will "
            "decide after consulting the director concerned."),
    ("5.3", "Confidential information given to a councillor must not be passed to anyone else without the agreement "
            "of the director concerned."),
]


def _two_column_pdf(path) -> None:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    width, height = A4
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, alignment=TA_JUSTIFY,
                           leftIndent=24, firstLineIndent=-24, spaceAfter=6)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=11, leading=15, spaceAfter=6)

    def furniture(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(57, height - 40, "Ashgrove District Council – Protocol on Member/Officer Relations")
        canvas.drawString(57, 30, f"Version 2.0 – March 2026 | Page {doc.page} of 2")

    gap = 24
    col = (width - 114 - gap) / 2
    frames = [Frame(57, 60, col, height - 130, id="left"), Frame(57 + col + gap, 60, col, height - 130, id="right")]
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate(frames=frames, onPage=furniture)])
    story = [Paragraph("4. Respect and courtesy", head)]
    story += [Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", style) for n, t in LEFT]
    story += [FrameBreak(), Paragraph("5. Information", head)]
    story += [Paragraph(f"{n}&nbsp;&nbsp;&nbsp;{t}", style) for n, t in RIGHT]
    story += [FrameBreak(), Paragraph("6. Review", head)]
    story += [Paragraph(f"6.{k}&nbsp;&nbsp;&nbsp;The Standards Committee will review part {k} of this Protocol in year {k} "
                        f"and report its findings to the Council, with any changes it recommends.", style)
              for k in range(1, 9)]
    doc.build(story)


def test_a_pdf_in_two_justified_columns_reads_down_each_column(tmp_path):
    path = tmp_path / "columns.pdf"
    _two_column_pdf(path)
    raw = read(path)
    doc = segment(raw)
    by_id = {c.clause_id: c.text for c in doc.clauses}
    for number, text in LEFT + RIGHT:
        assert by_id[number] == text  # the right column's hanging numbers do not break its lines into a table
    assert not [c for c in doc.clauses if c.kind == "cell"]
    assert any(f.text.startswith("Version 2.0") for f in doc.furniture)
    _check_accounted(raw, doc)


def test_a_word_table_of_numbered_provisions_reads_as_numbered_paragraphs(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Protocol for Councillors and the Clerk", 1)
    t = d.add_table(rows=6, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "No.", "Provision"
    t.cell(1, 0).merge(t.cell(1, 1)).text = "Roles"
    t.cell(2, 0).text, t.cell(2, 1).text = "1", "Councillors decide the Council's policies together at its meetings."
    t.cell(3, 0).text, t.cell(3, 1).text = "2", "The Clerk gives the Council independent advice and carries out its decisions."
    t.cell(4, 0).text, t.cell(4, 1).text = "3", "At meetings the Clerk will:"
    t.cell(4, 1).add_paragraph("(a) advise the Council on the law and on procedure;")
    t.cell(4, 1).add_paragraph("(b) record the decisions taken.")
    t.cell(5, 0).text, t.cell(5, 1).text = "4", "No councillor may give the Clerk instructions on their own."
    sig = d.add_table(rows=2, cols=3)
    for k, label in enumerate(("Name", "Signature", "Date")):
        sig.cell(0, k).text = label
    sig.cell(1, 0).text, sig.cell(1, 2).text = "Cllr P. Ambrose, Chairman", "12 May 2026"
    path = tmp_path / "provisions.docx"
    d.save(path)
    raw = read(path)
    doc = segment(raw)
    by_id = {c.clause_id: c for c in doc.clauses}
    assert by_id["1"].text == "Councillors decide the Council's policies together at its meetings."
    assert by_id["3.a"].text == "advise the Council on the law and on procedure;"
    assert by_id["3.b"].lead_in == "At meetings the Clerk will:"
    assert by_id["4"].section[-1] == "Roles"
    texts = [c.text for c in doc.clauses]
    assert "Roles" not in texts and "No." not in texts and "12 May 2026" not in texts  # the signing table is furniture
    _check_accounted(raw, doc)


def test_a_version_history_dated_in_may_is_the_documents_record(tmp_path):
    path = tmp_path / "history.md"
    path.write_text("# Protocol\n\n1. Councillors and officers treat each other with respect.\n\n## Version history\n\n"
                    "| Version | Date | Summary of changes |\n|---|---|---|\n| 1.0 | May 2019 | First protocol adopted |\n"
                    "| 2.0 | May 2024 | Section on social media added |\n", encoding="utf-8")
    doc = segment(read(path))
    assert [c.text for c in doc.clauses] == ["Councillors and officers treat each other with respect."]
    assert sum(f.reason == "document control" for f in doc.furniture) == 3


PAGED = """Ravensholt County Council – Constitution          Part 5F: Member and Officer Relations

6. LOCAL MEMBERS

6.1     Officers will keep local members informed about significant matters affecting their
electoral division.

6.2     Local members may take up residents' concerns with officers, but must not seek

Issue 4 – May 2026                                                             Page 5F/3

Ravensholt County Council – Constitution          Part 5F: Member and Officer Relations

special treatment for any individual or press for a particular outcome.

6.3     Officers will invite the local member to any public meeting they arrange in the division.

Issue 4 – May 2026                                                             Page 5F/4
"""


def test_a_footer_numbered_within_its_part_is_furniture_and_the_paragraph_runs_on(seg):
    doc = seg(PAGED)
    by_id = {c.clause_id: c.text for c in doc.clauses}
    assert by_id["6.2"] == ("Local members may take up residents' concerns with officers, but must not seek special "
                            "treatment for any individual or press for a particular outcome.")
    assert sum(f.text.startswith("Issue 4") for f in doc.furniture) == 2


MINUTES = """MELBURY DISTRICT COUNCIL

Minutes of the meeting of the Standards Committee held in the Council Chamber, Melbury
House, Church Street, Melbury on Tuesday 3 February 2026 at 2.00 pm

PRESENT:   Councillor Mrs A. Tolley (Chairman)
           Councillors P. Brandt, C. Okafor (Vice-Chairman),
           D. Ruane, S. Whitlow and V. Yates

OFFICERS:  Mr J. Kemble (Monitoring Officer)
           Ms R. Delaney (Head of HR)
           Miss T. Soames (Democratic Services Officer)

PUBLIC:    Two members of the public

SC.21/26   MEMBER/OFFICER PROTOCOL

           The Committee considered the revised protocol. Members noted that councillors must
           not send requests for work to junior officers.
"""


def test_minutes_title_and_a_hanging_attendance_list_are_no_clauses(seg):
    doc = seg(MINUTES)
    texts = [c.text for c in doc.clauses]
    assert texts == ["The Committee considered the revised protocol. Members noted that councillors must not send "
                     "requests for work to junior officers."]
    reasons = {f.text.strip(): f.reason for f in doc.furniture}
    assert reasons["D. Ruane, S. Whitlow and V. Yates"] == "attendance list"
    assert reasons["Ms R. Delaney (Head of HR)"] == "attendance list"
    assert reasons["PUBLIC:    Two members of the public"] == "attendance list"
    assert any(h.text.startswith("Minutes of the meeting of the Standards Committee") for h in doc.headings)


def test_a_sentence_about_minutes_stays_a_clause(seg):
    doc = seg("Minutes of the meeting will be published within ten working days.\n\n"
              "Councillors must not change the minutes after they are signed.\n")
    assert [c.text for c in doc.clauses][0] == "Minutes of the meeting will be published within ten working days."


def test_a_handouts_space_for_notes_is_furniture(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Slide 1 – Different roles", 2)
    d.add_paragraph("Key message: councillors decide; officers advise and deliver.")
    d.add_paragraph("Notes:")
    d.add_paragraph("_" * 60)
    d.add_paragraph("_" * 60)
    path = tmp_path / "handout.docx"
    d.save(path)
    doc = segment(read(path))
    assert [c.text for c in doc.clauses] == ["Key message: councillors decide; officers advise and deliver."]
    assert any(f.text == "Notes:" and f.reason == "space for notes" for f in doc.furniture)


def test_a_note_without_ruled_lines_under_it_is_kept(seg):
    doc = seg("Notes:\n\nThe Clerk will circulate the notes of each meeting within five working days.\n")
    assert "The Clerk will circulate the notes of each meeting within five working days." in [c.text for c in doc.clauses]


def test_a_long_footer_on_every_page_of_a_pdf_is_furniture(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "note.pdf"
    c = canvas.Canvas(str(path))
    footer = "Guidance Note 4 · April 2026 · For members of the Society – this note is not legal advice"
    paras = ["1. Keep a short factual note of each incident at the time it happens.",
             "2. Ask the chair to remind councillors of the protocol at the next meeting.",
             "3. Take advice from the Society before you make a formal complaint."]
    for n, para in enumerate(paras, 1):
        c.setFont("Helvetica", 10)
        c.drawString(60, 760, para)
        c.setFont("Helvetica", 8)
        c.drawString(60, 40, footer)
        c.drawString(500, 26, f"Page {n} of 3")
        c.showPage()
    c.save()
    doc = segment(read(path))
    assert [c.text for c in doc.clauses] == [p[3:] for p in paras]
    assert sum(f.text == footer for f in doc.furniture) == 3


def test_a_quotation_keeps_its_source_and_a_reviews_list_of_evidence_is_furniture(seg):
    doc = seg("# Review of officer support\n\n2.1 Councillors told us that replies to casework are often late.\n\n"
              "> “When I chase a case for the third time I am not being difficult.”\n"
              "> — Councillor Asha Patel, oral evidence, 14 October 2025\n\n"
              "## Appendix B – Witnesses and evidence\n\n"
              "- Director of Housing (oral evidence, 14 October 2025)\n"
              "- Head of Planning (written evidence)\n"
              "- Councillor survey, October 2025 (31 responses)\n", suffix=".md")
    texts = [c.text for c in doc.clauses]
    assert texts[1] == ("“When I chase a case for the third time I am not being difficult.” — Councillor Asha Patel, "
                        "oral evidence, 14 October 2025")
    assert len(texts) == 2
    assert sum(f.reason == "list of evidence" for f in doc.furniture) == 3


def test_a_page_wrapped_at_a_narrow_width_keeps_its_sentences_whole(seg):
    doc = seg("1.1\nThis Protocol guides members and officers\nin their relations with one another and\n"
              "should be read with the Members' Code of\nConduct and the Employee Code of\nConduct.\n\n"
              "1.2\nMutual trust and respect are at the heart\nof good local government.\n")
    by_id = {c.clause_id: c.text for c in doc.clauses}
    assert by_id["1.1"] == ("This Protocol guides members and officers in their relations with one another and should be "
                            "read with the Members' Code of Conduct and the Employee Code of Conduct.")


def test_related_advice_notes_and_a_registration_line_are_furniture(seg):
    doc = seg("Councillors should raise a concern about the clerk with the chair of the staffing committee.\n\n"
              "Related advice notes\n"
              "EMP/03  Appraising your clerk\n"
              "GOV/12  Model member–officer protocol\n"
              "CON/02  The code of conduct: a guide for new councillors\n\n"
              "Westmere Association of Local Councils · Registered charity no. 1190447\n")
    assert [c.text for c in doc.clauses] == ["Councillors should raise a concern about the clerk with the chair of the "
                                             "staffing committee."]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons["Westmere Association of Local Councils · Registered charity no. 1190447"] == "organisation details"


@pytest.mark.parametrize("line, furniture", [
    ("This protocol was last reviewed by the Audit and Standards Committee on 3 March 2026. Next review: March 2028.", True),
    ("The Protocol was last revised in 2019. It describes the roles of councillors and officers.", False),
])
def test_a_review_line_with_its_next_review_is_the_documents_details(seg, line, furniture):
    doc = seg(f"Councillors must not instruct officers.\n\n{line}\n")
    assert (line in [c.text for c in doc.clauses]) is not furniture


# Adversarial review 26: sentences the new rules must not take for titles or furniture, and tables they must leave be.
@pytest.mark.parametrize("sentence", [
    "Minutes of the council record the decisions taken on each item, not the debate.",
    "Minutes of any meeting of a committee held on a weekday go to the next full council.",
    "Press: one officer, the Communications Manager, deals with all enquiries from journalists.",
    "Public: one question per person is allowed at each meeting, and questions go through the Chair.",
    "Councillors who are directors of a company, company number 12345678 for example, declare this in the register.",
    "Officers give evidence to scrutiny panels in person, oral evidence.",
    "Members complete the annual survey of member development (25 responses).",
    "Status: Final – for members to follow from the date of adoption and until it is replaced",
])
def test_a_protocols_sentence_is_no_title_nor_furniture(seg, sentence):
    doc = seg(f"1. Introduction\n\nOfficers must give impartial advice to all members.\n\n{sentence}\n\n"
              "Councillors must not instruct officers.\n")
    assert sentence in [c.text for c in doc.clauses]


def test_a_word_timetable_keeps_its_times(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Induction day", 1)
    t = d.add_table(rows=4, cols=2)
    for k, (time, item) in enumerate([("10.00", "Welcome and apologies."), ("10.30", "The role of the Monitoring Officer."),
                                       ("11.00", "Working with officers."), ("11.30", "Questions and close.")]):
        t.cell(k, 0).text, t.cell(k, 1).text = time, item
    path = tmp_path / "agenda.docx"
    d.save(path)
    texts = [c.text for c in segment(read(path)).clauses]
    assert "10.00" in texts and "Welcome and apologies." in texts


def test_a_list_inside_a_quotation_stays_a_list(seg):
    doc = seg("# Principles\n\n> Every councillor should follow the 'Nolan Principles'\n> - Selflessness: acting solely "
              "in the public interest.\n", suffix=".md")
    assert "Selflessness: acting solely in the public interest." in [c.text for c in doc.clauses]


# From the b108-b111 first runs.
def test_a_ruled_frame_around_each_page_is_no_table(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "framed.pdf"
    c = canvas.Canvas(str(path))
    paras = [f"{k}.1 Officers will give every councillor the same standard of service in matter number {k}."
             for k in range(1, 21)]
    c.rect(20, 20, 555, 800)  # a filed copy's frame around the page
    c.setFont("Helvetica", 8)
    y = 790
    for para in paras:
        c.drawString(36, y, para)
        y -= 36
    c.save()
    doc = segment(read(path))
    assert [c.text for c in doc.clauses] == [p.split(" ", 1)[1] for p in paras]


EMAIL = """From: Rosalind Hartley <r.hartley@example.gov.uk>
Sent: 12 January 2027 09:14
To: All councillors
Subject: Reminder: the Member/Officer Protocol

Dear colleagues,

Paragraph 6.3 of the Protocol reads:

      6.3  Members should not use social media or any other public forum to criticise,
      or to comment adversely on, the conduct, ability or performance of a named or
      identifiable officer.

Please raise any concern about an officer with the Chief Executive.

Kind regards,

Rosalind

Rosalind Hartley
Director of Law and Governance and Monitoring Officer
Tel: 01632 960 540

----------------------------------------------------------------------
This email and any attachments are intended only for the person to whom it
is addressed. If you have received it in error, please tell the sender and
delete it; you must not copy, forward or use it.
"""


def test_an_emails_quoted_paragraph_stays_whole_and_its_signature_and_disclaimer_are_furniture(seg):
    doc = seg(EMAIL)
    texts = [c.text for c in doc.clauses]
    assert ("Members should not use social media or any other public forum to criticise, or to comment adversely on, "
            "the conduct, ability or performance of a named or identifiable officer.") in texts
    assert texts[-1] == "Please raise any concern about an officer with the Chief Executive."
    assert sum(f.reason == "email signature" for f in doc.furniture) == 4
    assert sum(f.reason == "email disclaimer" for f in doc.furniture) == 3


def test_an_in_this_section_list_that_pairs_off_is_still_a_contents_list():
    # (b108's page: its entries "The role of Members" / "The role of Officers" paired off as a table flattened one cell
    # a line, and the contents list stopped there)
    from conftest import DATA

    doc = segment(read(DATA / "gold_corpus" / "retired_b108" / "docs" / "b108_hindlebrook_protocol.txt"))
    texts = [c.text for c in doc.clauses]
    assert "The Executive" not in texts and "Complaints and breaches" not in texts
    assert any(f.text == "Ward Members and enquiries" and f.reason == "table of contents" for f in doc.furniture)


def test_a_document_control_block_front_matter_and_an_end_note_are_furniture(seg):
    doc = seg("Document control\nPart 5.4 of the Constitution, Section 7. Version 2.1.\nApproved by the Audit and "
              "Standards Committee on 12 January 2026; noted by County Council on 5 February 2026.\n\n"
              "1. Officers must not support any candidate's campaign.\n\n"
              "[End of Section 7. Section 8 (Members' enquiries and casework) follows.]\n")
    assert [c.text for c in doc.clauses] == ["Officers must not support any candidate's campaign."]
    md = seg("---\ntitle: Councillor and Officer Working Protocol\nversion: 2.1\n---\n\n# Protocol\n\n"
             "1. Councillors must not instruct officers.\n", suffix=".md")
    assert [c.text for c in md.clauses] == ["Councillors must not instruct officers."]
    assert sum(f.reason == "front matter" for f in md.furniture) == 4


# Adversarial review 27: what follows an email's sign-off, a "Document information" line or a "---" box may be the
# protocol's own text.
def test_text_after_an_emails_sign_off_that_is_no_signature_stays(seg):
    doc = seg("From: Town Clerk <clerk@example.gov.uk>\nSubject: The protocol\n\nDear all,\n\nThe protocol follows.\n\n"
              "Kind regards,\n\nJane\n\nPROTOCOL ON MEMBER/OFFICER RELATIONS\n\n1. Members must not instruct staff.\n\n"
              "2. Officers will respond to Member enquiries within ten working days.\n\n"
              "N.B. Members must declare any close personal relationship with a member of staff.\n")
    texts = [c.text for c in doc.clauses]
    assert "Members must not instruct staff." in texts
    assert "Officers will respond to Member enquiries within ten working days." in texts
    assert any(t.startswith("N.B. Members must declare") for t in texts)


def test_a_rule_or_a_sentence_under_document_information_stays(seg):
    doc = seg("Document information\nMembers must not disclose exempt information in any committee report.\n\n"
              "Policy information\nThis policy applies to all Members and officers of the Council.\n")
    texts = [c.text for c in doc.clauses]
    assert texts == ["Members must not disclose exempt information in any committee report.",
                     "This policy applies to all Members and officers of the Council."]


def test_a_box_of_rules_between_two_rule_lines_is_no_front_matter(seg):
    doc = seg("---\nSummary: Members must not instruct officers.\n- Officers must stay politically neutral.\n---\n\n"
              "1. Officers will reply within five working days.\n", suffix=".md")
    assert len(doc.clauses) == 3


def test_a_full_page_table_of_long_cells_stays_a_table(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    from reportlab.platypus import Paragraph
    members = [Paragraph(f"• Attend meeting number {k} having read its papers, and keep to its standing orders.", style)
               for k in range(1, 12)]
    officers = [Paragraph(f"• Reply to enquiry {k} within ten working days, giving the name of the officer dealing.", style)
                for k in range(1, 12)]
    t = Table([["Members", "Officers"], [members, officers]], colWidths=[250, 250])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "table.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([t])
    doc = segment(read(path))
    cells = [c for c in doc.clauses if c.kind == "cell"]
    assert len(cells) == 22 and {c.column for c in cells} == {"Members", "Officers"}
