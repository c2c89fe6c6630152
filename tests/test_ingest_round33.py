"""Shapes from the b164–b167 first runs: each is furniture, a heading or text as a reader takes it, and the
rules beside them stay clauses."""

from __future__ import annotations

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_ingest_round32 import _reasons


def test_a_numbered_points_own_indented_paragraph_goes_on_with_it(seg):
    # b167's Markdown: "10) ..." / "" / "   This includes ..." is one point; a quotation, a Welsh translation and a
    # box drawn under a point are not
    doc = seg("10) Councillors must not bully, harass or intimidate the Clerk.\n\n"
              "   This includes sending large numbers of emails late in the evening.\n\n"
              "11) Staff are entitled to work without interference.\n\n"
              "   “If a councillor rings me, I'm not going to argue.”\n\n"
              "12. The Clerk will reply to councillors' emails within five working days.\n\n"
              "    Bydd y Clerc yn ateb negeseuon e-bost gan gynghorwyr o fewn pum diwrnod gwaith.\n\n"
              "13. Everyone is asked to sign the pledge below.\n\n"
              "    ┌──────────────┐\n"
              "      I will be courteous online.\n"
              "    └──────────────┘\n", ".md")
    texts = [c.text for c in doc.clauses]
    assert "Councillors must not bully, harass or intimidate the Clerk. This includes sending large numbers of " \
           "emails late in the evening." in texts
    assert "Staff are entitled to work without interference." in texts
    assert "The Clerk will reply to councillors' emails within five working days." in texts
    assert "Everyone is asked to sign the pledge below." in texts


def test_a_quotations_attribution_under_it_is_the_quotations(seg):
    # b165's scrutiny review: "— Officer, Environmental Services, survey response" under the quotation
    doc = seg("F3    Some junior staff found it hard to refuse a direct request.\n\n"
              "      “If a councillor rings me and says ‘just get it done’, I'm not going to argue.”\n"
              "      — Officer, Environmental Services, survey response\n\n"
              "F4    Requests for new work go to the head of service.\n")
    texts = [c.text for c in doc.clauses]
    assert "“If a councillor rings me and says ‘just get it done’, I'm not going to argue.” — Officer, " \
           "Environmental Services, survey response" in texts
    # a dash that opens a list's item under a lead-in stays an item
    doc = seg("Councillors should:\n— read the papers before the meeting\n— send apologies to the Clerk\n")
    assert [c.text for c in doc.clauses] == ["read the papers before the meeting", "send apologies to the Clerk"]


def test_minutes_attendance_wrapped_at_an_initial_and_counting_the_public_is_furniture(seg):
    # b165's town council minutes
    doc = seg("Present: Councillor J. Whitlow (Town Mayor, in the Chair)\n"
              "Councillors S. Adeyemi, R. Dunn, M. Ferris, T. Garside, A. Kerr, K. Latimer, P. Marsh,\n"
              "L. Novak, D. Quinlan, A. Rashid, B. Sowerby, E. Thwaite, C. Webb and H. Yardley\n"
              "In attendance: Mrs F. Oduya (Town Clerk), Mr G. Brereton (Deputy Town Clerk),\n"
              "District Councillor N. Shah, eight members of the public and one representative of the press\n\n"
              "101. Apologies for absence\n\n"
              "Apologies were received from Councillor Haddon.\n")
    reasons = _reasons(doc)
    assert reasons["L. Novak, D. Quinlan, A. Rashid, B. Sowerby, E. Thwaite, C. Webb and H. Yardley"] == "attendance list"
    assert reasons["District Councillor N. Shah, eight members of the public and one representative of the press"] \
        == "attendance list"
    # (the apologies themselves are the meeting's record, furniture since round 46)
    assert reasons["Apologies were received from Councillor Haddon."] == "meeting record"
    assert [c.text for c in doc.clauses] == []


def test_office_hours_a_reading_time_a_marked_running_title_and_a_review_date_are_furniture(seg):
    doc = seg("Kersholm County Council - Consultation response - May 2027 - OFFICIAL\n\n"
              "7 min read\n\n"
              "1. The Clerk works set hours and will reply to messages on the next working day.\n\n"
              "2. Officers must treat papers marked Official - Sensitive with care.\n\n"
              "Office hours: Mon, Wed & Fri 9.30am - 12.30pm\n\n"
              "Date for review: October 2027.\n")
    reasons = _reasons(doc)
    assert reasons["Kersholm County Council - Consultation response - May 2027 - OFFICIAL"] == "security marking"
    assert reasons["7 min read"] == "byline"
    assert reasons["Office hours: Mon, Wed & Fri 9.30am - 12.30pm"] == "contact details"
    assert reasons["Date for review: October 2027."] == "document details"
    assert [c.text for c in doc.clauses] == [
        "The Clerk works set hours and will reply to messages on the next working day.",
        "Officers must treat papers marked Official - Sensitive with care."]


def test_an_old_page_laid_out_in_tables_gives_its_menu_and_banner_as_furniture(seg):
    # b167's town council page: the banner's name and motto, a menu of lone links with the Clerk's telephone under it
    menu = "".join(f'<tr><td class="nav"><a href="/{k}.htm">{k}</a></td></tr>'
                   for k in ("Home", "About the Council", "Your Councillors", "Allotments", "Contact Us"))
    page = ("<html><body><table><tr><td colspan=2><table><tr><td><img src=crest.gif alt=''></td>"
            "<td><b>Market Haddlesby Town Council</b><br><i>Serving the people of Market Haddlesby since 1974</i></td>"
            "</tr></table></td></tr><tr><td><table>" + menu +
            "<tr><td>Town Clerk: Mrs Joanne Pardoe<br>Tel: 01632 960 274</td></tr></table></td>"
            "<td><h1>Councillor and Staff Protocol</h1>"
            "<p>1. Councillors are elected to represent the people of the town.</p>"
            "<p>2. An individual councillor has no authority to instruct the Clerk.</p></td></tr></table></body></html>")
    doc = seg(page, ".html")
    assert [c.text for c in doc.clauses] == ["Councillors are elected to represent the people of the town.",
                                             "An individual councillor has no authority to instruct the Clerk."]
    reasons = _reasons(doc)
    assert reasons["Allotments"] in ("site menu", "site navigation") and "Tel: 01632 960 274" in reasons
    # a table of lone links beside a rule in an old page is no menu: the rule stays a clause
    page = ("<html><body><table><tr><td><table><tr><td><a href=/a>Home</a></td></tr><tr><td><a href=/b>Contact</a></td>"
            "</tr><tr><td><a href=/c>Council</a></td></tr><tr><td>Councillors must not instruct staff.</td></tr></table>"
            "</td><td><h2>Protocol</h2><p>1. Officers serve the whole Council.</p><p>2. Officers advise.</p>"
            "<p>3. Councillors decide.</p></td></tr></table></body></html>")
    assert "Councillors must not instruct staff." in [c.text for c in seg(page, ".html").clauses]


def _pdf(tmp_path, paragraphs, top_margin=72, watermark=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    path = tmp_path / "doc.pdf"

    def page(canvas, _doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, A4[1] - 30, "Sallowby District Council | Constitution Part 5(f)")
        if watermark:
            canvas.setFont("Helvetica-Bold", 120)
            canvas.setFillGray(0.88)
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, watermark)
        canvas.restoreState()

    flow = []
    for p in paragraphs:
        flow.append(PageBreak() if p is None else Paragraph(p, body))
    SimpleDocTemplate(str(path), pagesize=A4, topMargin=top_margin).build(flow, onFirstPage=page, onLaterPages=page)
    return path


def test_a_pdf_pages_first_line_in_a_narrow_top_margin_is_body_text():
    # b166's PDF: page 3's first line sat at 70 points, inside the 9 % a running header keeps to, and its paragraph
    # went on "5.3 will be taken by ..." as a paragraph of its own
    from pathlib import Path

    path = Path(__file__).parent / "data/gold_corpus/retired_b166/docs/b166_sallowby_resolution_protocol.pdf"
    got = {c.clause_id: c.text for c in segment(read(path)).clauses}
    assert got["5.5"].endswith("in paragraph 5.3 will be taken by the Appointments and Conditions Committee, advised "
                               "by the Head of Human Resources.")
    assert "5.3 will be taken" not in " ".join(t for k, t in got.items() if k != "5.5")


def test_a_pdf_watermark_set_at_a_slant_is_furniture_and_leaves_the_words_whole(tmp_path):
    # b167's draft protocol: the grey "DRAFT" across every page fell into the words it crossed
    paragraphs = [f"{k}. Councillors and officers will treat one another with courtesy and respect at every meeting of "
                  f"the Council and in all correspondence." for k in range(1, 30)]
    doc = segment(read(_pdf(tmp_path, paragraphs, watermark="DRAFT")))
    assert {c.text for c in doc.clauses} == {"Councillors and officers will treat one another with courtesy and respect "
                                             "at every meeting of the Council and in all correspondence."}
    assert len(doc.clauses) == 29
    assert [f.reason for f in doc.furniture if f.text.strip() == "DRAFT"] == ["watermark"] * 2


def test_what_the_round_33_rules_leave_alone(seg):
    # adversarial review 36: a numbered heading keeps the indented paragraph under it as its clause; a dash list after
    # a quoted phrase keeps its items; a rule about office hours and a title ending in "Official" stay text
    doc = seg("2. Roles of councillors\n\n   Councillors must not ask officers to do party political work.\n\n"
              "4.2 Councillors should avoid phrases such as \"just get it done\"\n— raise concerns with the Clerk\n"
              "— never criticise staff in public\n\n"
              "Clerk's hours: Monday to Thursday 9am to 1pm, and councillors may not expect replies at other times\n\n"
              "Office hours: Mon to Fri 9am - 5pm, outside which officers are not expected to answer calls\n")
    got = {c.text: c for c in doc.clauses}
    assert got["Councillors must not ask officers to do party political work."].section[-1] == "Roles of councillors"
    assert "raise concerns with the Clerk" in got and "never criticise staff in public" in got
    assert "Clerk's hours: Monday to Thursday 9am to 1pm, and councillors may not expect replies at other times" in got
    assert "Office hours: Mon to Fri 9am - 5pm, outside which officers are not expected to answer calls" in got
    marked = _reasons(seg("Use of Council Resources – Official\n\n1. Officers must keep records.\n"))
    assert marked.get("Use of Council Resources – Official") != "security marking"


def test_a_layout_tables_cell_with_inline_tags_is_one_line(seg):
    page = ("<html><body><table><tr><td><table><tr><td><a href=/a>Home</a></td></tr><tr><td><a href=/b>Contact</a>"
            "</td></tr><tr><td><a href=/c>Council</a></td></tr><tr><td>Councillors <b>contact</b> officers through the "
            "<a href=/x>Clerk</a>, who answers within five working days</td></tr></table></td><td><h2>Protocol</h2>"
            "<p>1. Officers serve the whole Council.</p><p>2. Officers advise.</p></td></tr></table></body></html>")
    texts = [c.text for c in seg(page, ".html").clauses]
    assert "Councillors contact officers through the Clerk, who answers within five working days" in texts
