"""Shapes from the b180–b183 first runs, on text written for these tests: each is furniture, a heading or text as a
reader takes it, and the rules beside them stay clauses."""

from __future__ import annotations

from pipeline.ingest.complete import CUT_OFF
from test_ingest_round32 import _reasons


def test_an_articles_at_a_glance_box_of_facts_is_text_and_its_topic_tags_and_sign_up_line_are_not(seg):
    # b180's case study: the facts box was dropped as a sidebar (content lost), the tags and bulletin offer stood
    doc = seg("<html><body><main><article><h1>Rebuilding trust in Eastwold</h1>"
              "<p>This case study tells how the council and its staff agreed a shorter protocol in 2025.</p>"
              "<aside class='glance'><h2>At a glance</h2><ul>"
              "<li>Complaints from staff about councillors down from 11 to 2 a year</li>"
              "<li>Councillors' enquiries answered in 5 working days on average, down from 15</li></ul></aside>"
              "<p>Officers and councillors now meet each quarter to review how the protocol is working.</p>"
              "<ul class='tags'><li>Topics:</li><li><a href='#'>Governance</a></li><li><a href='#'>Workforce</a></li></ul>"
              "</article><div class='newsletter'><p>Get our monthly bulletin of news and events for councils.</p></div>"
              "</main></body></html>", ".html")
    texts = [c.text for c in doc.clauses]
    assert "Complaints from staff about councillors down from 11 to 2 a year" in texts
    assert "Councillors' enquiries answered in 5 working days on average, down from 15" in texts
    reasons = _reasons(doc)
    assert reasons["Topics:"] == reasons["Governance"] == reasons["Workforce"] == "page tags"
    assert reasons["Get our monthly bulletin of news and events for councils."] in {"sign-up widget", "site newsletter"}


def test_a_transcripts_time_stamps_stage_directions_and_speakers_are_not_clauses_and_its_speech_is(seg):
    # b180's debate transcript in Markdown
    doc = seg("# Full Council transcript\n\n"
              "`[00:41:10]`\n\n"
              "**COUNCILLOR ANNA BRECK (Leader of the Council):**\n\n"
              "I support the revised protocol. Officers must never be asked to help with party work.\n\n"
              "_[Applause.]_\n\n"
              "[Vote – not recorded.]\n\n"
              "[Officers do not attend group meetings without the Chief Executive's agreement.]\n", ".md")
    reasons = _reasons(doc)
    assert reasons["`[00:41:10]`"] == "time stamp"
    assert reasons["[Vote – not recorded.]"] == "editorial note"
    assert "COUNCILLOR ANNA BRECK (Leader of the Council):" in [h.text for h in doc.headings]
    texts = [c.text for c in doc.clauses]
    assert "I support the revised protocol. Officers must never be asked to help with party work." in texts
    assert any("Officers do not attend group meetings" in t for t in texts)  # a rule in brackets stays


def test_a_newsletters_pointers_and_closing_notes_are_furniture_and_a_path_ending_a_sentence_is_not(seg):
    # b180's staff newsletter saved as text
    doc = seg("In this issue: Working with councillors (p2) | Parking passes (p4)\n"
              "| Retirements (p6) | Quiz (p8)\n\n"
              "WORKING WITH COUNCILLORS\n\n"
              "Councillors should send requests for work to your manager, not to you directly. Where this article\n"
              "and the Protocol differ, the Protocol applies. You can find the full Protocol on the intranet under\n"
              "Policies > Governance > Constitution.\n\n"
              "Got a story for Staff News? Email news@example.gov.uk by 3 May.\n"
              "Next issue: June 2027.\n")
    reasons = _reasons(doc)
    assert reasons["| Retirements (p6) | Quiz (p8)"] == "contents"
    assert reasons["Got a story for Staff News? Email news@example.gov.uk by 3 May."] == "newsletter note"
    assert reasons["Next issue: June 2027."] == "newsletter note"
    assert any(c.text.endswith("on the intranet under Policies > Governance > Constitution.") for c in doc.clauses)


def test_a_status_line_under_details_the_rules_took_is_document_details(seg):
    # b180's transcript: "Source: …" and "Prepared by: …" were furniture, the "Status: …" line under them stood
    doc = seg("# Transcript extract\n\n"
              "Source: webcast recording, 00:10:00 to 00:40:00  \n"
              "Prepared by: Democratic Services, 3 March 2027  \n"
              "Status: unofficial extract – the minutes are the formal record of the meeting\n\n"
              "The Chair said that officers must be able to give advice without pressure from councillors.\n", ".md")
    assert _reasons(doc)["Status: unofficial extract – the minutes are the formal record of the meeting"] == \
        "document details"


def test_a_pdf_viewers_copy_loses_its_page_numbers_and_running_titles_and_keeps_its_sentences_whole(seg):
    # b182's town protocol copied from a PDF viewer: no blank lines, "1" / the running title at each page break
    title = "Brackenhurst Town Council – Protocol for Councillors and Staff"
    doc = seg(f"{title}\nBRACKENHURST TOWN COUNCIL\n"
              "1. INTRODUCTION\n"
              "1.1 This protocol sets out how councillors and staff work together.\n"
              "1.2 This does not stop councillors from chatting to staff they meet around the town, or from\n"
              f"1\n{title}\n"
              "passing on a resident's report of a problem.\n"
              "1.3 Councillors who speak to the press should make clear that they speak for themselves.\n"
              f"2\n{title}\n"
              "1.4 Councillors must not criticise members of staff on social media.\n")
    texts = [c.text for c in doc.clauses]
    assert ("This does not stop councillors from chatting to staff they meet around the town, or from passing on a "
            "resident's report of a problem.") in texts
    assert "Councillors must not criticise members of staff on social media." in texts
    reasons = [f.reason for f in doc.furniture if f.text.strip() in ("1", "2", title)]
    assert reasons.count("page number") == 2 and len(reasons) == 5
    assert not [h for h in doc.headings if h.text == "2"] and CUT_OFF not in doc.warnings


def test_a_pages_feedback_question_is_furniture(seg):
    # b181's licensing code page
    doc = seg("1. Members must not lobby licensing officers about an application.\n\n"
              "Did you find what you were looking for? Tell us what you think\n")
    assert _reasons(doc)["Did you find what you were looking for? Tell us what you think"] == "page widget"
    assert CUT_OFF not in doc.warnings


def test_lists_tables_and_bracketed_rules_shaped_like_this_rounds_furniture_stay_text(seg):
    # adversarial review 40: a training programme's "Topics:" list, a role table above the first sentence, a rule in
    # brackets with a condition, and "Next issue:" as a sub-heading of the text were all dropped
    doc = seg("# Member training\n\nThe programme covers the following areas.\n\nTopics:\n\n- Planning\n- Licensing\n\n"
              "Councillors must attend the induction session.\n", ".md")
    assert {"Planning", "Licensing"} <= {c.text for c in doc.clauses}
    doc = seg("# Roles at a glance\n\n| Role | Responsibility |\n|---|---|\n| Councillors | Set the council's policy |\n"
              "| Officers | Advise and implement decisions |\n| Monitoring Officer | Upholds standards of conduct |\n\n"
              "Councillors and officers must respect each other's roles at all times.\n", ".md")
    assert "Advise and implement decisions" in {c.text for c in doc.clauses}
    doc = seg("1. Councillors must follow the Chair's rulings at meetings.\n\n"
              "[Voting is by show of hands unless a recorded vote is requested]\n\n"
              "Next issue: members lobbying officers.\n\n"
              "2. Councillors must not lobby officers on planning applications.\n", ".md")
    reasons = _reasons(doc)
    assert "[Voting is by show of hands unless a recorded vote is requested]" not in reasons
    assert "Next issue: members lobbying officers." not in reasons


def test_a_long_line_of_pointers_that_is_no_contents_line_is_read_in_linear_time(seg):
    # adversarial review 40: the pointers pattern took over 60 s on 28 "(p5)" entries ending in a word
    import time

    line = " | ".join(["Long service awards (p5)"] * 400) + " x"
    start = time.perf_counter()
    seg(f"Councillors must be courteous to staff.\n\n{line}\n")
    assert time.perf_counter() - start < 5


def test_a_workbooks_tick_box_a_memos_marking_and_a_bare_adoption_line_are_furniture(seg):
    # b184 and b187 first runs (round 38): the tick box also made the workbook look cut off
    doc = seg("# Module 3: working with officers\n\n"
              "*Adopted 12 March 2026 (minute 26/31). To be reviewed at the Annual Meeting in May.*\n\n"
              "Councillors must send requests for work to the Clerk, not to other staff.\n\n"
              "This memo is not for publication. Report ref IA/2026/044 v1.1\n\n"
              "☐ Tick when you have completed this module\n", ".md")
    reasons = _reasons(doc)
    assert reasons["☐ Tick when you have completed this module"] == "form"
    assert reasons["This memo is not for publication. Report ref IA/2026/044 v1.1"] == "document details"
    assert reasons["Adopted 12 March 2026 (minute 26/31). To be reviewed at the Annual Meeting in May."] == \
        "document details"
    assert [c.text for c in doc.clauses] == ["Councillors must send requests for work to the Clerk, not to other staff."]
    assert CUT_OFF not in doc.warnings
