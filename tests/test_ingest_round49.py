"""Shapes from the b226–b229 first runs: a text table whose rows leave off their closing pipe, a post's like and
comment counters and an intranet's footer, a page foot that is a title and its security marking, and in minutes the
next meeting's date alone on its line and the public counted at the wrapped end of the attendance list."""

from __future__ import annotations


def test_a_pipe_table_without_closing_pipes_is_a_table(seg):
    doc = seg("Table 1: Summary of stages\n\n"
              "| Stage              | What happens and when\n"
              "|--------------------|-----------------------------\n"
              "| Stage 1 - Informal | Chair or Vice-Chair speaks to the councillor within 5 working days.\n"
              "| Stage 2 - Formal   | Written grievance acknowledged within 5 working days.\n\n"
              "8. OTHER ROUTES\n\n8.1 The Clerk may contact ACAS for advice.\n")
    texts = [c.text for c in doc.clauses]
    assert texts == ["Chair or Vice-Chair speaks to the councillor within 5 working days.",
                     "Written grievance acknowledged within 5 working days.", "The Clerk may contact ACAS for advice."]


def test_a_line_with_one_pipe_stays_prose(seg):
    doc = seg("1.1 Officers | and councillors must work together.\n\n1.2 The Clerk advises the Council.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]


def test_counters_footers_and_markings_are_furniture(seg):
    doc = seg("# Protocol reminder\n\nCouncillors must not ask officers to campaign for them.\n\n"
              "👍 31 likes | 💬 4 comments\n\n"
              "The Hub is Harbrook Council's staff intranet. Content is for internal use only.\n\n"
              "Councillors' Code of Conduct Guidance Note GN/ES/04 - OFFICIAL\n", suffix=".md")
    assert [c.text for c in doc.clauses] == ["Councillors must not ask officers to campaign for them."]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons["👍 31 likes | 💬 4 comments"] == "comment widget"
    assert reasons["Councillors' Code of Conduct Guidance Note GN/ES/04 - OFFICIAL"] == "security marking"


def test_rules_about_internal_use_and_markings_stay_clauses(seg):
    doc = seg("1. Papers marked for internal use only must not be passed to the press.\n\n"
              "2. Members must not disclose documents marked - OFFICIAL to anyone outside the Council.\n\n"
              "3. Officers will reply within 5 working days, at 9am on 3 June 2025 at the latest.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2", "3"]


def test_the_next_meeting_and_the_public_counted_in_minutes_are_furniture(seg):
    doc = seg("LITTLE WEMBLEY PARISH COUNCIL\nMinutes of the meeting held on 8 October 2024\n\n"
              "Present: Cllr M. Pryce (Chairman), Cllr J. Hart (Vice-Chairman), Cllr A. Oduya\n"
              "In attendance: Mrs K. Ellery (Clerk and RFO); District Cllr P. Sandhu (part); three\n"
              "members of the public\n\n"
              "24/060  MEMBER/OFFICER PROTOCOL\n"
              "        The Council considered the draft protocol. Councillors agreed that the Clerk should be\n"
              "        consulted before any change is made.\n\n"
              "24/061  STAFFING\n"
              "        The Council agreed that the Clerk's hours be reviewed in the new year.\n\n"
              "24/068  DATE OF NEXT MEETING\n"
              "        Tuesday 12 November 2024 at 7.30pm in the Village Hall.\n")
    texts = [c.text for c in doc.clauses]
    assert texts == ["The Council considered the draft protocol. Councillors agreed that the Clerk should be consulted "
                     "before any change is made.", "The Council agreed that the Clerk's hours be reviewed in the new year."]
    reasons = {f.text.strip(): f.reason for f in doc.furniture}
    assert reasons["members of the public"] == "attendance list"
    assert reasons["Tuesday 12 November 2024 at 7.30pm in the Village Hall."] == "meeting listing"
