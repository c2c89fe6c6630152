"""Shapes from the b192–b195 first runs: Markdown converted from web pages (inline HTML, tables one after another, a
header table naming the document), a news page's chrome and its explainer box, a webinar's participants and its
audience questions, and posts named with "of the" in an attendance line."""

from __future__ import annotations

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_ingest_pages import _check_accounted
from test_ingest_round32 import _reasons


def _doc(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    raw = read(path, path.stem)
    doc = segment(raw)
    _check_accounted(raw, doc)  # (every line is a clause's, a heading's or furniture with its reason)
    return doc


def test_inline_html_in_markdown_shows_only_its_text_and_keeps_the_paragraph_numbers(tmp_path):
    doc = _doc(tmp_path, "protocol.md",
               '<a id="top"></a>\n\n# Councillor and Officer Protocol\n\n## 4. Working together\n\n'
               '<span class="para-num">4.1</span>&nbsp;Officers will give <strong>impartial</strong> advice to all '
               'councillors.\n\n'
               '<span class="para-num">4.2</span>&nbsp;Councillors will not ask officers to act for a political '
               'party.<br>This includes canvassing &amp; leafleting.\n')
    assert [(c.clause_id, c.text) for c in doc.clauses] == [
        ("4.1", "Officers will give impartial advice to all councillors."),
        ("4.2", "Councillors will not ask officers to act for a political party. This includes canvassing & "
                "leafleting.")]
    assert _reasons(doc)['<a id="top"></a>'] == "html markup"


def test_markdown_tables_one_after_another_are_two_tables_each_with_its_header(seg):
    # (each row's first cell labels the row: it stands in the clause's section, not as a clause)
    doc = seg(
               "## Response times\n\n"
               "| Type of contact | Acknowledgement | Full reply |\n|---|---|---|\n"
               "| Ward casework | Within 2 working days | Within 10 working days |\n"
               "| Request for a briefing | Within 2 working days | Within 15 working days |\n\n"
               "| Situation | What to do |\n|---|---|\n"
               "| A councillor presses you to change a report | Explain your advice politely.<br>Tell your head of "
               "service the same day. |\n", suffix=".md")
    got = [(c.clause_id, c.text) for c in doc.clauses]
    assert got == [("t1.r1.c2", "Within 2 working days"), ("t1.r1.c3", "Within 10 working days"),
                   ("t1.r2.c2", "Within 2 working days"), ("t1.r2.c3", "Within 15 working days"),
                   ("t2.r1.c2.s1", "Explain your advice politely."),
                   ("t2.r1.c2.s2", "Tell your head of service the same day.")]
    # (neither header row is a clause: "What to do" was once the first table's third row)
    assert not {"Type of contact", "Acknowledgement", "Situation", "What to do"} & {c.text for c in doc.clauses}
    assert doc.clauses[-1].section[-1] == "A councillor presses you to change a report"


def test_a_header_table_naming_the_document_above_its_text_is_document_details(tmp_path):
    doc = _doc(tmp_path, "con5.md",
               "| Westmarch County Council | Document reference: CON/5/07 |\n|---|---|\n"
               "| Constitution Part 5 | Version 3.2 – April 2027 |\n\n"
               "# Member and Officer Relations Protocol\n\n"
               "1. Members and officers will treat each other with courtesy and respect.\n"
               "2. Officers must not be asked to undertake party political work.\n")
    reasons = _reasons(doc)
    assert reasons["| Westmarch County Council | Document reference: CON/5/07 |"] == "document details"
    assert reasons["| Constitution Part 5 | Version 3.2 – April 2027 |"] == "document details"
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]


def test_a_header_table_that_holds_a_rule_stays_clauses(seg):
    doc = seg(
               "| Council business | Reply |\n|---|---|\n"
               "| Ward enquiries | Officers will reply within ten working days |\n\n"
               "1. Members and officers will treat each other with courtesy.\n", suffix=".md")
    assert "Officers will reply within ten working days" in [c.text for c in doc.clauses]


def test_a_news_pages_most_read_list_is_chrome_and_its_explainer_box_is_text(tmp_path):
    doc = _doc(tmp_path, "row.html",
               '<html><body><header class="site-header"><a href="/">Hollowmere Courier</a></header><main><article>'
               "<h1>Town council row deepens as clerk goes off sick</h1>"
               "<p>The town clerk has been signed off sick after what she described as months of pressure.</p>"
               "<p>READ MORE: Hollowmere precept to rise by 8 per cent after heated budget meeting</p>"
               "<p>The county association said councillors must not bully or harass the council's staff.</p>"
               '<aside class="fact-box"><h3>What does a town clerk do?</h3>'
               "<p>The clerk is the council's proper officer and gives it impartial advice on the law.</p></aside>"
               "<p>Comments are moderated. Please keep them civil and on topic.</p>"
               '</article><section class="most-read"><h2>Most read</h2><ol>'
               '<li><a href="/a">Bypass plans go on show at library</a></li>'
               '<li><a href="/b">Market square fountain to be restored</a></li></ol></section></main></body></html>')
    reasons = _reasons(doc)
    assert reasons["Bypass plans go on show at library"] == reasons["Most read"]
    assert "most-read" in reasons["Most read"]
    assert reasons["READ MORE: Hollowmere precept to rise by 8 per cent after heated budget meeting"] == \
        "related links"
    assert reasons["Comments are moderated. Please keep them civil and on topic."] == "page widget"
    assert [c.text for c in doc.clauses] == [
        "The town clerk has been signed off sick after what she described as months of pressure.",
        "The county association said councillors must not bully or harass the council's staff.",
        "The clerk is the council's proper officer and gives it impartial advice on the law."]


def test_a_webinars_participants_are_furniture_and_its_quoted_audience_questions_are_turns(tmp_path):
    doc = _doc(tmp_path, "webinar.md",
               "# Member-officer relations in practice (webinar)\n\n"
               "**Host:** Claire Mabbott, Head of Governance Support. **Panellists:** Ravi Dutt (Monitoring Officer, "
               "Eastbrook), Sian Howells (Chief Executive, Penfro).\n\n"
               "### Questions from the audience\n\n"
               'Someone asks: "Should officers ever attend a political group meeting?"\n\n'
               "Only to give factual briefings, and never to take part in the group's political debate.\n")
    assert _reasons(doc)["Host: Claire Mabbott, Head of Governance Support. Panellists: Ravi Dutt "
                         "(Monitoring Officer, Eastbrook), Sian Howells (Chief Executive, Penfro)."] == "participants"
    assert [c.text for c in doc.clauses] == [
        'Someone asks: "Should officers ever attend a political group meeting?"',
        "Only to give factual briefings, and never to take part in the group's political debate."]
    assert [h.text for h in doc.headings][-1] == "Questions from the audience"


def test_a_participants_label_over_a_rule_is_no_furniture(seg):
    doc = seg("1. Speakers: officers must not speak for a political group at a public meeting.\n")
    assert [c.text for c in doc.clauses] == ["Speakers: officers must not speak for a political group at a public "
                                             "meeting."]


def test_posts_named_with_of_the_in_an_attendance_line_are_attendance(seg):
    doc = seg("MINUTES OF THE STANDARDS COMMITTEE\n\n"
              "Officers in attendance: Director of Law and Governance (Mr S. Marchetti), Head of the Democratic "
              "Services (Mrs L. Fairweather)\n\n"
              "1. The Committee noted the report on the protocol.\n\n"
              "2. Members must not instruct officers on operational matters.\n")
    assert _reasons(doc)["Officers in attendance: Director of Law and Governance (Mr S. Marchetti), Head of the "
                         "Democratic Services (Mrs L. Fairweather)"] == "attendance list"
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]


def test_the_names_under_a_sign_off_are_the_signatures_down_to_the_contact_block(seg):
    # b188's first run: a sign-off, a first name, the full name and post, then the address: all the sender's
    doc = seg("Dear Councillors,\n\n"
              "Please do not telephone the Clerk at home about council business.\n\n"
              "Many thanks,\n\n"
              "Ruth\n\n"
              "Ruth Penhaligon\n"
              "Clerk and RFO\n"
              "The Old School Room, Fore Street, Polwenna PL13 2QT | 01503 272 118\n")
    reasons = _reasons(doc)
    assert reasons["Ruth"] in {"signature", "email signature"}
    assert reasons["Ruth Penhaligon"] in {"signature", "email signature", "contact details"}
    assert [c.text for c in doc.clauses] == ["Please do not telephone the Clerk at home about council business."]


def test_a_news_pages_advert_slots_and_reader_comments_meta_are_furniture_and_the_comments_stay(tmp_path):
    doc = _doc(tmp_path, "news.html",
               "<html><body><main><article><h1>Clerk signed off sick</h1>"
               "<p>The clerk has been signed off sick after months of pressure from two councillors.</p>"
               '<div class="ad ad-inline"><span>Advertisement</span></div>'
               "<p>The councillors deny bullying and say they were elected to ask questions.</p>"
               "<h2>Comments (1)</h2>"
               '<div class="comment"><div class="meta"><span class="author">ValeResident64</span>'
               '<span class="date">3 December 2026, 6:15pm</span></div>'
               "<p>Councillors can ask questions at meetings, but they must not harass the clerk.</p>"
               '<div class="actions"><a>Reply</a><a>Report</a></div></div>'
               "</article></main></body></html>")
    reasons = _reasons(doc)
    assert reasons["Advertisement"] == "site ad"
    assert {reasons["ValeResident64"], reasons["3 December 2026, 6:15pm"], reasons["Reply"], reasons["Report"]} == \
        {"comment widget"}
    assert [c.text for c in doc.clauses] == [
        "The clerk has been signed off sick after months of pressure from two councillors.",
        "The councillors deny bullying and say they were elected to ask questions.",
        "Councillors can ask questions at meetings, but they must not harass the clerk."]
    # (the advert was once a heading over the paragraphs below it)
    assert all(c.section == ["Clerk signed off sick"] for c in doc.clauses[:2])


def test_an_advertisement_label_alone_in_a_text_is_furniture(seg):
    doc = seg("Clerk signed off sick\n\nThe clerk has been signed off sick.\n\nAdvertisement\n\n"
              "The councillors deny bullying.\n")
    assert _reasons(doc)["Advertisement"] == "advertisement"
    assert len(doc.clauses) == 2 and doc.clauses[1].section == doc.clauses[0].section
