"""Shapes from the b188–b191 first runs: a printed email conversation, a slide deck's footers, a bilingual signing line, a
version line and an end mark after the document's reference are furniture, and the text beside them stays clauses."""

from __future__ import annotations

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_ingest_pages import _check_accounted
from test_ingest_round32 import _reasons

# a conversation printed from a webmail: its title, its message count, each message's sender with the time, names as
# greetings and closing names, and replies that quote a message the printout holds above them
_PRINTED = ("Upper Hallam Parish Council Mail - Calls to the Clerk at home\n\n"
            "Calls to the Clerk at home\n"
            "3 messages\n\n"
            "Jo Treave <clerk@upperhallam-pc.gov.uk>\tTue, 2 Mar 2027 at 09:12\n"
            "To: Alan Prior <chair@upperhallam-pc.gov.uk>\n\n"
            "Dear Alan,\n\n"
            "One councillor has been phoning me at home in the evenings about routine\n"
            "parish business, and it is starting to affect my time off.\n\n"
            "Could you have a word with him, or tell me whether I should ask the county\n"
            "association for its advice?\n\n"
            "Many thanks,\n\n"
            "Jo\n\n"
            "Jo Treave\n"
            "Clerk and RFO\n"
            "Village Hall, Church Lane, Upper Hallam HX7 2PL | 01632 960 118\n\n"
            "----------------------------------------\n\n"
            "Alan Prior <chair@upperhallam-pc.gov.uk>\tTue, 2 Mar 2027 at 19:40\n"
            "To: Jo Treave <clerk@upperhallam-pc.gov.uk>\n\n"
            "Jo,\n\n"
            "Council business should come to you by email or in office hours, and nobody\n"
            "should ring you at home about it.\n\n"
            "Alan\n\n"
            "Cllr Alan Prior\n"
            "Chair, Upper Hallam Parish Council\n\n"
            "On Tue, 2 Mar 2027 at 09:12, Jo Treave <clerk@upperhallam-pc.gov.uk> wrote:\n"
            "> One councillor has been phoning me at home in the evenings about routine parish\n"
            "> business, and it is starting to affect my time off.\n"
            "> The council should adopt a short protocol on contact with the Clerk.\n"
            "[Quoted text hidden]\n")


def test_a_printed_email_conversations_own_lines_are_furniture_and_its_messages_stay(seg):
    doc = seg(_PRINTED)
    reasons = _reasons(doc)
    texts = [c.text for c in doc.clauses]
    assert reasons["Upper Hallam Parish Council Mail - Calls to the Clerk at home"] == "email header"
    assert reasons["3 messages"] == "email header"
    assert reasons["Jo Treave <clerk@upperhallam-pc.gov.uk>\tTue, 2 Mar 2027 at 09:12"] == "email header"
    assert reasons["Jo,"] == "greeting"  # (a greeting that is only a name, under the message's header)
    # (over the full name, with or without a sign-off)
    assert {reasons["Jo"], reasons["Alan"]} <= {"signature", "email signature"}
    # a quoted line that repeats the message above is furniture; a quoted line the printout does not hold is text
    assert reasons["business, and it is starting to affect my time off."] == "quoted message"
    assert texts == ["One councillor has been phoning me at home in the evenings about routine parish business, and it "
                     "is starting to affect my time off.",
                     "Could you have a word with him, or tell me whether I should ask the county association for its "
                     "advice?",  # (a request to the reader that closes a message is no question heading)
                     "Council business should come to you by email or in office hours, and nobody should ring you at "
                     "home about it.",
                     "The council should adopt a short protocol on contact with the Clerk."]


def test_a_name_and_comma_is_a_greeting_only_under_a_messages_header(seg):
    # in a protocol, a line that is a name and a comma is part of the text around it
    doc = seg("1. The Clerk will send the agenda to\n"
              "Councillors,\n"
              "the press and the public at least three clear days before each meeting.\n")
    assert [c.text for c in doc.clauses] == ["The Clerk will send the agenda to Councillors, the press and the public at "
                                             "least three clear days before each meeting."]


def test_a_slide_decks_numbers_and_footer_inside_pdf_pages_are_furniture(tmp_path):
    # b188's deck: several slides to a page, each slide's number over the deck's footer
    from reportlab.pdfgen import canvas

    slides = [("Who does what", ["Councillors set policy and the budget and represent their residents.",
                                 "Officers advise, put decisions into effect and run services day to day."]),
              ("What you can expect from officers", ["A reply to ward enquiries within ten working days.",
                                                     "Equal treatment, whatever your party."]),
              ("What officers can expect from you", ["Courtesy and respect in meetings, in emails and online.",
                                                     "Requests for new work go through the head of service."]),
              ("When things go wrong", ["Talk to the officer or their manager first.",
                                        "A serious concern about a councillor goes to the Monitoring Officer."])]
    path = tmp_path / "deck.pdf"
    c = canvas.Canvas(str(path))
    for page in range(2):
        y = 790
        for n, (title, bullets) in enumerate(slides[2 * page:2 * page + 2], 2 * page + 1):
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, y, title)
            y -= 24
            c.setFont("Helvetica", 10)
            for b in bullets:
                c.drawString(70, y, f"• {b}")
                y -= 16
            y -= 12
            c.drawString(60, y, str(n))
            y -= 14
            c.drawString(60, y, "Wyeford County Council · Councillor Induction 2027")
            y -= 60
        c.showPage()
    c.save()
    raw = read(path, "deck")
    doc = segment(raw)
    _check_accounted(raw, doc)
    assert [c.text for c in doc.clauses] == [b for _, bullets in slides for b in bullets]
    numbers = [f.reason for f in doc.furniture if f.text.strip() in ("1", "2", "3", "4")]
    assert len(numbers) == 4 and set(numbers) <= {"page number", "running footer"}
    assert {h.text for h in doc.headings} == {t for t, _ in slides}


def test_a_bilingual_signing_line_a_version_line_and_an_end_mark_after_a_reference_are_furniture(seg):
    doc = seg("Extract prepared for the Standards Committee. Version 2 (final), 30 June 2027.\n\n"
              "1. Officers will reply to councillors within ten working days.\n\n"
              "2. The Council will review these arrangements every two years.\n\n"
              "Llofnodwyd ar ran y Cyngor / Signed on behalf of the Council:\n\n"
              "....................................................\n\n"
              "PC/POL/07 v2.2 - Councillor and Staff Protocol - end of document\n")
    reasons = _reasons(doc)
    assert reasons["Extract prepared for the Standards Committee. Version 2 (final), 30 June 2027."] == "document details"
    assert reasons["Llofnodwyd ar ran y Cyngor / Signed on behalf of the Council:"] == "signature"
    assert reasons["PC/POL/07 v2.2 - Councillor and Staff Protocol - end of document"] == "end mark"
    assert [c.text for c in doc.clauses] == ["Officers will reply to councillors within ten working days.",
                                             "The Council will review these arrangements every two years."]
    assert all(c.complete for c in doc.clauses)  # (the end mark is no sentence cut off)
