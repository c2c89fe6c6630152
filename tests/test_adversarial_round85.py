"""Adversarial review 85, of review 84's mends: each finding's input, and what it must give."""

from __future__ import annotations

import pytest


def _texts(seg, text, suffix=".txt"):
    return [c.text for c in seg(text, suffix=suffix).clauses]


def test_a_line_naming_a_part_of_the_rules_inside_the_text_is_never_furniture(seg):
    assert _texts(seg, "1. This protocol sets out how councillors and officers work together.\n\n2. The rules for "
                       "asking questions are contained within\nPart 4 of the Standing Orders of the Council\nand must be "
                       "followed by every councillor.\n\n3. This protocol must be read together with:\n\n- Part 4 of the "
                       "Standing Orders of the Council\n- Part 5 of the Constitution\n")[1:] == [
        "The rules for asking questions are contained within Part 4 of the Standing Orders of the Council and must be "
        "followed by every councillor.", "Part 4 of the Standing Orders of the Council", "Part 5 of the Constitution"]


def test_an_item_under_a_lead_in_beside_a_page_number_stays(seg):
    texts = _texts(seg, "COUNCILLORS AND THE CLERK\n\nContents\nRaising concerns about the Clerk\n\n1. The Clerk must be "
                        "treated with respect by every councillor.\n\n2. Councillors should contact:\nRaising concerns "
                        "about the Clerk - the Chair of the Staffing Committee\nContact details - the Clerk, 01234 567890\n"
                        "Page 1 of 2\n\n3. Councillors should raise any concern with the Chair.\n")
    assert any(t.startswith("Raising concerns about the Clerk - the Chair") for t in texts)


def test_a_tip_box_of_commands_about_the_site_is_no_text(tmp_path):
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    page = tmp_path / "p.html"
    page.write_text("<html><body><main><article><h1>Protocol</h1><p>Councillors must not instruct officers.</p>"
                    "<aside class='hint'><p>Use the search box at the top of every page to find council services.</p>"
                    "<p>Make sure you bookmark this page so that you can find it again quickly.</p></aside>"
                    "</article></main></body></html>", encoding="utf-8")
    assert [c.text for c in segment(read(page)).clauses] == ["Councillors must not instruct officers."]


@pytest.mark.parametrize("first, second", [
    ("During the pre-election period, the Council will not issue any publicity about candidates.",
     "Officers will continue to publish committee agendas, reports and minutes as normal during the pre-election period."),
    ("During the pre-election period, the Council will not issue any publicity about candidates.",
     "Councillors who are standing for election must not use their council title in their own election publicity "
     "during the pre-election period."),
    ("Cabinet Members must consult the Monitoring Officer and the Section 151 Officer on any proposal that may be "
     "unlawful.",
     "A councillor who is unsure whether they have an interest should consult the Monitoring Officer on any proposal "
     "before the meeting."),
    ("The Clerk takes instructions from the Council as a whole, not from individual councillors.",
     "The Clerk manages the Council's other employees and will issue instructions to staff on their day-to-day work."),
    ("An officer who is concerned about the conduct of a Councillor should speak to their line manager.",
     "An officer who believes a councillor has acted unlawfully in approving a payment should report it to the "
     "Section 151 Officer."),
])
def test_points_that_only_look_alike_are_both_printed(first, second):
    from pipeline.render.draft import DraftClause, DraftSection
    from pipeline.render.points import read_points_once

    clauses = [DraftClause(number="1.1", text=first, sources=["X 1"], tag="expectation", themes=[], side="officer"),
               DraftClause(number="1.2", text=second, sources=["Y 2"], tag="expectation", themes=[], side="officer")]
    section = DraftSection(number=1, id="s", title="S", clauses=clauses, missing=[])
    read_points_once([section])
    assert [c.number for c in section.clauses] == ["1.1", "1.2"]


@pytest.mark.parametrize("text", [
    "Officers living with a councillor must report any such relationship to the Head of HR.",
    "A recorded vote is taken where 10 per cent of members present request it.",
    "No more than 10 per cent of officers may be seconded to support a Cabinet Member at any one time.",
])
def test_rules_a_draft_may_use(text):
    from pipeline.render.fit import not_draft_reason

    assert not_draft_reason({"text": text, "kind": "paragraph", "lead_in": None, "complete": True}) is None


@pytest.mark.model
@pytest.mark.parametrize("text, tag", [
    ("The Clerk serves the Council as a whole and shall act as the Proper Officer for all statutory purposes.", "role"),
    ("Officers work for the council as a whole and should not be used by councillors for party political purposes.",
     None),
])
def test_serving_the_whole_council_with_a_role_or_a_passive(text, tag):
    from pipeline.nlp.tag import load_nlp, tag_texts

    d = tag_texts([text], nlp=load_nlp())[0]
    if tag:
        assert d.tag == tag
    else:  # the rule binds councillors, not the officers it names first: no decisive cue gives it to officers
        assert d.evidence != "serve the whole council and must not"
