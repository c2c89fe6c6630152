"""Round 74: what its first run found. A box drawn in text with one cell is a panel of lines, not a table (a
newsletter's sign-up box, an advice note's contacts); a "(c)" copyright line with its disclaimer is furniture, not list
item (c); a flowchart's arrows are furniture, so its boxes are no contents list; a working group's next meeting with its
room, and a note saying it is no verbatim record, are the meeting's record; a standing order's "17(a)" is its number.
Each with the text that must stay a clause."""

from __future__ import annotations

from conftest import furniture_reasons

NOTE = """GN14 The role of the Clerk and the Chair

28. Further advice is available from the Association's advisory team.

29. The Association recommends that every new Chair attends the Chairmanship course.

+----------------------------------------------------------------------------+
| CONTACTS                                                                   |
| Advisory team:     advice@wessfordalc.example                              |
| Telephone:         01632 960214 (Monday to Thursday, 9.30am to 4pm)        |
| Post:              Wessfordshire ALC, Unit 4, Mill Yard, Kersby KE7 2PL    |
+----------------------------------------------------------------------------+

(c) Wessfordshire Association of Local Councils 2024. This note is general
guidance for member councils and is not a substitute for legal advice.
"""


def test_a_box_of_contacts_and_a_wrapped_copyright_line_are_no_clauses(seg):
    doc = seg(NOTE)
    assert [c.clause_id for c in doc.clauses] == ["28", "29"]
    assert not any("|" in c.text for c in doc.clauses)
    reasons = furniture_reasons(doc)
    assert reasons["guidance for member councils and is not a substitute for legal advice."] == "copyright"


def test_a_box_that_states_a_rule_is_read_as_text(seg):
    doc = seg("1. Officers serve the whole Council.\n\n"
              "+--------------------------------------------------------------+\n"
              "| Remember: councillors must not ask officers to do work for   |\n"
              "| their party or their election campaign.                      |\n"
              "+--------------------------------------------------------------+\n\n"
              "2. Concerns go to the Chief Executive.\n")
    texts = [c.text for c in doc.clauses]
    assert "Remember: councillors must not ask officers to do work for their party or their election campaign." \
        in texts
    # (a grid of two columns is still a table: its cells keep their own rows)
    grid = seg("+----------------+----------------+\n| Members        | Officers       |\n"
               "+----------------+----------------+\n| Set policy     | Give advice    |\n"
               "+----------------+----------------+\n| Represent      | Carry out the  |\n"
               "| residents      | decisions      |\n+----------------+----------------+\n")
    assert {"Set policy", "Give advice", "Carry out the decisions"} <= {c.text for c in grid.clauses}


def test_a_sign_up_box_is_furniture_and_a_rule_about_registering_is_not(seg):
    doc = seg("1. Councillors must not contact staff at home.\n\n"
              "+----------------------------------------------------------+\n"
              "|  NEVER MISS AN ISSUE                                     |\n"
              "|  Get The Bridge by email every quarter. Sign up at       |\n"
              "|  www.castlebridge-tc.example/newsletter or scan the code |\n"
              "|  [ SIGN UP ]                                             |\n"
              "+----------------------------------------------------------+\n\n"
              "2. Councillors must register their interests online at the Council's website within 28 days.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]
    assert furniture_reasons(doc)["Get The Bridge by email every quarter. Sign up at"] == "sign-up widget"


def test_a_list_item_c_with_a_year_stays_a_clause(seg):
    doc = seg("Councillors must:\n\n(a) treat officers with respect;\n(b) declare their interests;\n"
              "(c) Members elected in May 2024 must complete induction training by 31 July 2024.\n")
    assert any(c.text.startswith("Members elected in May 2024") for c in doc.clauses)


FLOW = """Appendix A - Flowchart: how a concern about the Clerk is dealt with

Councillor raises it privately with the Chair, setting it out briefly in writing

\u25bc

Chair acknowledges within 5 working days and speaks informally to the Clerk

\u25bc

Staffing Committee deals with it under the disciplinary procedure

\u25bc

Clerk may appeal against a formal sanction to an Appeals Panel
"""


def test_a_flowcharts_arrows_are_furniture_and_its_boxes_are_not_a_contents_list(seg):
    doc = seg(FLOW)
    reasons = furniture_reasons(doc)
    assert reasons["\u25bc"] == "flowchart arrow"
    assert "table of contents" not in reasons.values()
    texts = " ".join(c.text for c in doc.clauses)
    assert "Chair acknowledges within 5 working days" in texts and "Appeals Panel" in texts


def test_the_next_meeting_with_its_room_and_a_notes_disclaimer_are_the_record(seg):
    doc = seg("1. Officers will reply to enquiries within ten working days.\n\n"
              "Date of next meeting: Tuesday 10 December 2024, 2.00pm, Committee Room 2\n\n"
              "These notes are a summary of the discussion and are not a verbatim record. Working group notes are not "
              "formal minutes and the group has no decision-making powers.\n\n"
              "2. The date of the next meeting of the Council must be published seven clear days before it.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]
    reasons = furniture_reasons(doc)
    assert reasons["Date of next meeting: Tuesday 10 December 2024, 2.00pm, Committee Room 2"] == "meeting record"
    assert any(r == "document details" and t.startswith("These notes are a summary") for t, r in reasons.items())


def test_a_standing_orders_lettered_paragraph_is_its_number_not_its_text(seg):
    doc = seg("17 Responsibilities of councillors\n\n"
              "17(a) Councillors are collectively responsible for the decisions of the Council.\n\n"
              "17(b) Councillors shall not issue instructions to the Clerk.\n\n"
              "The Clerk is appointed under section 112 of the Local Government Act 1972 and, in accordance with section\n"
              "18(1) of the Act, may be paid.\n")
    clauses = {c.clause_id: c for c in doc.clauses}
    assert clauses["17(a)"].text == "Councillors are collectively responsible for the decisions of the Council."
    assert clauses["17(b)"].parent == "17"
    # (a statute's subsection wrapped to a line's start goes on with its sentence)
    assert any(c.text.endswith("in accordance with section 18(1) of the Act, may be paid.") for c in doc.clauses)
