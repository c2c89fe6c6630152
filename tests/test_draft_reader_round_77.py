"""Drafts built from round 76's 29 documents, read again in round 77: a clause that says again most of what one clause
above said is dropped even where another clause made one of those points first; a clause that points back with "these
standards" or "these different roles" to words only its source had is not printed as its point's only wording."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from pipeline.render.draft import DraftClause, DraftSection, build_draft, options_for
from pipeline.render.points import read_points_once
from pipeline.resources import load_rules

DISTRICT = options_for({"council": "Kesteven District Council", "council_type": "district", "draft_date": "2027-01-01"})
BASE = {"evidence": "", "confidence": 0.95, "complete": True}


def _clause(number: str, text: str, side: str = "officer") -> DraftClause:
    return DraftClause(number, text, [f"S clause {number}"], "role", [], side=side)


def test_a_clause_repeating_two_points_of_one_clause_above_is_dropped_though_another_made_one_first():
    # (the Monitoring Officer's clause made "officers advise" first; 3.3 says again 3.2's advice and carrying out of
    # decisions, adding only that officers serve the council as a whole)
    mo = _clause("3.1", "The Monitoring Officer has a duty to report to the Council where any decision would be unlawful, "
                        "and advises Councillors on the Code of Conduct.")
    officers = _clause("3.2", "Officers are responsible for giving advice to Councillors, for implementing the policies and "
                              "decisions of the Council, and for managing its services and staff.")
    again = _clause("3.3", "Employees advise Councillors and put the Council's decisions into practice. They serve the "
                           "Council as a whole.")
    sections = [DraftSection(3, "officers", "The role of officers", [mo, officers, again], [])]
    assert read_points_once(sections) == 1
    assert sections[0].clauses == [mo, officers]
    assert any("into practice" in o["text"] for o in officers.others) and "S clause 3.3" in officers.sources


def test_a_clause_of_two_new_points_beside_one_made_above_stays():
    officers = _clause("3.2", "Officers are responsible for giving advice to Councillors and for implementing the "
                              "decisions of the Council.")
    more = _clause("3.3", "Officers give advice to Councillors, must not accept gifts or hospitality from them and "
                          "must declare any close personal relationship with a Councillor.")
    sections = [DraftSection(3, "officers", "The role of officers", [officers, more], [])]
    assert read_points_once(sections) == 0


LEANS = re.compile(load_rules("draft.yaml")["leans_on_source"], re.I)


@pytest.mark.parametrize("text", [
    "Everyone needs to understand and respect these different roles.",
    "Councillors must not seek to influence or obstruct any statutory officer in the exercise of these responsibilities.",
    "Performance against these standards will be reported to the Overview and Scrutiny Committee every six months.",
    "Group Leaders are responsible for ensuring that the members of their group understand these arrangements.",
    "A failure by a councillor to observe these arrangements may be a breach of the Council's Code of Conduct."])
def test_a_clause_pointing_back_to_what_only_its_source_named_leans_on_it(text):
    assert LEANS.search(text), text


@pytest.mark.parametrize("text", [
    # (the clause names what it points back to, or points forward to its items, or "these roles" are posts it lists)
    "The Council sets service standards for replies to Councillors, and these standards will be reviewed every year.",
    "Officers will observe these principles:",
    "The Council must designate a Head of Paid Service, a Monitoring Officer and a Chief Finance Officer; these roles "
    "are held by the Chief Executive, the Head of Legal Services and the Director of Finance.",
    "The Clerk is the Proper Officer and Responsible Financial Officer, and has the legal duties that go with those roles.",
    "Officers must follow the standards of conduct set by the Council."])
def test_a_clause_that_names_what_it_points_to_does_not_lean(text):
    assert not LEANS.search(text), text


def test_a_dangling_wording_gives_way_to_another_wording_of_its_point():
    base = {**BASE, "council_type": "district", "section": "Boundaries", "parent": None, "kind": "paragraph",
            "lead_in": None, "tag": "prohibition", "actor": "member", "themes": ["statutory_officers"]}
    dangling = "Councillors must not seek to influence or obstruct any statutory officer in the exercise of these " \
               "responsibilities."
    whole = "Councillors must not seek to influence or obstruct any statutory officer in the exercise of that officer's " \
            "statutory responsibilities."
    rows = [{**base, "doc_id": "a", "council": "Avon District Council", "clause_id": "7.4", "text": dangling},
            {**base, "doc_id": "b", "council": "Brent District Council", "clause_id": "6.2", "text": whole}]
    printed = [c.text for s in build_draft(pd.DataFrame(rows), DISTRICT).sections for c in s.clauses]
    assert whole in printed and dangling not in printed
