"""Round 68: what its first run and its two draft readers found. A document's title that names its parties is no
attendance list; more of a meeting's record is furniture (apologies accepted by resolution, a public session resumed,
a vote asked to be recorded, counts in brackets, a count of the public wrapped before its note, apologies wrapped onto a
titled name); a document's history and its "Document control" table, a model's leave to copy it and a web page's call
to action are not clauses; and a draft takes no Welsh paragraph, no authority's appointed members, no slide's verbless
note, no page's report of what "the protocol confirms", no clause that leans on "these duties" or "these points", no
guide's "What to do:" and no county association by its name."""

from __future__ import annotations

import pytest

from pipeline.ingest.clutter import attendance_goes_on
from pipeline.model import council_type_of
from pipeline.render.fit import applies_to, foreign_names, in_english, not_draft_reason


def _furniture(doc) -> str:
    return " ".join(f.text for f in doc.furniture)


def test_a_title_that_names_the_parties_is_no_attendance_list(seg):
    # (b317's handbook: "Section 4: Councillors and the Clerk" read as a list of those present, its opening paragraph
    # then taken for its title)
    doc = seg("Section 4: Councillors and the Clerk\n\nThis section explains how councillors and the Clerk work together. "
              "It should be read alongside the Standing Orders.\n\n4.1 The Clerk advises the Council as a whole.\n")
    assert [c.text for c in doc.clauses][0].startswith("This section explains how councillors and the Clerk")
    assert "Section 4: Councillors and the Clerk" not in _furniture(doc)


def test_a_named_councillor_is_still_an_attendance_list(seg):
    doc = seg("MINUTES\n\nApologies: Cllr Smith\n\nPresent: Councillor Jones\n\n1. The Council adopted the protocol.\n")
    assert [c.text for c in doc.clauses] == ["The Council adopted the protocol."]


MINUTES = """ASHCOMBE ST GILES PARISH COUNCIL

In attendance: Mrs C. Pelham (Clerk and RFO) (to minute 120/24); three members
of the public (to minute 120/24)

118/24  APOLOGIES
Apologies were received and accepted from Cllr V Lockwood (work commitments) and

Cllr N Pryce (illness). Cllr C Tarrant was absent.

119/24  APOLOGIES FOR ABSENCE
Apologies were received from Cllr D. Fairlie (work commitments).
RESOLVED that the apologies be accepted.

120/24  MEMBER AND OFFICER PROTOCOL
Councillors must not give instructions to the Clerk outside a meeting.
(For 8; Against 2; Abstentions 0 - the amendment was CARRIED)
Cllr Whitlock asked for his vote against to be recorded.

The meeting returned to public session at 9.36pm.
"""


def test_more_of_a_meetings_record_is_furniture(seg):
    # (b312's, b314's and b315's annotators, who saw only the guideline, listed each of these lines as furniture)
    doc = seg(MINUTES)
    assert [c.text for c in doc.clauses] == ["Councillors must not give instructions to the Clerk outside a meeting."]
    recorded = _furniture(doc)
    for words in ("of the public (to minute 120/24)", "Cllr C Tarrant was absent.", "apologies be accepted",
                  "Abstentions 0", "his vote against to be recorded", "returned to public session"):
        assert words in recorded


@pytest.mark.parametrize("text", [
    "RESOLVED that the apologies procedure be reviewed by the Staffing Committee.",
    "The meeting returned to the question of training, which Members felt was essential.",
    "Cllr Whitlock asked for officers to be given more support.",
    "For eight months the Clerk worked alone; against that background members should note the new post.",
])
def test_what_only_looks_like_a_record_stays_a_clause(seg, text):
    doc = seg(f"MINUTES\n\n1. {text}\n\n2. The Clerk will circulate the protocol.\n")
    assert text.rstrip(".").lstrip("(") in " ".join(c.text for c in doc.clauses)


def test_a_count_of_the_public_wrapped_before_its_note_ends_the_list():
    assert attendance_goes_on("In attendance: Mrs C. Pelham (Clerk); three members", "of the public (to minute 120/24)")
    assert not attendance_goes_on("In attendance: the Clerk; three members", "of the public must not speak.")


def test_a_documents_history_is_its_record(seg):
    # (b313's protocol: "Document history" over its issues, at the end of the text)
    doc = seg("PROTOCOL\n\n11.5 Complaints go to the Monitoring Officer.\n\n11.6 A breach by an officer may be a "
              "disciplinary matter.\n\nDocument history\n\nIssue 5 - May 2018 - Protocol adopted as part of the revised "
              "Constitution.\nIssue 6 - July 2021 - Section 10 updated to cover social media.\n")
    assert [c.clause_id for c in doc.clauses] == ["11.5", "11.6"]
    assert "Issue 6 - July 2021" in _furniture(doc)


def test_a_document_control_table_under_its_title_is_furniture(seg):
    # (b312's procedure: "| Document control | |" over "Version | 1.3", "Owner | ..." rows; its title was a clause)
    doc = seg("# Procedure\n\n| Document control | |\n|---|---|\n| Version | 1.3 |\n| Owner | Head of Legal Services |\n"
              "| Next review | January 2027 |\n\n1.1 Officers may raise a concern about a councillor.\n", suffix=".md")
    assert [c.text for c in doc.clauses] == ["Officers may raise a concern about a councillor."]


def test_a_document_control_title_over_rules_stays_the_protocols(seg):
    doc = seg("# Procedure\n\n| Document control | |\n|---|---|\n| Members | must not instruct staff. |\n"
              "| Officers | must not canvass for a party. |\n", suffix=".md")
    assert {"must not instruct staff.", "must not canvass for a party."} <= {c.text for c in doc.clauses}


def test_a_models_leave_to_copy_it_is_furniture(seg):
    doc = seg("WORKING WITH YOUR CLERK\n\nMember councils may copy this note for their own councillors. Please do not "
              "republish it on a public website.\n\n1. Councillors should treat the Clerk with courtesy.\n\n2. This summary "
              "may be reproduced in an induction pack, but it does not replace the protocol.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]


def test_a_call_to_action_is_no_clause(seg):
    # (b317's complaints page: a start button under its last answer)
    page = ("<html><body><main><h1>Concerns about a councillor</h1><p>We will use your information only to deal with "
            "your complaint.</p><div class='cta'><a class='button' href='/form'>Make a complaint about a councillor</a>"
            "</div><h2>Contact</h2><p>Councillors must treat officers with respect.</p></main></body></html>")
    doc = seg(page, suffix=".html")
    assert "Make a complaint about a councillor" not in [c.text for c in doc.clauses]
    assert len(doc.clauses) == 2


# --- drafts (round 68's readers of a 458-document build) ---

def test_a_welsh_paragraph_is_no_clause_of_an_english_draft():
    welsh = ("Y Clerc yw swyddog priodol y Cyngor ac mae'n gyfrifol am roi cyngor annibynnol a gwrthrychol i'r Cyngor, am "
             "gyflawni ei benderfyniadau ac am weinyddu ei faterion.")
    assert not in_english(welsh)
    assert not_draft_reason({"text": welsh}) == "another language"
    for english in ("Expect a reply within ten working days.", "Refer any proposed refusal to the Monitoring Officer",
                    "The Clerk is the Proper Officer of the Council."):
        assert in_english(english)
    # (a list item is read with its lead-in)
    assert not_draft_reason({"text": "accept gifts or hospitality offered during a visit, beyond light refreshments;",
                             "kind": "item", "lead_in": "Councillors should not:"}) is None


def test_an_authoritys_appointed_members_fit_no_council():
    text = ("Members of the Authority are not elected to it directly: twelve are appointed by the constituent councils "
            "and six by the Secretary of State.")
    assert applies_to(text, None) == []
    # a national park or fire authority is no local council: its clauses do not reach a parish draft
    assert "parish" not in applies_to("Officers advise Members on the Authority's policy.", None,
                                      "Carrow Moors National Park Authority")
    assert "parish" in applies_to("The Clerk advises the Council on its policy.", None, "Ambridge Parish Council")


@pytest.mark.parametrize("row, reason", [
    ({"text": "For staff working from home, the protocol confirms that councillors should not contact officers on "
              "personal mobile numbers."}, "background"),
    ({"text": "What to do: thank the Councillor and pass the request on to the Clerk the same day."}, "first_person"),
    ({"text": "At its meeting on 11 March the Council will be asked to adopt a short protocol."},
     "background"),
])
def test_round_68s_non_draft_clauses(row, reason):
    assert not_draft_reason(row) == reason


@pytest.mark.parametrize("row", [
    {"text": "Make requests for work through the Clerk", "kind": "item", "lead_in": "Councillors should:"},
    # (adversarial review 68: a bullet under a heading, no lead-in, and a protection that names its own duties)
    {"text": "Respect the political neutrality of officers", "kind": "item"},
    {"text": "No Member may press a Statutory Officer not to make a report, or obstruct those duties."},
    {"text": "Councillors must not press officers to change their advice."},
    {"text": "This Protocol sets out how councillors and officers work together."},
])
def test_draft_material_stays(row):
    assert not_draft_reason(row) is None


def test_a_county_association_by_its_name_is_another_councils():
    assert foreign_names("Further advice is available from the Clerk or from the Wessex Association of Local Councils.",
                         "Ambridge Parish Council") == ["Wessex Association of Local Councils"]
    assert foreign_names("Advice is available from the National Association of Local Councils.",
                         "Ambridge Parish Council") == []


def test_london_is_a_borough():
    # (three of round 68's annotators typed a London borough "london" in sources.csv; it was read without a type)
    assert council_type_of("london") == council_type_of("London Borough") == "borough"


# --- round 69's first run ---

def test_a_signature_line_at_each_pages_foot_does_not_break_the_sentence_it_interrupts(seg):
    # (b318's minutes: "Mayor's initials: .........." at the foot of every page, one of them inside a sentence)
    foot = "Mayor's initials: ..........\n\f"
    doc = seg("MINUTES\n\n1. The Town Clerk reported on the review of the protocol.\n" + foot
              + "2. The Deputy Town Clerk will deal with urgent matters on days when\n" + foot
              + "the Town Clerk is not working.\n\n3. The Council adopted the protocol.\n" + foot)
    assert "The Deputy Town Clerk will deal with urgent matters on days when the Town Clerk is not working." in [
        c.text for c in doc.clauses]
    assert all("initials" not in c.text for c in doc.clauses)


def test_the_next_meetings_date_wrapped_after_its_day_is_its_record(seg):
    doc = seg("MINUTES\n\n25/047  PROTOCOL\nThe Council adopted the protocol.\n\n25/048  DATE OF NEXT MEETING\n"
              "The next ordinary meeting of the Council will be held on Tuesday 25\nMarch 2025 at 7.00pm.\n")
    assert [c.text for c in doc.clauses] == ["The Council adopted the protocol."]


def test_a_circulation_note_is_furniture(seg):
    doc = seg("WORKING WITH YOUR CLERK\n\nFor Guild members only - please do not circulate outside your council\n\n"
              "1. The clerk is the council's proper officer.\n\n"
              "2. Councillors should not ask the clerk to work outside agreed hours.\n")
    assert [c.text for c in doc.clauses] == ["The clerk is the council's proper officer.",
                                             "Councillors should not ask the clerk to work outside agreed hours."]


def test_telling_the_monitoring_officer_about_a_relationship_is_declaring_it():
    from pipeline.render.similarity import set_points
    assert "declare_relationship" in set_points("tell the Monitoring Officer about any close personal or family "
                                                "relationship with an officer;")


def test_adversarial_review_68s_cases(seg):
    # a rule beside a leave to share is no copyright notice
    doc = seg("GUIDANCE\n\nYou may share this guidance with your group, but exempt reports must never be shared outside "
              "the council.\n\n1. Officers give impartial advice.\n")
    assert any("exempt reports must never be shared" in c.text for c in doc.clauses)
    # a rule in capitals wrapped onto its next line stays one clause
    doc = seg("PROTOCOL\n\n7.1 NO COUNCILLOR SHALL GIVE INSTRUCTIONS TO\nOfficers other than through the Clerk.\n\n"
              "7.2 Officers advise the Council.\n")
    assert [c.clause_id for c in doc.clauses] == ["7.1", "7.2"]
    # a linked instruction with its condition is no call to action
    page = ("<html><body><main><h1>Information</h1><p>Members must keep exempt papers confidential.</p><div>"
            "<a href='/mo'>Contact the Monitoring Officer before sharing exempt papers</a></div><p>Officers advise "
            "the Council.</p></main></body></html>")
    assert any("before sharing exempt papers" in c.text for c in seg(page, suffix=".html").clauses)
    # the county association named generically, and England's schemes of delegation, stay
    assert foreign_names("Advice is available from the County Association of Local Councils.", "Ambridge Parish Council") == []
    from pipeline.render.fit import clause_nation
    assert clause_nation("Officers act under the Scheme of delegation agreed by the Council.", "district") is None
    assert clause_nation("The Code forms part of the Scheme, which the Council adopted.", "community") == "scotland"
