"""Shapes from the b172–b175 first runs: each is furniture as a reader takes it, and the text beside it stays
clauses."""

from __future__ import annotations

from pipeline.ingest.complete import CUT_OFF
from test_ingest_round32 import _reasons

_THREAD = ("From: Owen Treloar <clerk@pendarrow-pc.gov.uk>\n"
           "Sent: Monday, 2 March 2026 10:15\n"
           "To: All Councillors\n"
           "Subject: FW: Working with the Clerk\n\n"
           "On Fri, 27 Feb 2026 at 17:02, Owen Treloar <clerk@pendarrow-pc.gov.uk> wrote:\n"
           "> 4. Councillors must not ask the Clerk to do work for a political party.\n"
           ">\n"
           "> 5. The Council will review these rules every year.\n"
           ">\n"
           "> Owen\n\n"
           "--\n"
           "Owen Treloar\n"
           "Clerk to the Council\n\n"
           "This email and any files sent with it are confidential and intended only for\n"
           "the person it is addressed to. If it reached you in error, please delete it and\n"
           "let the sender know.\n")


def test_a_quoted_messages_closing_name_and_a_wrapped_disclaimer_under_a_signature_rule_are_furniture(seg):
    # b175's forwarded email: "> Rachel" closed the quoted message; the disclaimer's second and later lines stood
    doc = seg(_THREAD)
    reasons = _reasons(doc)
    texts = [c.text for c in doc.clauses]
    assert reasons["Owen"] == "signature"  # (the quote marks are gone: the reply's quoted text is read as text)
    assert reasons["let the sender know."] == "email disclaimer"
    assert texts == ["Councillors must not ask the Clerk to do work for a political party.",
                     "The Council will review these rules every year."]


def test_a_one_word_line_that_opens_a_section_of_an_email_stays_the_documents(seg):
    # a lone word above more text is a heading or a greeting, not the close of a message
    doc = seg("From: Owen Treloar <clerk@pendarrow-pc.gov.uk>\n"
              "Subject: Rules\n\n"
              "Please see the rules below.\n\n"
              "Complaints\n\n"
              "A councillor with a concern about the Clerk should raise it with the Chair.\n")
    assert "Complaints" not in _reasons(doc)
    assert "A councillor with a concern about the Clerk should raise it with the Chair." in [c.text for c in doc.clauses]


def test_a_drafts_status_line_with_its_editing_notes_is_furniture(seg):
    # b175's Word draft: "Draft for consultation. Tracked changes accepted ... Comments in square brackets ..."
    line = ("Draft for consultation. Tracked changes accepted 3 March 2026 (JP). Text in italics is new and "
            "comments in brackets will be removed before adoption.")
    doc = seg(f"Member/Officer Protocol\n\n{line}\n\n"
              "1. Officers serve the whole Council.\n\n"
              "2. Draft reports for the Cabinet must be cleared by the Monitoring Officer.\n")
    assert _reasons(doc)[line] == "copy status"
    assert [c.text for c in doc.clauses] == ["Officers serve the whole Council.",
                                             "Draft reports for the Cabinet must be cleared by the Monitoring Officer."]


def _report_with_contact_box(path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("1. Recommendations")
    d.add_paragraph("1.1 That the Committee recommends the revised Protocol to Council for adoption.")
    d.add_paragraph("1.2 Councillors must route requests for new work through the relevant director.")
    box = d.add_table(rows=3, cols=2)
    for row, (label, value) in zip(box.rows, [("Report author:", "Priya Ashworth, Democratic Services Manager"),
                                               ("Tel:", "01632 960 418"),
                                               ("Email:", "priya.ashworth@example.gov.uk")]):
        row.cells[0].text, row.cells[1].text = label, value
    who = d.add_table(rows=2, cols=2)
    for row, (label, value) in zip(who.rows, [("Name:", "Chair of the Standards Committee"),
                                               ("Role:", "Hears appeals against the Monitoring Officer's decisions")]):
        row.cells[0].text, row.cells[1].text = label, value
    d.save(str(path))


def test_a_reports_contact_box_table_is_furniture_and_a_table_without_a_number_in_it_is_not(tmp_path):
    # b176's committee report: "Contact officer: | Helen Marchbank, Monitoring Officer ..." over its phone and email
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    path = tmp_path / "report.docx"
    _report_with_contact_box(path)
    doc = segment(read(path))
    reasons = _reasons(doc)
    assert reasons["Report author:\tPriya Ashworth, Democratic Services Manager"] == "contact details"
    assert reasons["Email:\tpriya.ashworth@example.gov.uk"] == "contact details"
    texts = [c.text for c in doc.clauses]
    assert "Councillors must route requests for new work through the relevant director." in texts
    assert "Hears appeals against the Monitoring Officer's decisions" in texts


def test_a_line_set_back_left_of_a_short_bullet_in_a_pdf_is_a_paragraph_of_its_own(tmp_path):
    # b176's handout: "• serve the whole council, whichever party is in control" / "Key point: you set the direction"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    path = tmp_path / "handout.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for x, text in [(60, "Officers"), (66, "• give you professional advice, even when it is not what you want to hear"),
                    (66, "• serve the whole council, whichever party is in control"),
                    (60, "Remember: you decide the policy and officers carry it out."),
                    (60, "Councillors set the direction of the council and agree its budget every year, and officers"),
                    (60, "give them the advice they need to do so, in writing where a councillor asks for it.")]:
        c.setFont("Helvetica", 10)
        c.drawString(x, y, text)
        y -= 15
    c.save()
    texts = [cl.text for cl in segment(read(path)).clauses]
    assert "serve the whole council, whichever party is in control" in texts
    assert "Remember: you decide the policy and officers carry it out." in texts


def test_a_labelled_contact_line_wrapped_over_its_address_is_furniture_and_the_document_is_complete(seg):
    # b179's PDF: "Contact: Democratic Services, Town Hall, Market Square," / "Pellingford PG1 1TH ·" / "email · phone"
    doc = seg("1. Review\n\n"
              "1.1 The Standards Committee will review this Protocol every two years.\n\n"
              "Contact: Democratic Services, Civic Centre, High Street,\n"
              "Brockwell BR4 2QT ·\n"
              "democracy@brockwell.example.gov.uk · 01632 960 511\n")
    reasons = _reasons(doc)
    assert reasons["Contact: Democratic Services, Civic Centre, High Street,"] == "contact details"
    assert [c.text for c in doc.clauses] == ["The Standards Committee will review this Protocol every two years."]
    assert CUT_OFF not in doc.warnings


def test_a_wikis_infobox_table_is_document_details_and_its_edit_links_leave_the_headings(seg):
    # b179's wiki export: "| Page owner | ... |" rows above the text and "## About this page[[edit](…)]"
    doc = seg("# Working with councillors\n\n"
              "| Page owner | Corporate Governance |\n|---|---|\n| Applies to | All staff |\n"
              "| Last reviewed | March 2027 |\n\n"
              "## About this page[[edit](https://wiki.example.gov.uk/w/index.php?action=edit&section=1)]\n\n"
              "This page explains how staff should deal with requests from councillors in their work.\n", ".md")
    reasons = _reasons(doc)
    assert reasons["| Page owner | Corporate Governance |"] == "document details"
    assert "About this page" in [h.text for h in doc.headings]
    assert [c.text for c in doc.clauses] == ["This page explains how staff should deal with requests from councillors "
                                             "in their work."]
