"""Round 60: whom a clause binds where both sides are named but one is asked to act. A lead-in that bars its subject from
asking ("Councillors may not ask the Clerk to:") binds the asker; a lead-in that names a party's own duties, ends on its
subject, speaks of members acting as the body, or of replies sent to a party, binds whom it names as acting; and a rule
the model gives to both sides binds councillors where only they stand as the subject of a modal."""

from __future__ import annotations

import pytest

from pipeline.nlp.rules import frame_actor, load_tag_rules, modal_parties
from pipeline.nlp.tag import tag_documents

RULES = load_tag_rules()


@pytest.mark.parametrize("lead_in, audience, actor", [
    # the asker is barred: the items are what the asker must not ask for (b258's and b264's gold)
    ("Councillors may not ask the Clerk to:", None, "member"),
    ("A councillor should never ask you to:", "officer", "member"),
    ("Members must not ask any officer to:", None, "member"),
    # ... but a lead-in that asks a party to do the items still binds that party
    ("Staff ask that councillors:", None, "member"),
    ("The Clerk would like members to:", None, "member"),
    # a party's own duties, whoever else is named first
    ("In relation to councillors, the Clerk's duties are:", None, "officer"),
    ("The Chief Executive's role is to:", None, "statutory_officer"),
    # a lead-in that ends on its subject after a comma
    ("When attending a political group meeting, employees:", None, "officer"),
    ("In their dealings with officers, councillors should:", None, "member"),
    # ... not a pronoun and its modal ("As officers, we will:" is the officers')
    ("As officers, we will:", "member", "officer"),
    # the members acting as the body are the council
    ("Collectively, acting as the Council, members are responsible for:", None, "council"),
    ("The Authority, through its Members, is responsible for:", None, "council"),
    # replies sent to one side are written by the other
    ("Replies to members should:", None, "officer"),
    # the reader who contacts the Clerk expects from the Clerk
    ("When you contact the Clerk you can expect:", None, "officer"),
    ("When you contact the Clerk you can expect:", "member", "officer"),
])
def test_a_lead_in_binds_whom_it_names_as_acting(lead_in, audience, actor):
    assert frame_actor(lead_in, RULES, audience) == actor


@pytest.mark.parametrize("text, parties", [
    ("The content of a report is the responsibility of the officer who signs it, and members must not press an officer "
     "to change it.", {"member"}),
    ("Officers will apply the publicity rules strictly, and Members must not ask for publicity during the period.",
     {"officer", "member"}),
    ("Good working relations between councillors and officers depend on mutual trust.", set()),
])
def test_the_parties_that_stand_before_a_modal(text, parties):
    assert modal_parties(text, RULES) == parties


def _tagged(seg, text: str):
    doc = seg("MEMBER/OFFICER PROTOCOL\n\n4. Reports\n\n4.2 " + text + "\n")
    return next(c for c in tag_documents([doc])[0].clauses if c.clause_id == "4.2")


@pytest.mark.parametrize("text", [
    "An officer's professional advice is their own, and Members must not ask for it to be changed, although they may ask "
    "for further information before the meeting.",
    "Officers who hold politically restricted posts are barred by law from certain political activities, and members "
    "must respect those restrictions and must not ask such officers to help with a campaign.",
])
def test_a_rule_that_only_councillors_are_asked_to_keep_binds_councillors(seg, text):
    # (the model alone gives these both sides: the officers are named, but only the members are asked anything; b273's
    # gold and 33 other clauses of the b244-b273 sets read so)
    c = _tagged(seg, text)
    assert c.tag == "prohibition" and c.actor == "member"


def test_a_rule_that_asks_something_of_each_side_still_binds_both(seg):
    c = _tagged(seg, "Members and officers must declare to the Monitoring Officer any close personal relationship between "
                "them, and a member must not take part in any decision about that officer's employment.")
    assert c.actor == "both"
