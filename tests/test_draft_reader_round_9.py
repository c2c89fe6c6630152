"""Reader round 9 of 7 December (the parish and district drafts of the 670-document build): what a rule can settle.
"Not members of the Council" is "not Councillors"; "members of the Executive" keep "members"; a report's deadline for
one council's own officer is not draft wording. Each with a neighbour that must stay."""

from __future__ import annotations

from pipeline.render.draft import options_for, substitute_terms
from pipeline.render.fit import not_draft_reason

DISTRICT = options_for({"council": "Kesteven District Council", "council_type": "district"})


def test_members_of_the_council_are_councillors_and_members_of_the_executive_stay_members():
    assert substitute_terms("Officers should not attend a group meeting at which people who are not members of the "
                            "Council are present.", DISTRICT, [])[0] == \
        "Officers should not attend a group meeting at which people who are not Councillors are present."
    assert substitute_terms("Councillors take part as members of the Executive, of committees or of scrutiny panels.",
                            DISTRICT, [])[0].endswith("as members of the Cabinet, of committees or of scrutiny panels.")


def test_a_reports_deadline_for_one_councils_officer_is_not_draft_wording():
    assert not_draft_reason({"text": "Reports for scrutiny will be submitted to the Scrutiny Officer no later than twelve "
                                     "working days before the meeting."}) == "own_setup"
    assert not_draft_reason({"text": "Officers will send reports to Councillors at least five clear days before the "
                                     "meeting."}) is None


def test_it_is_intended_to_help_opening_a_clause_is_the_protocols_purpose():
    from pipeline.render.similarity import same_set_point

    assert same_set_point("This Protocol sets out how Councillors and the staff of the Council should work together.",
                          "It is intended to help Councillors and officers to work together effectively, and to avoid "
                          "misunderstandings.")
    assert not same_set_point("This Protocol sets out how Councillors and officers should work together.",
                              "It is intended to review this protocol every two years.")
