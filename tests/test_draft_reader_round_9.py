"""Reader round 9 of 7 December (the parish and district drafts of the 670-document build): what a rule can settle.
"members of the Executive" keep "members"; "It is intended to help Councillors and officers ..." is the protocol's
purpose. (Two fixes made for it, "not members of the Council" read as "not Councillors" and a report deadline left out
of drafts, were taken back after adversarial review 76 found them changing and dropping real rules.)"""

from __future__ import annotations

import pytest

from pipeline.render.draft import options_for, substitute_terms
from pipeline.render.fit import not_draft_reason
from pipeline.render.similarity import same_set_point

DISTRICT = options_for({"council": "Kesteven District Council", "council_type": "district"})
PURPOSE = "This Protocol sets out how Councillors and officers should work together."


def test_members_of_the_executive_stay_members():
    assert substitute_terms("Councillors take part as members of the Executive, of committees or of scrutiny panels.",
                            DISTRICT, [])[0].endswith("as members of the Cabinet, of committees or of scrutiny panels.")


@pytest.mark.parametrize("text", [
    # (adversarial review 76: a rule about the Council's own membership keeps its body)
    "An officer must not be a member of the Council.",
    "Members of the Council Management Team attend.",
    "members of the Council of Europe"])
def test_members_of_a_council_keep_their_body(text):
    assert "of the Council" in substitute_terms(text, DISTRICT, [])[0]


@pytest.mark.parametrize("text", [
    "Reports for the Council must be submitted to the Proper Officer no later than five working days before the meeting.",
    "Councillors must ensure that reports of any interest are given to the Monitoring Officer no later than 28 days after "
    "election.",
    "The Chief Executive is normally the Monitoring Officer's line manager.",
    "The Deputy Clerk is usually the proper officer in the Clerk's absence and acts for the Clerk."])
def test_deadlines_for_statutory_officers_and_who_does_what_are_draft_wording(text):
    assert not_draft_reason({"text": text}) is None


def test_it_is_intended_to_help_opening_a_clause_is_the_protocols_purpose():
    assert same_set_point(PURPOSE, "It is intended to help Councillors and officers to work together effectively, and "
                                   "to avoid misunderstandings.")
    assert not same_set_point(PURPOSE, "It is intended to review this protocol every two years.")


@pytest.mark.parametrize("text", [
    "It is intended to support Councillors in their casework, and officers must answer casework enquiries within ten "
    "working days.",
    "It is intended to clarify that officers must not attend party group meetings.",
    "It is intended to set out the procedure for complaints by the Clerk against a Councillor.",
    "It is intended to assist the Clerk, who must report any gift over £25 to the Chair."])
def test_a_rule_opening_it_is_intended_to_is_not_the_purpose(text):
    assert not same_set_point(PURPOSE, text)
