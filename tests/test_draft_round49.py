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
