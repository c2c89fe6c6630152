"""Ingest shapes from the first runs on blind sets b80-b83: a section copied from an intranet as one long line, an
attendance table in Word minutes, a report's background papers and contact officer above its appendix, an
accordion's instruction."""

from __future__ import annotations

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment

FLATTENED = (
    "Section 7: Working with councillors\n\n"
    "7.2 Contact with councillors\n"
    "Councillors are entitled to contact any officer for information about the Council's services, and most "
    "contact will come by email.  You should acknowledge a councillor's enquiry within two working days and reply "
    "in full within ten working days.  When you reply, you should: \u2022 be factual and even-handed, giving the same "
    "information you would give any other councillor; \u2022 copy in your manager if the enquiry is contentious; and "
    "\u2022 avoid giving a personal opinion on matters of policy.  Councillors can ask you for information, but they "
    "cannot instruct you to do work.\n\n"
    "7.3 Political neutrality\n"
    "Whatever your grade, you must not: \u2022 help a councillor with campaign material; \u2022 attend a political "
    "group meeting unless your director has agreed; or \u2022 display party political material at work. If your "
    "post is politically restricted, further limits apply to your activities outside work.\n")


def test_a_section_copied_as_one_line_is_split_at_its_bullets_and_double_spaces(seg):
    doc = seg(FLATTENED)
    texts = [c.text for c in doc.clauses]
    assert "You should acknowledge a councillor's enquiry within two working days and reply in full within ten " \
           "working days." in texts
    assert "be factual and even-handed, giving the same information you would give any other councillor;" in texts
    assert "avoid giving a personal opinion on matters of policy." in texts
    assert "Councillors can ask you for information, but they cannot instruct you to do work." in texts
    # the sentence after the last item of a list is a paragraph again, even after a single space
    assert "display party political material at work." in texts
    assert "If your post is politically restricted, further limits apply to your activities outside work." in texts
    items = [c for c in doc.clauses if c.text.startswith("help a councillor")]
    assert items and items[0].lead_in == "Whatever your grade, you must not:"


def test_one_long_paragraph_with_a_single_bullet_or_typed_double_spaces_in_short_lines_stays_whole(seg):
    text = ("1.1 The Clerk is the Proper Officer.  The Clerk advises the Council.\n\n"
            "1.2 Councillors must use the \u2022 symbol sparingly when they write to the Clerk, who will reply within "
            "five working days of receiving the request, and who will tell the councillor if the request cannot be "
            "met in that time or needs the agreement of the Council.\n")
    doc = seg(text)
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]


def test_an_attendance_table_in_word_minutes_is_furniture(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Audit and Governance Committee", 1)
    d.add_paragraph("Minutes of the meeting held on Wednesday 18 November 2026 at 6.00 pm.")
    d.add_paragraph("The Committee considered the annual review of complaints about councillors' conduct towards "
                    "officers, which the Monitoring Officer presented.")
    table = d.add_table(rows=0, cols=2)
    for label, who in [("Present:", "Councillor D. Marchetti (Chair); Councillor S. Ingleby (Vice-Chair); "
                                    "Councillors R. Achterberg, N. Bhamra and F. Whitlock"),
                       ("Independent Person:", "Mr G. Ferriday (for minute AG/26/31)"),
                       ("Officers:", "Chief Executive (Ms R. Quartey); Monitoring Officer (Mr H. Lindqvist)"),
                       ("Public and press:", "One member of the press")]:
        row = table.add_row().cells
        row[0].text, row[1].text = label, who
    d.add_paragraph("AG/26/27 Apologies for absence were received from Councillor B. Fairclough.")
    d.add_paragraph("Members noted that councillors should not expect officers to reply to emails outside working "
                    "hours.")
    path = tmp_path / "minutes.docx"
    d.save(str(path))
    doc = segment(read(path))
    texts = [c.text for c in doc.clauses]
    assert not any("Marchetti" in t or "member of the press" in t for t in texts)
    assert any(f.reason in ("attendance list", "document details") and "Marchetti" in f.text for f in doc.furniture)
    assert any("outside working hours" in t for t in texts)


def test_a_reports_background_papers_and_contact_officer_above_its_appendix_are_furniture(seg):
    text = ("Report to Cabinet\n\n"
            "8.4 Equalities: an equality impact assessment has been completed and no adverse impact was found.\n\n"
            "Background papers: Internal Audit report IA/25/11, Member Enquiries (March 2025)\n\n"
            "Contact officer: Joanna Pelletier, Head of Customer Experience, 01632 960 772, jp@lannerby.gov.uk\n\n"
            "Appendix A - Member Casework Protocol\n\n"
            "1. Councillors should send casework to the casework inbox.\n\n"
            "2. Officers will acknowledge casework within two working days.\n")
    doc = seg(text)
    texts = [c.text for c in doc.clauses]
    assert not any(t.startswith(("Background papers", "Contact officer")) for t in texts)
    assert {"related documents", "contact details"} <= {f.reason for f in doc.furniture}
    assert "Officers will acknowledge casework within two working days." in texts


def test_an_accordions_instruction_is_a_page_widget(seg):
    page = ("<html><body><main><h1>Member and officer protocol</h1>"
            "<p>Select a section heading to show or hide its content.</p>"
            "<button>1. Purpose</button><div><p>1.1 This protocol guides councillors and officers.</p></div>"
            "<p><a href='#'>Expand all</a> | <a href='#'>Collapse all</a></p>"
            "</main></body></html>")
    doc = seg(page, suffix=".html")
    assert [c.text for c in doc.clauses] == ["This protocol guides councillors and officers."]
    assert any(f.reason == "page widget" and f.text.startswith("Select a section heading") for f in doc.furniture)


def test_availability_notes_a_versioned_footer_line_and_an_foi_notice_are_furniture(seg):
    text = ("From: Rachel Dunn <clerk@thistlebury-pc.gov.uk>\nSubject: Requests to the Clerk\n\nDear all,\n\n"
            "1. Councillors must send requests to me by email.\n\n"
            "2. Councillors must not instruct the contractors.\n\n"
            "This guidance is available in large print, Braille and Gaelic on request from people@carnbrae.gov.uk.\n\n"
            "This handout is available in large print or another format on request: call 01632 960 250.\n\n"
            "Thistlebury Parish Council is subject to the Freedom of Information Act 2000, and this email may have to "
            "be disclosed in response to a request.\n\n"
            "Thistlebury Parish Council - Requests Procedure - Version 3 (May 2026)\n")
    doc = seg(text)
    assert [c.text for c in doc.clauses] == ["Councillors must send requests to me by email.",
                                             "Councillors must not instruct the contractors."]
    reasons = {f.text[:20]: f.reason for f in doc.furniture}
    assert reasons["This guidance is ava"] == reasons["This handout is avai"] == "availability note"
    assert reasons["Thistlebury Parish C"] in ("email footer", "document details")
    assert "document details" in reasons.values()


def test_a_news_items_comment_links_and_moderation_notice_are_furniture(seg):
    page = ("<html><body><main><h1>New protocol for councillors and staff</h1>"
            "<p>Councillors must not criticise named officers on social media, the protocol says.</p>"
            "<h2>Comments</h2><p>Comments are checked by a moderator before they are published. Please read our "
            "comments policy.</p>"
            "<div class='comment'><p>About time this was written down.</p><p><a href='#'>Reply</a></p>"
            "<p><a href='#'>Report this comment</a></p></div></main></body></html>")
    doc = seg(page, suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert "Report this comment" not in texts
    assert not any(t.startswith("Comments are checked") for t in texts)
    assert "Councillors must not criticise named officers on social media, the protocol says." in texts


def test_a_rule_is_never_an_availability_note_and_typed_double_spaces_stay_one_paragraph(seg):
    doc = seg("1.1 This guidance is available in large print, and you must not put anything in an email you would "
              "not want published.\n\n"
              "1.2 Councillors must treat the Clerk with courtesy.  They must not send messages late at night.  They "
              "should allow five working days for a reply to any request, and ten for anything that needs research "
              "or the agreement of the Council.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]


def test_a_key_contacts_table_is_no_attendance_list(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Key contacts", 1)
    d.add_paragraph("Councillors must raise concerns about staff privately and never in a public meeting.")
    table = d.add_table(rows=0, cols=2)
    for label, who in [("Officers:", "Chief Executive (Head of Paid Service), Monitoring Officer, Chief Finance Officer"),
                       ("Complaints about officers:", "the Chief Executive, in writing, within 28 days")]:
        row = table.add_row().cells
        row[0].text, row[1].text = label, who
    path = tmp_path / "contacts.docx"
    d.save(str(path))
    doc = segment(read(path))
    assert "the Chief Executive, in writing, within 28 days" in [c.text for c in doc.clauses]


def test_a_lead_in_whose_items_are_lead_ins_is_kept_on_their_items(seg):
    # adversarial review 18: "councillors should:" over "• in meetings:" was in no clause, lead-in or furniture
    doc = seg("Member and Officer Protocol\n\nWhen dealing with staff, councillors should:\n\n• in meetings:\n"
              "• be courteous to officers;\n• not criticise staff in public.\n• in correspondence:\n"
              "• copy in the Clerk;\n• reply within five working days.\n\nThe Clerk will review this protocol.\n")
    leads = {c.text: c.lead_in for c in doc.clauses}
    assert leads["be courteous to officers;"] == "When dealing with staff, councillors should: in meetings:"
    assert leads["reply within five working days."] == "When dealing with staff, councillors should: in correspondence:"


def test_nested_lead_ins_keep_one_outer_lead_in_not_a_chain(seg):
    # adversarial review 19: a run of 1,500 "x:" lead-ins gave every item a lead-in of all of them (87 MB of output);
    doc = seg("Member Officer Protocol\n\nOfficers will:\n" + "".join(f"\u2022 in setting {k}:\n" for k in range(300))
              + "\u2022 reply within a week\n")
    lead = {c.text: c.lead_in for c in doc.clauses}["reply within a week"]
    assert lead.startswith("Officers will:") and len(lead) < 60
