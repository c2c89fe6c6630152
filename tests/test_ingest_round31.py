"""Shapes from the b144–b151 first runs and the round-31 training sets: what an editor hides or a speaker reads aloud
(Markdown comments, "[Next slide]"), a newsletter's pointers, a table's caption and source, a form to sign and date,
contact lines among a slide's points, a bilingual address, a wrapped attendance list, a handout's running title, a
footnote's back-link, a page copied as one line under "You are here:", a PDF table cell of two paragraphs, a box of
short key points and a notes box. Each is furniture or text as a reader takes it; the rules beside them stay clauses."""

from __future__ import annotations

import pytest

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_nothing_lost import _check_accounted


def _reasons(doc) -> dict[str, str]:
    return {f.text: f.reason for f in doc.furniture}


def test_markdown_comments_are_hidden_furniture_and_the_text_around_them_stays(seg):
    doc = seg("# Protocol\n\n<!-- Source: Legal. Do not edit the numbering by hand. -->\n\n"
              "1.1 Councillors must treat officers with courtesy. <!-- check wording --> Officers must do the same.\n\n"
              "<!-- 1.2 (gifts) deleted at the review -\nkeep the numbering as it is -->\n\n"
              "1.3 Officers must give impartial advice.\n", ".md")
    assert [(c.clause_id, c.text) for c in doc.clauses] == [
        ("1.1", "Councillors must treat officers with courtesy. Officers must do the same."),
        ("1.3", "Officers must give impartial advice.")]
    assert set(_reasons(doc).values()) == {"hidden comment"}
    assert "<!-- check wording -->" in _reasons(doc)


def test_a_speakers_directions_in_brackets_are_notes_and_a_bracketed_rule_is_text(seg):
    doc = seg("Slide 3 - Roles\n\n- Councillors decide policy and officers carry it out.\n\n[Next slide]\n\n"
              "- Officers advise all councillors equally.\n\n[Pause for questions – about 5 minutes]\n\n"
              "[Members should read section 4 before the meeting.]\n", ".md")
    texts = [c.text for c in doc.clauses]
    assert "[Next slide]" not in texts and "[Pause for questions – about 5 minutes]" not in texts
    assert _reasons(doc)["[Next slide]"] == "editorial note"
    assert "[Members should read section 4 before the meeting.]" in texts


def test_a_newsletters_contents_and_continuation_lines_and_a_tables_caption_and_source(seg):
    doc = seg("Inside this issue: Who does what? p3 · Allotments update p5 · Youth club reopens p6\n\n"
              "◂ Who does what? continued from page 3\n\n"
              "The Town Clerk runs the council's office and carries out its decisions.\n\n"
              "Table 2: What councillors can expect of officers\n\n"
              "*Source: Monitoring Officer's records; Ombudsman annual letter 2026–27.*\n\n"
              "Table 1 shows how quickly officers should reply.\n", ".md")
    reasons = _reasons(doc)
    assert reasons["Inside this issue: Who does what? p3 · Allotments update p5 · Youth club reopens p6"] == "contents"
    assert reasons["◂ Who does what? continued from page 3"] == "continuation note"
    assert reasons["Table 2: What councillors can expect of officers"] == "caption"
    assert reasons["Source: Monitoring Officer's records; Ombudsman annual letter 2026–27."] == "source note"
    assert [c.text for c in doc.clauses] == ["The Town Clerk runs the council's office and carries out its decisions.",
                                             "Table 1 shows how quickly officers should reply."]


def test_a_form_to_sign_and_date_and_the_adoption_line_it_completes_are_a_signature_block(seg):
    doc = seg("1. Councillors must not bully officers.\n\n2. The Council will review this protocol every two years.\n\n"
              "This protocol was adopted by Stoke Wenlow Parish Council at its meeting held on\n"
              "______________________ (minute no. ________).\n"
              "Print name: .................................................. Ward: ..................................\n"
              "Date: .................... Please return the signed copy to Democratic Services.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]
    assert set(_reasons(doc).values()) == {"signature block"}
    assert not any("ends mid-sentence" in w for w in doc.warnings)
    # ... a clause with a blank to fill in and a rule of its own is a clause
    kept = seg("1. The Clerk, ........, will acknowledge every enquiry within five days.\n")
    assert [c.clause_id for c in kept.clauses] == ["1"]


def test_contact_lines_among_a_slides_points_and_a_bilingual_address_are_contact_details(seg):
    doc = seg("## Where to get help\n\n"
              "- If in doubt, ask the Monitoring Officer before you act.\n"
              "- Monitoring Officer: Helen Marchetti, 01632 960 214, monitoring.officer@ashcombe.gov.uk\n"
              "- Democratic Services: 01632 960 200, members@ashcombe.gov.uk\n"
              "- Ring 01632 960 200 if an officer has not replied within ten days.\n\n"
              "Swyddfa'r Cyngor, Neuadd y Dref, Stryd Fawr, Llanfair / Council Office, Town Hall, High Street, Llanfair\n",
              ".md")
    assert [c.text for c in doc.clauses] == ["If in doubt, ask the Monitoring Officer before you act.",
                                             "Ring 01632 960 200 if an officer has not replied within ten days."]
    assert set(_reasons(doc).values()) == {"contact details"}


def test_a_handouts_running_title_a_signatory_and_an_attendance_lists_wrapped_end_are_furniture(seg):
    doc = seg("Present:        Cllr J. Penhaligon (Chair), Cllr S. Hearne, Cllr D. Rainford\n"
              "In attendance:  Mrs K. Ashdown (Clerk); District Cllr T. Maybury;\n"
              "                three members of the public\n\n"
              "181/26 The Clerk reported that councillors had emailed her late at night.\n\n"
              "Eleri Vaughan, Independent Member and Chair of the Standards Committee\n\n"
              "Ashcombe Priors Borough Council – Member Induction 2027 – Session 5 speaker notes\n")
    assert [c.text for c in doc.clauses] == ["181/26 The Clerk reported that councillors had emailed her late at night."]
    reasons = _reasons(doc)
    assert reasons["three members of the public"] == "attendance list"
    assert reasons["Eleri Vaughan, Independent Member and Chair of the Standards Committee"] == "signature block"
    assert reasons["Ashcombe Priors Borough Council – Member Induction 2027 – Session 5 speaker notes"] == \
        "running footer"


def test_a_footnotes_back_link_is_no_part_of_its_text_and_the_page_is_not_cut_off(seg):
    doc = seg("<html><body><main><h1>Protocol</h1><p>1. Officers must be politically neutral.<sup>1</sup></p>"
              "<h2>Notes</h2><ol><li id='fn1'>Some officers hold politically restricted posts. "
              "<a href='#r1' class='footnote-backref'>&#8617;</a></li>"
              "<li id='fn2'>The Council's social media guidance gives further examples. "
              "<a href='#r2'>&#8617;&#xFE0E;</a></li></ol></main></body></html>", ".html")
    assert doc.clauses[-1].text == "The Council's social media guidance gives further examples."
    assert all(c.complete for c in doc.clauses)
    assert not any("ends mid-sentence" in w for w in doc.warnings)


def test_a_page_copied_as_one_line_loses_a_menu_that_says_you_are_here(seg):
    menu = ("Skip to main content Cymraeg Caerwennol County Borough Council Menu Home Bins, recycling and waste Schools "
            "and learning Social care Planning Council and democracy Jobs Contact us Search You are here: Home Council "
            "and democracy Constitution Member and Officer Relations Protocol Part 5.3 of the Constitution ")
    points = " ".join(f"{n}.1 Councillors and officers must follow rule {n} of this protocol at all times, in meetings and "
                      f"in writing. {n}.2 Officers will report any breach of rule {n} to the Monitoring Officer."
                      for n in range(1, 5))
    doc = seg(menu + "1. Introduction " + points + " Download this protocol (PDF, 212KB) Was this page helpful? Yes No")
    assert doc.clauses[0].clause_id == "1.1"
    assert _reasons(doc)[menu.strip()] == "site menu"


def test_a_pdf_table_cell_of_two_paragraphs_gives_two_statements(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]

    def cell(*paras):
        return [Paragraph(p, style) for p in paras]

    rows = [["Area", "Members", "Officers"],
            ["Advice", cell("Consider officers' advice carefully before taking a decision.",
                            "Do not press an officer to change a recommendation."),
             cell("Give impartial professional advice, including advice that Members may not welcome, and explain "
                  "the options open to them. Put every option to the meeting.")]]
    path = tmp_path / "cells.pdf"
    table = Table(rows, colWidths=[80, 200, 200])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Responsibilities", style), table])
    raw = read(path)
    doc = segment(raw)
    texts = [c.text for c in doc.clauses]
    assert "Consider officers' advice carefully before taking a decision." in texts
    assert "Do not press an officer to change a recommendation." in texts
    # a paragraph of two sentences in one cell is one statement
    assert any(t.startswith("Give impartial professional advice") and t.endswith("Put every option to the meeting.")
               for t in texts)
    _check_accounted(raw, doc)


def test_a_box_of_short_key_points_is_text_and_a_notes_box_is_a_form(seg):
    doc = seg("<html><body><main><h1>Working with officers</h1>"
              "<p>Officers give advice, prepare reports and carry out the decisions that councillors take.</p>"
              "<aside class='key-points'><h3>Key points</h3><ul><li>Councillors decide; officers advise and deliver.</li>"
              "<li>Criticise the report, not the person who wrote it.</li></ul></aside>"
              "<div class='notes-box'><h3>Your notes</h3><p>Jot down anything you want to ask your mentor.</p>"
              "<textarea rows='6'></textarea></div></main></body></html>", ".html")
    texts = [c.text for c in doc.clauses]
    assert "Councillors decide; officers advise and deliver." in texts
    assert "Criticise the report, not the person who wrote it." in texts
    assert "Jot down anything you want to ask your mentor." not in texts
    assert _reasons(doc)["Jot down anything you want to ask your mentor."] == "form"


# --- from adversarial review 33 ---


def test_an_unclosed_comment_or_one_in_code_is_text_and_hides_nothing(seg):
    doc = seg("# Protocol\n\n1.1 Officers give impartial advice to all councillors. <!-- reviewed by MO, see note\n\n"
              "## 2. Contact\n\n2.1 Officers write `<!-- note -->` in the page source of every web page.\n\n"
              "```html\n<!-- an example\n```\n\n2.2 The Clerk replies to every enquiry within five working days.\n", ".md")
    texts = [c.text for c in doc.clauses]
    assert texts[0] == "Officers give impartial advice to all councillors. <!-- reviewed by MO, see note"
    assert "Officers write <!-- note --> in the page source of every web page." in texts or \
        "Officers write `<!-- note -->` in the page source of every web page." in texts
    assert "The Clerk replies to every enquiry within five working days." in texts
    assert not any(f.reason == "hidden comment" for f in doc.furniture)


def test_a_section_beside_a_comments_field_keeps_its_clauses(seg):
    doc = seg("<html><body><main><section><h2>2. Complaints</h2><p>2.1 Councillors raise concerns with the Clerk.</p>"
              "<p>2.2 Councillors must not criticise officers in public.</p><textarea></textarea></section>"
              "</main></body></html>", ".html")
    assert [c.clause_id for c in doc.clauses] == ["2.1", "2.2"]


def test_chrome_boxes_of_site_news_stay_chrome(seg):
    doc = seg("<html><body><main><h1>Protocol</h1><p>1. Officers must give impartial advice to councillors.</p>"
              "<aside class='did-you-know'><h3>Did you know?</h3><ul><li>You can pay your council tax online.</li>"
              "<li>Your bin day may change over Christmas.</li></ul></aside></main></body></html>", ".html")
    assert [c.clause_id for c in doc.clauses] == ["1"]


@pytest.mark.parametrize("line", [
    "[Officers reply to councillors within five working days]", "[The Chair decides]",
    "In this edition: officers are reminded that they must remain politically neutral.",
    "Source: the Council's Constitution requires members to declare interests.",
    "Table 3: Councillors can expect a reply within ten working days",
    "1.4 The Clerk's normal working hours are ...................................................... per week.",
    "__________ (the ward officer) is their first point of contact."])
def test_rules_shaped_like_notes_captions_or_blanks_stay_clauses(seg, line):
    doc = seg(f"1. Councillors must treat officers with courtesy.\n\n{line}\n\n3. Officers must be impartial.\n")
    assert len(doc.clauses) == 3, [f.text for f in doc.furniture]


def test_a_paragraph_running_on_above_a_blank_keeps_its_line(seg):
    doc = seg("1.1 Each ward has a named link officer, who attends ward surgeries when asked and briefs the\n"
              "ward councillors on local matters. The link officer for the northern wards is\n"
              "__________ and for the southern wards __________.\n")
    assert "The link officer for the northern wards is" in doc.clauses[0].text


# --- from adversarial review 34 ---


def test_rules_beside_a_text_field_and_a_box_of_imperative_key_points_stay_clauses(seg):
    doc = seg("<html><body><main><h1>Consultation draft</h1>"
              "<div class='clause'><p>Individual councillors do not instruct officers.</p><textarea></textarea></div>"
              "<div class='clause'><p>(a) Officers never attend party group meetings.</p><textarea></textarea></div>"
              "<aside class='key-points'><h3>Key points</h3><ul><li>Declare any gift over £50 within 28 days.</li>"
              "<li>Never discuss staffing matters in public.</li><li>Keep confidential papers locked away.</li></ul>"
              "</aside></main></body></html>", ".html")
    texts = [c.text for c in doc.clauses]
    assert "Individual councillors do not instruct officers." in texts
    assert "Officers never attend party group meetings." in texts
    assert "Never discuss staffing matters in public." in texts and "Declare any gift over £50 within 28 days." in texts


def test_a_code_fence_inside_a_comment_does_not_open_a_code_block(seg):
    doc = seg("# Protocol\n\n<!-- Removed example:\n```\nold text\n-->\n\n2.1 Councillors must not ask officers to do "
              "party political work.\n\n````\n~~~\ncode\n````\n\n2.2 Officers must be impartial.\n", ".md")
    texts = [c.text for c in doc.clauses]
    assert "Councillors must not ask officers to do party political work." in texts
    assert "Officers must be impartial." in texts
    assert "old text" not in texts


@pytest.mark.parametrize("line", ["Officers reply to councillors within ______ working days.",
                                  "Councillors give the Clerk ........ days' notice of a question."])
def test_a_partys_rule_with_a_blank_to_fill_is_a_clause(seg, line):
    doc = seg(f"1. Councillors must treat officers with courtesy.\n\n{line}\n\n3. Officers must be impartial.\n")
    assert len(doc.clauses) == 3, [f.text for f in doc.furniture]


def test_a_rule_wrapped_before_its_blank_keeps_both_lines(seg):
    doc = seg("1. Councillors must treat officers with courtesy.\n\nThe Council reviews this protocol every\n"
              "______ years.\n")
    kept = [c.text for c in doc.clauses] + [h.text for h in doc.headings]
    assert any("The Council reviews this protocol every" in t for t in kept) and any("years." in t for t in kept)
    assert not any(f.reason == "signature block" for f in doc.furniture)


def test_a_signatorys_line_with_a_date_blank_is_a_signature(seg):
    doc = seg("1. Councillors must treat officers with courtesy.\n\nSigned on behalf of Cheddlestone Parish Council:\n\n"
              "Cllr Margaret Pengelly, Chair .............................. Date ..................\n\n"
              "Simon Okonedo, Clerk and RFO .............................. Date ..................\n")
    assert [c.clause_id for c in doc.clauses] == ["1"]
    assert set(f.reason for f in doc.furniture) == {"signature block"}
