"""Adversarial review 74: what it found in this session's changes, each fixed and kept fixed. A list item that runs on
to a line set back to the left goes on; a statute's numbered subsection at a line's start is no paragraph number; list
item (c) naming a guide and a year, and a paragraph that binds the Chair about signing up to speak, are clauses; rules
that share words with the new draft rules stay draft wording; a place name opening an item keeps its capital; "The
Chair is a member" takes this council's term."""

from __future__ import annotations

import re

import pytest

from pipeline.render.draft import _lower_opening, options_for, substitute_terms
from pipeline.render.fit import not_draft_reason
from pipeline.resources import load_rules


def test_an_item_that_runs_on_to_a_line_set_back_goes_on(seg):
    doc = seg("1. This protocol applies to all councillors and all officers of the Council.\n\n"
              "2. Councillors must not ask officers to:\n"
              "   (a) work for a political party, or work on\n"
              "Council business for party purposes;\n"
              "   (b) disclose confidential information.\n\n"
              "3. Officers must give impartial advice to all councillors.\n")
    clauses = {c.clause_id: c for c in doc.clauses}
    assert clauses["2.a"].text == "work for a political party, or work on Council business for party purposes;"
    assert clauses["2.b"].lead_in == "Councillors must not ask officers to:"


def test_a_statutes_subsection_wrapped_to_a_lines_start_is_no_paragraph_number(seg):
    doc = seg("1.1 A councillor who fails to attend any meeting of the Council for six months ceases to be a councillor"
              " under section\n85(1) Local Government Act 1972 unless the Council approved the reason for absence.\n\n"
              "1.2 The Clerk is the Proper Officer of the Council for the purposes of section\n"
              "234(1) LGA 1972 and signs notices on its behalf.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]
    assert "section 85(1) Local Government Act 1972" in doc.clauses[0].text


def test_list_item_c_naming_a_guide_and_a_year_is_a_clause(seg):
    doc = seg("1.1 Every new councillor should read:\n(a) this protocol;\n(b) the Members' Code of Conduct;\n"
              "(c) The Good Councillor's Guide, published by NALC in 2024. Councillors may copy sections of it for "
              "council training.\n\n1.2 Councillors must attend induction training within six months of election.\n")
    assert any(c.clause_id == "1.1.c" and c.text.startswith("The Good Councillor's Guide") for c in doc.clauses)


def test_signing_up_to_speak_under_the_chair_is_a_clause(seg):
    doc = seg("1.3 Speakers sign up at the Parish Office or via the website; the Chair decides the order in which they "
              "speak and may limit each to three minutes.\n\n1.4 Councillors must not contact staff at home.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.3", "1.4"]


@pytest.mark.parametrize("text", [
    "Officers asked a question by a councillor at a public meeting should answer only if the answer is already "
    "public.",
    "This new protocol takes effect when the Council adopts it.",
    "The Standards Committee is asked to consider any complaint that a councillor has bullied an officer."])
def test_rules_that_share_words_with_the_new_draft_rules_stay_draft_wording(text):
    assert not_draft_reason({"text": text}) is None


def test_a_limit_on_weekly_hours_does_not_lean_on_its_source():
    rx = re.compile(load_rules("draft.yaml")["leans_on_source"], re.I)
    assert not rx.search("Councillors must not ask staff to work more than 48 hours a week.")
    assert rx.search("The Clerk works 15 hours a week.")


@pytest.mark.parametrize("item", ["Reading and Wokingham councils share a Monitoring Officer;", "Worthing residents;",
                                  "Ealing, Brent and Harrow;", "Kettering and Corby;", "Nothing in this protocol;"])
def test_a_place_opening_an_item_keeps_its_capital(item):
    assert not _lower_opening(item)


def test_the_chair_is_a_member_takes_this_councils_term():
    opts = options_for({"council": "Ambridge Parish Council", "council_type": "parish"})
    assert substitute_terms("The Chair is a member and must act fairly.", opts, [])[0] == \
        "The Chair is a Councillor and must act fairly."
