"""What adversarial review 45 found in the round's changes, each on the reviewer's input: a wrapped sentence's
"website by ..." or address line is no furniture, points run on without stops still split, a resolution about a post's
report is the council's, a management response with a dash is no resolution, a rule about the statutory officers keeps
their theme, and a shared list never empties the section of the side it came from."""

from __future__ import annotations

import pytest

from pipeline.nlp.tag import load_nlp, tag_documents


def _texts(doc) -> list[str]:
    return [c.text for c in doc.clauses]


def test_a_wrapped_sentence_is_no_site_credit_or_contact_line(seg):
    doc = seg("Member Officer Protocol\n\n"
              "1. Councillors should not publish material on the council's\n"
              "website by themselves without the Clerk's approval.\n\n"
              "2. Complaints about a councillor's conduct towards staff go in writing to\n"
              "the Monitoring Officer, Town Hall, Market Street, Orrelsby OR1 1HT, standards@orrelsby.gov.uk\n"
              "within 28 days of the incident.\n\n"
              "3. Officers must be politically neutral.\n")
    assert not doc.furniture
    joined = " ".join(_texts(doc))
    assert "website by themselves without the Clerk's approval." in joined
    assert "Orrelsby OR1 1HT, standards@orrelsby.gov.uk" in joined


def test_points_run_on_without_stops_still_split(seg):
    doc = seg("Member Officer Protocol\n\n"
              "1 Introduction This protocol sets out how councillors and officers work together 2 Roles Councillors set "
              "policy and officers implement it 3 Councillors must treat officers with courtesy 4 Officers must be "
              "politically neutral 5 Review This protocol will be reviewed every two years\n")
    texts = _texts(doc)
    assert "Councillors must treat officers with courtesy" in texts and "Officers must be politically neutral" in texts


@pytest.mark.model
def test_a_resolution_about_a_posts_report_is_the_councils_and_a_dashed_response_no_resolution(seg):
    doc = seg("Minutes\n\n"
              "RESOLVED that the Monitoring Officer's report on complaints against councillors be noted.\n\n"
              "Agreed - a reminder was sent to all staff about the protocol.\n\n"
              "Councillors must not instruct the Monitoring Officer or the Chief Executive to change their advice.\n")
    tag_documents([doc], load_nlp())
    got = {c.text: c for c in doc.clauses}
    assert got["RESOLVED that the Monitoring Officer's report on complaints against councillors be noted."].actor == \
        "council"
    assert got["Agreed - a reminder was sent to all staff about the protocol."].actor != "council"
    assert "statutory_officers" in got["Councillors must not instruct the Monitoring Officer or the Chief Executive to "
                                       "change their advice."].themes


def test_a_rule_beside_a_meetings_record_and_a_rule_in_a_concerns_table_stay_clauses(seg):
    # adversarial review 46: the meeting-record pattern took "... Officers are required to minute every apology." and
    # "... no Councillor may change it without a vote.", and a table's first row of rules was read as its header
    doc = seg("Member Officer Protocol\n\n"
              "Apologies were accepted from Members. Officers are required to minute every apology.\n\n"
              "8. The next meeting will be held on the date agreed by Members; no Councillor may change it without a "
              "vote.\n\n"
              "3. Apologies were received from all Members who are unable to attend, and the Clerk will record them.\n\n"
              "The meeting closed at 9pm.\n")
    assert len(doc.clauses) == 3 and [f.text for f in doc.furniture] == ["The meeting closed at 9pm."]
    table = seg("| | |\n|---|---|\n"
                "| Where a Member has a concern about an Officer they must not raise it in public | Where an Officer has a "
                "concern about a Member they must tell the Monitoring Officer |\n"
                "| Members must be courteous | Officers must be courteous |\n", ".md")
    assert len(table.clauses) == 4


def test_a_paragraph_number_after_a_phone_number_is_the_next_point(seg):
    doc = seg("100. Members must quote the case reference shown on the form, for example 0123 456\n"
              "101. Officers must not share a Councillor's personal telephone number with anyone.\n")
    assert [c.clause_id for c in doc.clauses] == ["100", "101"]


@pytest.mark.model
def test_a_right_beside_a_duty_or_from_a_named_provider_keeps_the_rule_it_states(seg):
    doc = seg("Members have a right to information held by the Council. Officers are required to provide it within ten "
              "days.\n\n"
              "Members are entitled to a briefing from senior officers before each meeting.\n\n"
              "Members of the public have a right to attend meetings of the Council.\n\n"
              "Members have a right to inspect documents where they need to in order to carry out their duties.\n")
    tag_documents([doc], load_nlp())
    held = [c.text for c in doc.clauses if c.evidence == "a right stated as a fact: its holder"]
    assert held == ["Members have a right to inspect documents where they need to in order to carry out their duties."]
