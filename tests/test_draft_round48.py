"""What a reader of the 276-document drafts (session of 6 December 2026) found: a slide's summary line ("Officers:
advise, put decisions into effect, run services day to day.") printed as a clause."""

from __future__ import annotations

import pytest

from pipeline.render.fit import not_draft_reason


@pytest.mark.parametrize("text", ["Officers: advise, put decisions into effect, run services day to day.",
                                  "Councillors: set policy, represent residents, scrutinise decisions",
                                  "Members: represent the community, speak for residents and scrutinise decisions."])
def test_a_sides_label_over_bare_verbs_is_no_draft_clause(text):
    assert not_draft_reason({"text": text, "kind": "paragraph"}) == "title"


@pytest.mark.parametrize("text", ["Note: officers must not be asked to help with a party campaign.",
                                  "Officers: all employees, including agency staff, are covered by this protocol.",
                                  "The Clerk advises the Council and puts its decisions into effect.",
                                  "Officers advise, put decisions into effect and run services day to day.",
                                  # (adversarial review 48)
                                  "Do: treat staff with courtesy and respect.",
                                  "Councillors: do not give instructions to staff.",
                                  "Officers: act impartially and do not take sides.",
                                  "Social media: do not post about individual members of staff.",
                                  "Group meetings: officers attend only when invited, and leave before the political "
                                  "discussion."])
def test_a_rule_after_a_label_or_a_sentence_of_its_own_is_draft_material(text):
    assert not_draft_reason({"text": text, "kind": "paragraph"}) is None


def test_an_item_under_a_short_lead_in_is_draft_material():
    for lead_in in ("Members will:", "Councillors should:", "The Clerk:", "Never:"):
        assert not_draft_reason({"text": "treat officers with respect.", "kind": "item", "lead_in": lead_in}) is None


def _row(text: str) -> dict:
    return {"text": text, "tag": "context", "actor": None, "lead_in": None, "section": "", "kind": "paragraph",
            "complete": True, "themes": []}


@pytest.mark.parametrize("text", [
    "The revised Protocol was considered by the Audit and Standards Committee on 5 December 2024, which recommended it "
    "to Council with one amendment.",
    "Complaints to the Monitoring Officer about Councillors' behaviour towards staff fell to three in 2025/26, and all "
    "three were resolved informally.",
    "Two formal complaints by officers about Councillors' behaviour were made in 2026. Both were referred to the "
    "Monitoring Officer."])
def test_a_record_of_a_year_is_background(text):
    assert not_draft_reason(_row(text)) == "background"


@pytest.mark.parametrize("text", ["The Protocol will be reviewed by the Standards Committee every two years.",
                                  "Complaints made to the Monitoring Officer will be acknowledged within five working days.",
                                  "Officers will reply within ten working days."])
def test_a_rule_with_no_year_is_no_record(text):
    assert not_draft_reason(_row(text)) is None


@pytest.mark.parametrize("text, tag, actor, section", [
    ("Councillors are entitled to any information held by the Council that they reasonably need in order to carry out "
     "their duties as Councillors.", "context", None, "information_press"),
    ("Any dispute about whether a Councillor needs to know will be decided by the Monitoring Officer.", "escalation",
     "statutory_officer", "information_press"),
    ("Officers attending a group meeting will:", "expectation", "officer", "chairs_leaders_groups"),
    ("Cabinet Members will be consulted on draft reports in their portfolio, and may comment on the way a report is "
     "presented.", "expectation", "member", "chairs_leaders_groups"),
    ("Certain posts are politically restricted under the Local Government and Housing Act 1989.", "context", None,
     "boundaries"),
    # (not a clause that only names a group: a group's right to see a report is no group meeting's rule)
    ("Councillors may ask officers for a briefing on any report before a meeting.", "expectation", "member",
     "expect_from_councillors"),
])
def test_a_clause_is_filed_by_what_it_is_about(text, tag, actor, section):
    from pipeline.render.draft import _section_of
    from pipeline.resources import load_rules

    spec = load_rules("draft.yaml")
    by_id = {s["id"]: s for s in spec["sections"]}
    assert _section_of({"text": text, "tag": tag, "actor": actor, "themes": []}, by_id, spec["claim_order"]) == section


def test_a_route_in_a_list_about_their_work_with_a_tail_saying_where_not_is_left_to_the_escalation_section():
    from pipeline.render.draft import DraftClause, DraftItem, DraftSection, _routes_said_once
    listed = DraftClause("6.1", "Officers can expect Councillors to:", ["A clause 3.2"], "expectation", [],
                         items=[DraftItem("a", "Treat them fairly and with respect;", ["A clause 3.2-1"]),
                                DraftItem("b", "Raise any concerns about their work with their manager, not in public "
                                               "or on social media;", ["A clause 3.2-2"])])
    route = DraftClause("9.2", "A Councillor who is dissatisfied with the conduct or performance of an officer should "
                               "raise the matter with the relevant Director or, if appropriate, the Chief Executive.",
                        ["B clause 5.1"], "escalation", [], side="member")
    secs = [DraftSection(6, "officers_expect", "What officers can expect from Councillors", [listed], []),
            DraftSection(9, "when_things_go_wrong", "When things go wrong", [route], [])]
    assert _routes_said_once(secs, lambda c: False) == 1
    assert [i.text for i in listed.items] == ["Treat them fairly and with respect;"]
    assert route.others[-1]["ref"] == "A clause 3.2-2"
    # (an item that says where not to go, and nothing else, is a rule and stays)
    rule = DraftClause("6.1", "Officers can expect Councillors to:", ["A clause 3.2"], "expectation", [],
                       items=[DraftItem("a", "Treat them fairly and with respect;", ["A clause 3.2-1"]),
                              DraftItem("b", "Not raise concerns about their work in public or on social media;",
                                        ["A clause 3.2-2"])])
    secs[0].clauses = [rule]
    assert _routes_said_once(secs, lambda c: False) == 0 and len(rule.items) == 2


def test_a_draft_gives_one_reply_time_for_one_kind_of_reply():
    from pipeline.render.draft import DraftClause, DraftItem, DraftSection, _one_reply_time, _reply_times
    assert _reply_times("Officers will acknowledge a Councillor's enquiry within three working days and send a full "
                        "response within ten working days.") == {("acknowledge", "three"), ("reply", "ten")}
    assert _reply_times("Councillors should allow at least three working days for a reply.") == {("reply", "three")}
    assert _reply_times("Complaints will be acknowledged within five working days.") == set()  # (a procedure's own)
    assert _reply_times("The agenda is published five clear working days before the meeting.") == set()
    first = DraftClause("5.1", "The Clerk will reply to Councillors' emails within five working days.", ["A 3"],
                        "expectation", [], side="officer")
    again = DraftClause("6.2", "Councillors should allow at least three working days for a reply.", ["B 4"],
                        "expectation", [], side="member")
    same = DraftClause("6.3", "Councillors should allow five working days for a reply before chasing it.", ["C 2"],
                       "expectation", [], side="member")
    listed = DraftClause("6.1", "Officers can expect Councillors to:", ["D 1"], "expectation", [], side="member",
                         items=[DraftItem("a", "Treat them with respect;", ["D 1-1"]),
                                DraftItem("b", "Allow ten working days for a reply;", ["D 1-2"])])
    secs = [DraftSection(5, "expect_from_officers", "What Councillors can expect", [first], []),
            DraftSection(6, "expect_from_councillors", "What officers can expect", [listed, again, same], [])]
    assert _one_reply_time(secs, lambda c: False) == 2
    assert [c.number for c in secs[1].clauses] == ["6.1", "6.2"] and secs[1].clauses[1] is same
    assert [i.text for i in listed.items] == ["Treat them with respect;"]
    assert [o["ref"] for o in first.others] == ["D 1-2", "B 4"]
    # (the --base council's own clause is left as it is)
    mine = DraftClause("6.2", "Councillors should allow at least three working days for a reply.", ["Base 4"],
                       "expectation", [], side="member")
    secs[1].clauses = [mine]
    assert _one_reply_time(secs, lambda c: c is mine) == 0 and secs[1].clauses == [mine]


def test_a_list_whose_every_item_gives_another_reply_time_keeps_one():
    from pipeline.render.draft import DraftClause, DraftItem, DraftSection, _one_reply_time
    first = DraftClause("5.1", "The Clerk will reply within five working days.", ["A 1"], "expectation", [])
    both = DraftClause("6.1", "Councillors should:", ["D 1"], "expectation", [],
                       items=[DraftItem("a", "allow three working days for a reply;", ["D 1-1"]),
                              DraftItem("b", "allow ten working days for a reply.", ["D 1-2"])])
    secs = [DraftSection(5, "a", "A", [first], []), DraftSection(6, "b", "B", [both], [])]
    assert _one_reply_time(secs, lambda c: False) == 1
    assert [(i.letter, i.text) for i in both.items] == [("a", "allow ten working days for a reply.")]


def test_a_sources_name_for_itself_as_a_code_is_the_drafts_protocol():
    from pipeline.render.draft import options_for, substitute_terms
    opts = options_for({"council": "Ambridge Parish Council", "council_type": "parish", "draft_date": "2027-01-01"})
    assert substitute_terms("In this Code, “the Clerk” includes the Deputy Clerk.", opts, [])[0] == \
        "In this Protocol, “the Clerk” includes the Deputy Clerk."
    assert substitute_terms("Councillors must follow this Code of Conduct.", opts, [])[0] == \
        "Councillors must follow this Code of Conduct."
