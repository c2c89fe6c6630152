"""Shapes met in the round-3 training sets, each written here: a table whose cells are the items of
two lists (one row a line), a web list copied without its bullets (indented under its lead-in),
and the nothing-lost property on each."""

from __future__ import annotations

import pytest

from test_ingest_pages import _doc

EXPECTATIONS_TABLE = [
    "# Working together",
    "Each side can expect the other to behave as set out below.",
    "Members can expect officers to…\tOfficers can expect members to…",
    "be courteous and helpful\ttreat them with respect and courtesy",
    "reply to correspondence within ten working days\tgive instructions only through the proper channels",
    "give impartial and professional advice\trespect their political neutrality",
    "Officers will review this table every year.",
]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_a_table_of_two_unpunctuated_lists_keeps_one_clause_per_cell(tmp_path, suffix):
    page = list(EXPECTATIONS_TABLE)
    if suffix == ".md":  # a Markdown table: pipes, and the |---| rule under its header
        rows = [ln for ln in page if "\t" in ln]
        md = ["| " + " | ".join(r.split("\t")) + " |" for r in rows]
        page = page[:2] + [md[0], "|---|---|", *md[1:]] + page[-1:]
    doc = _doc(tmp_path, suffix, [page])
    cells = [c.text for c in doc.clauses if c.kind == "cell"]
    assert cells == ["be courteous and helpful", "treat them with respect and courtesy",
                     "reply to correspondence within ten working days",
                     "give instructions only through the proper channels",
                     "give impartial and professional advice", "respect their political neutrality"]
    assert {c.column for c in doc.clauses if c.kind == "cell"} == {"Members can expect officers to…",
                                                                     "Officers can expect members to…"}


def test_a_list_indented_under_its_lead_in_is_one_item_a_line(seg):
    # a web page copied as text: paragraphs on one line each, the list's bullets lost to indents
    doc = seg("Working with councillors\n\n"
              "This page explains what councillors and officers can expect of each other when they work "
              "together on council business, and what to do if something goes wrong.\n\n"
              "Councillors can expect officers to:\n\n"
              "    treat them with courtesy and respect\n"
              "    answer their correspondence within 10 working days\n"
              "    let them know in good time about significant issues affecting their ward\n\n"
              "Officers can expect councillors to:\n\n"
              "    respect their political neutrality\n"
              "    make requests for work through the proper manager\n\n"
              "Any concern should be raised with the officer's manager first, and then with the Monitoring "
              "Officer if it is not resolved.\n")
    items = [(c.text, c.lead_in) for c in doc.clauses if c.kind == "item"]
    assert items == [
        ("treat them with courtesy and respect", "Councillors can expect officers to:"),
        ("answer their correspondence within 10 working days", "Councillors can expect officers to:"),
        ("let them know in good time about significant issues affecting their ward", "Councillors can expect officers to:"),
        ("respect their political neutrality", "Officers can expect councillors to:"),
        ("make requests for work through the proper manager", "Officers can expect councillors to:"),
    ]
    assert doc.clauses[-1].text.startswith("Any concern should") and doc.clauses[-1].kind == "paragraph"


def test_a_paragraph_after_a_lead_in_at_its_own_indent_is_not_split(seg):
    doc = seg("The protocol sets out the following:\n\n"
              "Officers give advice and members take decisions, and each respects\n"
              "the other's role in the work of the council.\n")
    assert [c.text for c in doc.clauses][-1] == ("Officers give advice and members take decisions, and each "
                                                 "respects the other's role in the work of the council.")


BLOG_POST = [
    "# Working with officers",
    "Officers are politically neutral and serve every councillor equally, whatever their party.",
    "",  # paragraphs apart, as a page copied from the web keeps them
    "I take any concern about a service up with the head of service in private.",
    "",
    "Share this:",
    "Facebook",
    "X",
    "Email",
    "Print",
    "2 thoughts on “Working with officers”",
    "Dave Pritchard",
    "14 March 2026 at 7:42 pm",
    "Really useful, thanks. I never realised councillors could not just instruct staff.",
    "",
    "Reply",
    "Sue M.",
    "15 March 2026 at 9:03 am",
    "Shame more of your colleagues do not read this.",
    "Reply",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
def test_a_share_widget_and_comment_bylines_on_two_lines_are_furniture(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, [BLOG_POST])
    reasons = {f.text: f.reason for f in doc.furniture}
    for text in ("Share this:", "Facebook", "X", "Email", "Print"):
        assert reasons.get(text) == "share links", text
    for text in ("Dave Pritchard", "14 March 2026 at 7:42 pm", "Sue M.", "15 March 2026 at 9:03 am", "Reply"):
        assert reasons.get(text) == "comment", text
    # the readers' comments are their text: context clauses, as the annotation decisions say (a
    # PDF may join the post's two one-line paragraphs; nothing of the site's stands in a clause)
    texts = [c.text for c in doc.clauses]
    assert texts[-2:] == ["Really useful, thanks. I never realised councillors could not just instruct staff.",
                          "Shame more of your colleagues do not read this."]
    assert " ".join(texts[:-2]) == ("Officers are politically neutral and serve every councillor equally, whatever "
                                    "their party. I take any concern about a service up with the head of service in private.")


def test_a_lead_in_over_short_items_that_are_not_share_sites_is_not_a_share_widget(seg):
    doc = seg("Councillors should contact:\n\nLegal\nFinance\nEmail\n\nOfficers will reply within ten working days.\n")
    assert not [f for f in doc.furniture if f.reason == "share links"]


def test_a_date_under_a_name_without_a_reply_link_is_not_a_comment(seg):
    doc = seg("Approved by\nJane Smith\n14 March 2026\n\nOfficers will reply within ten working days.\n")
    assert not [f for f in doc.furniture if f.reason == "comment"]


def test_links_side_by_side_on_a_web_page_are_one_a_line(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><main><h1>Standard</h1>"
                    "<p>5.1 Officers will reply to a councillor within ten working days.</p>"
                    "<p>5.2 Advice on this standard is available from the Member Services Manager.</p>"
                    '<a href="#" onclick="window.print()">Print this page</a>\n<a href="#top">Back to top</a>'
                    "<p>Read the <a href='/p'>protocol</a> and <a href='/c'>code</a> together.</p>"
                    "</main></body></html>", encoding="utf-8")
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    from test_nothing_lost import _check_accounted

    raw = read(page, "page")
    doc = segment(raw)
    _check_accounted(raw, doc)
    assert {"Print this page", "Back to top"} <= {f.text for f in doc.furniture}
    assert doc.clauses[-1].text == "Read the protocol and code together."
    assert not doc.warnings  # the last sentence is whole: no cut-off alarm from a bar of links


FAQ_PAGE = [
    "# Councillors and you: questions staff ask",
    "On this page",
    "A councillor has phoned me directly. Is that allowed?",
    "How quickly do I need to reply to a member enquiry?",
    "A councillor has told me to do something. Do I have to?",
    "",
    "A councillor has phoned me directly. Is that allowed?",
    "Yes. Councillors can contact any officer about council business.",
    "",
    "How quickly do I need to reply to a member enquiry?",
    "Acknowledge it within two working days and send a full reply within ten.",
    "",
    "A councillor has told me to do something. Do I have to?",
    "No. Individual councillors have no authority to instruct staff.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
def test_questions_listed_on_this_page_are_the_headings_of_their_answers(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, [FAQ_PAGE])
    questions = FAQ_PAGE[2:5]
    assert [f.text for f in doc.furniture if f.text in questions] == questions  # the list, once
    assert [c.text for c in doc.clauses] == [
        "Yes. Councillors can contact any officer about council business.",
        "Acknowledge it within two working days and send a full reply within ten.",
        "No. Individual councillors have no authority to instruct staff."]
    assert [c.section[-1] for c in doc.clauses] == questions


MINUTES_PAGE = [
    "< Back to committee documents",
    "HOLLYBANK BOROUGH COUNCIL",
    "MINUTES OF THE STANDARDS COMMITTEE",
    "held in the Council Chamber, Market Street, Hollybank on Tuesday 14 October 2025 at 6.30pm",
    "Cyngor Hollybank – mae'r ddogfen hon ar gael yn Gymraeg hefyd. This document is also available in Welsh.",
    "",
    "1. The Committee considered the revised Member/Officer Protocol.",
    "2. The Monitoring Officer explained that councillors may not instruct staff.",
    "3. The next meeting will be held on Tuesday 9 December 2025 at 6.30pm.",
    "",
    "Background papers: Protocol on Member and Officer Relations (2016); Staff Survey 2024 results",
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
def test_minutes_details_back_links_language_notices_and_background_papers_are_furniture(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, [MINUTES_PAGE])
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons.get(MINUTES_PAGE[0]) == "navigation link"
    assert reasons.get(MINUTES_PAGE[3]) == "meeting details"
    assert reasons.get(MINUTES_PAGE[4]) == "language notice"
    assert reasons.get(MINUTES_PAGE[-1]) == "related documents"
    # the title block in capitals is not a site menu; the next meeting's date is the meeting's record (round 46)
    assert not reasons.get("HOLLYBANK BOROUGH COUNCIL") and not reasons.get("MINUTES OF THE STANDARDS COMMITTEE")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]
    assert any(r == "meeting record" and "next meeting" in t for t, r in reasons.items())
    assert not doc.warnings


def test_background_papers_inside_the_protocol_and_a_sentence_with_a_time_stay_clauses(seg):
    doc = seg("1. Officers will keep councillors informed of significant issues affecting their wards.\n"
              "See also: the Code of Conduct and the Officers' Code, which apply alongside this protocol.\n"
              "2. Group briefings for the budget start at 6.30pm in the Committee Room on 3 March 2025\n"
              "3. Councillors will respect the political neutrality of officers at all times.\n")
    texts = [c.text for c in doc.clauses]
    assert any(t.startswith("See also") for t in texts)
    # …and "on 3 March 2025" after point 2 is a date, not point 3
    assert texts[2] == "Group briefings for the budget start at 6.30pm in the Committee Room on 3 March 2025"
    assert [c.clause_id for c in doc.clauses if c.kind == "paragraph" and c.text[:1].isupper()][-2:] == ["2", "3"]


def test_on_this_page_with_a_colon_introduces_an_in_page_list(seg):
    doc = seg("How to raise a concern\n\nOn this page:\n\n- What we can deal with\n- How to complain\n\n"
              "What we can deal with\n\nWe deal with complaints that a councillor has broken the Code of Conduct.\n\n"
              "How to complain\n\nWrite to the Monitoring Officer, giving the councillor's name and what happened.\n")
    assert [f.reason for f in doc.furniture if f.text.startswith(("On this page", "- "))] == ["table of contents"] * 3
    assert [c.section[-1] for c in doc.clauses] == ["What we can deal with", "How to complain"]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".pdf"])
def test_a_newsletters_imprint_and_footer_and_a_counted_attendance_are_furniture(tmp_path, suffix):
    page = ["Present: The Chair of the Council (Councillor M. Idris) and 52 other councillors",
            *PROTOCOL_POINTS,
            "Promoted by J. Reeve on behalf of Tom Okafor, both at 4 Tanners Row, Wexcaster WX2 5LP.",
            "You are receiving this email because you signed up at a ward surgery or on my website."]
    doc = _doc(tmp_path, suffix, [page])
    reasons = {f.text: f.reason for f in doc.furniture}
    assert [reasons.get(t) for t in (page[0], page[-2], page[-1])] == ["attendance list", "imprint", "email footer"]
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1"]


PROTOCOL_POINTS = [
    "1.1 This protocol guides councillors and officers in their dealings with one another.",
    "1.2 It should be read with the Members' Code of Conduct.",
    "2.1 Officers will give councillors impartial advice.",
]


def test_an_answers_yes_before_a_lead_in_stays_with_it(seg):
    doc = seg("Are there things officers must never be asked to do?\n\nYes. Officers must not be asked to:\n\n"
              "- help with election campaigns;\n- work on party publicity.\n\n"
              "Can officers brief a group?\n\nSenior officers can be invited to brief a group. When they do so:\n\n"
              "- the briefing is confidential;\n- other groups may ask for the same.\n")
    assert [c.text for c in doc.clauses if c.kind == "paragraph"] == ["Senior officers can be invited to brief a group."]
    assert [c.lead_in for c in doc.clauses if c.kind == "item"][:2] == ["Yes. Officers must not be asked to:"] * 2


REPORT_WITH_COVER = [
    "Report to:\tStandards Committee",
    "Date of meeting:\t12 March 2026",
    "Report of:\tMonitoring Officer",
    "Key decision:\tNo",
    "# Review of the Member/Officer Protocol",
    "1.1 This report asks the Committee to recommend a revised protocol to Council.",
    "1.2 Officers will give every group the same factual briefing on the budget.",
    "1.3 Councillors should raise a concern about an officer with the officer's manager.",
    "# Background papers",
    "- Protocol on Member and Officer Relations (2019)",
    "- Notes of the Group Leaders' meeting, 4 February 2026",
]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx", ".pdf"])
def test_a_reports_cover_table_and_its_background_papers_are_furniture(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, [REPORT_WITH_COVER])
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "1.3"]
    reasons = {f.reason for f in doc.furniture}
    assert {"document details", "related documents"} <= reasons
    furniture = " ".join(f.text for f in doc.furniture)
    assert "Monitoring Officer" in furniture and "Notes of the Group Leaders' meeting" in furniture


BLOG_WITH_SIDEBAR = [
    "Cymraeg",
    "Serving the villages of Ashby Magna, Hatch End and Colley Green",
    "Search for:",
    "Contents: 1. Why it matters · 2. What changes · 3. Raising a concern",
    "# What the new protocol means for residents",
    "The council adopted a new protocol on how councillors and staff work together.",
    "Councillors must not ask staff to help with party political campaigns.",
    "Staff will answer ward enquiries within ten working days.",
    "Request to speak at a meeting (Word document, 41KB)",
    "Save my name, email, and website in this browser for the next time I comment.",
    "RECENT POSTS",
    "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.",
    "To find out more, including how to control cookies, see here: Cookie Policy",
    "Blog at WordPress.com.",
    "*Ward councillor's blog · January 2026*",
    "[Back to top](#main)",
    "Get my monthly ward update straight to your inbox.",
]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_a_blogs_language_switch_search_contents_sidebar_and_credits_are_furniture(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, [BLOG_WITH_SIDEBAR])
    assert [c.text for c in doc.clauses] == BLOG_WITH_SIDEBAR[5:8]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons.get("Cymraeg") == "language switch" and reasons.get("Search for:") == "site search"
    assert reasons.get(BLOG_WITH_SIDEBAR[3]) == "contents" and reasons.get(BLOG_WITH_SIDEBAR[1]) == "site tagline"
    assert reasons.get("RECENT POSTS") == "sidebar widget" and reasons.get("Blog at WordPress.com.") == "site credit"
    assert reasons.get(BLOG_WITH_SIDEBAR[-1]) == "sign-up widget"
    assert reasons.get("[Back to top](#main)") == "page widget"  # a furniture line written as a Markdown link
