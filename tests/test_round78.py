"""Round 78: what its first run found. A stage's or step's title that goes on in lower case ("Stage 2: formal
complaint") is a heading over its own paragraph, as "Stage 2: Formal complaint" is; a PDF paragraph's number in a
smaller type stands on its paragraph's first line; a vote asked to be recorded, in brackets, is the minutes' record; an
offer of the document in another format, a report's byline and its author's line, and "OFFICIAL – PUBLIC" are
furniture; a numbered bilingual title is a heading."""

from __future__ import annotations

import pytest

from conftest import furniture_reasons

ROUTE = """Complaints procedure

Stage 1: informal resolution

The councillor should first raise the matter with the Clerk, who will try to settle it within ten working days.

Stage 2: formal complaint

If the matter is not settled, the councillor may complain in writing to the Chair of the Staffing Committee.

Stage 3 - appeal

An appeal goes to a panel of three councillors who have not been involved before.
"""


@pytest.mark.parametrize("suffix, text", [
    (".txt", ROUTE),
    (".md", ROUTE.replace("Complaints procedure", "# Complaints procedure")),
])
def test_a_stage_title_in_lower_case_is_a_heading_over_its_own_paragraph(seg, suffix, text):
    doc = seg(text, suffix=suffix)
    assert [c.text[:30] for c in doc.clauses] == [
        "The councillor should first ra", "If the matter is not settled, ", "An appeal goes to a panel of t"]
    assert doc.clauses[1].section[-1] == "formal complaint"


def test_a_stage_that_is_a_sentence_stays_a_clause(seg):
    doc = seg("Complaints procedure\n\nStage 1: the councillor should raise the matter with the Clerk.\n\n"
              "Stage 2: the Chair will review the matter within ten working days.\n")
    assert [c.text for c in doc.clauses] == ["the councillor should raise the matter with the Clerk.",
                                             "the Chair will review the matter within ten working days."]


def test_a_paragraph_number_in_smaller_type_stands_on_its_paragraphs_first_line(tmp_path):
    """b363's 12-page protocol set each paragraph's number in a smaller type than its text, its top 2.8 points below
    the text's: the number stood on a line of its own under the paragraph's first line, which became a heading, and 51
    of the document's 60 paragraphs were lost to the ones below them."""
    from reportlab.pdfgen import canvas

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    path = tmp_path / "hanging.pdf"
    c = canvas.Canvas(str(path))
    y = 760
    paragraphs = [["This Protocol sets out the principles which govern the working",
                   "relationship between the elected Members and the Officers of the Council."],
                  ["Members must not give instructions to individual officers or seek",
                   "to become involved in the day-to-day management of staff."],
                  ["Officers will respond to enquiries from Members within ten working",
                   "days, or say when a full reply can be expected."]]
    for n, lines in enumerate(paragraphs, 1):
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 0.6, f"{n}.")  # the number's foot on the text's baseline, its top lower
        c.setFont("Helvetica", 12)
        for k, ln in enumerate(lines):
            c.drawString(100, y - 16 * k, ln)
        y -= 16 * len(lines) + 12
    c.save()
    doc = segment(read(path))
    assert [(cl.clause_id, cl.text[:40]) for cl in doc.clauses] == [
        ("1", "This Protocol sets out the principles wh"), ("2", "Members must not give instructions to in"),
        ("3", "Officers will respond to enquiries from ")]


def test_a_vote_asked_to_be_recorded_in_brackets_is_the_minutes_record(seg):
    doc = seg("48. Member enquiries\n\nRESOLVED that the Head of Customer Services report response times to the "
              "Committee each quarter.\n\n(Councillor Pryce asked that her vote against resolution 1 be recorded.)\n\n"
              "(Councillors must not contact officers directly about enquiries already logged.)\n")
    assert furniture_reasons(doc)["(Councillor Pryce asked that her vote against resolution 1 be recorded.)"] == \
        "meeting record"
    assert [c.text for c in doc.clauses][-1] == \
        "(Councillors must not contact officers directly about enquiries already logged.)"


def test_an_offer_of_the_document_in_another_format_is_an_availability_note(seg):
    line = ("For this protocol in another format or language, contact governance@strathmoran.gov.uk or telephone "
            "01632 960312.")
    doc = seg("1. Employees must treat councillors with courtesy.\n\n" + line + "\n")
    assert furniture_reasons(doc)[line] == "availability note"
    # (a rule about formats stays a clause)
    doc = seg("1. For this protocol in another format, contact the Clerk, who must supply it within five days.\n")
    assert len(doc.clauses) == 1


def test_a_reports_byline_and_author_line_are_its_details(seg):
    doc = seg("REVIEW OF THE PROTOCOL ON COUNCILLOR-OFFICER RELATIONS\n\n"
              "Report by the Head of Legal and Governance Services (Monitoring Officer)\n\n"
              "1.1 This report presents the findings of a review of the Protocol.\n\n"
              "Author: Fiona MacRae, tel. 01632 960117, email fiona.macrae@glenmorven.gov.uk\n")
    reasons = furniture_reasons(doc)
    assert "Report by the Head of Legal and Governance Services (Monitoring Officer)" in reasons
    assert "Author: Fiona MacRae, tel. 01632 960117, email fiona.macrae@glenmorven.gov.uk" in reasons
    assert [c.text for c in doc.clauses] == ["This report presents the findings of a review of the Protocol."]


def test_a_numbered_bilingual_title_is_a_heading(seg):
    doc = seg("4. Y Berthynas rhwng Aelodau a Swyddogion / The Relationship between Members and Officers\n\n"
              "4.1 Members and Officers must treat each other with courtesy and respect at all times.\n")
    assert [c.clause_id for c in doc.clauses] == ["4.1"]
    assert doc.clauses[0].section[-1].startswith("Y Berthynas")


def test_a_security_marking_with_its_audience_is_furniture(seg):
    doc = seg("1. The Head of Democratic Services will review this protocol every two years.\n\n---\n\n"
              "OFFICIAL – PUBLIC\n")
    assert furniture_reasons(doc)["OFFICIAL – PUBLIC"] == "security marking"
    assert not doc.warnings


def test_a_tall_step_number_beside_two_lines_keeps_them_two_lines(tmp_path):
    """Adversarial review 80: a 22-point step number whose foot stands on the second of the two lines beside it joined
    them into one line, their words interleaved ("Councillors privately with must the raise Chief ...")."""
    from reportlab.pdfgen import canvas

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    path = tmp_path / "steps.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Raising a concern")
    y = 720
    for n, (a, b) in enumerate([("Councillors must raise any concern about an officer",
                                 "privately with the Chief Executive and never in public."),
                                ("Officers must give impartial advice to all councillors",
                                 "whatever their political group or party.")], 1):
        c.setFont("Helvetica", 10)
        c.drawString(110, y, a)
        c.drawString(110, y - 12, b)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(72, y - 12 + 2.5, str(n))
        y -= 40
    c.save()
    texts = [cl.text for cl in segment(read(path)).clauses]
    assert "Councillors must raise any concern about an officer privately with the Chief Executive and never in " \
           "public." in texts
    assert "Officers must give impartial advice to all councillors whatever their political group or party." in texts


@pytest.mark.parametrize("line", [
    "Step 1: raise the matter informally with the Clerk first",
    "Stage 2: complaints about the Clerk go to the Chair of the Council",
    "Councillors must not instruct contractors / agency staff directly or give them work outside agreed procedures",
    "Officers will respond to councillors / members of the public within ten working days",
    "For this protocol in another format or language, contact the Clerk, who will provide it free of charge within "
    "five working days.",
])
def test_a_rule_shaped_like_a_title_or_a_details_line_stays_a_clause(seg, line):
    """Adversarial review 80: each of these was taken for a heading or for furniture."""
    doc = seg("Raising a concern\n\n" + line + "\n\nThe Clerk will try to resolve it within ten working days.\n")
    assert line.split(": ", 1)[-1] in [c.text for c in doc.clauses] or line in [c.text for c in doc.clauses]


def test_an_author_line_full_of_telephone_abbreviations_is_read_at_once(seg):
    """Adversarial review 80: the author line's full stops could be matched two ways, and a line of twenty "tel." took
    seconds; they are matched one way now."""
    line = "Author: Jo Bloggs, tel." + "x tel." * 40 + "x!"
    doc = seg("1. Councillors must treat officers with respect.\n\n" + line + "\n")
    assert len(doc.clauses) == 2


@pytest.mark.parametrize("title", ["initial contact", "phone call from the Chair", "email or letter to the Clerk",
                                   "referral to the Chief Executive and Monitoring Officer",
                                   "formal complaint to the Chair of the Council"])
def test_a_lower_case_stage_title_naming_what_happens_is_a_heading(seg, title):
    """Second review of adversarial round 80: nouns that are also verbs ("contact", "phone", "email") and titles of more
    than six words had made these clauses."""
    doc = seg(f"Raising a concern\n\nStage 1: {title}\n\nThe Clerk will try to resolve it within ten working days.\n")
    assert [c.text for c in doc.clauses] == ["The Clerk will try to resolve it within ten working days."]


def test_a_welsh_title_over_an_english_one_without_small_words_is_a_heading(seg):
    doc = seg("2. Rhan 5.1 – Protocol Cysylltiadau Aelodau a Swyddogion / Part 5.1 – Member Officer Relations Protocol\n\n"
              "2.1 Members and Officers must treat each other with courtesy.\n")
    assert [c.clause_id for c in doc.clauses] == ["2.1"]


@pytest.mark.parametrize("line", ["Author: Jan van der Berg, tel. 01632 960117",
                                  "Author: Siân ap Gwilym, email sian.apgwilym@llanfair.gov.uk"])
def test_an_authors_name_with_a_particle_is_contact_details(seg, line):
    doc = seg("1. Councillors must treat officers with respect.\n\n" + line + "\n")
    assert furniture_reasons(doc).get(line) == "contact details"


def test_an_offer_of_another_format_with_a_friendly_word_is_still_an_availability_note(seg):
    line = "For this protocol in another format, please contact Democratic Services, who will be happy to help."
    doc = seg("1. Councillors must treat officers with respect.\n\n" + line + "\n")
    assert furniture_reasons(doc)[line] == "availability note"


def test_a_minutes_record_under_its_reference_or_with_its_vote_after_it_is_the_record(seg):
    """Round 79's first run (b369's parish minutes): "(Unanimous)" after the approval of the last minutes, and the
    minute's reference before "Date of next meeting:", had kept both as clauses."""
    approved = ("RESOLVED: that the minutes of the meeting held on 11 February 2025 be approved and signed by the "
                "Chairman as a correct record. (Unanimous)")
    next_meeting = "25/041 Date of next meeting: Tuesday 8 April 2025 at 7.30pm in Thornleigh Village Hall."
    rule = "RESOLVED: that councillors must not contact the Clerk outside working hours except in an emergency. (Unanimous)"
    doc = seg("25/040 Clerk's hours\n\n" + approved + "\n\n" + rule + "\n\n" + next_meeting + "\n")
    reasons = furniture_reasons(doc)
    assert reasons.get(approved) == "meeting record" and reasons.get(next_meeting) == "meeting record"
    assert [c.text[:40] for c in doc.clauses] == ["RESOLVED: that councillors must not cont"]
