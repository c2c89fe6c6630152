"""Shapes from the b244–b248 first runs and adversarial review 54: a page copied from a PDF whose lines run on from
the numbering above them ("STANDARDS 7. ... 8. ...") but not a count in a sentence, a minute's records in a
resolution's words and in brackets, a copy's status after its place in the constitution, and a lead-in that states a
rule of its own before its list (not one that only opens it)."""

from __future__ import annotations

import re

import pytest

from pipeline.resources import load_rules

RUN_ON = (
    "Ashbury Market Town Council\n"
    "COUNCILLORS AND STAFF – HOW WE WORK TOGETHER This note is a short guide for councillors and staff. It should be "
    "read with the Code of Conduct. ROLES 1. The Town Clerk is the Proper Officer and is head of the Council's staff. "
    "2. Councillors decide the Council's policy, budget and priorities. 3. No individual councillor has authority to "
    "instruct a member of staff.\n"
    "STANDARDS 4. Councillors and staff treat each other with courtesy and respect. 5. Councillors make requests for "
    "help through the Clerk. 6. The Clerk will acknowledge requests within two working days.\n"
    "RAISING CONCERNS 7. A councillor with a concern about a member of staff raises it privately with the Clerk. "
    "8. A member of staff with a concern about a councillor speaks to the Clerk first, as paragraph 4 says.\n"
)


def test_a_run_on_line_continues_the_numbering_above_it_under_its_own_title(seg):
    doc = seg(RUN_ON)
    got = {c.clause_id: c for c in doc.clauses}
    assert [c.clause_id for c in doc.clauses] == ["p1", *map(str, range(1, 9))]
    assert got["p1"].text == "This note is a short guide for councillors and staff. It should be read with the Code " \
                             "of Conduct."
    assert got["4"].text == "Councillors and staff treat each other with courtesy and respect."
    assert got["8"].text.endswith("as paragraph 4 says.")
    assert got["p1"].section[-1] == "COUNCILLORS AND STAFF – HOW WE WORK TOGETHER"
    assert (got["3"].section[-1], got["4"].section[-1], got["7"].section[-1]) == ("ROLES", "STANDARDS",
                                                                                  "RAISING CONCERNS")


@pytest.mark.parametrize("line", [
    "At least 4 Councillors must be present for business to be transacted.",
    "The protocol was last reviewed on Tuesday 4 May and comes into effect immediately.",
    "The Council's 4 Committees and 5 Sub-Committees each have their own terms of reference.",
    "NALC Model Standing Orders apply to all meetings of the Council. The Clerk keeps 4 Registers.",
])
def test_a_count_in_a_sentence_after_the_numbering_is_no_point(seg, line):
    doc = seg("1. Councillors must not instruct staff.\n\n2. Officers give impartial advice.\n\n"
              "3. Quorum and committees\n\n" + line + "\n")
    assert line in [c.text for c in doc.clauses]
    assert not any(h.startswith(("At least", "The protocol", "The Council", "NALC")) for c in doc.clauses
                   for h in c.section)


@pytest.mark.parametrize("lead_in", [
    "Officers can expect councillors to do the following, including:",
    "Councillors must not contact officers directly about matters such as:",
    "The Clerk will circulate the following papers, each of which is listed below:",
])
def test_a_lead_in_that_only_opens_its_list_is_no_clause(seg, lead_in):
    doc = seg("1.1 " + lead_in + "\n\n(a) the agenda;\n\n(b) the minutes.\n")
    assert [c.text for c in doc.clauses] == ["the agenda;", "the minutes."]
    assert all(c.lead_in == lead_in for c in doc.clauses)


@pytest.mark.parametrize("line,reason", [
    ("RESOLVED that the minutes of the meeting held on 11 June 2024 be approved as a correct record and signed by the "
     "Chairman.", "meeting record"),
    ("RESOLVED - That the minutes of the meeting of the Committee held on 14 November 2024 be confirmed as a correct "
     "record and signed by the Chairman.", "meeting record"),
    ("Date of next meeting: Tuesday 8 April 2025 at 7.00pm.", "meeting record"),
    ("There were no questions or statements from members of the public.", "meeting record"),
    ("(These minutes are subject to confirmation at the next meeting of the Committee)", "copy status"),
    ("Constitution Part 5, Appendix 9. This is the version published on the Council's intranet; printed copies may "
     "be out of date.", "copy status"),
])
def test_a_minutes_records_and_a_copys_status_are_furniture(seg, line, reason):
    doc = seg("41. APOLOGIES FOR ABSENCE\n\n" + line + "\n\n"
              "45.1 The Monitoring Officer advised that councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["The Monitoring Officer advised that councillors must not instruct "
                                             "staff directly."]
    assert (line, reason) in {(f.text.strip(), f.reason) for f in doc.furniture}


@pytest.mark.parametrize("line", [
    "RESOLVED that the minutes of the meeting held on 3 May 2024 be approved, subject to minute 12 recording that "
    "councillors must not contact staff at home.",
    "There were no questions from members of the public, but the Chair reminded councillors that they must not "
    "discuss staff matters in public.",
    "Date of next meeting: councillors should send agenda items to the Clerk ten days before it.",
    "RESOLVED that the minutes of the Staffing Committee meeting held on 3 March 2025, including the decision that "
    "Councillor Smith be removed from the Committee, be approved.",
])
def test_a_record_that_carries_a_rule_stays_a_clause(seg, line):
    doc = seg("43. MINUTES\n\n" + line + "\n")
    assert [c.text for c in doc.clauses] == [line]


def test_a_lead_in_that_states_a_rule_is_also_a_clause_and_its_items_keep_it(seg):
    doc = seg("3.1 Members have a number of distinct roles.\n\n"
              "3.2 Members collectively are the ultimate policy-makers of the Council and carry out a number of "
              "strategic functions, including:\n\n"
              "(a) setting the budget and policy framework;\n\n"
              "(b) monitoring the performance of the Council.\n\n"
              "3.3 Officers will:\n\n"
              "(a) give impartial advice;\n\n"
              "(b) carry out the Council's decisions.\n")
    got = {c.clause_id: c for c in doc.clauses}
    assert got["3.2"].text.startswith("Members collectively are the ultimate policy-makers")
    assert got["3.2.a"].lead_in.startswith("Members collectively are")
    assert "3.3" not in got and got["3.3.a"].lead_in == "Officers will:"


def _section(texts: list[str], items: tuple[str, ...] = ()):
    from pipeline.render.draft import DraftClause, DraftItem, DraftSection
    clauses = [DraftClause(f"1.{k}", t, [f"A Council clause {k}"], "context", []) for k, t in enumerate(texts, 1)]
    clauses[-1].items = [DraftItem("(a)", it, ["A Council clause 9"]) for it in items]
    return DraftSection(1, "introduction", "Introduction", clauses, [])


@pytest.mark.parametrize("others,items,kept", [
    (["Councillors must treat officers with courtesy."], (), False),
    (["Councillors must treat officers with courtesy."], ("not subject them to bullying or harassment",), True),
    (["Harassment of the Clerk will not be tolerated."], (), True),
])
def test_a_draft_keeps_a_definition_only_where_another_clause_uses_its_term(others, items, kept):
    from pipeline.render.draft import _definitions_used
    definition = '"Harassment" has the meaning given in the Equality Act 2010.'
    sec = _section([definition, *others], items)
    _definitions_used([sec], re.compile(load_rules("draft.yaml")["definition"], re.I), lambda c: False)
    assert (definition in [c.text for c in sec.clauses]) is kept
    assert [c.number for c in sec.clauses] == [f"1.{k}" for k in range(1, len(sec.clauses) + 1)]


def test_prejudicial_interests_bind_a_clause_to_wales():
    from pipeline.render.fit import clause_nation
    text = "Councillors should not pursue a matter in which they have a personal or prejudicial interest."
    assert clause_nation(text, "district") == "wales"
    assert clause_nation("Councillors must declare any disclosable pecuniary interest.", "district") is None
