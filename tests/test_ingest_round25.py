"""Shapes from the b100–b103 first runs: an old web page laid out in tables (a menu of links in one cell, numbered
paragraphs one a row), a page copied as two long lines whose contents list runs into its text, a Word table cell
of two paragraphs, a note under a numbered paragraph in a PDF, and a numbered lead-in over its own sub-points.
Every line stays a clause, a heading or recorded furniture."""

from __future__ import annotations

import pytest

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_nothing_lost import _check_accounted

OLD_PAGE = """<html><head><title>Councillor and Staff Protocol - Ambleworth Town Council</title></head><body>
<table width="960"><tr><td colspan="2">Ambleworth Town Council</td></tr>
<tr><td width="190"><table>
<tr><td><a href="/">Home</a></td></tr><tr><td><a href="/about">About the Council</a></td></tr>
<tr><td><a href="/meetings">Meetings &amp; Minutes</a></td></tr><tr><td><a href="/allotments">Allotments</a></td></tr>
<tr><td><a href="/contact">Contact Us</a></td></tr></table></td>
<td width="770"><table><tr><td>
<h1>Councillor and Staff Protocol</h1>
<h3>Roles</h3>
<table class="paras">
<tr><td><b>1.</b></td><td colspan="2">Councillors decide the Council's policies at its meetings.</td></tr>
<tr><td><b>2.</b></td><td colspan="2">The Town Clerk is responsible for:</td></tr>
<tr><td></td><td>(a)</td><td>advising the Council on the law and on procedure;</td></tr>
<tr><td></td><td>(b)</td><td>managing the other members of staff.</td></tr>
<tr><td><b>3.</b></td><td colspan="2">Individual councillors must not give instructions to staff.</td></tr>
</table>
<p>Page last updated: 2 March 2027</p>
</td></tr></table></td></tr>
<tr><td colspan="2">Town Hall, High Street, Ambleworth, AM4 2XZ | Tel: 01632 960 777 | Email: clerk@ambleworth-tc.gov.uk | Office hours: Monday to Thursday, 9am to 1pm</td></tr>
</table></body></html>
"""


def test_an_old_page_laid_out_in_tables_reads_as_its_paragraphs(tmp_path):
    path = tmp_path / "old.html"
    path.write_text(OLD_PAGE, encoding="utf-8")
    raw = read(path)
    doc = segment(raw)
    by_id = {c.clause_id: c for c in doc.clauses}
    assert by_id["1"].text == "Councillors decide the Council's policies at its meetings."
    assert by_id["2.a"].text == "advising the Council on the law and on procedure;"
    assert by_id["2.a"].lead_in == "The Town Clerk is responsible for:"
    assert by_id["3"].text == "Individual councillors must not give instructions to staff."
    texts = " ".join(c.text for c in doc.clauses)
    assert "Allotments" not in texts and "Tel:" not in texts  # the menu in its own table and the footer's contact line
    reasons = {f.text: f.reason for f in doc.furniture}
    assert any("01632 960 777" in t for t in reasons)
    _check_accounted(raw, doc)


def test_a_table_of_data_in_an_old_page_stays_a_table(tmp_path):
    path = tmp_path / "data.html"
    path.write_text("<html><body><h1>Protocol</h1><table><tr><th>Councillors</th><th>Officers</th></tr>"
                    "<tr><td>Set the Council's policies.</td><td>Give impartial advice.</td></tr>"
                    "<tr><td>Represent their wards.</td><td>Carry out the Council's decisions.</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    doc = segment(read(path))
    cells = [c for c in doc.clauses if c.kind == "cell"]
    assert [c.column for c in cells] == ["Councillors", "Officers", "Councillors", "Officers"]


TWO_LINES = ("Skip to main content Brackleby District Council Menu Search Bins and recycling Council tax Home > "
             "Your council > Constitution On this page: 1. Introduction 2. Roles 3. Respect 4. Review "
             "1. Introduction 1.1 This Protocol guides councillors and officers in their dealings with one another. "
             "1.2 It should be read with the codes of conduct. 2. Roles 2.1 Members are accountable to the "
             "electorate. 2.2 Officers are employed by the Council as a whole and give it impartial advice, so that "
             "a full\n"
             "reply will be sent. 2.3 The Chief Executive manages all staff and is responsible for their appointment, "
             "discipline and dismissal. 3. Respect 3.1 Members and officers will treat each other with courtesy and "
             "respect, in meetings, in writing and online. 3.2 Members should not criticise an officer in public. "
             "3.3 Close personal familiarity between a member and an officer can damage the relationship and should "
             "be avoided. 4. Review "
             "4.1 The Standards Committee will review this Protocol every three years. 4.2 Advice on this Protocol "
             "can be obtained from the Monitoring Officer. Back to top Previous: Part 5.3 Employee Code Next: "
             "Part 5.5 Planning Code Was this page helpful? Yes No Contact us Accessibility Cookies Privacy "
             "Site map © 2026 Brackleby District Council\n")


def test_a_contents_list_run_into_the_text_and_a_second_line_opening_inside_a_point(tmp_path):
    path = tmp_path / "twolines.txt"
    path.write_text(TWO_LINES, encoding="utf-8")
    raw = read(path)
    doc = segment(raw)
    by_id = {c.clause_id: c for c in doc.clauses}
    assert by_id["1.1"].text == "This Protocol guides councillors and officers in their dealings with one another."
    assert by_id["2.1"].text == "Members are accountable to the electorate."
    assert by_id["3.2"].text == "Members should not criticise an officer in public."
    assert by_id["4.2"].text == "Advice on this Protocol can be obtained from the Monitoring Officer."
    assert by_id["3.1"].section[-1] == "Respect"
    contents = [f.text for f in doc.furniture if f.reason == "table of contents"]
    assert contents[:2] == ["1. Introduction", "2. Roles"]  # each entry, not the whole line, is recorded
    assert any(f.reason == "page footer" and "Was this page helpful" in f.text for f in doc.furniture)
    _check_accounted(raw, doc)


def test_a_word_table_cell_of_two_paragraphs_is_two_clauses(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Councillor and Clerk Protocol", 1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "The Clerk will", "Councillors will"
    t.cell(1, 0).text = "Keep personal information secure."
    t.cell(1, 0).add_paragraph("Tell the Chair at once if information is lost.")
    t.cell(1, 1).text = "Send requests for work to the Clerk, not to other staff,\nand copy the Chair."
    path = tmp_path / "cells.docx"
    d.save(path)
    doc = segment(read(path))
    texts = [c.text for c in doc.clauses if c.kind == "cell"]
    assert "Keep personal information secure." in texts
    assert "Tell the Chair at once if information is lost." in texts
    assert "Send requests for work to the Clerk, not to other staff, and copy the Chair." in texts  # a line break, no new sentence


def test_a_note_under_a_numbered_paragraph_is_a_clause_of_its_own(seg):
    doc = seg("5. STAGE 2\n\n5.1  If the matter is not resolved at Stage 1, it will be referred to the Chief\n"
              "     Executive. Serious behaviour includes threats and repeated bullying.\n"
              "     Note: where the complaint is about the Leader, Stage 2 will be dealt with\n"
              "     jointly by the Chief Executive and the Monitoring Officer.\n\n"
              "5.2  The Chief Executive will write to both parties within 20 working days.\n")
    texts = [c.text for c in doc.clauses]
    assert texts[0].endswith("threats and repeated bullying.")
    assert texts[1].startswith("Note: where the complaint is about the Leader")


def test_a_numbered_lead_in_over_its_own_sub_points(seg):
    doc = seg("6. POLITICAL GROUPS\n\n6.1  Requests for a group briefing go to the Chief Executive.\n\n"
              "6.2  Officer support to a political group is limited to Council business. In particular, officers "
              "will not:\n\n6.2.1  attend a group meeting at which party business is discussed;\n\n"
              "6.2.2  help to draft election material; or\n\n6.2.3  pass on what one group said to another.\n\n"
              "6.3  Group leaders make sure their members understand this protocol.\n")
    by_id = {c.clause_id: c for c in doc.clauses}
    assert by_id["6.2"].text == "Officer support to a political group is limited to Council business."
    assert by_id["6.2.1"].lead_in.endswith("In particular, officers will not:")
    assert by_id["6.2.3"].lead_in == by_id["6.2.1"].lead_in
    assert by_id["6.3"].lead_in is None


def test_a_bare_numbered_lead_in_is_no_clause_and_its_points_keep_it(seg):
    doc = seg("2. PRINCIPLES\n\n2.1  This protocol applies to all members and officers.\n\n"
              "2.2  In all their dealings with each other, Members and officers will:\n\n"
              "2.2.1  treat each other fairly;\n\n2.2.2  observe the principles of public life.\n\n"
              "2.3  Breaches are dealt with under section 9.\n")
    by_id = {c.clause_id: c for c in doc.clauses}
    assert "2.2" not in by_id
    assert by_id["2.2.1"].lead_in == "In all their dealings with each other, Members and officers will:"
    assert by_id["2.3"].lead_in is None


def test_a_bilingual_title_between_numbered_points_is_a_heading(seg):
    doc = seg("xx.\tA councillor who is related to the Clerk must declare it.\r\n\r\n"
              "Pan fydd Pethau'n Mynd o Chwith / When Things Go Wrong\r\n"
              "xxi.\tA councillor who has a concern about the Clerk's work should raise it with the Chair.\r\n")
    assert [c.clause_id for c in doc.clauses] == ["xx", "xxi"]
    assert doc.clauses[1].section[-1] == "Pan fydd Pethau'n Mynd o Chwith / When Things Go Wrong"


@pytest.mark.parametrize("cell, statements", [
    ("Keep information secure.\nTell the Chair at once.", ["Keep information secure.", "Tell the Chair at once."]),
    ('Staff said "Officers must not be bullied."\nThis applies to all.',
     ['Staff said "Officers must not be bullied."', "This applies to all."]),  # the quote stays with its sentence
    ("Declare interests e.g.\nPecuniary interests.", ["Declare interests e.g. Pecuniary interests."]),
    ("See Standing Order No.\nTwelve.", ["See Standing Order No. Twelve."]),
    ("1.\nOfficers must give impartial advice.", ["1. Officers must give impartial advice."]),
    ("Officers must act as follows:\nGive advice.\nKeep records.", ["Officers must act as follows: Give advice. Keep records."]),
])
def test_a_cells_paragraphs_split_only_between_sentences(cell, statements):
    """Review 24: abbreviations, bare markers, a lead-in's items and a closing quote."""
    from pipeline.ingest.tables import _split_statements

    assert _split_statements(cell, paragraphs=True) == statements


def test_a_header_table_with_a_table_in_a_cell_and_a_table_of_short_numbered_duties_stay_data(seg):
    doc = seg("<html><body><h1>Protocol</h1><table><tr><th>Members</th><th>Officers</th></tr>"
              "<tr><td>Councillors must treat officers with respect.<table><tr><td>See also</td><td>Code of Conduct"
              "</td></tr></table></td><td>Officers must give impartial advice.</td></tr></table>"
              "<table><tr><td>1.</td><td>Give impartial advice</td></tr><tr><td>2.</td><td>Keep confidences</td></tr>"
              "</table></body></html>", suffix=".html")
    cells = {c.text: c for c in doc.clauses}
    assert cells["Councillors must treat officers with respect."].column == "Members"
    assert cells["Officers must give impartial advice."].column == "Officers"
    assert cells["Give impartial advice"].kind == "cell" and cells["Keep confidences"].kind == "cell"


def test_points_that_do_not_go_on_from_a_numbered_lead_in_are_not_its_items(seg):
    doc = seg("2.1  Officer support is limited to Council business. In particular, officers will not:\n\n"
              "2.1.1  This paragraph was amended by Council on 5 May 2023.\n\n"
              "2.2  Councillors must not ask officers to campaign.\n")
    by_id = {c.clause_id: c for c in doc.clauses}
    assert by_id["2.1.1"].lead_in is None
    assert by_id["2.1"].text.endswith("In particular, officers will not:")  # no items: the whole paragraph is the clause


def test_the_title_is_the_heading_that_names_the_document(seg):
    """The report's Document column showed "Document control" and "PART 5 – CODES AND PROTOCOLS" for two councils'
    protocols, and nothing for a page whose one heading is its h1."""
    doc = seg("<html><body><h2>Document control</h2><h2>Ambercross Council Constitution</h2>"
              "<h2>PART 5 – CODES AND PROTOCOLS</h2><h1>Member and Officer Relations Protocol</h1><h2>Introduction</h2>"
              "<p>1.1 This protocol guides councillors and officers in their dealings with one another.</p></body></html>",
              suffix=".html")
    assert doc.title == "Member and Officer Relations Protocol"
    # (a site menu copied as text above the title stays the site's menu, and its "Code of conduct" no title: review 25)
    menu = seg("Ambridge District Council\nAbout the council\nCouncillors and committees\nPolicies and procedures\n"
               "Code of conduct\nFreedom of information\nAccessibility\n\nMember and Officer Relations Protocol\n\n"
               "1.1 This protocol guides councillors and officers in their dealings with one another.\n\n"
               "1.2 Officers give impartial advice to every councillor.\n")
    assert menu.title != "Code of conduct"
    assert any(f.text == "Code of conduct" for f in menu.furniture)
    page = seg("<html><body><h1>Councillors and officers: frequently asked questions</h1>"
               "<p>Councillors may ask officers for information they need for their duties.</p></body></html>",
               suffix=".html")
    assert page.title == "Councillors and officers: frequently asked questions"
