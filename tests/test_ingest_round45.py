"""Shapes from the b212–b215 first runs: a minutes footer with the Clerk's address and email, a website's credit line,
and a numbered paragraph that gives an address ("the Clerk, 3 Orchard Close"), whose house number was read as the next
point run on inline."""

from __future__ import annotations

from test_ingest_round32 import _reasons

_PAGE = ("Protocol for Councillors and the Clerk\n\n"
         "1. Councillors must treat the Clerk with respect.\n\n"
         "2. Complaints should be sent to the Clerk, 3 Orchard Close, Kesworth, WV7 2PL or clerk@kesworth-pc.gov.uk.\n\n"
         "3. Write to the Clerk at 3 Orchard Close, WV7 2PL, or email clerk@kesworth-pc.gov.uk.\n\n"
         "Kesworth St Giles Parish Council - Clerk: Mrs L. Farrow, 3 Orchard Close, Kesworth St Giles, WV7 2PL - "
         "clerk@kesworthstgiles-pc.gov.uk\n\n"
         "Website by Gwefan Bach Cyf.\n")


def test_a_house_number_in_a_numbered_paragraph_is_no_point_of_its_own(seg):
    doc = seg(_PAGE)
    assert [(c.clause_id, c.text[:40]) for c in doc.clauses] == [
        ("1", "Councillors must treat the Clerk with re"),
        ("2", "Complaints should be sent to the Clerk, "),
        ("3", "Write to the Clerk at 3 Orchard Close, W")]


def test_a_contact_footer_and_a_site_credit_are_furniture(seg):
    reasons = _reasons(seg(_PAGE))
    assert reasons["Kesworth St Giles Parish Council - Clerk: Mrs L. Farrow, 3 Orchard Close, Kesworth St Giles, "
                   "WV7 2PL - clerk@kesworthstgiles-pc.gov.uk"] == "contact details"
    assert reasons["Website by Gwefan Bach Cyf."] == "site credit"


def test_points_run_on_inline_are_still_split(seg):
    # after a sentence's end, or with their stop, or lettered as an annex's: each is a point of its own
    doc = seg("Annex A – Key commitments A1 Councillors will direct requests for work to the Clerk through the council. "
              "A2 The Clerk will give impartial advice to the whole council. A3 Councillors will not contact the Clerk "
              "outside the Clerk's contracted hours except in an emergency.\n\n"
              "1. Introduction 1.1 The purpose of this protocol is to guide councillors and officers. 1.2 The protocol "
              "applies to all councillors. 2. Roles 2.1 Councillors set policy. 2.2 Officers give advice.\n")
    texts = [c.text for c in doc.clauses]
    assert "The Clerk will give impartial advice to the whole council." in texts
    assert "The protocol applies to all councillors." in texts and "Officers give advice." in texts


def test_the_last_line_of_a_sentence_that_gives_an_address_is_no_contact_line(seg):
    # (a PDF's wrapped line in r22a's hearing notice was taken for a contact footer, and the notice for cut off)
    doc = seg("Questions about this notice should be addressed to the Monitoring Officer, Orrelsby Town Hall,\n"
              "Church Street, Orrelsby OR1 1HT (standards@orrelsby.gov.uk).\n")
    assert "Church Street, Orrelsby OR1 1HT (standards@orrelsby.gov.uk)." in " ".join(c.text for c in doc.clauses)
    assert not doc.furniture


def test_the_procedural_record_of_a_meeting_is_furniture_and_a_rule_about_it_is_not(seg):
    # b216 and b218 (and every guideline-only annotator since round 41): apologies, votes, the next meeting's date and the
    # closing time are the meeting's record, not clauses
    lines = ["Apologies were received and accepted from Cllr R. Okafor.",
             "The press and public were readmitted at 8.14pm.",
             "Proposed Cllr Moss, seconded Cllr Okafor; 4 in favour, 0 against, 0 abstentions.",
             "The next meeting will be held on Tuesday 13 May 2025 at 7.00pm.",
             "The meeting closed at 8.42pm.",
             "There being no further business, the Chairman closed the meeting at 8.41pm."]
    rule = "Councillors must send their apologies to the Clerk before the meeting."
    doc = seg("Minutes of the Staffing Committee\n\n" + "\n\n".join(lines + [rule]) + "\n\n"
              "Thank you for your support in this.\n\nPrepared by Democratic Services. Last reviewed: June 2025.\n\n"
              "Page 1 of 2 / Tudalen 1 o 2\n")
    reasons = _reasons(doc)
    for line in lines:
        assert reasons[line] == "meeting record", line
    assert [c.text for c in doc.clauses] == [rule]
    assert reasons["Thank you for your support in this."] == "sign-off"
    assert reasons["Prepared by Democratic Services. Last reviewed: June 2025."] == "document details"
    assert reasons["Page 1 of 2 / Tudalen 1 o 2"] == "page number"


def test_a_minute_ending_on_its_procedural_record_is_whole_and_its_resolution_a_clause(seg):
    # b77's and r14a's minutes once their closing lines were furniture: the resolution above the closing time was taken
    # for a document's details line, and a minute's number over "Date of next meeting" for a cut-off
    doc = seg("Minutes of the Standards Committee\n\n"
              "35. Complaints update\n\n"
              "The Committee considered its work programme for the rest of the year.\n\n"
              "RESOLVED – That the work programme be approved, with the addition of a report in January 2027 on the "
              "training offered to officers on the Member/Officer Protocol.\n\n"
              "36.\nDate of next meeting\n"
              "The next meeting of the Committee will be held on Wednesday 10 March 2027 at 6.00 pm.\n\n"
              "The meeting ended at 7.48 pm.\n")
    texts = [c.text for c in doc.clauses]
    assert any(t.startswith("RESOLVED – That the work programme be approved") for t in texts)
    assert not doc.warnings


def test_a_phone_numbers_last_digits_wrapped_onto_their_own_line_stay_in_the_sentence(seg):
    # b221's first run: "... on 01632 960" / "418." left "418." as a stray number and the document flagged as cut off
    doc = seg("34. Advice on this protocol is available from Legal and Democratic Services on 01632 960\n418.\n")
    assert [c.text for c in doc.clauses] == [
        "Advice on this protocol is available from Legal and Democratic Services on 01632 960 418."]
    assert not doc.furniture and not doc.warnings


def test_a_concerns_flow_table_has_its_header_and_its_step_labels(seg):
    # b220's appendix: "Step | Where a Member has a concern about an Officer | Where an Officer has a concern about a
    # Member" was read as three clauses, and each row's "Step 1 – Informal" as a clause
    doc = seg("| Step | Where a Member has a concern about an Officer | Where an Officer has a concern about a Member |\n"
              "|---|---|---|\n"
              "| Step 1 – Informal | Speak to the Officer directly, or to their line manager. | Speak to the Member "
              "directly, or ask your manager to do so. |\n"
              "| Step 2 – Referral | Refer the concern in writing to the relevant Director. | Ask your Director to raise "
              "it with the Member's Group Leader. |\n", ".md")
    texts = [c.text for c in doc.clauses]
    assert texts == ["Speak to the Officer directly, or to their line manager.",
                     "Speak to the Member directly, or ask your manager to do so.",
                     "Refer the concern in writing to the relevant Director.",
                     "Ask your Director to raise it with the Member's Group Leader."]
    assert all(c.kind == "cell" for c in doc.clauses)
