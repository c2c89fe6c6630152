"""Round 71: what its first run found. A contents entry's page number after its dot leader is no inline point; a
vote's outcome with its counts first, a minute's place under its title and a parish protocol's minute and review date
on a line of their own are furniture, and a vote with a rule after it stays text."""

from __future__ import annotations

from conftest import furniture_reasons


def test_a_contents_entrys_page_after_its_leader_is_no_point_of_the_text(seg):
    doc = seg("Contents\n"
              "1. Introduction ........................................ 2\n"
              "2. Principles .......................................... 3\n"
              "10. Raising a concern ................................... 11 Appendix A. The concerns flowchart ...... 12\n"
              "\n1. Introduction\n\n1.1 Officers serve the whole Council.\n\n2. Principles\n\n"
              "2.1 Councillors must not instruct officers.\n")
    assert [c.text for c in doc.clauses] == ["Officers serve the whole Council.", "Councillors must not instruct officers."]


MINUTES = """HARTLEY VALE TOWN COUNCIL

MINUTES OF THE EXTRAORDINARY MEETING OF THE COUNCIL

held at the Corn Exchange, Market Hill, Hartley Vale
on Tuesday 3 March 2026 at 7.00 pm

27/26  PROTOCOL ON COUNCILLORS AND STAFF
Councillors must raise any concern about the Town Clerk with the Chair of the Staffing Committee.
An amendment proposed by Cllr R. Ashe to refer the protocol back to the working group was lost (2 for, 9 against).
The substantive motion was carried (10 for, 1 against, 0 abstentions).
"""


def test_a_votes_outcome_and_a_minutes_place_are_furniture(seg):
    doc = seg(MINUTES)
    assert [c.text for c in doc.clauses] == ["Councillors must raise any concern about the Town Clerk with the Chair of "
                                             "the Staffing Committee."]
    f = furniture_reasons(doc)
    assert f["held at the Corn Exchange, Market Hill, Hartley Vale"] == "meeting listing"
    assert f["The substantive motion was carried (10 for, 1 against, 0 abstentions)."] == "meeting record"
    assert f["An amendment proposed by Cllr R. Ashe to refer the protocol back to the working group was lost (2 for, "
             "9 against)."] == "meeting record"


def test_a_sentence_that_goes_on_to_where_meetings_are_held_keeps_its_line(seg):
    doc = seg("1. Meetings of the Council are\nheld at the Village Hall, Church Lane\non the second Tuesday of each "
              "month, and the Clerk must attend every one.\n")
    assert [c.text for c in doc.clauses] == ["Meetings of the Council are held at the Village Hall, Church Lane on the "
                                             "second Tuesday of each month, and the Clerk must attend every one."]


def test_a_vote_with_a_rule_after_it_stays_text(seg):
    doc = seg("1. The motion was carried (8 for, 1 against) and officers must now write to every councillor.\n")
    assert len(doc.clauses) == 1


def test_a_protocols_minute_and_review_date_on_their_own_line_are_its_details(seg):
    doc = seg("1. The Clerk is the Council's Proper Officer.\n\n2. Councillors must treat the Clerk with respect.\n\n"
              "Adopted by the Council on 14 May 2024\n(Minute 24/051). Review due: May 2026.\n")
    assert [c.text for c in doc.clauses] == ["The Clerk is the Council's Proper Officer.",
                                             "Councillors must treat the Clerk with respect."]
    assert furniture_reasons(doc)["(Minute 24/051). Review due: May 2026."] == "document details"


def test_town_and_parish_councils_among_a_councillors_callers_are_a_principal_councils_others():
    # (reader round 3 of 7 December: a district's casework clause stood in the parish draft)
    from pipeline.render.fit import applies_to

    text = ("Councillors receive a large volume of requests from residents, town and parish councils and community "
            "groups, and rely on officers for accurate information.")
    assert "parish" not in applies_to(text, "district") and "district" in applies_to(text, "district")
    assert "parish" in applies_to("The Clerk will answer requests from councillors within five working days.", "parish")
