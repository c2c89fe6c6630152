"""Round 81: what its first run made clauses of, and what it lost. A recorded vote laid out as a table, the lines of a
vote's outcome and of items with nothing to record, a meeting's date line with "May" in it, an attendance line's wrapped
end, a running footer that holds the title beside a page's number once, references under "... Act 1985 - background
papers", a line that only places the document in the standing orders: all the minutes' or the page's furniture. A tip
box inside a web page's article, and a two-column table of short values under their rows' names, are the protocol's
text."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import furniture_reasons

BLIND = Path(__file__).parent / "data" / "blind"


def _doc(name: str):
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    return segment(read(BLIND / name))


VOTES = """# Minutes of the Personnel Committee

## PC/24/17 Dignity at Work Policy

Members discussed how councillors should raise concerns about staff.

RESOLVED that the Committee recommends the Dignity at Work Policy to Full Council.

Recorded vote on the recommendation to adopt the Dignity at Work Policy

| Councillor | Vote |
|---|---|
| Cllr J. Whitcombe | For |
| Cllr P. Okafor | For |
| Cllr R. Dunmore | Abstain |

The recommendation was carried: 2 for, 0 against, 1 abstention.

## PC/24/18 Urgent business

There was no urgent business.

No questions were raised by the member of the public present.

It was moved by Councillor Penhallow and seconded by Councillor Tarrant that the recommendations in the report be approved.

In accordance with Council Procedure Rule 17.4, a recorded vote was taken:

The resolution was agreed unanimously.
"""


def test_a_recorded_vote_and_the_lines_round_it_are_the_minutes_record(seg):
    doc = seg(VOTES, suffix=".md")
    assert [c.text[:30] for c in doc.clauses] == ["Members discussed how councill", "RESOLVED that the Committee re"]
    reasons = furniture_reasons(doc)
    for cell in ("Cllr J. Whitcombe", "For", "Cllr R. Dunmore", "Abstain"):
        assert reasons[cell] == "vote tally", cell
    for line in ("Recorded vote on the recommendation to adopt the Dignity at Work Policy",
                 "The recommendation was carried: 2 for, 0 against, 1 abstention.", "There was no urgent business.",
                 "No questions were raised by the member of the public present.",
                 "In accordance with Council Procedure Rule 17.4, a recorded vote was taken:",
                 "The resolution was agreed unanimously."):
        assert reasons[line] == "meeting record", line
    assert reasons["It was moved by Councillor Penhallow and seconded by Councillor Tarrant that the recommendations "
                   "in the report be approved."] == "meeting record"


def test_a_motion_that_decides_something_and_a_table_of_yes_and_no_stay_clauses(seg):
    doc = seg("It was moved by Councillor Penhallow and seconded by Councillor Tarrant that officers must not attend "
              "group meetings.\n\nThere was no urgent business, but members must read the protocol.\n\n"
              "| Activity | Vote |\n|---|---|\n| Attend a group meeting | Yes |\n| Brief the press | No |\n", suffix=".md")
    texts = [c.text for c in doc.clauses]
    assert texts[0].startswith("It was moved by Councillor Penhallow") and texts[1].startswith("There was no urgent")
    assert not any(f.reason == "vote tally" for f in doc.furniture)


def test_blind_recorded_vote_table_in_word():
    """b383's town Personnel Committee minutes: a Word table "Councillor | Vote" of five rows."""
    doc = _doc("b383/docs/b383_town_personnel_committee_minutes.docx")
    reasons = furniture_reasons(doc)
    assert reasons["Cllr H. Bellamy"] == "vote tally" and reasons["Abstain"] == "vote tally"
    assert not any(c.text in ("For", "Abstain", "Cllr J. Whitcombe") for c in doc.clauses)


def test_a_meeting_held_in_may_is_the_meetings_details(seg):
    doc = seg("AMBROOK PARISH COUNCIL\nMinutes of the Annual Meeting\nHeld on Tuesday 14 May 2024 at 7.30pm in Ambrook "
              "Village Hall\n\n1. Councillors may raise any concern with the Chair.\n")
    assert furniture_reasons(doc)["Held on Tuesday 14 May 2024 at 7.30pm in Ambrook Village Hall"] == "meeting details"
    assert [c.clause_id for c in doc.clauses] == ["1"]


def test_an_attendance_lines_wrapped_end_with_a_name_for_one_item_only(seg):
    """b381's minutes: "In attendance: Mr D. Brennan (Locum Clerk, Harbury Association of Local" / "Councils); Mrs K.
    Latham (Clerk) for item 5 only; 3 members of the public." The first run made the second line a clause."""
    doc = seg("Present: Cllr M. Harcourt (Chairman), Cllr J. Ellery.\nIn attendance: Mr D. Brennan (Locum Clerk, Harbury "
              "Association of Local\nCouncils); Mrs K. Latham (Clerk) for item 5 only; 3 members of the public.\n\n"
              "1. The Clerk must be consulted on all staffing matters.\n")
    assert furniture_reasons(doc)["Councils); Mrs K. Latham (Clerk) for item 5 only; 3 members of the public."] \
        == "attendance list"
    assert [c.clause_id for c in doc.clauses] == ["1"]


TITLED_FOOTER = """KILBRANNAN COMMUNITY COUNCIL

CODE FOR COMMUNITY COUNCILLORS AND THE SECRETARY

ABOUT THIS CODE

This code explains how community councillors and the Secretary work together.

The Secretary is appointed by the community council.

Page 1 of 2
Kilbrannan CC - Code for community councillors and the Secretary

WORKING TOGETHER

Community councillors should treat the Secretary with courtesy.

The Secretary should report each year on the state of
Code for community councillors and the Secretary - its use and any concerns raised.
"""


def test_a_footer_holding_the_title_beside_a_page_number_is_furniture(seg):
    doc = seg(TITLED_FOOTER)
    reasons = furniture_reasons(doc)
    assert reasons["Kilbrannan CC - Code for community councillors and the Secretary"] == "running footer"
    texts = [c.text for c in doc.clauses]
    assert "Community councillors should treat the Secretary with courtesy." in texts
    # a sentence's wrapped line that holds the title stays the sentence's (it stands beside no page number)
    assert any(t.startswith("The Secretary should report each year") and t.endswith("any concerns raised.") for t in texts)


def test_a_sentences_wrapped_line_opening_on_the_title_stays_text():
    """b371's scrutiny report: "... on the state of" / "Member/Officer relations, including the number and nature of
    concerns raised and how" beside a page's number is the sentence's, not a running footer."""
    doc = _doc("b371/docs/b371_03_holmebridge_scrutiny.pdf")
    assert any("Member/Officer relations, including the number and nature of concerns" in c.text for c in doc.clauses)


def test_background_papers_after_the_act_are_the_reports_references():
    """b384's scrutiny report: "10. Local Government (Access to Information) Act 1985 - background papers" over three
    titles, one of which ("Member/Officer Protocol, Part 5 Section C of the Constitution") the first run made a clause."""
    doc = _doc("b384/docs/b384-6-kenmoor-scrutiny-officer-attendance-report.pdf")
    reasons = furniture_reasons(doc)
    assert reasons["Member/Officer Protocol, Part 5 Section C of the Constitution"] == "related documents"
    assert not any("Part 5 Section C" in c.text for c in doc.clauses)


def test_a_line_placing_the_document_in_the_standing_orders_is_its_details(seg):
    doc = seg("Standing Orders: Councillors' conduct towards the Clerk\n\nPart 4 of the Standing Orders of Little "
              "Ashcombe Parish Council\n\n1. Councillors must not instruct the Clerk, save as set out in\n"
              "Part 4 of the Constitution.\n")
    reasons = furniture_reasons(doc)
    assert reasons["Part 4 of the Standing Orders of Little Ashcombe Parish Council"] == "document place"
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct the Clerk, save as set out in Part 4 of "
                                             "the Constitution."]


def test_a_tip_box_in_the_article_is_its_text(tmp_path):
    """b385's guide for new councillors: <aside class="tip-box"><h3>Top tip</h3><p>Treat officers as ...</p>; the first
    run recorded it as a sidebar."""
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    page = tmp_path / "guide.html"
    page.write_text("<html><body><main><article><h1>Working with officers</h1>"
                    "<p>Councillors should contact officers through the Member Enquiry Service.</p>"
                    "<aside class='tip-box'><h3>Top tip</h3><p>Treat officers as you would wish to be treated yourself: "
                    "with courtesy, patience and respect, even when you disagree.</p></aside>"
                    "<p>Officers will reply within ten working days.</p></article></main>"
                    "<aside class='sidebar'><h3>Related pages</h3><ul><li><a href='/a'>Council tax</a></li>"
                    "<li><a href='/b'>Bins</a></li></ul></aside></body></html>", encoding="utf-8")
    doc = segment(read(page))
    texts = [c.text for c in doc.clauses]
    assert "Treat officers as you would wish to be treated yourself: with courtesy, patience and respect, even when you " \
           "disagree." in texts
    assert "Council tax" not in texts


def test_a_two_column_table_of_short_values_gives_one_clause_a_row(seg):
    """b381's casework protocol: "Type of enquiry | Response within" over "General casework enquiry | 10 working days";
    the first run made the names headings and each value ("10 working days") a clause of its own."""
    doc = seg("# Response times\n\n| Type of enquiry | Response within |\n|---|---|\n"
              "| Emergency affecting the safety of a resident | Same working day |\n"
              "| General casework enquiry | 10 working days |\n", suffix=".md")
    assert [c.text for c in doc.clauses] == ["Emergency affecting the safety of a resident: Same working day",
                                             "General casework enquiry: 10 working days"]
    # ... while a table of statements under their rows' names keeps them apart
    doc = seg("| Topic | What officers will do |\n|---|---|\n| Enquiries | Officers will reply within ten working days. |\n"
              "| Briefings | Officers will brief every group on request. |\n", suffix=".md")
    assert [c.text for c in doc.clauses] == ["Officers will reply within ten working days.",
                                             "Officers will brief every group on request."]


@pytest.mark.parametrize("name, row", [
    ("b381/docs/b381-03-eastmere-casework-protocol.docx", "General casework enquiry: 10 working days"),
])
def test_blind_lookup_table_rows(name, row):
    assert row in [c.text for c in _doc(name).clauses]


@pytest.mark.model
@pytest.mark.parametrize("text, tag", [
    # serving the council as a whole told as the standard it sets: round 81's first run read six such as roles
    ("Officers serve the Council as a whole and must remain politically neutral in their work, whichever party or "
     "group is in control.", "expectation"),
    ("Officers serve the whole Council and must give impartial advice regardless of the political make-up of the "
     "Council.", "expectation"),
    # ... its "must not" a prohibition's, and the bare statement a role
    ("Officers serve the Council as a whole and must not allow their own political views to influence their work.",
     "prohibition"),
    ("Officers serve the Council as a whole.", "role"),
])
def test_serving_the_whole_council_and_its_standard(text, tag):
    from pipeline.nlp.tag import load_nlp, tag_texts

    assert tag_texts([text], nlp=load_nlp())[0].tag == tag


def test_a_will_list_and_a_should_list_of_one_party_are_one_list():
    """Round 81's parish draft printed "Councillors will:" over two items and "Councillors should:" over two more, one
    under the other: a reader counted one lead-in said twice. A "must" list stays apart (round 80's test)."""
    from pipeline.render.draft import DraftClause, DraftItem, DraftSection, _one_list_per_lead_in

    def lst(number, lead, items):
        src = [f"{number} Council clause 1"]
        return DraftClause(number, lead, src, "expectation", [], side="member",
                           items=[DraftItem(chr(97 + k), t, src) for k, t in enumerate(items)])

    will = lst("5.2", "Councillors will:", ["not ask officers to do anything for a political party;",
                                            "not criticise officers in public or on social media."])
    should = lst("5.3", "Councillors should:", ["give the Clerk reasonable notice of any matter they wish to raise;"])
    must = lst("5.4", "Councillors must:", ["declare any interest at the start of the meeting."])
    section = DraftSection(5, "expect", "What officers can expect from Councillors", [will, should, must], [])
    assert _one_list_per_lead_in([section], lambda c: False) == 1
    assert [c.text for c in section.clauses] == ["Councillors will:", "Councillors must:"]
    assert len(section.clauses[0].items) == 3
