"""Round 72: what its first run found. A statute's year wrapped onto the next line is no paragraph number; a web
page's list item ends where its list does; a tab bar, a report cover's fields side by side, a flowchart's step numbers,
a blank page's note, a large-print note and three more meeting records are furniture or labels; and a document that
ends on its contact box is not cut off. Each with the text it must not take."""

from __future__ import annotations

from conftest import furniture_reasons


def test_a_statutes_year_wrapped_onto_the_next_line_is_no_paragraph_number(seg):
    doc = seg("4.1 Officers serve the whole Council.\n"
              "4.2 Certain posts are politically restricted under the Local Government and Housing Act\n"
              "1989. The holders of those posts may not stand for election.\n"
              "4.3 Officers must not canvass for any party.\n")
    assert [c.clause_id for c in doc.clauses] == ["4.1", "4.2", "4.3"]
    assert doc.clauses[1].text.startswith("Certain posts are politically restricted under the Local Government and "
                                          "Housing Act 1989. The holders")


def test_minutes_numbered_by_the_year_keep_their_numbers(seg):
    # (a minute numbered 2031 under one that ends on a statute's name is the next minute, as after a month)
    doc = seg("2029. Officers must give impartial advice.\n"
              "2030. The Committee agreed that councillors must follow the guidance issued under the Localism Act\n"
              "2031. Councillors must not instruct officers.\n")
    assert [c.clause_id for c in doc.clauses] == ["2029", "2030", "2031"]


PAGE = """<html><body><main><h1>Enquiries</h1>
<p>Officers will:</p>
<ul>
  <li>explain what the council can do</li>
  <li>give you their honest professional view, even where it is not the answer you were hoping for</li>
</ul>
<p>Officers will not:</p>
<ul>
  <li>give a resident a different level of service because a councillor has raised the matter</li>
  <li>take part in campaigns for a party</li>
</ul>
</main></body></html>"""


def test_a_web_pages_list_item_ends_where_its_list_does(seg):
    doc = seg(PAGE, suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert "give you their honest professional view, even where it is not the answer you were hoping for" in texts
    assert [c.lead_in for c in doc.clauses if c.text.startswith("take part")] == ["Officers will not:"]


def test_a_list_items_second_paragraph_keeps_its_indent_and_the_paragraph_after_the_list_does_not(tmp_path):
    from pipeline.ingest.html import read_html
    path = tmp_path / "page.html"
    path.write_text("<html><body><main><h1>Enquiries</h1><ul><li><p>reply within ten working days</p><p>or say when "
                    "a reply will come</p></li></ul><p>Officers will not:</p></main></body></html>", encoding="utf-8")
    lines = {ln.text: ln for ln in read_html(path, "page").lines if ln.text}
    assert lines["reply within ten working days"].indent == lines["or say when a reply will come"].indent == 2
    assert lines["Officers will not:"].indent == 0 and lines["Officers will not:"].style == "body"


def test_a_tab_bar_is_page_tools_and_its_panels_are_read(seg):
    doc = seg('<html><body><main><h1>Councillors and staff</h1><ul role="tablist"><li role="presentation">'
              '<a role="tab" href="#roles">Roles</a></li><li role="presentation"><a role="tab" href="#concerns">'
              'Concerns</a></li></ul><section id="roles" role="tabpanel"><h2>Roles</h2><p>Councillors set policy and '
              'officers carry it out.</p></section><section id="concerns" role="tabpanel" hidden><h2>Concerns</h2>'
              '<p>Councillors must raise concerns about an officer with the Chief Executive.</p></section></main>'
              '</body></html>', suffix=".html")
    assert [c.text for c in doc.clauses] == ["Councillors set policy and officers carry it out.",
                                             "Councillors must raise concerns about an officer with the Chief "
                                             "Executive."]


def test_a_tablist_that_holds_sentences_stays_text(seg):
    doc = seg('<html><body><main><h1>Guide</h1><div role="tablist"><p>Councillors must not instruct officers, and '
              'officers must give impartial advice to every councillor.</p></div></main></body></html>', suffix=".html")
    assert len(doc.clauses) == 1


def test_a_blank_pages_note_and_a_large_print_note_are_furniture(seg):
    doc = seg("1. Councillors must treat officers with courtesy.\n\nThis page is intentionally left blank\n\n"
              "2. Officers must give impartial advice.\n\n"
              "Large print and other formats are available from Democratic Services.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]
    f = furniture_reasons(doc)
    assert f["This page is intentionally left blank"] == "editorial note"
    assert f["Large print and other formats are available from Democratic Services."] == "availability note"


def test_a_rule_about_large_print_stays_text(seg):
    doc = seg("1. Large print copies must be available at every meeting of the Council.\n")
    assert len(doc.clauses) == 1


MINUTES = """ASHBY VALE PARISH COUNCIL

Minutes of the meeting held on Tuesday 11 March 2025

25/31 Minutes
RESOLVED that the minutes of the meeting held on 11 February 2025 be approved and signed by the Chair as a correct record.

25/32 Protocol on councillors and the Clerk
Councillors must raise any concern about the Clerk with the Chair of the Staffing Committee.
Councillor H. Malik left the meeting at 8.20 pm during consideration of this item.
The councillor concerned did not vote.
"""


def test_three_more_meeting_records_are_furniture(seg):
    doc = seg(MINUTES)
    assert [c.text for c in doc.clauses] == ["Councillors must raise any concern about the Clerk with the Chair of the "
                                             "Staffing Committee."]
    f = furniture_reasons(doc)
    for line in ("RESOLVED that the minutes of the meeting held on 11 February 2025 be approved and signed by the Chair "
                 "as a correct record.", "Councillor H. Malik left the meeting at 8.20 pm during consideration of this "
                 "item.", "The councillor concerned did not vote."):
        assert f[line] == "meeting record"


def test_a_vote_with_a_reason_stays_text(seg):
    doc = seg("1. The councillor concerned did not vote because the matter concerned a relative, and must declare it.\n")
    assert len(doc.clauses) == 1


def _pdf_table(path, rows: list[list[str]]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet
    style = getSampleStyleSheet()["Normal"]
    story = [Paragraph("1. Councillors must treat officers with courtesy and respect at all times.", style),
             Spacer(1, 12)]
    for row in rows:
        t = Table([[Paragraph(c, style) for c in row]], colWidths=[60, 380])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story += [t, Spacer(1, 12)]
    story.append(Paragraph("2. Officers will give impartial advice to every councillor.", style))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def test_a_flowcharts_step_numbers_label_their_boxes(tmp_path):
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    path = tmp_path / "flow.pdf"
    _pdf_table(path, [["1", "Raise the matter informally with the councillor concerned, in person or in writing."],
                      ["2", "If that does not resolve matters, speak in confidence to the Chair of the Staffing "
                            "Committee."]])
    doc = segment(read(path))
    texts = [c.text for c in doc.clauses]
    assert "1" not in texts and "2" not in texts
    assert "Raise the matter informally with the councillor concerned, in person or in writing." in texts


def test_a_cover_tables_fields_side_by_side_are_details(tmp_path):
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    path = tmp_path / "cover.pdf"
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import getSampleStyleSheet
    style = getSampleStyleSheet()["Normal"]
    t = Table([["Report to: Cabinet", "Date: 18 June 2025"],
               ["Report of: Director of Legal and Governance", "Wards affected: All"],
               ["Cabinet Member: Leader of the Council", "Key decision: No"]], colWidths=[260, 200])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [t, Spacer(1, 12), Paragraph("1.1 This report presents a revised protocol for Cabinet to consider.", style),
         Paragraph("1.2 Officers must give impartial advice to every councillor.", style)])
    doc = segment(read(path))
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]


def test_a_document_that_ends_on_its_contact_box_is_not_cut_off(seg):
    doc = seg("1. Councillors must treat the Clerk with respect.\n\n2. This policy will be reviewed every two years.\n\n"
              "Who to contact\n\nParish Clerk: Mrs A. Brereton, 01632 960 418, clerk@example.gov.uk\n"
              "Monitoring Officer, Harwood District Council: 01632 960 550\n")
    assert doc.warnings == []
