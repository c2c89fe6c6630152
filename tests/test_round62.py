"""Rounds 62 to 65: what their first runs found. More of an annual meeting's record is furniture; a leaflet's header
band over two columns is its running header; a council's name over a document's heading is its title; a page's section
on social media is not a share widget; a bullet set apart in a table is its item's mark; and a draft reads an officer's
courtesy, where to ask about the protocol and a request's priority once."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from pipeline.render.points import points_of

BLIND = Path(__file__).parent / "data" / "blind"


def _doc(name: str):
    return segment(read(BLIND / name.split("_")[0] / "docs" / name))


# --- an annual meeting's record ---

@pytest.mark.parametrize("record", [
    "RESOLVED that Cllr Helen Marwood be elected Town Mayor for the municipal year 2024/25.",
    "RESOLVED that Cllr Samuel Okafor be elected Deputy Town Mayor for 2024/25, and he signed the Declaration of "
    "Acceptance of Office.",
    "Cllr Marwood made and signed the Declaration of Acceptance of Office in the presence of the Town Clerk and took the "
    "Chair.",
    "Nominations were invited. Cllr H. Marwood was proposed by Cllr S. Okafor and seconded by Cllr A. Kitto. There were "
    "no other nominations.",
    "RESOLVED that the membership of committees for 2024/25 be as set out in the schedule appended to these minutes.",
    "RESOLVED that the Standing Orders and Financial Regulations be re-adopted without amendment.",
    "RESOLVED that the Town Mayor's allowance for 2024/25 be set at £1,200.",
    "RESOLVED that under the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded for the "
    "following item because of the confidential nature of the business to be transacted.",
    "The Council received a confidential report of the Chair of the Staffing Committee. RESOLVED that the "
    "recommendations in the report be approved.",
    "No member of the public wished to address the Council.",
    "For: 5 Against: 0 Not voting: 1 (Cllr Hollins, see minute 25/042)",
    "Proposed: Cllr A. Bowen. Seconded: Cllr T. Watkins.",
    "Tuesday 14 January 2025 at 10.00 am, County Hall, Marchbury.",
    "Monday 10 February 2025 at 7.30pm in the Committee Room, Wrenfold Village Hall.",
    "The Committee withdrew to deliberate at 7.40 pm, accompanied by the Monitoring Officer and the Independent "
    "Person, and reconvened at 8.10 pm, when the Chairman announced the decision.",
    "One councillor declared an interest in item 25/06 as the subject of the Staffing Committee's report and left the "
    "meeting for that item.",
    "Return to Constitution index | Dychwelyd i fynegai'r Cyfansoddiad",
    # (round 64's first run, b298's minutes)
    "RESOLVED that, in view of the confidential nature of the business to be transacted, namely a staffing matter, the "
    "press and public be excluded from the meeting for items 25/014 to 25/017 under section 1(2) of the Public Bodies "
    "(Admission to Meetings) Act 1960.",
    "Proposed: Cllr A. Marsh; Seconded: Cllr J. Oduya; carried 5 for, 0 against, 1 abstention.",
    "The Annual Meeting of the Council will be held on Tuesday 13 May 2025 at 7.30pm in the Reading Room.",
    # (round 65's first run, b299's minutes)
    "No questions had been received from members of the public.",
    "The minutes of the Ordinary Meeting held on 11 February 2025, having been circulated, were approved as a correct "
    "record and signed by the Chair.",
])
def test_an_annual_meetings_business_is_its_record(seg, record):
    # (the annotators of b284, b286, b288-b291 and b293, who saw only the guideline, listed every one as furniture)
    doc = seg(record + "\n\n7. RULES\n\n7.1 Councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct staff directly."]


@pytest.mark.parametrize("text", [
    "RESOLVED that Cllr Marwood be elected Town Mayor and that the Town Mayor must not direct the Town Clerk.",
    "RESOLVED that the press and public be excluded because councillors had criticised a named officer.",
    "RESOLVED that the Town Mayor's allowance be set at £1,200 and that the Clerk will account for it.",
    "Councillors are proposed by the Council for outside bodies.",
    # (adversarial review 62: a report received beside a decision, a standing exclusion, a schedule with a rule, a
    # vote's note that states a rule, a meeting's date with a duty)
    "The committee received a verbal report from the Chair on the Clerk's complaint and agreed to suspend Councillor "
    "Brown.",
    "The Council received a report from the Clerk and agreed that councillors contact staff only through her.",
    "Resolved that under the Public Bodies (Admission to Meetings) Act 1960 the public be excluded from all future "
    "meetings at which staffing matters are discussed.",
    "Resolved that the membership of the Committees be as set out in the schedule, and that no councillor sit on more "
    "than three.",
    "For: 6 Against: 1 (the motion that Members may not approach staff directly was carried)",
    "Monday 12 May 2025 at 7.00pm in the Council Chamber, which all councillors must attend",
    "The Panel withdrew to deliberate and on its return the Chair announced that Councillor Jones is to be censured.",
    "Return to the Constitution index if you must check the rules.",
    # (adversarial review 64: a standing order on the annual meeting, an interest declared and acted on, a decision after
    # the panel's return, a decision beside an exclusion)
    "The Annual Meeting of the Council will be held on the second Tuesday in May each year, or on another day in May "
    "fixed by the Council.",
    "One councillor declared a disclosable pecuniary interest in item 8 but remained in the meeting and voted on the item.",
    "The Panel withdrew to deliberate and, on its return, the Chair announced its decision that Councillor Hart be asked "
    "to apologise to the Clerk in writing and attend training on the Code.",
    "Resolved that, in view of the confidential nature of the business to be transacted, namely the Clerk's appraisal, "
    "the press and public be excluded and the Clerk's salary be increased to SCP 24 from 1 April 2025.",
    "See Part 5, Section 2 (Officer Employment Procedure Rules).",
])
def test_a_resolution_that_decides_more_stays_a_clause(seg, text):
    assert [c.text for c in seg(text + "\n").clauses] == [text]


@pytest.mark.parametrize("text, tally", [
    ("For: 5 Against: 0 Not voting: 1 (Cllr Hollins, see minute 25/042)", True),
    ("For: 7, Against: 2, Abstentions: 1", True),
    # (adversarial review 64: counts that are no vote's)
    ("Acknowledgement: 2 Full reply: 10 (working days)", False),
    ("Councillors: 7 Independent Persons: 2 (non-voting)", False),
    ("For: 6 Against: 1 (the motion that Members may not approach staff directly was carried)", False),
])
def test_a_votes_tally(text, tally):
    from pipeline.ingest.clutter import _name_list
    assert (_name_list(text) == "vote tally") is tally


# --- layout ---

def test_a_right_column_of_five_lines_beside_a_long_left_one_reads_after_it():
    # (b301's page 4: the right column held the last lines of 8.2 and 8.3, five lines, its first in the top margin; the
    # page read line across line and 6.1 ran into 8.3)
    doc = _doc("b301_ashcombe_member_officer_protocol.pdf")
    texts = [c.text for c in doc.clauses]
    assert any(t.startswith("The Council recognises that the Members of a political group will meet to discuss Council "
                            "business") for t in texts), texts


def test_an_emails_first_sentence_is_no_title():
    # (b301's reminder from the Monitoring Officer: "I am writing to all Members following an incident at the Planning
    # Committee" / "on 4 March, ..." read as a heading over the rest of its sentence)
    doc = _doc("b301_marlbeck_mo_email_protocol_reminder.txt")
    assert doc.clauses[0].text.startswith("I am writing to all Members following an incident")

def test_a_header_band_over_two_columns_is_the_running_header():
    # (b285's leaflet: the council's English name at the left of its header band and its Welsh name at the right were
    # read as the first lines of each column on page 1 and as a table row on page 2, clauses both times)
    doc = _doc("b285_pentrefaeron_working_together.pdf")
    texts = [c.text for c in doc.clauses]
    assert not any("Pentref Aeron Community Council" in t and len(t) < 80 for t in texts), texts
    headers = [f.text for f in doc.furniture if f.reason == "running header"]
    assert len(headers) == 2 and all("Cyngor Cymuned Pentref Aeron" in h for h in headers)
    # the columns still read in order beneath it
    assert "The Clerk takes instructions from the Council as a whole, through its resolutions, and not from individual " \
           "councillors." in texts


def test_a_councils_name_and_document_over_a_heading_is_the_title(seg):
    doc = _doc("b285_greatashby_clerk_schedule.md")
    assert doc.clauses[0].clause_id == "1.1"
    assert any(h.text.startswith("Great Ashby Parish Council – Contract of Employment") for h in doc.headings)
    # ... but a first sentence over a heading stays a clause
    doc = seg("The Council will review this protocol every year.\n\n# 1. Roles\n\n1.1 Councillors set policy.\n",
              suffix=".md")
    assert [c.text for c in doc.clauses][0] == "The Council will review this protocol every year."


def test_a_section_on_social_media_is_not_a_share_widget():
    # (b290's accordion section id="social-media" was dropped as "site social", three clauses and its heading with it)
    doc = _doc("b290_lochaven_guidance_working_with_officers.html")
    texts = " ".join(c.text for c in doc.clauses)
    assert "do not raise it on social media" in texts
    assert "Press enquiries are handled by the Communications Team" in texts
    # the page's share links stay furniture
    assert any(f.text == "Share this page" for f in doc.furniture)


def test_a_bullet_set_apart_in_a_table_marks_its_item():
    # (b291's slide "Who does what": "• Set policy and the budget | • | Give impartial professional advice" made the
    # councillors' items row labels, lost as headings, and ran the officers' items together)
    doc = _doc("b291_ryeford_protocol_slides.pdf")
    texts = [c.text for c in doc.clauses]
    for item in ("Set policy and the budget", "Give political leadership", "Give impartial professional advice",
                 "Serve the whole council, not one party"):
        assert item in texts, texts


def _two_columns(path, top: float) -> None:
    """Two columns of numbered rules on two A4 pages, the first lines ``top`` points from the page's top edge."""
    import textwrap
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    left = ["1. Councillors must not instruct officers directly. Requests for work should go through the Clerk, who "
            "manages all staff on behalf of the Council.",
            "2. Councillors should treat officers with courtesy and respect at all times and must not criticise them "
            "in public or on social media.",
            "3. A councillor who has a concern about an officer should raise it privately with the Clerk and not "
            "with the officer concerned.",
            "4. Councillors must not ask officers to do anything that would break the law, the Council's standing "
            "orders or its financial regulations."]
    right = ["5. Officers will give impartial advice to all councillors, whatever their political group, and will not "
             "take sides in any dispute.",
             "6. Officers will respond to councillors' enquiries within ten working days, or explain why more time is "
             "needed to answer them.",
             "7. Officers must keep confidential any personal information a councillor gives them about a resident, "
             "unless the law requires otherwise.",
             "8. Officers will not attend party group meetings, and will not be asked to advise on party political "
             "matters by any councillor."]
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(2):  # (the second page's paragraphs in another order: lines alike at one place are its header)
        c.setFont("Helvetica", 10)
        for x, paras in ((50, left[2 * page:] + left[:2 * page]), (310, right[2 * page:] + right[:2 * page])):
            y = A4[1] - top
            for para in paras:
                for line in textwrap.wrap(para, 42):
                    c.drawString(x, y, line)
                    y -= 13
                y -= 13
        c.setFont("Helvetica", 8)
        c.drawString(280, 30, str(page + 1))
        c.showPage()
    c.save()


@pytest.mark.parametrize("top", [25, 40, 72])
def test_columns_that_start_high_on_the_page_read_down_each_column(tmp_path, top):
    # (adversarial review 62: with the top twentieth read whole, a page whose columns started 40 points from its edge read
    # its two first lines as one row of a table)
    path = tmp_path / "columns.pdf"
    _two_columns(path, top)
    texts = [c.text for c in segment(read(path)).clauses]
    assert texts[0].startswith("Councillors must not instruct officers directly. Requests for work"), texts
    assert any(t.startswith("Officers will give impartial advice to all councillors, whatever") for t in texts), texts


def test_a_dash_in_a_table_stays_its_columns_none(seg):
    # (adversarial review 62: "-" taken for a bullet moved the officers' cell under "Councillors")
    doc = seg("| Matter | Councillors | Officers |\n|---|---|---|\n"
              "| Setting the budget | Agree the budget at the annual meeting | Prepare the draft budget |\n"
              "| Instructing staff | - | The Clerk instructs and manages all other staff |\n", suffix=".md")
    cell = next(c for c in doc.clauses if c.text.startswith("The Clerk instructs"))
    assert cell.column == "Officers"


def test_a_first_sentence_without_a_full_stop_is_no_title(seg):
    # (adversarial review 62: the kicker rule took a first clause over a heading for the title)
    doc = seg("This protocol applies to all councillors, co-opted members and officers of Great Ashby Parish Council\n\n"
              "## 1. Working together\n\n1.1 Councillors and officers must treat each other with courtesy.\n", suffix=".md")
    assert doc.clauses[0].text.startswith("This protocol applies to all councillors")


def test_a_share_box_with_its_own_heading_is_still_furniture(seg):
    page = ("<html><body><main><h1>Working with officers</h1><p>Councillors must not instruct officers.</p>"
            "<div class='share'><h3>Share this page</h3><p>If you found this page useful, please share it with your "
            "friends and neighbours on Facebook, X or by email.</p><ul><li><a href='#'>Facebook</a></li></ul></div>"
            "</main></body></html>")
    doc = seg(page, suffix=".html")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct officers."]


# --- drafts: one point once ---

@pytest.mark.parametrize("a, b, point", [
    # reader round 62's district draft, 5.5 and 6.4, and its rebuild's 5.3
    ("Officers will be courteous and will answer questions as fully as they can.",
     "Officers will be courteous and helpful in dealing with enquiries, and Councillors will treat officers in the same "
     "way.", "officer_courtesy"),
    ("Officers should give Councillors accurate, timely and impartial information, and treat them with the same "
     "courtesy they would expect in return.", "Officers will be courteous and helpful in dealing with enquiries.",
     "officer_courtesy"),
    # ... its 10.2 and 10.4
    ("Further advice on this Protocol is available from the Monitoring Officer.",
     "The Protocol does not attempt to cover every situation. Where it is silent, Councillors and officers should apply "
     "its spirit and, if in doubt, seek advice from the Monitoring Officer.", "protocol_questions"),
    # ... its 6.3, and the parish draft's 6.1(g) and 7.1
    ("Councillors should not expect their own requests to take precedence over other work.",
     "No case will be given priority because a councillor has taken up the case.", "no_priority"),
    ("allow the Clerk to give advice without pressure",
     "Councillors must not ask the Clerk to change the content of advice or of a report.", "advice_unswayed"),
])
def test_reader_round_62s_repeats_make_one_point(a, b, point):
    assert point in points_of(a) and point in points_of(b)


@pytest.mark.parametrize("text, point", [
    ("If in doubt about whether you have an interest, seek advice from the Monitoring Officer.", "protocol_questions"),
    ("Councillors should be courteous to officers.", "officer_courtesy"),
    ("Officers will give advice on the budget without delay.", "advice_unswayed"),
    # (adversarial review 62: another party's courtesy, neutrality, another protocol, another priority)
    ("When officers must refuse a request, councillors should treat them with courtesy.", "officer_courtesy"),
    ("Officers give impartial advice without fear or favour.", "advice_unswayed"),
    ("Gifts are covered by the Protocol on Gifts; if in doubt, seek advice from the Monitoring Officer.",
     "protocol_questions"),
    ("Councillors should not expect casework requests to take priority over emergencies.", "no_priority"),
])
def test_points_that_are_not_made(text, point):
    assert point not in points_of(text)


@pytest.mark.parametrize("text, leans", [
    # both readers of round 62's district draft, 5.5: "the meeting" of its source
    ("Officers will be courteous and will answer questions as fully as they can. Where they cannot answer at the "
     "meeting, they will say so and arrange for a written reply.", True),
    ("Officers attending a committee will answer questions; where they cannot answer at the meeting, they will reply in "
     "writing.", False),
    # round 63's district reader, 5.5: "The Director" its source had named
    ("The Director will ensure that the Cabinet Member receives written advice in good time.", True),
    ("The Director of Finance will advise the Cabinet on the budget.", False),
    # ... and a step's one-word label run into its text
    ("Investigate. Deal with the case on its merits and in line with Council policy.", True),
    ("Officers investigate. They deal with each case on its merits.", False),
    # round 63's parish reader, 6.2: the day its two people usually speak
    ("The Chair and the Clerk will speak at least once a week, usually by phone on a Monday morning.", True),
    ("The Chair and the Clerk will keep in regular contact between meetings.", False),
    # (adversarial review 64: a meeting the clause itself is about, a plural day)
    ("Councillors should read the agenda papers before the meeting and raise any questions with the report author.",
     False),
    ("Any advice given to a councillor after the meeting should be confirmed in writing.", False),
    ("Officers do not usually work on Saturdays or Sundays, so councillors should not expect a reply at weekends.", False),
])
def test_a_wording_that_leans_on_its_source(text, leans):
    import re

    from pipeline.resources import load_rules
    assert bool(re.compile(load_rules("draft.yaml")["leans_on_source"], re.I).search(text)) is leans


# --- tagger: the reader addressed as "you" ---

def test_you_in_a_councillors_guide_binds_the_councillor(seg):
    # (round 62's first run gave both sides "Officers work to ... their own managers, not to councillors. You must not
    # give instructions to officers about how to handle a case" in a guide for ward councillors; b284's gold: member)
    from pipeline.nlp.tag import tag_documents
    doc = seg("GUIDANCE FOR COUNCILLORS ON WARD CASEWORK\n\nThis guidance is for councillors.\n\n"
              "4. Working with officers\n\n"
              "4.1 Officers work to the Chief Executive and their own managers, not to councillors. You must not give "
              "instructions to officers about how to handle a case, or try to influence the outcome.\n\n"
              "4.2 You should not feel under pressure to reply to a resident the same day.\n")
    tagged = {c.clause_id: c for c in tag_documents([doc])[0].clauses}
    assert tagged["4.1"].actor == "member"


def test_you_that_speaks_to_both_sides_stays_both(seg):
    # (adversarial review 64: "you" said to councillors and officers alike in a councillors' handbook)
    from pipeline.nlp.tag import tag_documents
    doc = seg("COUNCILLORS' HANDBOOK\n\nThis handbook is for councillors.\n\n3. Gifts\n\n"
              "3.1 This rule applies equally to councillors and officers: you must register any gift or hospitality "
              "worth more than £50 within 28 days.\n")
    tagged = {c.clause_id: c for c in tag_documents([doc])[0].clauses}
    assert tagged["3.1"].actor != "member"


def test_the_other_wordings_never_print_a_named_person():
    # (round 64's district reader: the appendix of other wordings printed another council's standards case, "... the
    # Head of Planning spoke to Councillor Farrant and asked him to send any concerns ...")
    from pipeline.render.draft import _some_wordings
    others = [{"ref": "Carrowgate City Council clause p7", "text": "On 2 July 2026 the Head of Planning spoke to Councillor "
               "Farrant and asked him to send any concerns to her."},
              {"ref": "Ashwell Parish Council clause 2.5", "text": "Councillors must follow the Councillor Code of "
               "Conduct when dealing with staff."}]
    shown, more = _some_wordings(others, "Councillors should raise concerns with the Head of Service.", 3)
    assert [w["ref"] for w in shown] == ["Ashwell Parish Council clause 2.5"] and more == 1


@pytest.mark.parametrize("text, names", [
    ("Councillor J Smith asked the Clerk to resend the papers.", True),
    ("Cllr O'Brien and Cllr McDonald left the meeting.", True),
    ("The councillor Smith case was referred.", True),
    ("Councillors must read the Councillor Code of Conduct.", False),
    ("The Councillor Privacy Notice explains how casework data is held.", False),
    ("Use the Councillor Enquiry System for all requests.", False),
])
def test_what_names_a_person(text, names):
    # (adversarial review 64: an initial without its stop, Irish and Scottish names, lower case; and nouns after
    # "Councillor" that name no one)
    import re

    from pipeline.resources import load_rules
    assert bool(re.compile(load_rules("draft.yaml")["names_a_person"]).search(text)) is names
