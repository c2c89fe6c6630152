"""What the four readers of round 78's drafts found (the 29 documents of blind round 78 and of round 77, drafted for a
parish and a district council): a source's definition of "officers" beside the draft's own, and a scope clause that
reaches agency staff under a note that says officers are the Council's employees; a Welsh council's duty to offer
Welsh or English; a guide's advice after its condition ("If the request relates to ..., do not give any view ...");
a clause that says where its own document stands; a fire service's staff; running a service from day to day said
twice; a parish council's "member of staff" made "an officer" beside the Clerk; the Proper Officer's list beside the
Clerk's."""

from __future__ import annotations

import re

import pytest

from pipeline.render.draft import (Draft, DraftClause, DraftItem, DraftSection, _definitions_used, _terms_note,
                                   options_for, substitute_terms)
from pipeline.render.fit import applies_to, clause_nation, not_draft_reason
from pipeline.render.points import points_of
from pipeline.resources import load_rules

DISTRICT = options_for({"council": "Kesteven District Council", "council_type": "district"})
PARISH = options_for({"council": "Ambridge Parish Council", "council_type": "parish"})


def _clause(number: str, text: str, items: list[str] = ()) -> DraftClause:
    return DraftClause(number, text, ["X Council clause 1"], "context", [],
                       items=[DraftItem(chr(97 + k), t, ["X Council clause 1"]) for k, t in enumerate(items)])


def test_a_sources_definition_of_officers_gives_way_to_the_drafts_own():
    defs = _clause("1.4", "In this Protocol:", ["“Councillor” means an elected Councillor of the Council;",
                                                "“Officer” means any person employed by the Council, including agency "
                                                "staff and contractors;"])
    alone = _clause("1.5", "“Officers” means everyone employed by the Council.")
    uses = _clause("2.1", "Every Councillor and Officer must follow this Protocol.")
    sections = [DraftSection(1, "introduction", "Introduction", [defs, alone, uses], [])]
    rx = re.compile(load_rules("draft.yaml")["definition"], re.I)
    _definitions_used(sections, rx, lambda c: False, frozenset({"officer"}))
    assert [(c.number, c.text[:16]) for c in sections[0].clauses] == [("1.1", "In this Protocol"),
                                                                      ("1.2", "Every Councillor")]
    assert [it.text[:12] for it in sections[0].clauses[0].items] == ["“Councillor”"]
    # (with no definition of its own, as a Scottish draft has none, a source's stays)
    sections = [DraftSection(1, "introduction", "Introduction", [_clause("1.1", "“Officer” means any employee."), uses],
                             [])]
    _definitions_used(sections, rx, lambda c: False)
    assert len(sections[0].clauses) == 2


def test_the_drafts_definition_of_officers_points_to_a_clause_that_reaches_further():
    scope = _clause("1.2", "This Protocol applies to all Councillors and to all officers employed by the Council, "
                           "whether permanent, temporary or agency staff.")
    draft = Draft(options=DISTRICT, sections=[DraftSection(1, "introduction", "Introduction", [scope], [])],
                  uncovered=[], sources=["X Council"])
    assert _terms_note(draft) == ("In this protocol “officers” means everyone the Council employs, and the others "
                                  "clause 1.2 brings under this protocol.")
    scope.text = "This Protocol applies to all Councillors and officers."
    assert _terms_note(draft) == "In this protocol “officers” means everyone the Council employs."


def test_a_choice_of_welsh_or_english_is_a_welsh_councils():
    assert clause_nation("respect for their choice of the Welsh or the English language in all dealings.", "district") \
        == "wales"
    assert clause_nation("Officers will reply in the English or the Welsh language, as the Councillor prefers.",
                         "unitary") == "wales"


@pytest.mark.parametrize("text, reason", [
    ("If the request relates to a planning, licensing or other regulatory application, do not give any view on the "
     "likely outcome, and record the contact on the case file.", "first_person"),
    ("When a Councillor asks for a meeting, explain what you can and cannot discuss.", "first_person"),
    ("If a Councillor, an officer or a resident raises a concern, the Clerk will record it.", None),
    ("If a Councillor asks for a meeting, officers must not refuse it without giving a reason.", None),
])
def test_a_guides_advice_after_its_condition_is_not_protocol_wording(text, reason):
    row = {"text": text, "kind": "paragraph", "lead_in": None, "tag": "prohibition", "doc_type": None}
    assert not_draft_reason(row) == reason


def test_a_clause_about_where_its_own_document_stands_leans_on_its_source():
    rx = re.compile(load_rules("draft.yaml")["leans_on_source"], re.I)
    assert rx.search("The standard forms part of the Councillor/Officer Protocol, and officers and Councillors are "
                     "expected to follow it.")
    assert rx.search("This guidance note is part of the Member/Officer Protocol.")
    assert not rx.search("The Protocol forms part of the Council's Constitution.")


def test_a_fire_services_own_staff_are_a_fire_authoritys():
    types = applies_to("Councillors must declare any personal interest, including membership of a trade union or "
                       "representative body for fire service officers, before taking part in discussions on pay.", None)
    assert "district" not in types and "parish" not in types


def test_directing_how_a_service_is_run_from_day_to_day_is_managing_it():
    assert "manages_services" in points_of("Councillors must not seek to instruct officers or to direct how a service "
                                           "is managed from day to day.")
    assert "manages_services" in points_of("Councillors should not involve themselves in the day-to-day management of "
                                           "services, which is the responsibility of officers.")


def test_a_local_councils_staff_beside_the_clerk_stay_staff():
    text, _ = substitute_terms("A councillor who is unhappy with the conduct or work of a member of staff should raise "
                               "it privately with the Clerk in the first instance.", PARISH, [])
    assert text == ("A Councillor who is unhappy with the conduct or work of a member of staff should raise it privately "
                    "with the Clerk in the first instance.")
    text, _ = substitute_terms("Councillors must not give instructions to staff.", PARISH, [])
    assert text == "Councillors must not give instructions to officers."
    text, _ = substitute_terms("A member of staff who has a concern should raise it with the Chief Executive.", DISTRICT, [])
    assert text == "An officer who has a concern should raise it with the Chief Executive."


def test_the_proper_officers_list_is_the_clerks_in_that_office():
    text, _ = substitute_terms("The Proper Officer shall:", PARISH, [])
    assert text == "As Proper Officer, the Clerk shall:"
    text, _ = substitute_terms("The Proper Officer is the Clerk.", PARISH, [])
    assert text == "The Proper Officer is the Clerk."


def test_a_note_cites_every_wording_the_appendix_lists_under_its_clause():
    from pipeline.render.draft import _cited

    c = _clause("3.2", "The Clerk is responsible for dealing with the Council's correspondence.")
    c.sources = ["Little Hadley Parish Council clause p7"]
    c.others = [{"ref": "Netherwick Parish Council clause p7; Netherwick Parish Council clause p8",
                 "text": "dealing with its correspondence"}]
    assert _cited(c) == ["Little Hadley Parish Council clause p7", "Netherwick Parish Council clause p7",
                         "Netherwick Parish Council clause p8"]


@pytest.mark.parametrize("text", [
    "If a councillor is unhappy with an officer's work, do not criticise the officer in public.",
    "If in doubt, do not disclose confidential information.",
])
def test_a_rule_that_forbids_after_its_condition_is_protocol_wording(text):
    """Adversarial review 80: "do not" after a condition is a rule; only where the clause goes on to handle the case
    ("... and record the contact on the case file") is it a guide's instruction."""
    assert not_draft_reason({"text": text, "kind": "paragraph", "lead_in": None, "tag": "prohibition",
                             "doc_type": None}) is None


def test_a_sources_wider_definition_of_officers_is_named_in_the_drafts_own():
    """Adversarial review 80: a left-out definition that took in agency staff and contractors lost them."""
    defs = _clause("1.4", "In this Protocol:", ["“Councillor” means an elected Councillor of the Council;",
                                                "“Officer” means any person employed by the Council, including agency "
                                                "staff and contractors;"])
    sections = [DraftSection(1, "introduction", "Introduction", [defs], [])]
    rx = re.compile(load_rules("draft.yaml")["definition"], re.I)
    also = _definitions_used(sections, rx, lambda c: False, frozenset({"officer"}))
    assert also == ["agency staff", "contractors"]
    draft = Draft(options=DISTRICT, sections=sections, uncovered=[], sources=["X Council"], officers_also=also)
    assert _terms_note(draft) == ("In this protocol “officers” means everyone the Council employs, and agency staff and "
                                  "contractors working on its behalf.")


@pytest.mark.parametrize("text", [
    "This protocol does not apply to contractors, consultants or volunteers, who have their own code.",
    "The Council's procurement rules apply to contractors.",
    "The same courtesy applies when a councillor volunteers at a council event.",
])
def test_a_clause_that_does_not_bring_others_under_the_protocol_is_not_named_in_the_officers_note(text):
    draft = Draft(options=DISTRICT, sections=[DraftSection(1, "introduction", "Introduction", [_clause("1.2", text)], [])],
                  uncovered=[], sources=["X Council"])
    assert _terms_note(draft) == "In this protocol “officers” means everyone the Council employs."


def test_only_the_proper_officers_lead_in_becomes_the_clerks():
    text, _ = substitute_terms("The Proper Officer will be the Monitoring Officer of the District Council for the "
                               "register of interests.", PARISH, [])
    assert text.startswith("The Proper Officer will be the Monitoring Officer")


def test_the_election_of_a_chair_is_not_the_pre_election_period():
    from pipeline.render.draft import _section_of

    spec = load_rules("draft.yaml")
    by_id = {s["id"]: s for s in spec["sections"]}
    for text in ("During the election of the Chair at the annual meeting, the Clerk will preside.",
                 "Before the election of the Leader, group leaders will tell the Chief Executive who their nominee is."):
        assert _section_of({"text": text, "tag": "expectation", "actor": "officer", "themes": []}, by_id,
                           spec["claim_order"]) != "elections"


def test_a_list_item_that_opens_with_a_name_keeps_its_capital():
    from pipeline.render.draft import _lower_opening

    assert not any(_lower_opening(t) for t in ("Stop Hate UK", "Visit Cumbria and the Lake District National Park",
                                               "Trust Board meetings", "Lobby Day"))
    assert _lower_opening("Attempt to direct the Clerk's day-to-day work")


def test_the_security_of_a_councillors_it_account_is_another_subject():
    row = {"text": "keeping their password secure and for telling the Clerk straight away if they think someone else "
                   "has accessed their account;", "kind": "item", "lead_in": "Councillors are responsible for:",
           "tag": "role", "doc_type": None}
    assert not_draft_reason(row) == "other_subject"


@pytest.mark.parametrize("text, named", [
    ("“Officer” includes an agency worker or contractor engaged by the Council.", ["agency staff", "contractors"]),
    ("“Officer” means any person employed by the Council or working for it under a contract for services.",
     ["contractors"]),
    ("“Officer” means any employee of the Council.", []),
    # (one that leaves people out stays as the source has it: second review of adversarial round 80)
    ("“Officer” means any employee of the Council, but does not include contractors, consultants or agency staff.", None),
    ("“Officer” means any person employed by the Council other than agency staff.", None),
])
def test_whom_a_sources_definition_of_officers_adds_is_read_from_what_it_includes(text, named):
    from pipeline.render.draft import _widened

    assert _widened(text) == named


@pytest.mark.parametrize("text, cited", [
    ("This protocol applies to councillors and officers, but not to contractors or agency staff.", False),
    ("This protocol applies to all officers except agency staff and consultants.", False),
    ("The whistleblowing policy is on the intranet; it also applies to contractors and agency staff.", False),
    ("The Protocol applies to all Councillors and to every person employed by the Council. It also applies to volunteers "
     "when they are working with Councillors.", True),
    # (a long first sentence before "It also applies to": the parish draft of round 78's 29 documents, 1.2)
    ("The Protocol applies to all Councillors, including co-opted Councillors, and to every person employed by the "
     "Council, whether full-time, part-time or on a temporary contract. It also applies to volunteers when they are "
     "working with Councillors on Council business.", True),
])
def test_the_officers_note_cites_only_a_clause_that_brings_people_under_this_protocol(text, cited):
    draft = Draft(options=DISTRICT, sections=[DraftSection(1, "introduction", "Introduction", [_clause("1.2", text)], [])],
                  uncovered=[], sources=["X Council"])
    assert ("clause 1.2" in _terms_note(draft)) is cited


@pytest.mark.parametrize("text", [
    "Before the election of councillors in May, officers will not arrange publicity for individual councillors.",
    "Decisions on major policy will be deferred until after the election of the new Council.",
])
def test_a_poll_named_as_the_election_of_councillors_is_the_pre_election_period(text):
    from pipeline.render.draft import _section_of

    spec = load_rules("draft.yaml")
    by_id = {s["id"]: s for s in spec["sections"]}
    assert _section_of({"text": text, "tag": "prohibition", "actor": "officer", "themes": []}, by_id,
                       spec["claim_order"]) == "elections"


def test_a_concern_about_a_member_of_staff_taken_to_the_clerk_is_a_larger_local_councils():
    """Parish readers of rounds 77 and 79: a parish's one employee is the Clerk, so "raise it privately with the Clerk"
    sent a complaint about the Clerk to the Clerk; a town council with staff under its Clerk keeps it."""
    types = applies_to("A councillor who is unhappy with the conduct or work of a member of staff should raise it "
                       "privately with the Clerk in the first instance.", "town")
    assert "town" in types and "parish" not in types and "community" not in types
