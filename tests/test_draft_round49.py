"""What the readers of the 300-document drafts (b176 to b225, session of 6 December 2026, third) found: a town's
"whole town" in a parish draft, a Scottish scheme and an old English code law in an English draft, a source's
definition of "the Clerk" that took in every employee, one councillor's day-to-day direction of the Clerk beside
"no more power to direct the Clerk than any other Councillor", a statutory publicity rule, and points made twice in
other words (premises and buildings, information needed for the role, who settles a refusal of information, no
detriment for raising a concern)."""

from __future__ import annotations

import pytest

from pipeline.render.draft import DraftClause, DraftItem, DraftOptions, DraftSection, substitute_terms
from pipeline.render.fit import clause_nation, not_draft_reason
from pipeline.render.points import points_of, read_points_once

PARISH = DraftOptions("Ambridge Parish Council", "parish", "Councillor", "Clerk", "Monitoring Officer",
                      "Staffing Committee")


@pytest.mark.parametrize("text, expected", [
    ("Councillors are elected to represent the whole town and make decisions together.",
     "Councillors are elected to represent the whole parish and make decisions together."),
    ("The town is well served by its Council.", "The parish is well served by its Council."),
    # another tier, or two areas named, or a body's name: left as they are
    ("Officers serve the whole town council.", "Officers serve the whole town council."),
    ("They work for the town and the county.", "They work for the town and the county."),
])
def test_the_whole_area_is_the_drafts_own(text, expected):
    assert substitute_terms(text, PARISH, [])[0] == expected


def test_a_scottish_scheme_and_an_old_code_law_bind_their_nations():
    assert clause_nation("The Clerk advises on the Scheme for the Establishment of Community Councils.", "parish") \
        == "scotland"
    assert clause_nation("Every Councillor has signed an undertaking to observe the Code of Conduct adopted by the "
                         "Council under the Local Government Act 2000.", "parish") == "wales"
    # the 2000 Act on executive arrangements binds no nation by itself
    assert clause_nation("The Cabinet was set up under the Local Government Act 2000.", "district") is None


@pytest.mark.parametrize("text", [
    "In this Protocol, “the Clerk” includes the Clerk’s deputy and anyone else employed by the Council, and “the Chair” "
    "includes the Vice-Chair when presiding.",
    "'Officers' includes any other person who works for the Council, paid or unpaid.",
    "The Clerk takes instructions from the Council through its resolutions, and day-to-day direction from the Chair of "
    "the Staffing Committee as line manager.",
    "Key decisions must be published on the Forward Plan at least 28 clear days before they are taken."])
def test_definitions_of_every_employee_one_councillors_direction_and_publicity_law_stay_out(text):
    assert not_draft_reason({"text": text}) is not None


@pytest.mark.parametrize("text", [
    "In this Protocol, “the Chair” includes the Vice-Chair when presiding.",
    "Officers means the Clerk and the Assistant Clerk.",
    "The Chair should not give the Clerk day-to-day instructions.",
    "No Councillor may give the Clerk day-to-day direction.",
    "Officers will tell the Cabinet Member of any key decision in their portfolio in good time."])
def test_their_neighbours_stay_in(text):
    assert not_draft_reason({"text": text}) is None


def test_no_detriment_for_raising_a_concern_honestly_is_one_point():
    for text in ("Nobody will be treated less favourably for raising a concern honestly.",
                 "No officer will suffer any detriment for raising a concern in good faith."):
        assert "whistleblowing" in points_of(text), text
    assert "whistleblowing" not in points_of("Councillors should raise concerns with the Chief Executive.")


def _clause(number, text, items=(), side=None, tag="role"):
    return DraftClause(number, text, [f"S {number}"], tag, [],
                       items=[DraftItem(chr(97 + k), t, [f"S {number}{k}"]) for k, t in enumerate(items)], side=side)


def test_a_point_made_twice_in_one_list_or_from_two_sides_is_read_once():
    officers = _clause("3.2", "Officers are responsible for:", side="officer", items=[
        "Giving impartial professional advice to Councillors;", "Managing the Council's premises and contracts;",
        "Exercising the powers delegated to them;", "Managing the Council's officers, buildings and services from day "
        "to day."])
    supply = _clause("8.2", "The Clerk will provide Councillors with the information they reasonably need to carry out "
                            "their role as Councillors.", side="officer", tag="expectation")
    entitled = _clause("8.4", "Councillors are entitled to information held by the Council that they need in order to "
                              "carry out their duties as Councillors.", side="member")
    sections = [DraftSection(3, "roles_officers", "R", [officers], []),
                DraftSection(8, "information_press", "I", [supply, entitled], [])]
    assert read_points_once(sections) == 2
    assert [it.text for it in officers.items][-1] == "Exercising the powers delegated to them;"
    assert sections[1].clauses == [supply]


# ---------------------------------------------------------------- adversarial review 49 ----

@pytest.mark.parametrize("text", [
    "Officers should not accept day-to-day instructions from the Chair.",
    "The Clerk must never take day-to-day instructions from the Chair or any individual councillor.",
    "No officer should take day-to-day instructions from the Leader or any other Member.",
    "The Clerk is not subject to day-to-day management by the Mayor or any other Councillor.",
    "The role of the Clerk includes line managing all other staff employed by the Council.",
    "Bullying of staff includes conduct towards anyone else who works for the Council, such as agency workers.",
    "The Clerk includes any other officer acting on the Clerk's behalf when the Clerk is absent.",
    "Key decisions must be published at least 28 clear days before they are taken; Councillors must not pressure "
    "officers to take a decision before that notice has been given.",
    "Councillors will receive the agenda for a meeting on a key decision at least five clear days before it."])
def test_denials_roles_deputies_and_rules_beside_a_notice_period_stay_in(text):
    assert not_draft_reason({"text": text}) is None


@pytest.mark.parametrize("text, council_type", [
    ("The Code of Conduct, adopted under the Localism Act 2011, replaced the model code made under the Local Government "
     "Act 2000.", "parish"),
    ("Executive Members, appointed under the Local Government Act 2000, remain bound by the Code of Conduct.", "district"),
    ("The Council's Scheme of Establishment of Posts sets out the staffing structure agreed by the Staffing Committee.",
     "district")])
def test_an_english_code_executive_arrangements_and_a_staffing_establishment_bind_no_other_nation(text, council_type):
    assert clause_nation(text, council_type) in (None, "england")


@pytest.mark.parametrize("first, second", [
    ("Any dispute about whether a Councillor needs to know will be decided by the Monitoring Officer.",
     "If an officer refuses to give a Councillor information, the officer must tell the Councillor in writing why, and "
     "tell the Monitoring Officer."),
    ("A Councillor who is refused information may ask the Monitoring Officer to review the decision.",
     "The Monitoring Officer will review any decision to refuse a Councillor information within ten working days."),
    ("Officers are responsible for managing the Council's land and property.",
     "Officers managing Council property must declare any personal interest in its sale or lease."),
    ("The Clerk manages the Council's premises and contracts.",
     "The Clerk is responsible for managing the Council's buildings and will decide who may use them."),
    ("No officer will suffer any detriment for raising a concern in good faith.",
     "Councillors should raise concerns honestly with the Clerk before taking them to Council."),
    ("Nobody will be treated less favourably for raising a concern honestly.",
     "Officers raising a concern honestly should first speak to their line manager."),
    ("Councillors are entitled to the information they reasonably need to carry out their role.",
     "A Councillor asking for information they need for their role as a ward member should put the request to the "
     "Clerk in writing.")])
def test_a_rule_that_adds_to_a_point_is_not_read_as_it(first, second):
    a, b = _clause("5.1", first, side="member"), _clause("5.2", second, side="member")
    sections = [DraftSection(5, "x", "X", [a, b], [])]
    read_points_once(sections)
    assert sections[0].clauses == [a, b]


@pytest.mark.parametrize("text, reason", [
    ("Text shown in [square brackets] should be replaced with the council's own details. Where a council employs "
     "staff in addition to the Clerk, references to \"the Clerk\" should be read as including those staff, except "
     "where the protocol says otherwise.", "placeholder"),
    ("Councils adopting this model should remove these notes before it is adopted.", "placeholder"),
    ("This model protocol may be adapted to suit local circumstances.", "placeholder"),
    ("Words in brackets in the minutes must not be changed by Councillors.", None)])
def test_a_models_note_to_the_councils_adopting_it_is_no_clause_of_theirs(text, reason):
    assert not_draft_reason({"text": text}) == reason


def test_two_lists_under_one_lead_in_are_one_list():
    from pipeline.render.draft import _one_list_per_lead_in

    first = _clause("6.1", "Officers can expect Councillors:", side="member", tag="expectation", items=[
        "To treat them with courtesy and not to criticise them in public;", "Not to ask them to act unlawfully."])
    second = _clause("6.5", "Officers can expect Councillors to:", side="member", tag="expectation", items=[
        "Understand that officers cannot always give them the answer they want;", "To read the papers before meetings."])
    other = _clause("6.2", "Councillors can expect officers to:", side="officer", tag="expectation", items=[
        "Reply promptly;", "Give impartial advice."])
    sec = DraftSection(6, "expect_from_councillors", "E", [first, other, second], [])
    assert _one_list_per_lead_in([sec], lambda c: False) == 1
    assert [c.number for c in sec.clauses] == ["6.1", "6.2"]
    assert [(it.letter, it.text) for it in first.items][-1] == ("c", "To read the papers before meetings.")
    assert any("answer they want" in o["text"] for o in first.others)


def test_running_services_day_to_day_is_managing_them_and_a_protocol_not_comprehensive_is_silent_on_some_cases():
    assert points_of("The day-to-day management of services and officers;") == \
        points_of("Managing the services and officers for which they are responsible;")
    assert "silent_cases" in points_of("The Protocol does not seek to be either prescriptive or comprehensive.")
    assert "silent_cases" not in points_of("Officers must not be prescriptive about how Councillors raise casework.")


@pytest.mark.parametrize("text, reason", [
    ("The Chair of the Staffing Committee is the Clerk's line manager on behalf of the Council for day-to-day matters "
     "such as leave, training and annual appraisal.", "background"),
    ("The Clerk shall be line managed by the Chair of the Personnel Committee, who shall conduct the appraisal.",
     "background"),
    ("The Chairman is not the Clerk's line manager and should not give the Clerk day-to-day instructions.", None),
    ("The Staffing Committee acts as the Clerk's line manager.", None)])
def test_one_councillor_as_the_clerks_line_manager_is_one_councils_arrangement(text, reason):
    assert not_draft_reason({"text": text}) == reason


# ---------------------------------------------------------------- adversarial review 49, second ----

def test_a_not_list_never_joins_a_to_list_and_a_shared_item_is_printed_once():
    from pipeline.render.draft import _one_list_per_lead_in

    to = _clause("6.1", "Officers can expect Councillors to:", side="member", tag="expectation",
                 items=["Treat them with courtesy;", "Reply promptly."])
    not_to = _clause("6.2", "Officers can expect Councillors not to:", side="member", tag="expectation",
                     items=["Criticise them in public;", "Ask them to act unlawfully."])
    again = _clause("6.3", "Officers can expect Councillors to:", side="member", tag="expectation",
                    items=["Reply promptly;", "Keep them informed."])
    sec = DraftSection(6, "expect_from_councillors", "E", [to, not_to, again], [])
    assert _one_list_per_lead_in([sec], lambda c: False) == 1
    assert sec.clauses == [to, not_to]
    assert [it.text for it in to.items] == ["Treat them with courtesy;", "Reply promptly.", "Keep them informed."]
    # (clause numbers without a dot are left as they are)
    bare = [_clause("6", "Officers can expect Councillors to:", side="member", items=["Reply promptly;", "Be polite."]),
            _clause("7", "Officers can expect Councillors to:", side="member", items=["Read the papers;", "Be on time."])]
    sec = DraftSection(6, "x", "X", bare, [])
    assert _one_list_per_lead_in([sec], lambda c: False) == 1 and [c.number for c in sec.clauses] == ["6"]


@pytest.mark.parametrize("text, reason", [
    ("The Clerk will send all councillors a copy of this model protocol, which the Council has adapted to local "
     "circumstances.", None),
    ("Of course - but at work they must remain politically neutral.", None)])
def test_a_clerks_duty_about_the_model_is_draft_material(text, reason):
    assert not_draft_reason({"text": text}) == reason


def test_an_answer_that_opens_by_answering_its_question_leans_on_it():
    import re

    from pipeline.resources import load_rules

    leans = re.compile(load_rules("draft.yaml")["leans_on_source"], re.I)
    assert leans.search("Of course - but at work they must remain politically neutral.")
    assert leans.search("No. The Clerk takes instructions from the Council as a whole.")
    assert not leans.search("No councillor may instruct the Clerk.")


def test_a_protocol_not_prescriptive_but_to_be_followed_is_no_silent_case():
    assert "silent_cases" not in points_of("The Protocol is not intended to be prescriptive, but councillors should "
                                           "follow it.")


def test_a_first_step_to_the_other_person_takes_a_wording_that_agrees_with_a_route_not_to_go_directly():
    from pipeline.render.draft import _first_step_agrees

    first = DraftClause("9.1", "Most difficulties can be resolved by an early, informal conversation, and Councillors "
                               "and the Clerk are encouraged to raise a concern directly with the other person first.",
                        ["A Parish Council clause 6.1", "B Parish Council clause 4"], "escalation", [],
                        others=[{"ref": "B Parish Council clause 4", "text": "Councillors and officers should talk to "
                                 "each other directly in the first instance, and most issues can be resolved informally."},
                                {"ref": "C Parish Council clause 7", "text": "Problems between councillors and officers "
                                 "should be raised early and, wherever possible, settled by an informal conversation."}])
    route = DraftClause("9.2", "If a Councillor has a concern about the Clerk's work, they should raise it with the Chair "
                               "of the Staffing Committee, and not with the Clerk directly at a meeting.",
                        ["D Parish Council clause 3"], "escalation", [])
    assert _first_step_agrees([first, route], lambda c: False, lambda o: o["text"]) == 1
    assert first.text.startswith("Problems between councillors and officers should be raised early")
    assert any("directly with the other person" in o["text"] and o["ref"] == "A Parish Council clause 6.1"
               for o in first.others)
    # ... and with no route that says not to go directly, or no wording that fits, the first step stays
    again = DraftClause("9.1", "Raise a concern directly with the other person first.", ["A clause 1"], "escalation", [],
                        others=[{"ref": "C clause 7", "text": "Problems should be settled by an informal conversation."}])
    assert _first_step_agrees([again], lambda c: False, lambda o: o["text"]) == 0
    assert _first_step_agrees([again, route], lambda c: False, lambda o: None) == 0


def test_a_later_step_a_clause_of_its_own_route_and_an_unrelated_not_directly_are_left_alone():
    from pipeline.render.draft import _first_step_agrees

    def step(number, text, sources, others=()):
        return DraftClause(number, text, sources, "escalation", [], others=list(others))

    calm = {"ref": "C Parish Council clause 7", "text": "Problems between councillors and officers should be raised "
            "early and, wherever possible, settled by an informal conversation."}
    route = step("9.3", "If a Councillor has a concern about the Clerk's work, they should raise it with the Chair of the "
                 "Staffing Committee, and not with the Clerk directly at a meeting.", ["D Parish Council clause 3"])
    later = step("9.2", "If an early informal conversation directly with the Clerk does not resolve the matter, the "
                 "councillor should raise it with the Chairman of the Staffing Committee.", ["A clause 2"], [calm])
    own_route = step("9.1", "Councillors and officers should try to resolve concerns informally first, rather than going "
                     "directly to the Monitoring Officer.", ["B clause 1"], [calm])
    assert _first_step_agrees([later, route], lambda c: False, lambda o: o["text"]) == 0
    assert _first_step_agrees([own_route], lambda c: False, lambda o: o["text"]) == 0
    first = step("9.1", "Councillors and the Clerk should raise any concern informally and directly with each other "
                 "first.", ["A clause 1"], [{"ref": "B clause 4", "text": "A councillor with a minor concern about the "
                 "Clerk may first raise it informally with the Chairman."},
                                            {"ref": "E clause 2", "text": "Any concern should first be raised informally "
                                             "with the councillor or officer concerned, face to face."}])
    unrelated = step("9.4", "Complaints about matters which do not relate directly to a councillor's conduct will be "
                     "passed to the Clerk.", ["F clause 9"])
    assert _first_step_agrees([first, unrelated], lambda c: False, lambda o: o["text"]) == 0
    assert _first_step_agrees([first, route], lambda c: False, lambda o: o["text"]) == 0  # (no wording fits)


def test_a_swapped_first_step_keeps_every_council_it_cites():
    from pipeline.render.draft import _first_step_agrees

    first = DraftClause("9.1", "Councillors and the Clerk are encouraged to raise a concern directly with the other "
                               "person first, as most difficulties can be resolved by an informal conversation.",
                        ["Long Marston Parish Council clause 6.1", "Marston Parish Council clause 6.1"], "escalation", [],
                        others=[{"ref": "Long Marston Parish Council clause 6.1", "text": "Problems should be settled by "
                                 "an informal conversation wherever possible."}])
    route = DraftClause("9.2", "A concern about the Clerk goes to the Chair, not to the Clerk directly.", ["D clause 3"],
                        "escalation", [])
    assert _first_step_agrees([first, route], lambda c: False, lambda o: o["text"]) == 1
    assert first.others == [{"ref": "Marston Parish Council clause 6.1", "text": first.others[0]["text"]}]
    assert "directly with the other person" in first.others[0]["text"]
    assert set(first.sources) == {"Long Marston Parish Council clause 6.1", "Marston Parish Council clause 6.1"}
