"""Reader round 8 of 7 December (a parish and a district draft of the 611-document build) and the drafts of round 74's
30 blind documents read as a new user would: what a rule can settle. A list that binds both sides repeats the items of one
side's list; a source's own calendar date, extract, flowchart, footnote cross-reference, a report's recommendations and a
working group's notes are no draft wording; "members of their group" and "of which they are a member" keep "member";
an item's opening verb goes on in lower case. Each case with a neighbour that must stay."""

from __future__ import annotations

import pytest


def test_a_list_binding_both_sides_drops_the_items_one_sides_list_already_says():
    # reader round 7's parish draft printed "Councillors and officers are expected to: (a) avoid personal criticism of
    # each other, whether in public, at meetings or on social media; (b) attend meetings regularly and come prepared,
    # having read the papers" as 6.5, below 6.1's "Officers can expect Councillors to: ... not criticise the Clerk at
    # public meetings, on social media or in the local press; ... read their papers before meetings"
    from pipeline.render.draft import DraftClause, DraftItem, _one_side, _read_once

    def listed(number, lead, items, actor, themes=("respect_courtesy",)):
        c = DraftClause(number, lead, [f"S {number}"], "expectation", [],
                        items=[DraftItem(chr(97 + k), t, [f"S {number}{k}"]) for k, t in enumerate(items)])
        return c, {"text": lead, "tag": "expectation", "actor": actor, "themes": list(themes), "confidence": 0.9}

    assert _one_side({"actor": "both"}, {"actor": "member"}) and _one_side({"actor": "officer"}, {"actor": "both"})
    assert not _one_side({"actor": "officer"}, {"actor": "member"})
    members = listed("6.1", "Officers can expect Councillors to:",
                     ["not criticise the Clerk at public meetings, on social media or in the local press;",
                      "respect their working hours;", "read their papers before meetings."], "member")
    both = listed("6.5", "Councillors and officers are expected to:",
                  ["avoid personal criticism of each other, whether in public, at meetings or on social media;",
                   "attend meetings regularly and come prepared, having read the papers circulated by the Clerk."],
                  "both")
    shown: list = []
    assert _read_once([], [members, both], shown, 10, set()) == [members[0]]
    assert any("avoid personal criticism" in o["text"] for o in members[0].others)
    # (a list for both sides that says something new is printed)
    other = listed("6.6", "Councillors and officers are expected to:",
                   ["declare any close personal relationship;", "keep confidential information confidential."], "both",
                   ("personal_relationships", "confidentiality_information"))
    assert _read_once([], [members, other], [], 10, set()) == [members[0], other[0]]


def test_a_sources_own_calendar_date_is_not_draft_wording():
    from pipeline.render.fit import not_draft_reason

    assert not_draft_reason({"text": "The pre-election period starts on the date the notice of election is published; "
                                     "for the elections on Thursday 1 May 2025 it begins on Monday 24 March 2025."}) \
        == "background"
    assert not_draft_reason({"text": "This protocol takes effect from 1st April 2025."}) == "background"
    # (a period, a month alone or a number of days is no date of the source's own)
    for text in ("The pre-election period starts on the date the notice of election is published.",
                 "Officers will reply within 10 working days, and by 31 days at the latest.",
                 "The Clerk will publish the annual report each May."):
        assert not_draft_reason({"text": text}) is None, text


@pytest.mark.parametrize("text, reason", [
    # what a report asks its committee, a working group's notes, a protocol under revision (the district draft of round
    # 74's 30 documents, 1.4, 6.5, 7.5, 8.4 and 9.4)
    ("The Committee is asked to recommend to Council: That officers are reminded that they must not comment on social "
     "media.", "background"),
    ("The group agreed that the revised protocol should be built around the following principles:", "background"),
    ("Officers asked that the protocol make clear that members must not treat an officer less favourably.",
     "background"),
    ("Members supported a proposal that the revised Protocol should include a clear informal stage.", "background"),
    # a footnote's cross-reference, a source's extract and flowchart (its 1.3; the parish draft's 1.3 and 1.4)
    ("Part 5.1 (Members' Code of Conduct) and Part 5.2 (Employee Code of Conduct) of this Constitution.", "incomplete"),
    ("This extract contains the standing orders of the Council that deal with the relationship between councillors "
     "and the Council's employees.", "background"),
    ("The flowchart is a summary only. If there is any difference between the flowchart and the numbered paragraphs, "
     "the numbered paragraphs apply.", "background"),
    # a guide's account of what councils usually do (its parish draft, 3.1)
    ("The Clerk is the Council's proper officer and principal adviser, and is usually also its Responsible Financial "
     "Officer.", "background"),
    # a document's label of the power it is issued under (the district draft of round 74's 30 documents, 1.4)
    ("Issued under section 4 of the Local Government Act 1986.", "incomplete"),
    # a site visit's case officer (reader round 8's district draft, 5.4)
    ("The case officer will explain the proposal and point out the features Councillors have asked to see.",
     "other_code")])
def test_records_of_a_review_and_a_sources_own_apparatus_are_not_draft_wording(text, reason):
    from pipeline.render.fit import not_draft_reason

    assert not_draft_reason({"text": text}) == reason


@pytest.mark.parametrize("text", [
    "Councillors asked to attend a briefing should tell the officer arranging it if they cannot come.",
    "Part 3 of the Constitution sets out the delegations to officers.",
    "The Council will provide training on this Protocol to all Councillors.",
    "Officers must follow the Code of Conduct for Employees."])
def test_rules_that_share_those_words_stay_draft_wording(text):
    from pipeline.render.fit import not_draft_reason

    assert not_draft_reason({"text": text}) is None


def test_an_answers_label_and_a_clerks_weekly_hours_lean_on_their_source():
    import re

    from pipeline.resources import load_rules

    rx = re.compile(load_rules("draft.yaml")["leans_on_source"], re.I)
    assert rx.search("A: No. Officers must stay politically neutral and cannot help with an election campaign.")
    assert rx.search("respect the Clerk's contracted hours, which are 15 hours a week;")
    assert not rx.search("A Councillor may ask the Clerk for advice.")
    assert not rx.search("Officers will reply within 10 working days.")


def test_members_of_their_group_are_not_this_councils_councillors():
    from pipeline.render.draft import options_for, substitute_terms

    opts = options_for({"council": "Kesteven District Council", "council_type": "district"})
    assert substitute_terms("Group Leaders make sure that the members of their group follow this Protocol.", opts,
                            [])[0] == "Group Leaders make sure that the members of their group follow this Protocol."
    assert substitute_terms("All members must attend.", opts, [])[0] == "All Councillors must attend."


def test_a_councillor_who_is_a_member_of_another_body_stays_a_member():
    # (the parish draft of this session's 611-document build: "... for any other organisation of which they are a
    # Councillor")
    from pipeline.render.draft import options_for, substitute_terms

    opts = options_for({"council": "Ambridge Parish Council", "council_type": "parish"})
    text = "Councillors must not ask officers to do work for any other organisation of which they are a member."
    assert substitute_terms(text, opts, [])[0] == text
    assert substitute_terms("A member must declare it.", opts, [])[0] == "A Councillor must declare it."


@pytest.mark.parametrize("item, lower", [("Putting the Council's decisions into effect;", True),
                                         ("Deliberately excluding someone from meetings;", True),
                                         ("Reading Borough Council's officers;", False),
                                         ("CCTV in the office;", False)])
def test_an_items_opening_verb_or_adverb_goes_on_in_lower_case(item, lower):
    from pipeline.render.draft import _lower_opening

    assert _lower_opening(item) is lower


def test_a_list_item_that_leans_on_its_source_goes_to_the_other_wordings():
    # ("respect the Clerk's contracted hours, which are 15 hours a week;" in the parish draft of round 74's 30 documents)
    import pandas as pd

    from pipeline.render.draft import build_draft, options_for

    lead = "The Clerk can expect Councillors to:"
    base = {"doc_id": "a", "council": "Aville Parish Council", "council_type": "parish", "evidence": "",
            "confidence": 0.95, "complete": True, "section": "What the Clerk can expect"}
    items = ["respect the Clerk's contracted hours, which are 15 hours a week;",
             "give the Clerk reasonable notice of items for the agenda;", "read their papers before each meeting."]
    rows = [{**base, "clause_id": "3.1", "parent": None, "kind": "paragraph", "lead_in": None, "tag": "expectation",
             "actor": "member", "themes": [], "text": lead}]
    rows += [{**base, "clause_id": f"3.1.{n}", "parent": "3.1", "kind": "item", "lead_in": lead, "tag": "expectation",
              "actor": "member", "themes": ["respect_courtesy"], "text": t} for n, t in enumerate(items, 1)]
    opts = options_for({"council": "Zed Parish Council", "council_type": "parish", "draft_date": "2027-01-01"})
    lists = [c for s in build_draft(pd.DataFrame(rows), opts).sections for c in s.clauses if c.items]
    assert len(lists) == 1
    assert [it.text[:10] for it in lists[0].items] == ["give the C", "read their"]
    assert any("15 hours a week" in o["text"] for o in lists[0].others)
