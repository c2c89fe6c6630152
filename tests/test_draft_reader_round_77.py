"""Drafts built from round 76's and round 77's 29 documents, read in round 77, and adversarial review 79: a clause that
says again most of what one clause above said is dropped even where another clause made one of those points first; a
clause that points back with "these standards" or "these different roles" to words only its source had is not printed
as its point's only wording; a section with no clause is left out and named in the notes; a guide's advice to its
reader is not protocol wording, a rule in the imperative is; list items that open with a verb go on in lower case."""

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
    "Officers must follow the standards of conduct set by the Council.",
    # (adversarial review 79: what "these" points back to is named before it, after a comma or a semicolon)
    "The Clerk prepares agendas, takes the minutes and keeps the accounts, and in carrying out these duties is "
    "accountable to the Council as a whole.",
    "Councillors must follow the Code of Conduct and the Nolan principles; breaches of these standards will be referred "
    "to the Monitoring Officer.",
    "The Council's Standing Orders and Financial Regulations govern its business; councillors and officers must comply "
    "with these rules.",
    "The Clerk is the Proper Officer and the Responsible Financial Officer and must carry out these duties impartially."])
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


PARISH = options_for({"council": "Ambridge Parish Council", "council_type": "parish", "draft_date": "2027-01-01"})


def _row(doc: str, council: str, kind: str, cid: str, text: str, tag: str = "expectation", actor: str = "member",
         themes: tuple = ("respect_courtesy",), section: str = "Working together") -> dict:
    return {**BASE, "doc_id": doc, "council": council, "council_type": kind, "section": section, "clause_id": cid,
            "parent": None, "kind": "paragraph", "lead_in": None, "tag": tag, "actor": actor, "themes": list(themes),
            "text": text}


def test_a_section_with_no_clause_is_left_out_and_named_in_the_drafting_notes():
    from pipeline.render.draft import render_text

    rows = [_row("a", "Avon Parish Council", "parish", "1", "Councillors should treat the Clerk with courtesy and "
                 "respect at all times."),
            _row("b", "Brent Parish Council", "parish", "4", "Councillors should treat the Clerk with courtesy and "
                 "respect in meetings and in writing.")]
    # (a district's clause on the Head of Paid Service: a source clause for the officers' section that no parish draft
    # takes)
    rows.append(_row("c", "Corby District Council", "district", "3.1", "The Chief Executive is the Head of Paid "
                     "Service and is responsible for the management of all the Council's staff.", tag="role",
                     actor="statutory_officer", themes=("statutory_officers",), section="The role of officers"))
    draft = build_draft(pd.DataFrame(rows), PARISH)
    numbers = [s.number for s in draft.sections]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) < 10
    assert all(s.clauses for s in draft.sections if s.id != "review")
    assert "The Chair: no source has a clause here" in draft.sections_left_out
    assert "The role of officers: none of the sources' clauses here fits a parish council as protocol wording" in \
        draft.sections_left_out
    md = render_text(draft, "md")
    assert "No source covers this section" not in md
    assert "## Drafting note: sections this draft leaves out" in md and "- The Chair: no source has a clause here" in md
    # the review section keeps its adoption statement under its new number
    review = draft.sections[-1]
    assert review.id == "review" and f"{review.number}.1 This Protocol takes effect" in md
    committee = render_text(build_draft(pd.DataFrame(rows), options_for(
        {"council": "Ambridge Parish Council", "council_type": "parish", "draft_date": "2027-01-01",
         "committee": True})), "md")
    assert "sections this draft leaves out" not in committee and "The Chair" not in committee


@pytest.mark.parametrize("text", [
    "Put requests in writing. Email is best. Give the Clerk time to reply.",
    "Before asking the Clerk for information, check the Councillors' area of the website.",
    "For policy matters or issues affecting a whole service, contact the relevant Head of Service or Executive Director.",
    "See also paragraph 4.4.1 on declaring relationships.",
    "This Protocol applies to all Councillors and officers. Parish and town councils in the district are advised to "
    "adopt similar arrangements."])
def test_a_guides_advice_to_its_reader_and_a_district_speaking_to_its_parishes_are_not_draft_material(text):
    from pipeline.render.fit import not_draft_reason
    assert not_draft_reason({"text": text, "kind": "paragraph"}) is not None, text


@pytest.mark.parametrize("row", [
    {"text": "Note: officers must not be asked to help with a party campaign.", "kind": "paragraph"},
    {"text": "treat officers with respect.", "kind": "item", "lead_in": "Never:"},
    {"text": "give the Clerk reasonable notice of any request;", "kind": "item", "lead_in": "Councillors should:"},
    {"text": "Where a Councillor is unsure, the Monitoring Officer will advise.", "kind": "paragraph"},
    {"text": "Leave arrangements for the Clerk are a matter for the Staffing Committee.", "kind": "paragraph"},
    {"text": "Use of council resources for party political purposes must be avoided.", "kind": "paragraph"},
    # (adversarial review 79: a second-person protocol's own rules, and an opening clause before a rule with a modal)
    {"text": "Never criticise an officer by name in public, in the press or online.", "kind": "paragraph"},
    {"text": "Always put requests for work through the Clerk, not other staff.", "kind": "paragraph"},
    {"text": "For their part, the Clerk will carry out the lawful decisions of the Council, give impartial advice to all "
             "councillors and treat all councillors equally.", "kind": "paragraph"},
    {"text": "When a councillor asks for information, the Clerk will provide it promptly, keep a record of the request "
             "and tell the Chair.", "kind": "paragraph"},
    {"text": "If something goes wrong, talk first. Councillors should raise concerns about staff with the Chair of the "
             "Personnel Committee.", "kind": "paragraph"},
    # (its second review: a command that limits or forbids, and a route that serves the parishes of a district)
    {"text": "Use council resources only for council business.", "kind": "paragraph"},
    {"text": "Raise concerns about the Clerk privately, with the Chair, never in public.", "kind": "paragraph"},
    {"text": "A complaint that a Councillor has breached the Code of Conduct should be made to the Monitoring Officer of "
             "the District Council, who deals with complaints for the town and parish councils in the district.",
     "kind": "paragraph"}])
def test_a_rule_a_label_or_an_item_under_its_lead_in_stays_draft_material(row):
    from pipeline.render.fit import not_draft_reason
    assert not_draft_reason(row) is None, row


@pytest.mark.parametrize("item", ["Conducting themselves in a politically neutral and professional manner at all times;",
                                  "Issue press releases that feature candidates;",
                                  "Complete the training offered to new Councillors within six months of their election."])
def test_an_item_opening_with_a_verb_goes_on_from_its_lead_in_in_lower_case(item):
    from pipeline.render.draft import _lower_opening
    assert _lower_opening(item)


def test_a_long_clause_is_read_for_what_it_leans_on_quickly():
    import time
    text = "the rules " * 6000 + "and these standards apply."
    t = time.perf_counter()
    LEANS.search(text)
    assert time.perf_counter() - t < 0.5


def test_an_officers_own_campaigning_is_not_the_point_of_asking_officers_for_party_work():
    # (the second review of adversarial round 79: an officer's own rule was printed as the councillors' one)
    from pipeline.render.points import points_of
    assert "party_work" in points_of("Councillors must not ask officers to help with preparing election material.")
    assert "party_work" not in points_of("Officers must not deliver party leaflets while on duty or wearing council "
                                         "uniform.")
