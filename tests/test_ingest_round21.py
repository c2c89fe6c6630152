"""Shapes a first run on blind sets b76 and b77 broke (session of 4 December 2026): a committee system's minutes
laid out in a "No. | Item" table with a header row, a paragraph saved from Word with its hanging indent made of tabs,
an annex whose points are numbered with its letter on one long line, and a bar of page tools."""

from __future__ import annotations

from conftest import by_id

MINUTES = """<html><body><main><h1>Minutes of the Standards Committee</h1>
<table class="mgItemTable"><thead><tr><th scope="col">No.</th><th scope="col">Item</th></tr></thead><tbody>
<tr><td><p>15.</p></td><td>
<p class="mgAiTitleTxt"><a href="#">Apologies for absence</a></p>
<div class="mgSubItemTitleTxt">Minutes:</div><div class="mgWordPara">
<p>Apologies were received from Councillor N. Oduya.</p>
<p>Councillor G. Tindall attended as substitute for Councillor Oduya.</p>
<p>No other apologies were received.</p>
</div></td></tr>
<tr><td><p>16.</p></td><td>
<p class="mgAiTitleTxt"><a href="#">Member/Officer Protocol: monitoring report</a></p>
<div class="mgSubItemTitleTxt">Minutes:</div><div class="mgWordPara">
<p>The Monitoring Officer presented her report on the first six months of the Protocol.</p>
<p>RESOLVED – That:</p>
<p>the report be noted;</p>
<p>the Monitoring Officer report again in April 2027, with a breakdown of concerns by directorate; and</p>
<p>group leaders remind their members that urgent requests out of hours go to the emergency duty number.</p>
</div></td></tr></tbody></table></main></body></html>
"""


def test_minutes_in_a_layout_table_with_a_header_row_are_one_clause_a_paragraph(seg):
    doc = seg(MINUTES, suffix=".html")
    texts = [c.text for c in doc.clauses]
    # (a substitute's attendance is the minutes' record, as rounds 46-56 decided for apologies: round 83)
    assert "No other apologies were received." in texts
    assert any(f.text.strip() == "Councillor G. Tindall attended as substitute for Councillor Oduya."
               and f.reason == "meeting record" for f in doc.furniture)
    # the item's linked title heads its paragraphs; the column labels are furniture
    assert "Apologies for absence" not in texts and "No." not in texts
    assert any(h.text == "Apologies for absence" for h in doc.headings)
    assert {"No.", "Item"} <= {f.text for f in doc.furniture}
    # "...; and" ends a resolution's item: the paragraph after it is the next item
    assert any(t.endswith("by directorate; and") for t in texts)
    assert any(t.startswith("group leaders remind their members") for t in texts)


def test_a_hanging_indent_of_tabs_goes_on_the_paragraph(seg):
    text = ("1.\tINTRODUCTION\r\n\r\n"
            "1.1\tThis protocol explains how the councillors and the staff of Sheppingdon\r\n"
            "\tTown Council should work together. It applies to every councillor,\r\n"
            "\tincluding the Town Mayor, and to all employees.\r\n\r\n"
            "1.2\tIt is not a substitute for the Code of Conduct adopted by the Council,\r\n"
            "\twhich councillors must observe at all times.\r\n")
    doc = seg(text)
    clauses = by_id(doc)
    assert list(clauses) == ["1.1", "1.2"]
    assert clauses["1.1"].text.endswith("Sheppingdon Town Council should work together. It applies to every "
                                        "councillor, including the Town Mayor, and to all employees.")
    assert clauses["1.2"].text.endswith("observe at all times.")


def test_an_annex_numbered_with_its_letter_on_one_line_is_split_point_by_point(seg):
    text = ("1.1 This note explains the model protocol in Annex A. 1.2 This note is guidance only.\n\n"
            "Annex A – Model protocol: key commitments A1 Councillors will direct all requests for work to the "
            "Clerk. A2 Councillors will not contact the Clerk outside contracted hours. A3 The Clerk will give "
            "impartial advice to the whole council. A4 The council will review this protocol after each election.\n")
    doc = seg(text)
    clauses = by_id(doc)
    assert ["A1", "A2", "A3", "A4"] == [k for k in clauses if k.startswith("A")]
    assert clauses["A2"].text == "Councillors will not contact the Clerk outside contracted hours."
    # "paragraph A1 of the annex" in a sentence does not start a point
    doc = seg("1.1 Councillors should read paragraph A1 of the annex. It sets out the main commitments.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1"]


def test_a_bar_of_page_tools_is_furniture(seg):
    doc = seg("1.1 Councillors and officers work together with respect.\n\n"
              "Download this note (PDF, 240KB) | Print this page\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1"]
    assert {f.text: f.reason for f in doc.furniture}.get("Download this note (PDF, 240KB) | Print this page") \
        == "download link"
    assert not doc.warnings  # the tools bar after the last point is no sign of a cut-off document


def test_lines_ending_on_semicolons_under_a_lead_in_are_its_items(seg):
    # (an adversarial review's file: the semicolon rule for wrapped sentences merged each list into one clause)
    text = ("2.1 Councillors can expect the following from officers in the way that they carry out their duties:\n\n"
            "a commitment to the Council as a whole and to the service of all councillors equally in every case;\n"
            "a working partnership with councillors that reflects the different roles that each of them holds;\n"
            "timely responses to enquiries and complaints made by councillors on behalf of their residents;\n"
            "regular information on matters that affect their wards, and early warning of decisions nearby.\n\n"
            "3.1 An officer who feels that a councillor has not respected this protocol should speak to their manager.\n")
    doc = seg(text)
    assert [c.clause_id for c in doc.clauses] == ["2.1-1", "2.1-2", "2.1-3", "2.1-4", "3.1"]


def test_a_rule_in_a_rows_header_cell_stays_a_clause(seg):
    html = ("<html><body><main><h1>Protocol</h1><table><tr><th scope='row'>Councillors must not instruct officers "
            "directly</th><td>All requests go through the Clerk.</td></tr><tr><th scope='row'>Officers must never "
            "canvass for a candidate</th><td>See the Employee Code.</td></tr></table></main></body></html>")
    texts = [c.text for c in seg(html, suffix=".html").clauses]
    assert "Councillors must not instruct officers directly" in texts
    assert "Officers must never canvass for a candidate" in texts


def test_a_members_officers_table_with_short_duties_on_one_side_is_data(seg):
    # three paragraphs under Members and a short duty under Officers: a table of data, not a layout table
    page = """<html><body><h1>Ashbury Parish Council Member Officer Protocol</h1>
<table><tr><th>Members</th><th>Officers</th></tr>
<tr><td><p>Councillors must not instruct staff directly.</p><p>Councillors should raise concerns with the Clerk.</p>
<p>Councillors must respect impartiality.</p></td><td>Give advice</td></tr>
<tr><td><p>Members must declare interests.</p><p>Members must attend training.</p><p>Members must keep confidences.</p>
</td><td>Keep records</td></tr></table></body></html>"""
    doc = seg(page, suffix=".html")
    cells = {c.text: c.column for c in doc.clauses}
    assert cells.get("Give advice") == "Officers" and cells.get("Keep records") == "Officers"
    assert any(c.column == "Members" and c.text.startswith("Members must declare interests") for c in doc.clauses)
