"""Round 57: shapes from b256's and the b259-b263 first runs: a standing order in capitals is no list of names; more of a
meeting's procedural record and a document's issue record are furniture, a record wrapped into words that say more is
judged whole; an email's outside-sender warning; a member's question labelled by who asked whom; a sentence ends inside
its closing quotation mark; a two-column page whose right column opens in the top margin."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment

SUMMONS = ("21. The Clerk shall:\n\n"
           "(a)   AT LEAST THREE CLEAR DAYS BEFORE A MEETING OF THE COUNCIL OR A COMMITTEE, SERVE ON\n"
           "      COUNCILLORS A SUMMONS, SIGNED BY THE CLERK, SPECIFYING THE BUSINESS TO BE\n"
           "      TRANSACTED, AND DISPLAY A PUBLIC NOTICE OF THE MEETING IN A CONSPICUOUS PLACE IN\n"
           "      THE PARISH;\n\n"
           "(b)   give public notice of the time, date and place of every meeting.\n")


def test_a_standing_order_in_capitals_is_not_read_as_a_list_of_names(seg):
    # (its wrapped line "COUNCILLORS A SUMMONS, SIGNED BY THE CLERK, ..." opens with a title and splits at commas
    # into capitalised words, and was taken for an attendance list: the clause lost its middle, b256's first run)
    doc = seg(SUMMONS)
    first = doc.clauses[0].text
    assert "SERVE ON COUNCILLORS A SUMMONS, SIGNED BY THE CLERK, SPECIFYING THE BUSINESS TO BE TRANSACTED" in first
    assert not doc.furniture


def test_a_wrapped_line_of_councillors_names_in_capitals_is_still_an_attendance_list(seg):
    doc = seg("PRESENT: CLLR A MAY (CHAIR), CLLR B WILL, CLLR T HOLT,\nCLLR R PATEL, CLLR S OWEN AND CLLR J LEE\n\n"
              "12.1 Councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct staff directly."]


BLIND = Path(__file__).parent / "data" / "blind"


@pytest.mark.parametrize("line", [
    "The Clerk left the meeting at 7.24pm.",
    "The Clerk returned to the meeting at 7.51pm and was informed of the Committee's decisions.",
    "The press and public were readmitted to the meeting.",
    "The Chair welcomed everyone to the meeting and explained the fire exits.",
    "The minutes of the Annual Parish Meeting held on 10 April 2024 were agreed as a correct record and signed by the "
    "Chair.",
    "The Chair, Cllr Ashdown, presented her annual report as follows.",
    "The next Annual Parish Meeting will be held in April 2026, date to be confirmed.",
    "Under Council Procedure Rule 11, the following questions had been received on notice.",
    "Councillor P. Whitlam moved, and Councillor R. Mistry seconded, an amendment to add the following words at the "
    "end of paragraph 4:",
    "On being put to the vote, the amendment was CARRIED (For 39, Against 0, Abstentions 2).",
    "The substantive motion was then put to the vote. A recorded vote having been requested in accordance with "
    "Council Procedure Rule 19.4, the voting was as follows:",
    "RESOLVED – That the motion, as amended, be approved.",
])
def test_the_meetings_procedural_record_is_furniture(seg, line):
    rule = "12.1 Councillors must not instruct staff directly."
    doc = seg("12. MINUTES\n\n" + line + "\n\n" + rule + "\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct staff directly."]
    assert line in {f.text.strip() for f in doc.furniture}


@pytest.mark.parametrize("line", [
    "The Clerk left the meeting because the item concerned her own contract, and councillors must not discuss it "
    "with her afterwards.",
    "The motion was carried, and officers will now prepare a revised protocol for the next meeting.",
    "The Chair presented her annual report, which noted that officers must not be copied into group emails.",
])
def test_a_record_that_says_more_stays_a_clause(seg, line):
    doc = seg("12. MINUTES\n\n" + line + "\n")
    assert [c.text for c in doc.clauses] == [line]


def test_a_record_wrapped_into_a_line_that_says_more_stays_whole(seg):
    # (the thanks alone on its first line was furniture, and the rest of the paragraph a clause cut at its head)
    doc = seg("61. MAYOR'S ANNOUNCEMENTS\n\n"
              "The Mayor thanked officers in the Waste and Street Scene service for maintaining collections\n"
              "throughout the flooding in December, and asked that the Council's appreciation be passed on to the\n"
              "crews.\n")
    assert [c.text for c in doc.clauses] == [
        "The Mayor thanked officers in the Waste and Street Scene service for maintaining collections throughout the "
        "flooding in December, and asked that the Council's appreciation be passed on to the crews."]


def test_a_time_wrapped_from_the_next_meeting_record_is_furniture(seg):
    doc = seg("26. DATE OF NEXT MEETING\n"
              "The next meeting of the Committee will be held on Tuesday 14 January 2025 at\n7.00pm.\n\n"
              "27.1 Councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct staff directly."]


@pytest.mark.parametrize("line", [
    "Issue 5 adopted by Council on 19 March 2025 (Minute 87) on the recommendation of the Standards Committee "
    "(4 February 2025).",
    "Supersedes Issue 4 (May 2022). Next review due: March 2027.",
])
def test_a_documents_issue_record_is_furniture(seg, line):
    doc = seg("Document history\n\n" + line + "\n\n1.1 Councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct staff directly."]


def test_an_external_email_warning_and_the_greeting_under_it_are_furniture(seg):
    doc = seg("From: Cllr Tom Hale\nSent: 3 March 2025 09:12\nTo: Helen Reyes\nSubject: Re: Contacting staff\n\n"
              "CAUTION: This email originated from outside the organisation. Do not click links or open attachments "
              "unless you recognise the sender and know the content is safe.\n\nHelen,\n\n"
              "I agree that councillors should contact the service director rather than junior staff.\n")
    assert [c.text for c in doc.clauses] == [
        "I agree that councillors should contact the service director rather than junior staff."]


def test_a_members_question_is_labelled_by_who_asked_and_its_answer_starts_over_the_page():
    doc = segment(read(BLIND / "b261" / "docs" / "b261_hollinsford_bc_council_minutes.pdf"))
    texts = [c.text for c in doc.clauses]
    assert not any(t.startswith("Question from") for t in texts)
    assert "Question from Councillor R. Mistry to the Cabinet Member for Resources, Councillor L. Fairbairn" in {
        h.text for h in doc.headings}
    question = next(t for t in texts if t.startswith("“How many working days"))
    assert question.endswith("under pressure from members?”")
    assert any(t.startswith("The Cabinet Member replied that 1,284 working days") for t in texts)


def test_a_two_column_pages_right_column_opens_in_the_top_margin_and_reads_on():
    doc = segment(read(BLIND / "b260" / "docs" / "b260_ashcombe_member_officer_protocol.pdf"))
    clause = next(c for c in doc.clauses if c.text.startswith("Officers in politically restricted posts"))
    assert clause.text.endswith("whatever their own political views.")
    assert "Protocol on Member/Officer Relations - Issue 5 - March 2025" in {f.text.strip() for f in doc.furniture}


# ---------------------------------------------------------------- adversarial review 57 ----

def test_a_time_that_ends_a_rule_wrapped_above_it_stays_in_the_rule(seg):
    doc = seg("1. Contact outside working hours\n\n"
              "1.1 Councillors should not telephone officers at home before 8.00am or after\n6.30pm.\n"
              "Urgent matters should be raised with the duty manager.\n\n"
              "1.2 Officers are not expected to attend meetings that finish after\n9.30pm.\n")
    texts = [c.text for c in doc.clauses]
    assert "Councillors should not telephone officers at home before 8.00am or after 6.30pm." in texts
    assert "Officers are not expected to attend meetings that finish after 9.30pm." in texts
    assert not doc.furniture


def test_an_outside_sender_warning_takes_no_more_than_the_warning(seg):
    doc = seg("CAUTION: This email originated from outside the organisation. Dear Clerk, officers must not be "
              "contacted at home by councillors, and I ask the Council to confirm this in the Protocol.\n\n"
              "This message came from outside the Council network and councillors must report it to the ICT Service "
              "Desk as phishing.\n")
    assert len(doc.clauses) == 2


@pytest.mark.parametrize("text", [
    "(a) Question from Councillor R. Mistry to the Leader about the review of the\n"
    "“Member/Officer Protocol” which the Standards Committee began in 2024.\n",
    "(b) Statement by the Monitoring Officer on behalf of the Standards Committee, who\n"
    "“strongly reminded” all councillors that officers must not be criticised in public.\n",
    "Petition from residents of Church Lane asking the Council to adopt the new\n"
    "“Respect Charter” for dealings between councillors and staff.\n",
])
def test_a_sentence_that_runs_into_a_quotation_is_not_cut_into_a_label(seg, text):
    doc = seg("45. Questions and statements\n\n" + text)
    assert len(doc.clauses) == 1 and [h.text for h in doc.headings] == ["Questions and statements"]


def test_a_question_whose_quotation_holds_an_apostrophe_is_still_labelled(seg):
    doc = seg("62. MEMBERS' QUESTIONS\n\n"
              "(d) Question from Councillor A. Shah to the Leader of the Council, Councillor D. Okonjo\n"
              "“Will the Leader confirm that the Council’s Communications Team will not be used to publicise the\n"
              "administration’s political achievements?”\n")
    assert [c.text[:30] for c in doc.clauses] == ["“Will the Leader confirm that "]


def test_a_record_wrapped_whole_takes_its_last_line_with_it(seg):
    doc = seg("46. Planning\n\nOn being put to the vote, the recommendation was carried\nunanimously.\n\n"
              "47. Clerk\n\nThe Clerk left the meeting at 7.24pm\nand returned at 7.51pm.\n")
    assert not doc.clauses
    assert {"unanimously.", "and returned at 7.51pm."} <= {f.text.strip() for f in doc.furniture}


def test_a_motion_that_decides_something_is_not_taken_for_its_moving(seg):
    doc = seg("12. Review of the protocol\n\n"
              "Cllr Jones moved, Cllr Patel seconded, a motion that the Protocol be referred back to officers for "
              "redrafting.\n")
    assert len(doc.clauses) == 1


@pytest.mark.parametrize("lines", [
    "Present: Councillors P. Adams (Chair), R. Brown, S. Chaudhry,\nK. To, L. Wong and M. Ng\n",
    "Present: Councillors Adams (Chair), Brown, Chaudhry, Harris,\nTo, Wong and Ng\n",
])
def test_a_surname_that_is_also_a_small_word_stays_a_name(seg, lines):
    doc = seg(lines + "\n1. The Committee noted the report.\n")
    assert [c.text for c in doc.clauses] == ["The Committee noted the report."]


@pytest.mark.parametrize("text,actor", [
    ("That the Monitoring Officer prepare a revised Protocol for adoption.", "statutory_officer"),
    ("That Group Leaders take responsibility for their members' conduct.", "group_leader"),
    ("That officers named in a complaint be interviewed by the Independent Investigator.", None),
    ("That councillors who have not completed the training be asked by the Monitoring Officer to attend.", None),
    ("That Members of the Planning Committee be reminded of the Protocol by the Head of Legal Services.", None),
    ("That officers working from home be given guidance by the Chief Executive.", None),
    ("That officers concerned receive an apology from the Leader.", None),
    ("That the Committee notes the information on the operation of the Protocol in section 3.", None),
])
def test_a_recommendation_that_a_party_act_is_that_partys(text, actor):
    from types import SimpleNamespace

    from pipeline.nlp.tag import _acting_party
    c = SimpleNamespace(text=text, tag="context", actor=None, kind="paragraph", lead_in=None)
    _acting_party([c])
    assert c.actor == actor


# ---------------------------------------------------------------- reader round 57 ----

def _clause(number, text, tag="role", side="member"):
    from pipeline.render.draft import DraftClause
    return DraftClause(number, text, [f"S clause {number}"], tag, [], items=[], side=side)


def test_the_chair_leading_meetings_and_the_limits_of_the_chairs_authority_are_said_once():
    from pipeline.render.draft import DraftSection
    from pipeline.render.points import read_points_once
    chairs = _clause("4.1", "The Chair chairs meetings of the Council and is usually the Clerk's first point of contact.")
    leads = _clause("4.4", "The Chair leads meetings and may speak for the Council only where the Council has agreed.")
    limits = _clause("4.5", "The Chair will not make decisions on the Council's behalf or commit it to spending money.",
                     tag="prohibition")
    sections = [DraftSection(4, "chair", "The Chair", [chairs, leads, limits], [])]
    assert read_points_once(sections) == 1
    assert sections[0].clauses == [chairs, limits]


@pytest.mark.parametrize("text", [
    "The Vice-Chair leads meetings in the Chair's absence.",
    "Officers will not make decisions on the Council's behalf without delegated authority.",
])
def test_the_chairs_points_are_the_chairs(text):
    from pipeline.render.points import points_of
    assert not points_of(text) & {"chair_presides", "chair_limits"}


def test_an_unnumbered_lead_in_over_its_sections_numbered_points_is_their_lead_in(seg):
    # (b262's appendix: "In relation to councillors, the Clerk's duties are:" over 1.1, 1.2 was a clause of its own and
    # the points had no lead-in)
    doc = seg("1. The Clerk's duties in relation to councillors\n\n"
              "In relation to councillors, the Clerk's duties are:\n\n"
              "1.1 To act as the Proper Officer of the Council.\n\n"
              "1.2 To prepare agendas in consultation with the Chairman.\n\n"
              "2. What the Clerk can expect\n\n"
              "Councillors will:\n\n2.1 treat the Clerk with courtesy.\n\n"
              "2.2 give the Clerk reasonable notice of any item for an agenda.\n\n"
              "3. Review\n\nThis protocol will be reviewed every two years:\n\n"
              "4.1 The Clerk will report to the Council.\n")
    assert [(c.clause_id, c.lead_in) for c in doc.clauses] == [
        ("1.1", "In relation to councillors, the Clerk's duties are:"),
        ("1.2", "In relation to councillors, the Clerk's duties are:"),
        ("2.1", "Councillors will:"), ("2.2", "Councillors will:"),
        ("3-1", None), ("4.1", None)]
