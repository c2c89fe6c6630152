"""Round 77: what its first run found. A minute's vote line that names its abstainer after a dash, the clerk and the
public coming back into the meeting and a recorded vote's opening line are the meeting's record, not clauses, and a vote
line no longer runs on into the resolution below it; an extract's "- End of extract -" closes it (and is no reason to
think the document cut off); a "Who to contact:" line with an address, an email or a number is contact details, one that
only names a post stays a step."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import furniture_reasons
from pipeline.ingest.read import read
from pipeline.ingest.segment import segment

MINUTES = """LITTLE MARSTON PARISH COUNCIL

Minutes of the meeting held on 8 April 2025

25/047 Complaint about the Clerk

Members noted that complaints about the Clerk are an employment matter for the Staffing Committee.

RESOLVED that the complaint be referred to the Staffing Committee to investigate under the complaints procedure.

(Proposed Cllr Marsh, seconded Cllr Selby; 6 in favour, 0 against, 1 abstention – Cllr Hale)

RESOLVED that the Staffing Committee meet the Clerk to agree a standard response time for correspondence.

(Proposed Cllr Dunmore, seconded Cllr Wyatt; unanimous)

The Clerk and members of the public returned to the meeting at 8.40pm.

25/048 Member/Officer Protocol

Councillor Harrow moved an amendment that the period for a full reply be five working days.

A recorded vote was taken on the amendment:
For (3): Councillors Harrow, Price and Whitlock
Against (5): Councillors Ashby, Carrick, Nwosu, Okafor and Yeo
The amendment was LOST.

RESOLVED that councillors must not contact the Clerk outside working hours except in an emergency.

"""


def test_a_minutes_vote_lines_and_return_to_the_meeting_are_its_record(seg):
    doc = seg(MINUTES)
    texts = [c.text for c in doc.clauses]
    assert "RESOLVED that the Staffing Committee meet the Clerk to agree a standard response time for correspondence." \
        in texts
    assert not any("Proposed Cllr" in t or "returned to the meeting" in t or "recorded vote" in t for t in texts), texts
    reasons = furniture_reasons(doc)
    assert reasons["(Proposed Cllr Marsh, seconded Cllr Selby; 6 in favour, 0 against, 1 abstention – Cllr Hale)"] == \
        "meeting record"
    assert reasons["The Clerk and members of the public returned to the meeting at 8.40pm."] == "meeting record"
    assert reasons["A recorded vote was taken on the amendment:"] == "meeting record"
    assert any("must not contact the Clerk outside working hours" in t for t in texts)


def test_a_recorded_vote_with_a_reason_stays(seg):
    doc = seg("1. A recorded vote was taken because the Council must record how each member voted on the budget.\n")
    assert [c.text for c in doc.clauses] == [
        "A recorded vote was taken because the Council must record how each member voted on the budget."]


def test_the_end_of_an_extract_closes_it_and_is_not_a_cut_off(seg):
    doc = seg("Standing Orders (extract)\n\n"
              "1. The Clerk shall keep the minutes of every meeting.\n\n"
              "2. Nothing in this Standing Order prevents the Clerk from seeking advice from the County Association.\n\n"
              "- End of extract -\n")
    assert [c.text for c in doc.clauses][-1].startswith("Nothing in this Standing Order")
    assert furniture_reasons(doc)["- End of extract -"] == "rule line"
    assert all(c.complete for c in doc.clauses)


def test_a_who_to_contact_line_with_a_way_to_reach_them_is_contact_details():
    # (blind set b362's escalation route, as its annotator wrote it)
    path = next((Path(__file__).parent / "data/blind/b362/docs").glob("*haverleigh*"))
    doc = segment(read(path))
    reasons = furniture_reasons(doc)
    assert reasons["Who to contact: HR Advisory Team - hr.advice@haverleigh.gov.uk - ext. 4410"] == "contact details"
    assert reasons["Who to contact: Monitoring Officer, Town Hall, Haverleigh HV1 1AA - monitoring.officer@haverleigh.gov.uk"
                   " - 01632 960700"] == "contact details"
    texts = [c.text for c in doc.clauses]
    assert not any("@" in t for t in texts)
    # (a post with no way to reach it is a step of the route)
    assert "Who to contact: your line manager or Head of Service (see the staff directory on the intranet)" in texts


@pytest.mark.parametrize("line", [
    "Contact: Councillors are to direct all requests for officer help to the Clerk (clerk@anytown-pc.gov.uk), not to "
    "other staff.",
    "Who to contact: only the Clerk, never other staff, on 01234 567890.",
    "Who to contact: Councillors are expected to raise any concern about an officer first with the Clerk, ext. 2201.",
    # (its second review)
    "Who to contact: all requests for officer help go through the Clerk, and nobody else - clerk@anytown-pc.gov.uk, "
    "01234 567890."])
def test_a_contact_line_that_binds_anyone_stays_a_clause(seg, line):
    # (adversarial review 79)
    doc = seg("Contacting officers\n\n" + line + "\n")
    assert [c.text for c in doc.clauses] == [line]
