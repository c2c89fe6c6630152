"""Round 58: shapes from the b264-b268 first runs and reader round 58's drafts: a standing order's wrapped line "signed by
the Clerk, ..." is the order's; a slide deck's footer over each slide's number is furniture; a lead-in that states what
its subject is before "and" opens the list is a clause; more of a meeting's record is furniture; whom "you" means is read
from the parts of a page that say whom they are for; and the draft reads as one point what two clauses say of exempt
business, information disputes, asking for information and criticism on social media."""

from __future__ import annotations

import pytest

from pipeline.nlp.rules import audience_of, load_tag_rules, writer_of

ORDERS = ("LITTLE WENDOVER PARISH COUNCIL – STANDING ORDERS\n"
          "Adopted by the Council at its Annual Meeting on 13 May 2024 (Minute 24/031)\n"
          "\n"
          "20. THE CLERK AS PROPER OFFICER\n"
          "\n"
          "    a.   The Clerk is the Proper Officer of the Council and, in addition to\n"
          "         the duties set out in the Clerk's contract of employment and job\n"
          "         description, shall:\n"
          "\n"
          "         i.   at least three clear days before a meeting of the Council, a\n"
          "              committee or a sub-committee, serve on councillors a summons,\n"
          "              signed by the Clerk, confirming the time, place and agenda, and\n"
          "              publish public notice of the meeting;\n"
          "\n"
          "         ii.  keep the minutes of every meeting.\n")


def test_a_wrapped_line_signed_by_the_clerk_is_the_orders_not_a_signature(seg):
    # (the line and the one under it were dropped as a signature block: the order lost its middle, b264's first run)
    doc = seg(ORDERS)
    texts = [c.text for c in doc.clauses]
    assert any("a summons, signed by the Clerk, confirming the time, place and agenda, and publish public notice of the "
               "meeting;" in t for t in texts), texts
    assert not [f for f in doc.furniture if "signed by" in f.text]


def test_a_signature_line_is_still_furniture(seg):
    doc = seg("12.1 Councillors must not instruct staff directly.\n\nSigned by the Chair .................. Date ........\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct staff directly."]


def test_a_lead_in_that_says_what_its_subject_is_before_the_list_is_a_clause(seg):
    doc = seg(ORDERS)
    lead = ("The Clerk is the Proper Officer of the Council and, in addition to the duties set out in the Clerk's contract "
            "of employment and job description, shall:")
    texts = [c.text for c in doc.clauses]
    assert lead in texts, texts
    items = [c for c in doc.clauses if c.text.startswith("keep the minutes")]
    assert items and items[0].lead_in == lead


@pytest.mark.parametrize("lead, clause", [
    ("The Clerk is the Council's Proper Officer and chief adviser and is responsible for:", True),
    ("Councillors are asked to respect officers' political neutrality and should not ask an officer to:", True),
    ("Officers will:", False),
    ("Members can expect officers to:", False),
    ("In particular, the Clerk is expected to:", False),
])
def test_only_a_lead_in_that_states_something_is_a_clause(seg, lead, clause):
    doc = seg(f"3. ROLES\n\n3.1 {lead}\n\n(a) give advice;\n\n(b) keep records.\n")
    assert (lead in [c.text for c in doc.clauses]) is clause


DECK = "Working with Officers.pptx\n\n" + "".join(
    f"Slide {n}\n{title}\n• {bullet}\n• {second}\n"
    f"Strelby District Council | Councillor Induction 2024 | Session 3: Working with officers\n{n}\n\n"
    f"Notes:\n{note}\n\n\n"
    for n, (title, bullet, second, note) in enumerate([
        ("Who does what?", "Set the council's policies and budget", "Manage staff and run services day to day",
         "Councillors decide what the council does and officers decide how it is done."),
        ("What you can expect", "A reply to your enquiry within 10 working days", "Fair treatment whatever your party",
         "If a reply will be late, the officer should tell you why and when to expect it."),
        ("What to avoid", "Asking officers for help with campaigning", "Turning up at the offices unannounced",
         "Officers must stay politically neutral, and most of them are in politically restricted posts."),
        ("When things go wrong", "Talk to the officer's manager first", "Then the Monitoring Officer",
         "Most problems are sorted out by a quiet word with the officer's manager."),
        ("Questions", "Democratic Services can help with any of this", "The protocol is in the Constitution",
         "Hand out the protocol and the contact card at the end of the session."),
    ], start=1))


def test_a_slide_decks_footer_over_the_slide_number_is_furniture(seg):
    # (the footer ran on into the bullet above it, or stood as a clause, on most of b267's slides)
    doc = seg(DECK)
    texts = [c.text for c in doc.clauses]
    assert not [t for t in texts if "Councillor Induction 2024" in t], texts
    assert "Manage staff and run services day to day" in texts
    assert "Turning up at the offices unannounced" in texts


@pytest.mark.parametrize("line", [
    "The report was NOTED.",
    "The Clerk, Mrs L. Pryce, was not present, being the complainant.",
    "None.",
    "To be arranged if required.",
])
def test_more_of_a_meetings_record_is_furniture(seg, line):
    doc = seg("4. ITEM\n\n" + line + "\n\n4.1 Councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct staff directly."]


@pytest.mark.parametrize("line", [
    "The report was noted, and officers must now bring a revised protocol to the next meeting.",
    "The Clerk was not present because councillors had not told her of the meeting, which must not happen again.",
])
def test_a_record_with_a_rule_in_it_stays_a_clause(seg, line):
    doc = seg("4. ITEM\n\n" + line + "\n")
    assert [c.text for c in doc.clauses] == [line]


def test_a_model_protocols_adoption_line_with_blanks_is_furniture(seg):
    doc = seg("This Protocol was adopted by the Council on [date] (Minute [number]).\n\n"
              "1.1 Councillors must not instruct staff directly.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct staff directly."]


ENQUIRIES = ("Member enquiries\n\nOverview\n\nMember enquiries are questions that councillors raise for residents.\n\n"
             "Response times\n\nA full reply is sent within ten working days.\n\n"
             "For councillors\n\nUse the online form rather than phoning officers.\n\n"
             "For officers\n\nCopy in your manager if the enquiry includes a complaint about a member of staff.\n\n"
             "Tell your Head of Service if a councillor asks you to do something outside the rules.\n\n"
             "Using the online form\n\nSign in to the Members' Portal and select 'New enquiry'.\n")


def test_a_part_for_officers_does_not_make_the_whole_page_theirs(seg):
    # (the officers' part's "your manager" and "a councillor asks you" outvoted the rest, and the form's steps, written
    # to councillors, were read as binding officers: b265's first run)
    doc = seg(ENQUIRIES, suffix=".md")
    assert audience_of(doc, load_tag_rules()) == "member"


@pytest.mark.parametrize("title, opening, audience", [
    ("Complaints by employees about councillors (HR Procedure 14)", "This procedure explains what you can do.",
     "officer"),
    ("Protocol for Relations between Councillors and Employees",
     "It supplements the Councillors' Code of Conduct and the Council's Code of Conduct for Employees.", "member"),
    ("Working together", "This guide is for new councillors. It explains what you can expect.", "member"),
])
def test_whom_you_means_is_read_from_the_title_and_a_sentence_that_says_whom_the_text_is_for(seg, title, opening,
                                                                                             audience):
    doc = seg(f"# {title}\n\n{opening}\n\n1. Officers will reply within ten working days.\n", suffix=".md")
    assert audience_of(doc, load_tag_rules()) == audience


def test_a_report_of_the_clerk_is_written_by_the_clerk(seg):
    doc = seg("Report of the Clerk: workload and councillors' direct requests\n\n"
              "1. I have been asked by councillors to draft letters that express their own views.\n\n"
              "2. I recommend that requests are sent to the council's address.\n")
    assert writer_of(doc, load_tag_rules()) == "officer"
