"""Round 60: whom a clause binds where both sides are named but one is asked to act. A lead-in that bars its subject from
asking ("Councillors may not ask the Clerk to:") binds the asker; a lead-in that names a party's own duties, ends on its
subject, speaks of members acting as the body, or of replies sent to a party, binds whom it names as acting; and a rule
the model gives to both sides binds councillors where only they stand as the subject of a modal."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.nlp.rules import frame_actor, load_tag_rules, modal_parties
from pipeline.nlp.tag import tag_documents

RULES = load_tag_rules()


@pytest.mark.parametrize("lead_in, audience, actor", [
    # the asker is barred: the items are what the asker must not ask for (b258's and b264's gold)
    ("Councillors may not ask the Clerk to:", None, "member"),
    ("A councillor should never ask you to:", "officer", "member"),
    ("Members must not ask any officer to:", None, "member"),
    # ... but a lead-in that asks a party to do the items still binds that party
    ("Staff ask that councillors:", None, "member"),
    ("The Clerk would like members to:", None, "member"),
    # a party's own duties, whoever else is named first
    ("In relation to councillors, the Clerk's duties are:", None, "officer"),
    ("The Chief Executive's role is to:", None, "statutory_officer"),
    # a lead-in that ends on its subject after a comma
    ("When attending a political group meeting, employees:", None, "officer"),
    ("In their dealings with officers, councillors should:", None, "member"),
    # ... not a pronoun and its modal ("As officers, we will:" is the officers')
    ("As officers, we will:", "member", "officer"),
    # the members acting as the body are the council
    ("Collectively, acting as the Council, members are responsible for:", None, "council"),
    ("The Authority, through its Members, is responsible for:", None, "council"),
    # replies sent to one side are written by the other
    ("Replies to members should:", None, "officer"),
    # the reader who contacts the Clerk expects from the Clerk
    ("When you contact the Clerk you can expect:", None, "officer"),
    ("When you contact the Clerk you can expect:", "member", "officer"),
    # (adversarial review 60: a party only mentioned in an opening phrase, a possessive, a short phrase before a list)
    ("Because the Chair's role is to keep order at meetings, councillors should:", None, "member"),
    ("Where a councillor's role includes membership of an outside body, officers will:", None, "officer"),
    ("The Clerk, acting as the Council's Proper Officer, will:", None, "officer"),
    ("When acting as the Council's representative on an outside body, members should:", None, "member"),
    ("In their dealings with officers, councillors must not ask them to:", None, "member"),
    ("If an officer refuses, members must not press the officer to:", None, "member"),
    ("For new councillors, the Clerk and the Deputy Clerk will:", None, "officer"),
    ("After consulting the Leader, the Chief Executive and the Monitoring Officer will:", None, "statutory_officer"),
])
def test_a_lead_in_binds_whom_it_names_as_acting(lead_in, audience, actor):
    assert frame_actor(lead_in, RULES, audience) == actor


@pytest.mark.parametrize("text, parties", [
    ("The content of a report is the responsibility of the officer who signs it, and members must not press an officer "
     "to change it.", {"member"}),
    ("Officers will apply the publicity rules strictly, and Members must not ask for publicity during the period.",
     {"officer", "member"}),
    ("Good working relations between councillors and officers depend on mutual trust.", set()),
])
def test_the_parties_that_stand_before_a_modal(text, parties):
    assert modal_parties(text, RULES) == parties


def _tagged(seg, text: str):
    doc = seg("MEMBER/OFFICER PROTOCOL\n\n4. Reports\n\n4.2 " + text + "\n")
    return next(c for c in tag_documents([doc])[0].clauses if c.clause_id == "4.2")


@pytest.mark.parametrize("text", [
    "An officer's professional advice is their own, and Members must not ask for it to be changed, although they may ask "
    "for further information before the meeting.",
    "Officers who hold politically restricted posts are barred by law from certain political activities, and members "
    "must respect those restrictions and must not ask such officers to help with a campaign.",
])
def test_a_rule_that_only_councillors_are_asked_to_keep_binds_councillors(seg, text):
    # (the model alone gives these both sides: the officers are named, but only the members are asked anything; b273's
    # gold and 33 other clauses of the b244-b273 sets read so)
    c = _tagged(seg, text)
    assert c.tag == "prohibition" and c.actor == "member"


def test_a_rule_that_asks_something_of_each_side_still_binds_both(seg):
    c = _tagged(seg, "Members and officers must declare to the Monitoring Officer any close personal relationship between "
                "them, and a member must not take part in any decision about that officer's employment.")
    assert c.actor == "both"


# --- ingest: shapes from the b274-b278 first runs ---

def _bold_standing_orders(path):
    """A standing order in bold type (as the statutory ones are) under a letter in regular type, and a sentence in a bold
    box over three lines, the second opening on a bracket."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y, "14. Code of conduct and dispensations")
    y -= 30
    rows = [("a.", "Helvetica", ["All councillors shall observe the code of conduct adopted by the", "Council."]),
            ("b.", "Helvetica-Bold", ["Unless they have been granted a dispensation, a councillor or non-councillor",
                                      "with voting rights shall withdraw from a meeting when it is considering a",
                                      "matter in which they have a disclosable pecuniary interest. They may return to the",
                                      "meeting after it has considered the matter."]),
            ("c.", "Helvetica", ["Dispensation requests shall be in writing."])]
    for letter, font, lines in rows:
        c.setFont("Helvetica", 11)
        c.drawString(72, y - 1, letter)
        c.setFont(font, 11)
        for line in lines:
            c.drawString(96, y, line)
            y -= 15
        y -= 12
    y -= 20
    c.setFont("Helvetica-Bold", 11)
    for line in ["Further advice on this protocol is available from the Monitoring Officer",
                 "(Director of Law and Governance), Guildhall, Wexbridge WX1 2AB,",
                 "telephone 01632 960000."]:
        c.drawString(72, y, line)
        y -= 15
    c.save()


def test_a_standing_order_in_bold_type_is_one_clause(tmp_path):
    # (b277's first run cut 14.b into three clauses at the lines set in bold, which read as headings)
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    path = tmp_path / "orders.pdf"
    _bold_standing_orders(path)
    texts = [c.text for c in segment(read(path)).clauses]
    assert ("Unless they have been granted a dispensation, a councillor or non-councillor with voting rights shall "
            "withdraw from a meeting when it is considering a matter in which they have a disclosable pecuniary "
            "interest. They may return to the meeting after it has considered the matter.") in texts, texts
    assert ("Further advice on this protocol is available from the Monitoring Officer (Director of Law and Governance), "
            "Guildhall, Wexbridge WX1 2AB, telephone 01632 960000.") in texts, texts


@pytest.mark.parametrize("record", [
    "The members of the public left the meeting at 8.41 pm. Cllr Prentice left the meeting.",
    "RESOLVED that the minutes of the meeting held on 8 April 2025 be approved as a correct record and signed by the "
    "Chairman. Proposed Cllr Fenwick, seconded Cllr Marsh; all in favour.",
    "RESOLVED that the payments listed in the schedule, totalling £3,412.60, be approved.",
    "RESOLVED that the Clerk's report be noted.",
    "RESOLVED: That recommendations 2.1 to 2.3 be approved.",
    "RESOLVED that, in view of the confidential nature of the business about to be transacted, the press and public be "
    "excluded from the meeting for the following item under section 1(2) of the Public Bodies (Admission to Meetings) "
    "Act 1960.",
    "Cllr Oduya was proposed by Cllr Marsh, seconded by Cllr Brind, and was elected unopposed. Cllr Oduya signed the "
    "declaration of acceptance of office, which was witnessed by the Clerk.",
    "The Committee withdrew to consider its decision in the presence of the Monitoring Officer only and, on returning, "
    "the Chair announced the decision.",
    "The Chair outlined the procedure to be followed, as set out in the Council's arrangements, and confirmed that all "
    "parties had received the papers.",
    "No other declarations were made. No requests for dispensations had been received.",
    "[Button: Next module]",
    "Guidance Note 3/2025 - version 1.0 - published 17 March 2025 - review after 1 May 2025",
])
def test_more_of_a_meetings_record_and_a_pages_controls_are_furniture(seg, record):
    doc = seg(record + "\n\n7. RULES\n\n7.1 Councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct staff directly."]


@pytest.mark.parametrize("text", [
    # a sentence that says more keeps its paragraph a clause
    "The members of the public left the meeting at 8.41 pm. Councillors must not discuss the item with them afterwards.",
    "RESOLVED that the Clerk's report be noted and that the Clerk must not be contacted at home.",
    "RESOLVED that the recommendations be approved, subject to the Clerk's hours being reviewed by the Staffing "
    "Committee.",
    "No other declarations were made. Cllr Hale said that the Clerk had been put under pressure by two councillors.",
    "[Button: Councillors must not press this unless the Clerk agrees]",
    # (adversarial review 60: a finding after the procedure, a standing resolution)
    "The Chair outlined the procedure to be followed at the hearing. The Panel found that Councillor Jones had failed to "
    "treat the Clerk with respect.",
    "The Panel withdrew to consider its decision. On its return the Chair announced that Councillor Jones is to be "
    "censured.",
    "RESOLVED that the press and public be excluded from all future meetings of the Staffing Committee at which the "
    "conduct of an individual employee is discussed.",
])
def test_a_record_that_says_more_stays_a_clause(seg, text):
    assert [c.text for c in seg(text + "\n").clauses] == [text]


# --- tagger: role descriptions, joint lead-ins and lists of parties ---

ROLES = ("FIRE AUTHORITY MEMBER ROLE DESCRIPTIONS\n\n"
         "1. Chair of the Authority\n\n"
         "Key tasks\n\n"
         "1.1 To chair meetings of the Authority so that business is conducted fairly and in accordance with Standing "
         "Orders.\n\n"
         "1.2 To agree the agenda for Authority meetings with the Chief Fire Officer and the Clerk.\n\n"
         "2. Members of the Authority\n\n"
         "Key tasks\n\n"
         "2.1 To report back to their constituent council on the work of the Authority at least once a year.\n")


def test_a_duty_in_a_role_description_is_the_offices(seg):
    # (b278's first run gave the Chair's key tasks to the council, the officers or no one)
    doc = tag_documents([seg(ROLES)])[0]
    actors = {c.clause_id: c.actor for c in doc.clauses}
    assert actors["1.1"] == "chair" and actors["1.2"] == "chair" and actors["2.1"] == "member", actors


JOINT = ("CABINET MEMBER AND DIRECTOR PROTOCOL\n\n"
         "3. Joint responsibilities\n\n"
         "The Cabinet Member and the Director are jointly responsible for:\n\n"
         "(a) preparing budget proposals for the portfolio and keeping spending under review;\n\n"
         "(b) managing the portfolio's risks, including making sure that the Cabinet Member is told promptly of "
         "anything likely to affect the budget;\n\n"
         "(c) monitoring performance against the service plans.\n")


def test_the_items_of_a_joint_lead_in_bind_both_sides(seg):
    doc = tag_documents([seg(JOINT)])[0]
    assert [c.actor for c in doc.clauses if c.kind == "item"] == ["both", "both", "both"]


@pytest.mark.parametrize("lead_in, actor", [
    ("The Mayor, Portfolio Leads and officers will:", "both"),
    ("Group leaders, the Chief Executive and Directors will:", "both"),
    ("Directors, Heads of Service and managers will:", "officer"),
    ("The RFO shall:", "officer"),
])
def test_a_subject_that_lists_parties_binds_them_all(lead_in, actor):
    assert frame_actor(lead_in, RULES) == actor


# --- drafts ---

def test_a_clerks_hours_in_figures_lean_on_their_source():
    # (the reader of round 58's final parish draft took "20 hours a week" for another council's Clerk)
    import re

    from pipeline.resources import load_rules
    leans = re.compile(load_rules("draft.yaml")["leans_on_source"], re.I)
    assert leans.search("The Clerk works part-time, for 20 hours a week, and Councillors are asked to bear this in mind.")
    assert leans.search("The Clerk is employed for 18.5 hours per week.")
    assert not leans.search("The Clerk works part-time, and Councillors are asked to bear this in mind when making "
                            "requests.")
    assert not leans.search("Officers will reply within 48 hours of a request.")


def test_a_numbered_title_that_names_the_document_is_still_its_title(seg):
    # (adversarial review 60: a constitution part's number before the protocol's name)
    doc = seg("WRAXBY DISTRICT COUNCIL\n\n15. Protocol on Member/Officer Relations\n\nIntroduction\n\n"
              "This protocol guides members and officers in their dealings with one another.\n\nRoles of members\n\n"
              "Members must not ask officers to act outside their role.\n")
    assert [c.section for c in doc.clauses] == [["Introduction"], ["Roles of members"]]


def test_a_duty_under_a_heading_naming_another_party_is_not_the_offices(seg):
    # (adversarial review 60: the Clerk's support to the Chair, under the Chair's section)
    text = ("PROTOCOL\n\n2. The Chair of the Council\n\n2.1 The Chair presides at meetings of the Council.\n\n"
            "Support from the Clerk at meetings\n\nTo prepare the agenda and circulate it five clear days before the "
            "meeting.\n")
    doc = tag_documents([seg(text)])[0]
    assert doc.clauses[-1].actor != "chair"


def test_neither_side_is_both_sides(seg):
    doc = tag_documents([seg("PROTOCOL\n\n1. Respect\n\n1.2 Neither officers nor councillors should use social media "
                             "to criticise one another.\n")])[0]
    assert doc.clauses[0].actor == "both"



# --- round 61's first runs (b279-b283) ---

BLIND = Path(__file__).parent / "data" / "blind"


def test_a_slides_bullets_without_unicode_stay_on_their_lines():
    # (b282's slides drew each bullet as "(cid:127)", a little lower than its text: every bullet made a line of its own
    # and the items between them read as a contents list, dropped as furniture)
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    doc = segment(read(BLIND / "b282" / "docs" / "b282_fenmoor_induction_slides.pdf"))
    texts = [c.text for c in doc.clauses]
    for item in ("Are elected by, and accountable to, local residents", "Give impartial professional advice",
                 "Carry out the decisions that members have taken"):
        assert item in texts, texts


@pytest.mark.parametrize("record", [
    "An apology for absence was received from Councillor G. Pryce.",
    "The minutes of the meeting held on 15 May 2024 were confirmed and signed as a correct record.",
    "The Committee noted its work programme for 2024/25.",
    "The voting was as follows:",
])
def test_round_61s_meeting_records_are_furniture(seg, record):
    doc = seg(record + "\n\n7. RULES\n\n7.1 Councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct staff directly."]


def test_a_council_named_by_its_place_alone_is_another_councils():
    # (reader round 60's parish draft printed "3.3 Glenlochy Council has appointed a Council Liaison Officer ...")
    from pipeline.render.fit import foreign_names
    assert foreign_names("Glenlochy Council has appointed a Council Liaison Officer.", "Ambridge Parish Council") == \
        ["Glenlochy Council"]
    for text in ("The Council will review this protocol.", "Full Council decides the budget.",
                 "A complaint must be made to the Monitoring Officer of the District Council.",
                 "If the Council agrees, the Clerk may act.", "The Clerk's Council Tax advice is general."):
        assert foreign_names(text, "Ambridge Parish Council") == [], text
