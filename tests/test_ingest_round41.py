"""Shapes from the b196–b199 first runs: a signature in the middle of an email thread (the closing first name over the
full name, an address on one line with bars between its parts, the disclaimer under it) and a guidance page's author
box and newsletter offer."""

from __future__ import annotations

from test_ingest_round32 import _reasons

_THREAD = ("From: Anita Okafor <anita.okafor@brackenshire.gov.uk>\n"
           "To: Helen Marsh <helen.marsh@brackenshire.gov.uk>\n"
           "Subject: RE: Messages from a councillor\n\n"
           "Dear Helen,\n\n"
           "Councillors must not put pressure on you to change your recommendation to the committee.\n\n"
           "Kind regards,\n\n"
           "Anita\n\n"
           "Anita Okafor\n"
           "Director of Law and Governance and Monitoring Officer\n"
           "Brackenshire County Council | County Hall | Castle Street | Brackenford | BK1 2AA\n\n"
           "This email and any attachments are confidential and may be legally privileged. If you are\n"
           "not the intended recipient, please tell the sender and delete it. Brackenshire County\n"
           "Council monitors emails to protect the security of its systems.\n\n"
           "On Tue, 3 Mar 2026 at 16:05, Helen Marsh <helen.marsh@brackenshire.gov.uk> wrote:\n\n"
           "Dear Anita,\n\n"
           "I am writing to ask for your advice about a series of messages from a councillor.\n")


def test_a_signature_in_the_middle_of_a_thread_and_its_disclaimer_are_furniture(seg):
    doc = seg(_THREAD)
    reasons = _reasons(doc)
    signature = {"signature", "email signature"}
    assert reasons["Anita Okafor"] in signature  # (under the closing first name)
    assert reasons["Director of Law and Governance and Monitoring Officer"] in signature
    assert reasons["Brackenshire County Council | County Hall | Castle Street | Brackenford | BK1 2AA"] == \
        "contact details"
    assert reasons["Council monitors emails to protect the security of its systems."] == "email disclaimer"
    # (the message it answered, quoted below it, is no part of its signature: a short thread once lost it)
    assert [c.text for c in doc.clauses] == [
        "Councillors must not put pressure on you to change your recommendation to the committee.",
        "I am writing to ask for your advice about a series of messages from a councillor."]


def test_a_paragraph_that_opens_like_a_disclaimer_but_binds_a_side_stays(seg):
    doc = seg("Dear Clerk,\n\nCouncillors must not telephone you at home.\n\nKind regards,\n\nAnita\n\n"
              "This email explains how councillors must contact the Clerk, and is not\n"
              "intended as a complaint.\n")
    assert any(c.text.startswith("This email explains how councillors must contact the Clerk") for c in doc.clauses)


def test_a_rule_with_bars_between_its_parties_is_no_address(seg):
    doc = seg("1. Councillors must treat the Clerk with respect.\n\n2. Officers | Members | Both must be courteous.\n")
    assert len(doc.clauses) == 2


def test_a_guidance_pages_author_box_and_newsletter_offer_are_chrome(seg):
    doc = seg("<html><body><main><article><h1>Political neutrality</h1>"
              "<p>Officers must not be asked to draft party political material.</p>"
              '<div class="author-box"><h3>About the author</h3><p class="name">Dr Sarah Quennell</p>'
              "<p>Sarah is a Senior Adviser at LGPN and a former deputy monitoring officer in a London borough.</p>"
              '<a href="/people/sq">More by this author</a></div>'
              '<section class="newsletter"><h2>Get the governance bulletin</h2><p>Our free fortnightly round-up of '
              "guidance, case law and events for governance professionals.</p>"
              '<p class="small">You can unsubscribe at any time.</p></section>'
              "</article></main></body></html>", suffix=".html")
    assert [c.text for c in doc.clauses] == ["Officers must not be asked to draft party political material."]
    reasons = _reasons(doc)
    assert reasons["More by this author"] == "site author-box"
    assert reasons["You can unsubscribe at any time."] == "site newsletter"


def test_the_same_signature_far_from_the_end_of_a_long_thread(seg):
    # (the sign-off far from the end: no email tail, the signature block and the disclaimer read on their own)
    filler = "".join(f"Point {k}: officers will reply to councillors within ten working days of each enquiry.\n\n"
                     for k in range(1, 45))
    doc = seg(_THREAD + "\n" + filler)
    reasons = _reasons(doc)
    assert reasons["Anita Okafor"] == "signature"
    assert reasons["Council monitors emails to protect the security of its systems."] == "email disclaimer"


def test_a_help_line_a_copyright_note_and_a_meetings_closing_time_are_furniture(seg):
    # b201 and b202's first runs kept the first two as clauses; the closing time and a "Questions? Contact ..." line
    # are clauses in the gold of earlier rounds (a record in minutes, a route for advice), and stay
    doc = seg("MINUTES\n\n1. Councillors must not contact the Clerk at home.\n\n"
              "Advice line: 01632 960 214 (Monday to Thursday, 9.30am to 4pm)\n\n"
              "© Marlshire Association of Local Councils 2024. Member councils may copy this note for internal use. "
              "MALC advice notes are not a substitute for legal advice.\n\n"
              "Questions? Contact the HR Advice Line on extension 5120 or email hr.advice@ordchester.gov.uk.\n\n"
              "The meeting closed at 8.45pm.\n")
    reasons = _reasons(doc)
    assert reasons["Advice line: 01632 960 214 (Monday to Thursday, 9.30am to 4pm)"] == "contact details"
    # ("See also:" alone is left to the heading rules: dropped as furniture, the list of documents under it lost its
    # heading and stood as clauses in three documents of earlier rounds)
    assert reasons["© Marlshire Association of Local Councils 2024. Member councils may copy this note for internal use. "
                   "MALC advice notes are not a substitute for legal advice."] == "footer links"
    # (a meeting's closing time is its record, furniture since round 46)
    assert [c.text for c in doc.clauses][1:] == [
        "Questions? Contact the HR Advice Line on extension 5120 or email hr.advice@ordchester.gov.uk."]
    assert reasons["The meeting closed at 8.45pm."] == "meeting record"


def test_slides_drawn_in_frames_with_drawn_bullets_read_as_titles_and_points(tmp_path):
    # b207's handout: each slide a ruled box, its bullets small filled circles with no character of their own; the
    # boxes were read as one-cell tables and each slide's title and points as one clause
    from reportlab.pdfgen import canvas

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    slides = [("Your role as a councillor", ["Represent your ward and all of its residents",
                                             "Set the Council's policies, budget and priorities",
                                             "Scrutinise decisions and hold the Cabinet to account"]),
              ("The role of officers", ["Give impartial, professional advice to all councillors",
                                        "Put into effect the decisions of the Council",
                                        "Manage services and staff day to day"])]
    path = tmp_path / "handout.pdf"
    c = canvas.Canvas(str(path))
    y = 800
    for title, points in slides:
        c.rect(50, y - 150, 495, 140)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(65, y - 35, title)
        c.setFont("Helvetica", 11)
        for k, point in enumerate(points):
            py = y - 65 - 22 * k
            c.circle(70, py + 3.5, 2, stroke=0, fill=1)
            c.drawString(80, py, point)
        y -= 180
    c.showPage()
    c.save()
    doc = segment(read(path, "handout"))
    assert [c.text for c in doc.clauses] == [p for _, points in slides for p in points]
    assert {h.text for h in doc.headings} >= {t for t, _ in slides}


def test_a_one_column_table_with_one_wrapped_cell_and_an_icon_mid_sentence_keep_their_reading(tmp_path):
    # adversarial review 43: a one-column table of dates, one cell wrapped, was read as text (its dates became
    # headings), and a shape in the middle of a sentence became a bullet
    from reportlab.pdfgen import canvas

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    path = tmp_path / "dates.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)
    c.drawString(60, 800, "1. Councillors must give the Clerk three clear days' notice of any item for the agenda.")
    c.drawString(60, 780, "2. Items marked")
    c.circle(142, 783.5, 2.5, stroke=0, fill=1)
    c.drawString(150, 780, "are confidential and must not be shared outside the meeting.")
    dates = [["Tuesday 13 May 2025"], ["Tuesday 8 July 2025\n(Annual Meeting of the Council)"],
             ["Tuesday 9 September 2025"], ["Tuesday 11 November 2025"]]
    y = 740
    for (cell,) in dates:
        lines = cell.split("\n")
        h = 18 * len(lines)
        c.rect(60, y - h, 200, h)
        for k, text in enumerate(lines):
            c.drawString(66, y - 13 - 18 * k, text)
        y -= h
    c.showPage()
    c.save()
    doc = segment(read(path, "dates"))
    texts = [c.text for c in doc.clauses]
    assert "Items marked are confidential and must not be shared outside the meeting." in texts or \
        not any("•" in t for t in texts)
    assert not any(h.text.startswith("Tuesday") for h in doc.headings)
    assert any("Tuesday 9 September 2025" in t for t in texts)


def test_a_blogs_comment_author_lines_are_furniture_and_their_comments_stay(seg):
    # b205's first run kept "Cllr Tom Birtles says:" and four more as clauses, one numbered "23.J"
    doc = seg("Respect works both ways\n\nCouncillors and officers must treat each other with respect.\n\n"
              "Cllr Tom Birtles says:\n23 September 2025 at 8:41 am\n"
              "Well said. As a new councillor I have found officers incredibly helpful.\n\n"
              "J. Prentice says:\n23 September 2025 at 11:02 am\n"
              "Respect has to be earned by both sides.\n\n"
              "1. In a nutshell, the protocol says:\n\n- treat staff with respect\n")
    reasons = _reasons(doc)
    assert reasons["Cllr Tom Birtles says:"] == reasons["J. Prentice says:"] == "comment widget"
    texts = [c.text for c in doc.clauses]
    assert "Well said. As a new councillor I have found officers incredibly helpful." in texts
    assert "Respect has to be earned by both sides." in texts
    assert "In a nutshell, the protocol says:" not in reasons  # (a lead-in that names the protocol stays)


def test_a_contacts_table_of_posts_names_and_numbers_is_contact_details(tmp_path):
    # b210's appendix: "Role | Name | Contact" over each post, its holder and a number; names and numbers stood as clauses
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    path = tmp_path / "contacts.pdf"
    style = getSampleStyleSheet()["BodyText"]
    table = Table([["Role", "Name", "Contact"],
                   ["Monitoring Officer", "Fiona Gallacher", "01632 960214"],
                   ["Deputy Monitoring Officer", "Rhys Penhaligon", "01632 960219"],
                   ["Chief Finance Officer (s151)", "Deborah Kwan", "01632 960301"]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("1. Councillors must treat officers with courtesy and respect.", style),
        Paragraph("2. The people listed below can give confidential advice to Members and officers.", style), table])
    doc = segment(read(path, "contacts"))
    assert not any("Gallacher" in c.text or "960219" in c.text for c in doc.clauses)
    assert "contact details" in {f.reason for f in doc.furniture}
    assert len(doc.clauses) == 2
