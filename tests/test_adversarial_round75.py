"""Adversarial review 75: what it found in round 75's fixes, each fixed and kept fixed. A table of times to meet, of
limits or of commitments with a rating keeps its cells as clauses; only a table of statistics is data. A masthead or
contact line that says what someone does, a label of a power that runs into a sentence, a rule about who is usually the
Proper Officer, and an item about an application stay text; "a member or trustee" keeps "member"; an -ing or -ly item
opening before a preposition, a comma list or a verb goes on in lower case."""

from __future__ import annotations

import pytest

from conftest import furniture_reasons
from pipeline.render.draft import _lower_opening, options_for, substitute_terms
from pipeline.render.fit import not_draft_reason


@pytest.mark.parametrize("table, kept", [
    ("| Type of enquiry | Acknowledge | Full reply |\n|---|---|---|\n| Casework | 2 | 10 |\n| Press enquiry | 1 | 1 |\n",
     {"2", "10"}),
    ("| Gift | Limit |\n|---|---|\n| Declare any gift worth more than | £50 |\n| Never accept cash gifts above | £0 |\n",
     {"£50", "£0"}),
    ("| Standard | Status |\n|---|---|\n| Officers reply to councillors within 10 working days | Amber |\n"
     "| Officers acknowledge enquiries within 2 days | Green |\n",
     {"Officers reply to councillors within 10 working days", "Amber"})])
def test_tables_of_times_limits_and_commitments_keep_their_cells(seg, table, kept):
    doc = seg("1. Officers must meet these standards.\n\n" + table, suffix=".md")
    texts = {c.text for c in doc.clauses}
    assert kept <= texts, texts
    assert not any(f.reason == "table data" for f in doc.furniture)


def test_a_masthead_or_contact_line_that_says_what_someone_does_is_text(seg):
    doc = seg("1. The Members' Allowances Scheme is published by Democratic Services and must be followed by every "
              "councillor.\n\n2. Monitoring Officer: Priya Lindqvist, Director of Legal and Governance, to whom all "
              "complaints about councillors are sent.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]
    assert not furniture_reasons(doc)


@pytest.mark.parametrize("text", [
    "Adopted under Part 3 of the Constitution, this protocol binds every councillor and officer.",
    "The Clerk, who is normally the Proper Officer, must receive every notice of motion."])
def test_rules_that_open_like_a_label_or_name_the_usual_post_are_draft_wording(text):
    assert not_draft_reason({"text": text}) is None


def test_a_planning_lists_item_about_an_application_stays_in_its_list():
    import re

    from pipeline.resources import load_rules
    rx = re.compile(load_rules("draft.yaml")["leans_on_source_items"], re.I)
    assert not rx.search("lobby officers on an application before the committee;")
    assert rx.search("respect the Clerk's contracted hours, which are 15 hours a week;")


def test_a_member_or_trustee_of_another_body_keeps_member():
    opts = options_for({"council": "Ambridge Parish Council", "council_type": "parish"})
    text = "Councillors must declare any organisation of which they are a member or trustee."
    assert substitute_terms(text, opts, [])[0] == text


@pytest.mark.parametrize("item", ["Seeking to influence an officer's advice;", "Bullying, harassing or intimidating "
                                  "staff;", "Politely decline the request;"])
def test_an_items_opening_goes_on_in_lower_case(item):
    assert _lower_opening(item)
