"""Round 56: a named councillor's declaration of interest at a meeting, and their leaving for the item because of
it, are the meeting's procedural record (five blind annotators listed them as furniture, none the other way), as are
the meeting adjourned or reconvened and a vote asked to be recorded (b257's first run); a line with a rule, a reason
or a finding in it stays a clause; a declaration wrapped over several lines is furniture only whole. And
the drafts' repeats of round 56: a Cabinet Member's asking for information said of the member and of the Director.
A two-column leaflet with a box across its foot reads column by column."""

from __future__ import annotations

import pytest

from pipeline.render.draft import DraftClause, DraftItem, DraftSection
from pipeline.render.points import points_of, read_points_once

RULE = "45.1 The Monitoring Officer advised that councillors must not instruct staff directly."


@pytest.mark.parametrize("line", [
    "Cllr Voss declared an interest in item 6 as the councillor named in the complaint.",
    "Cllr M. Petrie declared a non-registrable interest in planning application 24/01877/FUL (minute 24/117) as a "
    "neighbour of the applicant and took no part in that item.",
    "County Borough Councillor G. Tudor declared a personal and prejudicial interest in Minute 35, as her son is "
    "employed by the Council, and said that she would leave the meeting for that item.",
    "Having declared an interest, Cllr Okafor left the room for this item.",
    "Councillor Quigley, having declared an interest at Minute 88, left the chamber for this item.",
    "Cllr Hollis left the room for this item, having declared an interest under 26/142.",
    "Having declared interests under minute 12 above, Councillor Lund and Mr Ferreira left the meeting for this item.",
    "The councillor named in the grievance declared an interest and left the room for this item.",
])
def test_a_declaration_made_at_the_meeting_is_furniture(seg, line):
    doc = seg("44. DECLARATIONS OF INTEREST\n\n" + line + "\n\n" + RULE + "\n")
    assert [c.text for c in doc.clauses] == [RULE.split(" ", 1)[1]]
    assert (line, "meeting record") in {(f.text.strip(), f.reason) for f in doc.furniture}


@pytest.mark.parametrize("line", [
    "The meeting was adjourned at 7.33pm to allow members of the public to speak.",
    "The meeting reconvened at 7.44pm.",
    "Cllr Bell asked that his vote against the resolution be recorded.",
])
def test_the_meeting_adjourned_or_reconvened_and_a_vote_asked_to_be_recorded_are_furniture(seg, line):
    doc = seg("25/011 PUBLIC PARTICIPATION\n\n" + line + "\n\n" + RULE + "\n")
    assert [c.text for c in doc.clauses] == [RULE.split(" ", 1)[1]]
    assert (line, "meeting record") in {(f.text.strip(), f.reason) for f in doc.furniture}


@pytest.mark.parametrize("line", [
    "Councillors must declare any interest in an item before it is discussed.",
    "Cllr Rees declared an interest but remained and voted on the item.",
    "It was alleged that Cllr Rees had failed to declare an interest in a planning item.",
    "RESOLVED: that a grant of £250 be made. Cllr Hollins did not vote, having declared an interest.",
    "Cllr Rees declared an interest in item 4 and will not take part in any decision on the Clerk's pay.",
    "Cllr X left the room after the Chair ruled that the item was exempt.",
    "Cllr Doyle asked that her vote against the resolution be recorded, as she considered that the matter should have "
    "gone to the Monitoring Officer.",
    "The Committee deliberated in private, advised by the Monitoring Officer, and then reconvened in public.",
])
def test_a_line_with_a_rule_or_a_finding_stays_a_clause(seg, line):
    doc = seg("44. DECLARATIONS OF INTEREST\n\n" + line + "\n")
    assert [c.text for c in doc.clauses] == [line]


def test_a_declaration_wrapped_over_lines_is_furniture_whole_and_its_first_line_alone_is_not(seg):
    wrapped = ("Cllr Hewitt declared a non-registrable interest in item S.35, as her son-in-law is\n"
               "employed by the Council as a seasonal grounds operative, and said that she would\n"
               "take part as the item did not concern his post.\n")
    doc = seg("S.32 DECLARATIONS OF INTEREST\n\n" + wrapped + "\n" + RULE + "\n")
    assert [c.text for c in doc.clauses] == [RULE.split(" ", 1)[1]]
    # a declaration whose paragraph goes on with a finding keeps all its lines: its first line is no record alone
    finding = ("Cllr Ashgrove declared an other registrable interest in item 34 as a member of the same choir\n"
               "as the officer concerned; she remained in the room but took no part in the vote.\n")
    doc = seg("S.32 DECLARATIONS OF INTEREST\n\n" + finding)
    assert [c.text for c in doc.clauses] == [" ".join(finding.split())]
    assert not doc.furniture


def clause(number, text, tag="expectation", items=(), side=None):
    return DraftClause(number, text, [f"S clause {number}"], tag, [],
                       items=[DraftItem(chr(97 + k), t, [f"S item {number}{k}"]) for k, t in enumerate(items)],
                       side=side)


def test_a_cabinet_members_asking_for_information_is_one_point_whoever_it_binds():
    member = clause("2.5", "Cabinet Members may ask for reports and information about their portfolio, but decisions "
                           "about how services are delivered day to day rest with officers.", tag="role", side="member")
    director = clause("5.7", "A Cabinet Member may ask the Director for information and for advice on options, and the "
                             "Director will provide it.", side="officer")
    sections = [DraftSection(2, "a", "A", [member], []), DraftSection(5, "b", "B", [director], [])]
    assert read_points_once(sections) == 1
    assert sections[1].clauses == []


def test_a_two_column_leaflet_with_a_box_across_its_foot_reads_column_by_column():
    """b258's parish leaflet: an introduction across the page, "The Chair" and "The Clerk" side by side, and a closing
    box across the page whose heading stands in the left column alone. Its right column has fewer lines than the left,
    and the box's heading was read inside the left column, so that the right column's last item ran into the box."""
    from pathlib import Path

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    pdf = Path(__file__).parent / "data" / "blind" / "b258" / "docs" / "b258_little_ashcombe_chair_clerk_leaflet.pdf"
    doc = segment(read(pdf))
    texts = [c.text for c in doc.clauses]
    assert "take instructions from individual councillors" in texts
    assert "meet the Clerk before each meeting to go through the agenda" in texts
    assert any(t.startswith("share confidential or personal information") and t.endswith("allows") for t in texts)
    assert [h.text for h in doc.headings][-1] == "If something goes wrong"
    assert texts[-3].startswith("A councillor with a concern about the Clerk")


@pytest.mark.parametrize("text", [
    "Having declared a disclosable pecuniary interest, a Member leaves the room and takes no part in the discussion or "
    "vote.",
    "Councillor Evans declared an interest only after the item had been debated and voted on, contrary to paragraph 9 of "
    "the Code.",
    "Cllr Lowe declared a pecuniary interest in item 7 and took no part in the vote; the investigation found that he later "
    "lobbied planning officers.",
    "Councillor Khan declared an interest and left the room; officers then presented the report.",
    "Councillor Evans declared that he had no interest in the matter, though he was a director of the applicant company.",
    "Cllr Hughes declared an interest in item 4 and was given a dispensation by the Standards Committee to speak and vote.",
    "Cllr Lowe declared a pecuniary interest in item 7 at the meeting on 3 March.\nHe then remained in the room, spoke "
    "against the application and voted on it,\ncontrary to paragraph 9.3 of the Code of Conduct.",
])
def test_a_declaration_with_a_rule_a_finding_or_what_followed_stays_a_clause_whole(seg, text):
    doc = seg("44. DECLARATIONS OF INTEREST\n\n" + text + "\n")  # (adversarial review 56)
    assert " ".join(c.text for c in doc.clauses) == " ".join(text.split()) and not doc.furniture
