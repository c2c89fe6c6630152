"""Shapes from the b239–b243 first runs and round 53's drafts: a procedure's "Step 1 | ..." rows in an unruled PDF
whose sentences wrap under their own column, a year wrapped after its month, a meeting's comings and goings and the
approval of its last minutes, "these notes" awaiting approval; in drafts, a step whose title was left in its text,
wordings that lean on what their source set out before them, and where questions about the protocol go."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from pipeline.render.draft import _prepare, build_draft, options_for
from pipeline.render.similarity import same_set_point
from pipeline.resources import load_rules


def _step_pdf(path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    c.setFont("Helvetica", 10)
    c.drawString(60, y, "5.4 Where a request is not covered by paragraph 5.2, these steps apply.")
    y -= 30
    steps = [("Step 1", ["The Officer holding the information will first establish whether it is sought in",
                         "connection with the Member's duties as a councillor."]),
             ("Step 2", ["The Officer will then consider whether the information is confidential and, if",
                         "it is, whether the Member's need to see it outweighs the reasons for keeping it private."]),
             ("Step 3", ["The Officer will tell the Member of the decision, and of the reasons for any",
                         "refusal, in writing within five working days of the request."])]
    for label, lines in steps:
        c.drawString(96, y, label)
        for text in lines:
            c.drawString(136, y, text)
            y -= 15
        y -= 15
    c.save()


def test_a_pdf_procedures_step_rows_keep_each_sentence_whole_and_the_steps_are_labels(tmp_path):
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    path = tmp_path / "steps.pdf"
    _step_pdf(path)
    texts = [c.text for c in segment(read(path)).clauses]
    assert "The Officer holding the information will first establish whether it is sought in connection with the " \
           "Member's duties as a councillor." in texts
    assert "The Officer will tell the Member of the decision, and of the reasons for any refusal, in writing within " \
           "five working days of the request." in texts
    assert not any(t.startswith("Step") for t in texts)


def test_a_year_wrapped_after_its_month_is_no_point_number(seg):
    doc = seg("3.3.2   We tested a sample of 40 enquiries logged between April and September\n"
              "2024. Thirty-one received a full response within ten working days.\n\n"
              "3.3.3   Enquiries sent to individual officers were not logged.\n")
    got = {c.clause_id: c.text for c in doc.clauses}
    assert got["3.3.2"].startswith("We tested a sample of 40 enquiries logged between April and September 2024.")
    assert "2024" not in got


@pytest.mark.parametrize("line", [
    "No members of the public wished to speak.",
    "The members of the public left the meeting at 8.41pm.",
    "There were no members of the press or public present.",
    "Cllr Jones joined the meeting at 7.45pm.",
    "Cllrs Eckersley and Grice returned to the meeting at 8.02pm.",
    "The minutes of the meeting held on 14 January 2025 were approved as a correct record and signed by the Chairman.",
    "The Chairman thanked the Monitoring Officer and the working group for their work on the review.",
    "The Chair welcomed everyone to the meeting, in particular PC Firth, who was attending for the first time.",
    "DRAFT - these notes are subject to approval at the next meeting of the Council.",
])
def test_a_meetings_comings_goings_and_courtesies_are_its_record(seg, line):
    doc = seg("12/25 MEMBER/OFFICER PROTOCOL\n\n" + line + "\n\n"
              "The Clerk explained that councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["The Clerk explained that councillors must not instruct staff directly."]
    assert line in {f.text.strip() for f in doc.furniture}


def test_a_steps_title_left_in_its_text_is_not_drafted():
    rows = pd.DataFrame([{"doc_id": "a", "clause_id": "5.step3", "kind": "step", "text":
                          "The Chief Executive. Serious or repeated concerns go to the Chief Executive.",
                          "tag": "escalation", "actor": "member", "council": "A District Council",
                          "council_type": "district", "confidence": 0.9, "themes": [], "lead_in": None, "parent": None},
                         {"doc_id": "a", "clause_id": "5.p1", "kind": "paragraph", "text":
                          "Monitoring Officer. The Monitoring Officer advises on the Code.",
                          "tag": "role", "actor": "statutory_officer", "council": "A District Council",
                          "council_type": "district", "confidence": 0.9, "themes": [], "lead_in": None, "parent": None}])
    got = list(_prepare(rows)["text"])
    assert got[0] == "Serious or repeated concerns go to the Chief Executive."
    # (a paragraph's run-in title too, where its sentence names the title's subject again: reader round 55)
    assert got[1] == "The Monitoring Officer advises on the Code."


@pytest.mark.parametrize("text, leans", [
    ("Close personal familiarity between a Councillor and an officer can damage this relationship.", True),
    ("The Clerk will tell the Councillor if a request falls into one of these categories.", True),
    ("Any dispute about whether a Councillor needs to know will be decided by the Monitoring Officer.", True),
    ("Any dispute about whether a Councillor needs to see a document will be decided by the Monitoring Officer.", False),
    ("Close personal familiarity between Councillors and officers can damage the relationship.", False),
])
def test_a_wording_that_leans_on_what_its_source_set_out_is_not_the_one_printed(text, leans):
    rx = re.compile(load_rules("draft.yaml")["leans_on_source"], re.I)
    assert bool(rx.search(text)) is leans


def test_where_to_take_questions_about_the_protocol_is_one_point():
    assert same_set_point("Further advice on this Protocol is available from the Monitoring Officer.",
                          "Questions about the interpretation of this Protocol should be referred to the Monitoring "
                          "Officer.")
    review = next(s for s in load_rules("draft.yaml")["sections"] if s["id"] == "review")
    assert re.search(review["text"], "Further advice on this Protocol is available from the Monitoring Officer.", re.I)
    # (training on "the Code" is on the Code of Conduct)
    assert not re.search(review["text"], "All Councillors are expected to attend the Council's training on the Code "
                                         "within six months of their election.", re.I)


def test_the_chair_chairing_and_presiding_at_meetings_is_one_point():
    pts = load_rules("similarity.yaml")["reader_points"]["chair_presides"]
    rx = re.compile(pts, re.I)
    assert rx.search("The Chair chairs meetings of the Council and is the Clerk's first point of contact.")
    assert rx.search("The Chair presides at meetings of the Council.")
    assert not rx.search("The Leader chairs meetings of the Cabinet.")


# Adversarial review 53


def test_a_short_cells_wrapped_word_stays_in_its_own_column(seg):
    doc = seg("Response times\n\nType of request\tReply within\tWho replies\n"
              "Ward casework enquiry\t10 working\tThe officer dealing with the matter, copied to the Clerk\n\tdays\n"
              "Request for a briefing\t5 working\tThe Head of Service for the area concerned, or a deputy\n\tdays\n")
    texts = [c.text for c in doc.clauses]
    assert "The officer dealing with the matter, copied to the Clerk" in texts
    assert not any(t.endswith("Clerk days") for t in texts)


def test_a_minute_numbered_as_a_year_after_a_month_is_still_the_next_minute(seg):
    doc = seg("Minutes of the Meeting of Oakley Parish Council\n\n2030. Internal audit\n"
              "The Clerk reported that the internal audit would be completed in November\n"
              "2031. Councillors must not contact the internal auditor directly; all queries go through the Clerk.\n")
    assert any(c.text.startswith("Councillors must not contact the internal auditor") for c in doc.clauses)


@pytest.mark.parametrize("line", [
    "The Chair thanked them and said that the matter would be placed on the agenda for the November meeting.",
    "Members of the public left the meeting and councillors should then debate the item in private.",
    "Councillors must not leave the meeting while a vote is taken.",
    "The Chairman thanked the Clerk for her report and it was resolved that all requests from councillors to staff be "
    "made through the Clerk.",
    "Councillor Ward left the meeting at 8.15pm and it was resolved to refer the complaint about him to the Monitoring "
    "Officer.",
    "The Chair thanked the Clerk and the Council resolved to adopt the revised Protocol.",
    "The Chair thanked the Clerk for advising that councillors are not entitled to see staff personnel files.",
    "Councillor Patel returned to the meeting and apologised to the Clerk for his earlier comments.",
    "Councillor Smith left the meeting after the Chair ruled that his remarks about the Clerk were abusive.",
    "The Chair welcomed everyone, then reminded councillors that they are not to give instructions to staff.",
])
def test_a_record_that_carries_a_decision_or_an_event_stays_a_clause(seg, line):
    doc = seg("12/25 MEMBER/OFFICER PROTOCOL\n\n" + line + "\n")
    assert [c.text for c in doc.clauses] == [line]


def test_guidance_on_the_protocol_is_not_where_questions_go():
    q = "Questions about the interpretation of this Protocol should be referred to the Monitoring Officer."
    assert not same_set_point(q, "All new councillors will receive guidance on this Protocol as part of their "
                                 "induction training.")
    assert not same_set_point(q, "The Monitoring Officer will issue further guidance on this Protocol from time to time.")


@pytest.mark.parametrize("text", [
    "Officers will decide whether a councillor needs to know the information by asking whether it is needed.",
    "The relationship between the Leader and the Chief Executive is central; nothing should undermine that relationship.",
    "Information in these categories will not be released to councillors: personal data about staff.",
])
def test_a_wording_that_says_what_it_points_at_stands_on_its_own(text):
    assert not re.search(load_rules("draft.yaml")["leans_on_source"], text, re.I)


@pytest.mark.parametrize("text", [
    "Councillor J. Patel, as Chair of the Standards Committee, will review the complaint.",
    "Contact A. Shah, Head of Legal Services, who will advise.",
    "Wait. Do not reply to the email until you have spoken to the Clerk.",
])
def test_a_steps_opening_that_is_no_title_is_kept(text):
    assert re.sub(load_rules("draft.yaml")["step_title"], "", text) == text


@pytest.mark.parametrize("text", ["The Vice-Chair chairs meetings of the Council in the absence of the Chair.",
                                  "In the Chair's absence the Vice-Chair chairs council meetings."])
def test_the_vice_chair_chairing_is_not_the_chairs_point(text):
    assert not re.search(load_rules("similarity.yaml")["reader_points"]["chair_presides"], text, re.I)


def test_a_rule_said_again_with_its_reason_is_read_once():
    """Round 53's district draft: 2.5 "No individual Councillor has authority to instruct an officer ..., since
    officers are employed by the Council as a whole" and 7.2 "... have no power to instruct officers other than through
    the decision-making processes of the Council"."""
    base = {"council_type": "district", "evidence": "", "confidence": 0.95, "complete": True, "parent": None,
            "kind": "paragraph", "lead_in": None, "section": "", "themes": ["undue_pressure"], "actor": "member"}
    rule = ("Councillors should not become involved in the day-to-day management of officers, and have no power to "
            "instruct officers other than through the decision-making processes of the Council.")
    reason = ("No individual Councillor has authority to instruct an officer or to direct the work of any officer, "
              "since officers are employed by the Council as a whole.")
    rows = [{**base, "doc_id": d, "council": f"{d.title()} District Council", "clause_id": "1", "tag": t, "text": x}
            for d, t, x in [("ashby", "prohibition", rule), ("barrow", "prohibition", rule),
                            ("carlton", "role", reason), ("dunton", "role", reason)]]
    opts = options_for({"council": "Zed District Council", "council_type": "district", "draft_date": "2027-01-01"})
    texts = [c.text for s in build_draft(pd.DataFrame(rows), opts).sections for c in s.clauses]
    assert sum("instruct" in t for t in texts) == 1
