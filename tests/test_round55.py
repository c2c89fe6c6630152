"""Shapes from the b249–b253 first runs and reader round 55: what a meeting did not have or when it sat, in other
words, and the next meeting's date on a line of its own; a message's marked extract lines; a source's run-in title
before a sentence that names its subject again; a role stated of an officer filed under the officers' role; and
repeats the readers found in other words (an officer's political views, a councillor's managers, advice overruled)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from pipeline.render.draft import _run_in_title, _section_of
from pipeline.render.points import points_of
from pipeline.resources import load_rules


@pytest.mark.parametrize("line,reason", [
    ("No questions were raised by members of the public.", "meeting record"),
    ("There were no declarations of interest.", "meeting record"),
    ("No interests were declared.", "meeting record"),
    ("The meeting commenced at 6.30 pm and closed at 8.05 pm.", "meeting record"),
    ("(The meeting commenced at 6.00 pm and closed at 8.22 pm)", "meeting record"),
    ("Tuesday 20 January 2026 at 6.30 pm.", "date line"),
    ("Extract from the Member/Officer Protocol --------", "rule line"),
    ("End of extract --------", "rule line"),
])
def test_a_meetings_records_and_a_messages_marks_are_furniture(seg, line, reason):
    doc = seg("41. DATE OF NEXT MEETING\n\n" + line + "\n\n"
              "45.1 The Monitoring Officer advised that councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["The Monitoring Officer advised that councillors must not instruct "
                                             "staff directly."]
    assert (line, reason) in {(f.text.strip(), f.reason) for f in doc.furniture}


@pytest.mark.parametrize("line", [
    # (a declaration made at the meeting became furniture in round 56: tests/test_round56.py)
    "There were no declarations of interest, but the Clerk reminded councillors that they must declare any interest.",
    "Tuesday 20 January 2026: councillors should send agenda items to the Clerk by then.",
])
def test_a_record_that_says_more_stays_a_clause(seg, line):
    doc = seg("43. MINUTES\n\n" + line + "\n")
    assert [c.text for c in doc.clauses] == [line]


@pytest.mark.parametrize("text,kept", [
    ("1. The protocol came into force on\n1 April 2024.\n", "1 April 2024."),
    # (across a blank line, as Word and Markdown set paragraphs, and a date without its time: adversarial review 55)
    ("1.2 Councillors must declare any gift received on or after\n\nMonday 1 April 2024 at 9am\n\nwithin 28 days.\n",
     "Monday 1 April 2024 at 9am"),
    ("1.4 Requests made by councillors before\nMonday 3 June 2024\nwill be dealt with under the previous protocol.\n",
     "Monday 3 June 2024"),
])
def test_a_date_that_belongs_to_a_sentence_is_kept_in_it(seg, text, kept):
    doc = seg(text + "\n2. Councillors must not bully officers.\n")
    assert any(kept in t.text for t in [*doc.clauses, *doc.headings])  # (where it stood before this round)
    assert not doc.furniture


@pytest.mark.parametrize("line", ["Gifts and Hospitality ------------------------------",
                                  "Officers are not permitted to attend political group meetings ----------"])
def test_a_heading_or_rule_with_a_rule_of_marks_after_it_is_not_furniture(seg, line):
    doc = seg("1. Councillors must not bully officers.\n\n" + line + "\n\n2. Officers give impartial advice.\n")
    assert not doc.furniture


def _title() -> re.Pattern:
    return re.compile(load_rules("draft.yaml")["step_title"])


@pytest.mark.parametrize("text,printed", [
    ("Cabinet Members. Each Cabinet Member will meet the director responsible for their portfolio.",
     "Each Cabinet Member will meet the director responsible for their portfolio."),
    ("The Leader. The Leader of the Council appoints the Cabinet.", "The Leader of the Council appoints the Cabinet."),
    ("Political Groups. Officers may brief political groups on request.", "Officers may brief political groups on request."),
    # (a first sentence that is no title of the next, or a name with its initial, stays)
    ("Yes. Pass the details to the Clerk.", "Yes. Pass the details to the Clerk."),
    ("Councillor J. Patel asked the Clerk for the report.", "Councillor J. Patel asked the Clerk for the report."),
    ("Standing Orders. Councillors must not instruct officers.", "Standing Orders. Councillors must not instruct officers."),
    # (an instruction whose object the next sentence names, and a title whose words it does not open with, stay:
    # adversarial review 55)
    ("Notify The Monitoring Officer. The Monitoring Officer will log the complaint.",
     "Notify The Monitoring Officer. The Monitoring Officer will log the complaint."),
    ("Members Decide Policy. Officers implement policy decided by Members.",
     "Members Decide Policy. Officers implement policy decided by Members."),
])
def test_a_run_in_title_is_dropped_only_where_its_sentence_names_its_subject_again(text, printed):
    assert _run_in_title(text, _title()) == printed


def _row(text: str, tag: str = "role", actor: str | None = "member") -> pd.Series:
    return pd.Series({"text": text, "tag": tag, "actor": actor, "themes": []})


@pytest.mark.parametrize("text,actor,section", [
    ("The Clerk is the Council's senior officer and its Proper Officer; individual Councillors have no authority to "
     "instruct the Clerk.", "member", "roles_officers"),
    ("Reports to the Cabinet are the responsibility of the officers who write them.", "both", "roles_officers"),
    ("Councillors set the Council's policy and budget.", "member", "roles_councillors"),
    ("Officers and Councillors share a duty to act lawfully.", "both", "roles_councillors"),
    ("The Clerk and the Chair meet before each meeting to agree the agenda.", "both", "roles_councillors"),
    ("Staff Committee members appoint the Clerk.", "member", "roles_councillors"),
    ("The Clerk's role is not to decide policy; Councillors set policy.", "member", "roles_councillors"),
    ("Officers' Committee members decide matters of staff pay and conditions.", "member", "roles_councillors"),
    ("Chief Officer Appointments Committee members appoint the chief officers.", "member", "roles_councillors"),
    ("Directors appointed by the Council to the boards of its companies must act in the company's interests.", "member",
     "roles_councillors"),
])
def test_a_role_stated_of_an_officer_is_the_officers_role_whoever_it_was_read_to_bind(text, actor, section):
    rules = load_rules("draft.yaml")
    by_id = {s["id"]: s for s in rules["sections"]}
    assert _section_of(_row(text, actor=actor), by_id, ["roles_councillors", "roles_officers"]) == section


@pytest.mark.parametrize("first,second,point", [
    ("Officers attend meetings to advise, and will not take part in debate or express a political view.",
     "Officers will not speak at Council meetings on matters of political opinion.", "neutrality"),
    ("Officers are employed by the Council as a whole, and not by any political group or individual Councillor.",
     "(c) to recognise that they are accountable to their managers and not to individual Councillors;",
     "serves_whole_council"),
    ("Reports to the Cabinet are the responsibility of the officers who write them.",
     "Councillors must not put pressure on an officer to change the recommendation in a report.", "officer_reports"),
    ("The Chair has no more authority over the Clerk than any other Councillor.",
     "The Chair has no more power than any other Councillor to instruct the Clerk outside a meeting.",
     "instructions_channel"),
    ("(f) accept that the Clerk will record in the minutes any advice that the Council decides not to follow.",
     "Where they decide not to follow the Clerk's advice, their reasons should be recorded in the minutes.",
     "advice_overruled"),
])
def test_the_readers_repeats_in_other_words_make_one_point(first, second, point):
    assert point in points_of(first) and point in points_of(second)


@pytest.mark.parametrize("text,point", [
    ("Members are free to express their political views at meetings.", "neutrality"),
    ("Members should not hesitate to express their political views robustly at meetings of the Council.", "neutrality"),
    ("Officers must not follow an instruction from an individual councillor unless it is recorded in a resolution.",
     "advice_overruled"),
    ("Councillors must not accept gifts or hospitality without recording them in the register of interests.",
     "advice_overruled"),
    ("Reports of damage to council property are the responsibility of the officer in charge of the building.",
     "officer_reports"),
    ("Ward councillors are accountable to their residents, not to members of their political group.",
     "serves_whole_council"),
])
def test_a_near_wording_does_not_make_the_point(text, point):
    assert point not in points_of(text)  # (adversarial review 55)


def test_minutes_ending_with_the_next_meetings_heading_and_date_are_not_cut_off(seg):
    doc = seg("8. The Clerk reported that the consultation closes on 30 April.\n\n"
              "9. Dyddiad y cyfarfod nesaf / Date of next meeting\n"
              "Monday 8 April 2024 at 7.00pm.\n")
    assert [c.text for c in doc.clauses] == ["The Clerk reported that the consultation closes on 30 April."]
    assert {f.reason for f in doc.furniture} == {"meeting record", "date line"}
    assert doc.clauses[-1].complete
