"""Shapes of real pages that stood as clauses on unseen pages: a title block's tagline and its
adoption subtitle, a Q&A page's questions, headings wrapped onto two lines, a report's cover details
and its background papers ending in full stops, and a two-page PDF's running header in small type.
The documents are in tests/data/page_shapes/ (invented councils), written out here in every format
the shape can take; nothing is lost in any of them (every line is a clause, a heading or furniture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ingest_pages import FORMATS, _doc

DATA = Path(__file__).parent / "data" / "page_shapes"


def _pages(name: str) -> list[list[str]]:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n")
    return [page.split("\n") for page in text.split("\f")]


def _furniture(doc) -> dict[str, str]:
    return {f.text: f.reason for f in doc.furniture}


def _between_two_clauses(seg, line: str):
    """A document of two numbered rules (1.1 and 1.2) with ``line`` between them, segmented."""
    return seg(f"1.1 Councillors and officers work together with respect.\n\n{line}\n\n"
               "1.2 Officers give impartial advice to every councillor.\n")


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_tagline_and_subtitles_carrying_the_adoption_date_are_the_documents_details(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, _pages("tagline_title_block"))
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2"]
    reasons = _furniture(doc)
    assert reasons.get("Part 5 – Codes and Protocols. Adopted by Council on 12 May 2021.") == "document details"
    assert reasons.get("A guide for councillors and staff, agreed by the Standards Committee in March 2024") \
        == "document details"
    # a sentence of the protocol saying when it was adopted stays a clause
    assert doc.clauses[4].text.startswith("This protocol was adopted by the Council on 12 May 2021")
    # (the title is the heading that names the document, over the council's name above it)
    assert doc.title == "Protocol on Member and Officer Relations" and not doc.warnings


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_qa_pages_questions_are_the_headings_of_their_answers(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, _pages("qa_page"))
    questions = [h.text for h in doc.headings if h.text.endswith("?")]
    assert len(questions) == 5
    assert questions[1].startswith("Can I ask the Clerk to write a letter")  # 15 words: a question, however long
    assert questions[3] == "I have known the Clerk for years outside the Council. Is that a problem?"
    assert questions[4].startswith("Who do I speak to if I have a complaint")  # after its "Q." label
    # one clause per answer, each under its own question
    assert len(doc.clauses) == 5
    assert [c.section[-1] for c in doc.clauses] == questions
    assert doc.clauses[1].text.startswith("No. The Clerk acts for the Council")
    # "Q." and "A." label the question and its answer: no section letter, no lettered item
    assert [c.clause_id for c in doc.clauses] == ["p1", "p2", "p3", "p4", "p5"]
    assert doc.clauses[4].text.startswith("Raise it with the Chair") and doc.clauses[4].kind == "paragraph"
    assert not doc.warnings


def test_a_question_inside_an_answer_and_a_sentence_ending_in_a_question_mark_stay_text(seg):
    doc = seg("Can a councillor ask the Clerk to help with a campaign leaflet or a party newsletter?\n\n"
              "No. Would the Clerk help any other candidate with a campaign leaflet? Never.\n\n"
              "Councillors sometimes ask the Clerk what the Chair decided at the last meeting of the Council?\n\n"
              "The Clerk will answer from the minutes.\n")
    assert [h.text for h in doc.headings] == [
        "Can a councillor ask the Clerk to help with a campaign leaflet or a party newsletter?"]
    assert [c.text for c in doc.clauses] == [
        "No. Would the Clerk help any other candidate with a campaign leaflet? Never.",
        "Councillors sometimes ask the Clerk what the Chair decided at the last meeting of the Council?",
        "The Clerk will answer from the minutes."]


WRAPPED = ["Purpose of this protocol and the principles which underpin it",
           "The role of councillors and the role of officers in the Council",
           "Support for Political Groups and Group Leaders"]


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_a_heading_wrapped_onto_two_lines_is_one_heading(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, _pages("wrapped_headings"))
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "2-1", "2-2"]
    assert [c.section[-1] for c in doc.clauses] == [WRAPPED[0]] * 2 + [WRAPPED[1]] * 2 + [WRAPPED[2]] * 2
    assert [h.text for h in doc.headings][-3:] == WRAPPED


@pytest.mark.parametrize("suffix", [".pdf"])
def test_a_styled_heading_wrapped_onto_two_lines_is_one_heading(tmp_path, suffix):
    # a bold PDF heading over two lines: one heading, not two nested ones
    lines = {"1. Purpose of this protocol and the principles", "which underpin it",
             "2. The role of councillors and the role of", "officers in the Council",
             "Support for Political Groups and", "Group Leaders"}
    pages = [["# " + ln if ln in lines else ln for ln in page] for page in _pages("wrapped_headings")]
    doc = _doc(tmp_path, suffix, pages)
    assert [c.clause_id for c in doc.clauses][:4] == ["1.1", "1.2", "2.1", "2.2"] and len(doc.clauses) == 6
    assert [c.section[-1] for c in doc.clauses] == [WRAPPED[0]] * 2 + [WRAPPED[1]] * 2 + [WRAPPED[2]] * 2


def test_a_numbered_point_wrapped_onto_two_lines_is_no_heading(seg):
    doc = seg("1. Officers give advice to the Council and\nits committees\n\n"
              "2. Councillors respect that advice\neven when they disagree\n\n"
              "3. Support for the Chair and\nthe Vice-Chair\n\n4. Councillors will not instruct staff.\n")
    # no first point of its own ("1.1") follows them: they are the protocol's points, not headings
    assert [c.clause_id for c in doc.clauses] == ["1", "2", "3", "4"] and not doc.headings


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_reports_cover_details_and_background_papers_ending_in_full_stops_are_furniture(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, _pages("report_with_papers"))
    assert [c.clause_id for c in doc.clauses] == ["1.1", "2.1", "3.1", "3.2"]
    reasons = _furniture(doc)
    assert reasons.get("14 January 2026") == "page date"  # a date alone, not a paragraph numbered 14
    for item in ("Member/Officer Protocol, Kelbourne District Council, 2019.",
                 "Local Government Association model protocol (2021).",
                 "Notes of the member working group, 4 November 2025."):
        assert reasons.get(item) == "related documents", item
    assert "Revised Member/Officer Protocol" in [h.text for h in doc.headings]  # the report's title stays


def test_a_background_papers_heading_over_sentences_keeps_them(seg):
    doc = seg("1. Officers will brief all groups equally.\n\nBackground papers\n\n"
              "The 2019 protocol is available from Democratic Services.\n"
              "Members may inspect the working group's notes on request.\n")
    assert [c.text for c in doc.clauses][1:] == ["The 2019 protocol is available from Democratic Services.",
                                                 "Members may inspect the working group's notes on request."]


def _two_page_pdf(path: Path, headers: list[str]) -> Path:
    from reportlab.pdfgen import canvas

    pages = [["# Protocol on Member/Officer Relations", "", "1. Introduction", "",
              "1.1 This protocol sets out how councillors and officers of the Council work together.", "",
              "1.2 Councillors and officers must treat each other with courtesy and respect.", "", "2. Roles", "",
              "2.1 Councillors give political leadership and represent the people of their ward."],
             ["2.2 Officers give impartial advice and carry out the decisions the Council makes.", "",
              "3. Raising concerns", "",
              "3.1 A councillor with a concern about an officer should raise it with the officer's manager.", "",
              "3.2 An officer with a concern about a councillor should raise it with the Monitoring Officer."]]
    c = canvas.Canvas(str(path))
    for n, (header, page) in enumerate(zip(headers, pages), 1):
        c.setFont("Helvetica", 8)
        c.drawString(60, 805, header)
        y = 760
        for ln in page:
            if not ln:
                y -= 8
                continue
            c.setFont("Helvetica-Bold" if ln.startswith("# ") else "Helvetica", 14 if ln.startswith("# ") else 10)
            c.drawString(60, y, ln.removeprefix("# "))
            y -= 14
        c.setFont("Helvetica", 8)
        c.drawString(290, 30, str(n))
        c.showPage()
    c.save()
    return path


def test_small_type_in_the_top_margin_of_a_two_page_pdf_is_its_running_header(tmp_path):
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    from test_nothing_lost import _check_accounted

    # a different header on each page: two pages cannot show it repeated, its place and type do
    headers = ["Ravensmoor District Council – Constitution Part 5C", "Protocol on Member/Officer Relations – May 2025"]
    raw = read(_two_page_pdf(tmp_path / "two.pdf", headers), "two")
    doc = segment(raw)
    _check_accounted(raw, doc)
    assert {f.text: f.reason for f in doc.furniture if f.text in headers} == dict.fromkeys(headers, "running header")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    assert doc.title == "Protocol on Member/Officer Relations"


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_a_subtitle_and_a_question_wrapped_by_a_pdf_keep_their_shape(tmp_path, suffix):
    # a Word file printed to PDF wraps the long subtitle and question lines: each line alone has no
    # date or no question mark, the two together do
    pages = [["Ashwell Marsh District Council", "Protocol on Member and Officer Relations",
              "A guide for councillors and staff, agreed by the Standards Committee in", "March 2024",
              "Can I ask an officer to write a letter to the highways authority on behalf of",
              "my residents?", "",
              "Yes, if the letter is about a council service, and the officer will copy it to the ward's other councillors.",
              "",
              "Officers may brief political groups on Council business when the Chief",
              "Executive agrees.", "",
              "Support for Political Groups and",
              "Group Leaders", "",
              "Officers will not attend group meetings at which people who are not",
              "councillors are present."]]
    doc = _doc(tmp_path, suffix, pages)
    assert {f.text: f.reason for f in doc.furniture} == {
        "A guide for councillors and staff, agreed by the Standards Committee in": "document details",
        "March 2024": "document details"}
    assert "Can I ask an officer to write a letter to the highways authority on behalf of my residents?" \
        in [h.text for h in doc.headings]
    # the short lines near the end are the protocol's heading, not footer links: text follows them
    assert [c.text for c in doc.clauses] == [
        "Yes, if the letter is about a council service, and the officer will copy it to the ward's other councillors.",
        "Officers may brief political groups on Council business when the Chief Executive agrees.",
        "Officers will not attend group meetings at which people who are not councillors are present."]
    assert doc.headings[-1].text == "Support for Political Groups and Group Leaders"


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_was_this_article_helpful_widget_is_furniture(tmp_path, suffix):
    page = ["# Role of the Clerk", "Last updated: 14 October 2025 at 10:21:07 UTC by Site Editor",
            "The Clerk is the Council's Proper Officer and issues the summons to meetings of the Council.",
            "Was this article helpful?"]
    doc = _doc(tmp_path, suffix, [page])
    assert {f.text: f.reason for f in doc.furniture}.get("Was this article helpful?") == "page widget"
    assert len(doc.clauses) == 1 and [h.text for h in doc.headings] == ["Role of the Clerk"]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf"])
def test_a_numbered_background_papers_heading_and_its_unbulleted_items_are_furniture(tmp_path, suffix):
    page = ["Report of the Monitoring Officer", "1. Purpose",
            "1.1 To present the revised Member/Officer Protocol to the Committee for approval.", "2. Background",
            "2.1 Members should raise concerns about an officer's work with the relevant Director.",
            "8. Background Papers", "Member/Officer Protocol adopted by Council in 2018",
            "Report to the Standards Committee on the review of the Constitution, 9 March 2022, and the minutes",
            "of that meeting", "LGA Guidance on Member/Officer Relations (2021)"]
    doc = _doc(tmp_path, suffix, [page])
    assert [c.clause_id for c in doc.clauses] == ["1.1", "2.1"]
    assert [f.reason for f in doc.furniture if f.line_no >= 6] == ["related documents"] * 5


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_footer_and_details_lines_a_word_file_wrapped_when_printed_to_pdf_are_furniture(tmp_path, suffix):
    pages = [["Hatherley Parish Council", "Protocol for Councillors and the Clerk",
              "Approved at the Annual Meeting of the Council, 12 May 2025. Minute ref.", "25/044.", "",
              "1. Councillors will not give the Clerk instructions outside a decision of the Council.", "",
              "2. The Clerk will answer councillors' enquiries within five working days.", "",
              "Hatherley Parish Council – Staffing Committee – 3 June 2025, agenda", "item 6, Page 1", "",
              "3. The Chair will raise any concern about the Clerk's work with the Staffing Committee.", "",
              "© 2025 Hatherley Parish Council · Privacy · Accessibility · Website built",
              "with Parishes Online"]]
    doc = _doc(tmp_path, suffix, pages)
    assert [c.clause_id for c in doc.clauses] == ["1", "2", "3"]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons.get("25/044.") == reasons.get("Approved at the Annual Meeting of the Council, 12 May 2025. Minute ref.") \
        == "document details"
    assert reasons.get("item 6, Page 1") == "running footer"
    assert reasons.get("with Parishes Online") == "footer links"


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_pages_audience_line_editors_note_pager_download_link_and_address_are_furniture(tmp_path, suffix):
    """Lines above and below a saved page's text that stood as clauses (the address, with no full
    stop, also made a complete page look cut off)."""
    doc = _doc(tmp_path, suffix, _pages("page_edges"))
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    reasons = _furniture(doc)
    assert reasons.get("For: Councillors, the Clerk and the Assistant Clerk") == "document details"
    assert reasons.get("(Text copied from the council's website for the records. Images removed.)") == "editorial note"
    assert reasons.get("Download: Protocol (PDF, English and Welsh, 180KB)") == "download link"
    assert reasons.get("Next: Complaints Procedure >") == "navigation link"
    assert reasons.get("Brackenfold Parish Council, The Old School, Mill Road, Brackenfold") == "contact details"
    assert not doc.warnings  # the page ends with its last point: no cut-off


def test_a_bracketed_sentence_that_binds_and_a_list_of_surnames_are_not_page_edges(seg):
    doc = seg("Member and Officer Protocol\n\n(This protocol must be read with the Code of Conduct.)\n\n"
              "1. Councillors should treat officers with respect.\n\n"
              "2. Officers should treat councillors with respect.\n\n"
              "Present: Cllr A Vance (Chair), Cllr B Wade, Cllr C Walsh,\n"
              "Ward, Webb, Whitaker, Wilde, Wilson, Wood, Wright.\n")
    reasons = _furniture(doc)
    assert "(This protocol must be read with the Code of Conduct.)" not in reasons  # it binds: the text's own
    assert reasons.get("Ward, Webb, Whitaker, Wilde, Wilson, Wood, Wright.") == "attendance list"
    from pipeline.ingest.clutter import _address
    assert not _address("Ward, Webb, Whitaker, Wilde, Wilson, Wood, Wright.", 3)


def test_a_committee_sites_meeting_page_keeps_its_minutes_and_drops_its_labels(tmp_path):
    """A meeting page from a committee-management site copied as text: its document links ("pdf icon
    PDF 210 KB"), the "Minutes:" and "Additional documents:" labels, the report's author line and the
    webcast notice stood as clauses (blind b13's first run: 10 of the round's 16 clutter clauses)."""
    doc = _doc(tmp_path, ".txt", _pages("meeting_page"))
    reasons = _furniture(doc)
    assert reasons.get("pdf icon PDF 210 KB") == "download link"
    assert reasons.get("Appendix A - Revised protocol pdf icon PDF 180 KB") == "download link"
    assert reasons.get("Minutes:") == reasons.get("Additional documents:") == "meeting page label"
    assert reasons.get("Report of the Head of Legal Services.") == "meeting page label"
    assert reasons.get("This meeting was webcast. Watch the recording (opens in new window)") == "webcast notice"
    texts = [c.text for c in doc.clauses]
    assert any(t.startswith("The Committee considered the revised protocol.") for t in texts)
    assert any(t.startswith("RESOLVED - that the revised protocol") for t in texts)


# ---- round 9 blind shapes: Word text exports with tab-numbered paragraphs, a run-on page with its page marks and
# signature inline, a committee system's minutes laid out in a table, and a document's end mark and owner line


def test_a_word_export_with_a_tab_after_each_number_or_bullet_is_paragraphs_not_a_table(tmp_path):
    from test_ingest_pages import _check_accounted
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    text = ("Members' Enquiries Protocol\r\n\r\n1.\tPurpose\r\n\r\n"
            "1.1\tThis protocol explains how enquiries made by councillors are handled by the Council's services.\r\n\r\n"
            "1.2\tWhen making an enquiry, councillors are asked to:\r\n\r\n"
            "\u2022\tinclude the resident's name and address;\r\n"
            "\u2022\tmark an enquiry as urgent only where there is a risk to a person's safety.\r\n\r\n"
            "Type of enquiry\tAcknowledgement\tFull response\r\n"
            "Standard enquiry\t2 working days\t10 working days\r\n\r\n"
            "1.3\tOfficers will tell the councillor who is dealing with the enquiry.\r\n")
    path = tmp_path / "enquiries.txt"
    path.write_bytes(text.encode("utf-8"))
    raw = read(path, "enquiries")
    doc = segment(raw)
    _check_accounted(raw, doc)
    texts = {c.clause_id: c.text for c in doc.clauses}
    assert texts["1.1"].startswith("This protocol explains how enquiries")
    assert texts["1.3"] == "Officers will tell the councillor who is dealing with the enquiry."
    items = [c for c in doc.clauses if c.kind == "item"]
    assert [c.text for c in items] == ["include the resident's name and address;",
                                       "mark an enquiry as urgent only where there is a risk to a person's safety."]
    assert all(c.lead_in == "When making an enquiry, councillors are asked to:" for c in items)
    assert [c.text for c in doc.clauses if c.kind == "cell"][-2:] == ["2 working days", "10 working days"]  # a table


def test_a_run_on_page_keeps_its_page_marks_and_signature_out_of_its_clauses(seg):
    doc = seg("OAKDEN PARISH COUNCIL MEMBER AND OFFICER PROTOCOL\n"
              "1. ROLES 1.1 Councillors are accountable to the electorate and set the Council's policies. "
              "1.2 The Clerk is responsible for carrying out the Council's decisions. 2. COUNCILLORS 2.1 Councillors "
              "should not: a) instruct officers to carry out work the Council has not authorised; b) seek to influence "
              "the content of the Clerk's reports.  Page 1 of 2 Oakden Parish Council – Member and Officer Protocol "
              "2.2 Councillors will treat officers with courtesy. 3. REVIEW 3.1 This protocol will be reviewed by the "
              "Council every three years. Signed ........................ Chairman Date .................... "
              "Page 2 of 2\n")
    texts = [c.text for c in doc.clauses]
    assert "seek to influence the content of the Clerk's reports." in texts
    assert "instruct officers to carry out work the Council has not authorised;" in texts
    assert texts[-1] == "This protocol will be reviewed by the Council every three years."
    assert texts[-2] == "Councillors will treat officers with courtesy."
    reasons = _furniture(doc)
    assert reasons.get("Page 1 of 2") == "page number"
    assert reasons.get("Oakden Parish Council – Member and Officer Protocol") == "running header"
    assert any(r == "signature block" for r in reasons.values())
    assert [h.text for h in doc.headings if h.text in ("ROLES", "COUNCILLORS", "REVIEW")] == \
        ["ROLES", "COUNCILLORS", "REVIEW"]
    assert not doc.warnings  # a complete page that ends on its signature and page number is not cut off


def test_minutes_laid_out_in_a_table_are_read_as_their_paragraphs(seg):
    html = """<html><body><h1>Minutes: Standards Committee, 8 July 2026</h1><table>
    <tr><td><p>14.</p></td><td>
    <p><strong>Review of the Protocol on Member/Officer Relations</strong></p>
    <p><strong>Minutes:</strong></p>
    <p>The Committee considered a report of the Monitoring Officer on a revised protocol.</p>
    <p>Members noted that officers would acknowledge an enquiry within three working days.</p>
    <p><strong>Resolved:</strong></p>
    <p>That the revised protocol be recommended to Council for adoption.</p></td></tr>
    <tr><td><p>15.</p></td><td>
    <p><strong>Date of Next Meeting</strong></p>
    <p>The next meeting would be held on 14 October 2026.</p></td></tr>
    </table></body></html>"""
    doc = seg(html, suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert "The Committee considered a report of the Monitoring Officer on a revised protocol." in texts
    assert "Members noted that officers would acknowledge an enquiry within three working days." in texts
    assert "That the revised protocol be recommended to Council for adoption." in texts
    assert not any("Review of the Protocol" in t or t in ("Minutes:", "Resolved:") for t in texts)
    assert "Review of the Protocol on Member/Officer Relations" in [h.text for h in doc.headings]


def test_a_data_table_with_a_paragraph_in_a_cell_stays_a_table(seg):
    html = """<html><body><h1>Roles</h1><table>
    <tr><th>Members</th><th>Officers</th></tr>
    <tr><td><p>Set the Council's policies.</p></td><td><p>Give impartial advice.</p><p>Carry out decisions.</p></td></tr>
    </table></body></html>"""
    doc = seg(html, suffix=".html")
    # (each paragraph of a cell that ends a sentence is a statement of its own: the author's break)
    assert [(c.kind, c.column, c.text) for c in doc.clauses] == [
        ("cell", "Members", "Set the Council's policies."), ("cell", "Officers", "Give impartial advice."),
        ("cell", "Officers", "Carry out decisions.")]


def test_an_end_mark_a_print_link_and_an_owner_line_are_furniture(seg):
    doc = seg("Protocol on Member/Officer Relations\n\nPrint this part\n\n"
              "1.1 Officers will give councillors impartial advice.\n\n"
              "1.2 Councillors should not ask officers to act outside their role.\n\n"
              "Document owner: Monitoring Officer; next review: before the 2031 county elections; intranet reference "
              "HR/27/2027\n\n- END -\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]
    reasons = _furniture(doc)
    assert reasons.get("- END -") == "end mark" and reasons.get("Print this part") == "download link"
    assert any(r == "document details" for t, r in reasons.items() if t.startswith("Document owner"))
    assert not doc.warnings


def test_a_pages_buttons_are_recorded_not_dropped(seg):
    doc = seg("""<html><body><div class="cookie-banner"><p>We use cookies.</p>
    <button>Accept analytics cookies</button><button>Reject analytics cookies</button></div>
    <main><h1>Protocol</h1><p>1.1 Officers will give councillors impartial advice.</p>
    <p>Was this page useful?</p><button>Yes</button><button>No</button></main></body></html>""", suffix=".html")
    reasons = _furniture(doc)
    assert reasons.get("Accept analytics cookies") and reasons.get("Reject analytics cookies")
    assert reasons.get("Yes") == "page control" and reasons.get("No") == "page control"
    assert [c.text for c in doc.clauses] == ["Officers will give councillors impartial advice."]


# ---- round 11 shapes (training documents): a Word export's contents table over its tab-numbered body, a Markdown
# guide's "Contents" under its subtitle, a page's own first sentence, and a committee page's document links


def test_a_tab_contents_table_does_not_swallow_the_tab_numbered_body_below_it(seg):
    doc = seg("Member/Officer Protocol\n\nContents\n1.\tIntroduction\t2\n2.\tPrinciples\t2\n3.\tConcerns\t3\n"
              "1.\tIntroduction\n1.1\tThis Protocol sets out what councillors and officers can expect of one another.\n"
              "1.2\tIt applies to all councillors and employees.\n2.\tPrinciples\n"
              "2.1\tOfficers serve the Council as a whole.\n3.\tConcerns\n3.1\tConcerns are raised first with the manager.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "3.1"]
    assert all(c.kind == "paragraph" for c in doc.clauses)
    assert {f.text: f.reason for f in doc.furniture}.get("1.\tIntroduction\t2") == "table of contents"
    assert [c.section for c in doc.clauses][-1][-1] == "Concerns"


def test_a_contents_list_under_a_subtitle_is_furniture(seg):
    doc = seg("# Supporting councillors\n\n*A guide for all staff*\n\n**Contents**\n"
              "1. [Why this guide matters](#why)\n2. [What councillors can expect](#expect)\n3. [If something goes wrong](#wrong)\n\n"
              "## 1. Why this guide matters\n\n**1.1** Councillors rely on staff in every team.\n\n"
              "## 2. What councillors can expect\n\n**2.1** Staff will reply within ten working days.\n\n"
              "## 3. If something goes wrong\n\n**3.1** Tell your manager the same day.\n", suffix=".md")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "2.1", "3.1"]
    assert sum(f.reason == "table of contents" for f in doc.furniture) >= 3


def test_a_pages_own_first_sentence_is_a_clause_and_a_committee_pages_links_are_not(seg):
    doc = seg("Working with councillors\n\nThis page is for all staff who deal with councillors, whether every day or once a year.\n\n"
              "Councillors set the council's priorities; staff carry them out.\n\n"
              "Printed minutes 18th-Feb-2027 18.30 Council PDF 388 KB\n\nVoting record\n\n"
              "Browse meeting documents as web page\n\nThis page was last updated on 3 March 2027.\n")
    assert [c.text for c in doc.clauses][0].startswith("This page is for all staff")
    assert len(doc.clauses) == 2
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons.get("Printed minutes 18th-Feb-2027 18.30 Council PDF 388 KB") == "download link"
    assert reasons.get("Voting record") == reasons.get("Browse meeting documents as web page") == "meeting page label"


def test_a_list_copied_without_bullets_after_its_lead_in_and_a_blank_line_is_one_item_a_line(seg):
    # (a page copied from a browser: its paragraphs are lines of their own, longer than any wrapped text)
    doc = seg("Councillors and staff\n\nCouncillors do not manage staff. A councillor cannot instruct a member of staff, "
              "even if they chair a committee or have known the member of staff for many years outside the Town Council.\n\n"
              "Staff work for the Town Council as a whole, through the Town Clerk, and not for any one councillor, party or "
              "group, whatever the size of the majority on the Council at the time.\n\n"
              "Most problems are best sorted out early, by a quiet word between the people involved, before anyone feels the "
              "need to make a formal complaint about it.\n\n"
              "Councillors can expect staff to:\n\nbe polite and helpful\n"
              "reply to emails within five working days\ngive honest advice, even when it is unwelcome\n\n"
              "Staff can expect councillors to:\n\nbe polite and respectful, including at public meetings\n"
              "not ring them at home unless it's an emergency\n")
    items = [c for c in doc.clauses if c.kind == "item"]
    assert [c.text for c in items] == ["be polite and helpful", "reply to emails within five working days",
                                       "give honest advice, even when it is unwelcome",
                                       "be polite and respectful, including at public meetings",
                                       "not ring them at home unless it's an emergency"]
    assert items[0].lead_in == "Councillors can expect staff to:" and items[-1].lead_in == "Staff can expect councillors to:"


def test_a_paragraph_stopping_on_a_comma_at_a_page_foot_goes_on_over_the_page(seg):
    doc = seg("3.4    An officer must not make allegations to a Member about other officers. (The Council has formal\n"
              "       procedures for consultation,\n\n\nHallowfield Protocol     Page 2 of 6\n"
              "\f       grievances and discipline.)\n\n3.5    Officers keep to their role.\n\n"
              "Document owner: Monitoring Officer, Hallowfield Council, Town Hall, Market Street, Hallowfield\n")
    assert [c.clause_id for c in doc.clauses] == ["3.4", "3.5"]
    assert doc.clauses[0].text.endswith("procedures for consultation, grievances and discipline.)")
    assert {f.reason for f in doc.furniture if f.text.startswith("Document owner")} == {"document details"}


def test_a_run_on_pages_running_title_with_a_subtitle_is_furniture(seg):
    doc = seg("GLENFARG COUNCIL PROTOCOL\n"
              "1. Introduction 1.1 This protocol applies to every councillor and every employee of the Council. "
              "Page 1 of 3 Glenfarg Council – Protocol for Relations between Councillors and Employees: Local Guidance "
              "2. Roles 2.1 Councillors set the Council's policies and employees carry them out. "
              "Page 2 of 3 Glenfarg Council – Protocol for Relations between Councillors and Employees: Local Guidance "
              "2.2 Employees give every councillor the same standard of service.\n")
    assert [c.text for c in doc.clauses] == [
        "This protocol applies to every councillor and every employee of the Council.",
        "Councillors set the Council's policies and employees carry them out.",
        "Employees give every councillor the same standard of service."]
    titles = [f for f in doc.furniture if f.reason == "running header"]
    assert len(titles) == 2 and titles[0].text.endswith("Employees: Local Guidance")


def test_a_layout_wrapper_named_sidebar_round_the_main_content_is_not_chrome(seg):
    doc = seg('<html><body><header>Ambleside Borough Council</header><div class="container layout-sidebar">'
              '<main><h1>Member and Officer Protocol</h1><p>1.1 Officers serve the Council as a whole.</p>'
              '<p>1.2 Councillors must not instruct officers.</p></main>'
              '<aside class="sidebar"><h2>In this section</h2><ul><li><a href="#">Constitution</a></li></ul></aside>'
              '</div><footer>Contact us</footer></body></html>', suffix=".html")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]
    assert "Constitution" in {f.text for f in doc.furniture}


def test_a_committee_systems_numbered_item_table_with_a_header_row_is_read_as_minutes(seg):
    item = ('<tr><td class="num"><a id="i{n}"></a></td><td><h3>{n}. {title}</h3>'
            '<p><strong>Minutes:</strong></p><p>The Committee considered the report of the Monitoring Officer.</p>'
            '<p>Members asked about response times.</p><p><strong>Resolved:</strong></p>'
            '<p>That the report be noted.</p></td></tr>')
    doc = seg('<html><body><main><h1>Minutes</h1><table><thead><tr><th>No.</th><th>Item</th></tr></thead><tbody>'
              + item.format(n=35, title="Review of the protocol") + item.format(n=36, title="Complaints update")
              + '</tbody></table><p>Issue history</p><p>Email this page</p></main></body></html>', suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert texts.count("Members asked about response times.") == 2 and len(texts) == 6
    assert [h.text for h in doc.headings if "Review" in h.text or "Complaints" in h.text]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons.get("No.") == reasons.get("Item") == "table header"
    assert reasons.get("Issue history") == reasons.get("Email this page") == "page widget"


def test_footer_links_copied_with_two_spaces_between_them_are_furniture(seg):
    doc = seg("Minutes of the Standards Committee\n\n1. The Committee noted the report.\n\n"
              "2. The meeting ended at 3.42 pm.\n\nAccessibility statement  Privacy notice  Cookies  Contact us\n\n"
              "PART 5  CODES  AND PROTOCOLS\n\n3. Officers serve the Council as a whole.\n")
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons.get("Accessibility statement  Privacy notice  Cookies  Contact us") == "footer links"
    assert "PART 5  CODES  AND PROTOCOLS" not in reasons  # a heading with wide spaces is no footer


# ---- found by an adversarial review of the day's changes


@pytest.mark.parametrize("sidebar", [
    "<div class='sidebar'><article class='teaser'><h3>New play area opens</h3><p>The new play area opened on Saturday."
    "</p></article></div>",
    "<div class='sidebar'><main class='sidebar-main'><ul><li><a href='/a'>Councillors</a></li><li><a href='/b'>Meetings"
    "</a></li></ul></main></div>"])
def test_a_sidebar_holding_an_article_or_a_main_stays_chrome(seg, sidebar):
    doc = seg("<html><body>" + sidebar + "<div class='content'><main><h1>Member Officer Protocol</h1><h2>1. Respect</h2>"
              "<p>1.1 Councillors must treat officers with courtesy and respect at all times.</p>"
              "<p>1.2 Officers will give impartial advice to all councillors.</p></main></div></body></html>", suffix=".html")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]


def test_a_data_table_with_headings_in_its_header_cells_stays_a_table(seg):
    doc = seg("<html><body><main><h1>Protocol</h1><table><tr><th><h3>Councillors will:</h3></th><th><h3>Officers will:"
              "</h3></th></tr><tr><td>treat officers with respect</td><td>treat councillors with respect</td></tr>"
              "<tr><td>not ask officers to act politically</td><td>give impartial advice</td></tr></table></main></body></html>",
              suffix=".html")
    cells = {c.text: c.lead_in for c in doc.clauses if c.kind == "cell"}
    assert cells == {"treat officers with respect": "Councillors will:", "treat councillors with respect": "Officers will:",
                     "not ask officers to act politically": "Councillors will:", "give impartial advice": "Officers will:"}


def test_a_huge_list_start_number_is_read_at_once(seg):
    import time
    start = time.process_time()
    doc = seg('<html><body><main><p>Councillors must:</p><ol type="i" start="100000000000"><li>respect officers;</li>'
              '<li>not instruct staff.</li></ol></main></body></html>', suffix=".html")
    assert time.process_time() - start < 5 and [c.text for c in doc.clauses] == ["respect officers;", "not instruct staff."]


def test_only_an_unfinished_body_paragraph_goes_on_over_a_page_foot(seg):
    doc = seg("1. Introduction\n\n1.1 This protocol applies to all councillors and to every member of the Council's staff "
              "from the day it is adopted.\n\n4. Use of e-mail\n\nPage 1 of 2\n\f"
              "e-mail to officers must be courteous and must not be copied to the press.\n\n"
              "Councillors will:\n(a) attend training\n(b) read the agenda papers\n\nPage 2 of 2\n\f"
              "councillors who do not attend training may be asked to explain why.\n")
    texts = [c.text for c in doc.clauses]
    assert "e-mail to officers must be courteous and must not be copied to the press." in texts
    assert "read the agenda papers" in texts
    assert "Use of e-mail" in [h.text for h in doc.headings]


def test_a_wrapped_paragraph_after_a_lead_in_and_a_blank_line_is_one_item(seg):
    wrapped = ("give impartial advice on the law and on the procedures of the council, and to help every councillor\n"
               "whatever their political group or their standing on the council, and to do so in good time before\n"
               "each meeting of the council or of its committees.\n")
    doc = seg("1. Introduction\n\n" + "This protocol sets out how councillors and officers of Ashby Parish Council work "
              "together, and what each can expect.\n\n" * 3 + "Councillors can expect the Clerk to:\n\n" + wrapped)
    items = [c.text for c in doc.clauses if c.kind == "item"]
    assert len(items) == 1 and items[0].endswith("of its committees.")


def test_a_two_column_tab_contents_table_stays_above_the_tab_numbered_body(seg):
    doc = seg("Member/Officer Protocol\n\nContents\n\nIntroduction\t2\nPrinciples\t3\n"
              "1.\tIntroduction\n1.1\tThis Protocol sets out what councillors and officers can expect of one another.\n"
              "2.\tPrinciples\n2.1\tOfficers serve the Council as a whole.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "2.1"]
    assert {f.reason for f in doc.furniture if f.text.startswith(("Introduction\t", "Principles\t"))} == {"table of contents"}


def test_a_feedback_thanks_followed_by_a_rule_is_not_a_widget(seg):
    doc = seg("Working with councillors\n\nThank you for your feedback. Councillors must reply within five days.\n\n"
              "Officers serve the Council as a whole.\n\nThank you for your feedback. We read every comment.\n")
    assert [c.text for c in doc.clauses][0].startswith("Thank you for your feedback. Councillors must reply")
    assert "Thank you for your feedback. We read every comment." in {f.text for f in doc.furniture}


# ---- shapes of the fourth day's first blind runs (b40-b43)


def test_a_quiz_answer_that_a_style_rule_shows_again_is_text_and_its_choices_are_controls(seg):
    doc = seg("<html><head><style>.answer{display:none} .answer.revealed{display:block} .junk{display:none}</style></head>"
              "<body><main><h1>Working with officers</h1><p>Officers serve the whole council and give impartial advice."
              "</p><h3>1. A councillor can instruct a member of staff.</h3><fieldset><legend>Your answer</legend><label>"
              "<input type='radio' name='q1'> True</label><label><input type='radio' name='q1'> False</label></fieldset>"
              "<div class='answer revealed'><p>False. Councillors cannot instruct staff or set their priorities.</p></div>"
              "<div class='junk'><p>Sign up to our newsletter for the latest news from the council and its services.</p>"
              "</div></main></body></html>", suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert "False. Councillors cannot instruct staff or set their priorities." in texts
    reasons = {f.text: f.reason for f in doc.furniture}
    assert any(r == "page control" for r in reasons.values()) and not any("True" == t for t in texts)
    assert reasons.get("Sign up to our newsletter for the latest news from the council and its services.") == \
        "hidden with CSS"


def test_a_hidden_accordion_panel_holding_the_protocol_is_text(seg):
    doc = seg("<html><head><style>.accordion-panel{display:none}</style></head><body><main><h1>Protocol</h1>"
              "<h2>1. Respect</h2><div class='accordion-panel'><p>1.1 Councillors must treat officers with courtesy and "
              "respect at all times.</p></div></main></body></html>", suffix=".html")
    assert [c.clause_id for c in doc.clauses] == ["1.1"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_cookie_banner_and_a_site_alert_above_the_menu_leave_the_menu_outside_the_page(seg, suffix):
    menu = "Bins and recycling\nCouncil tax and benefits\nHousing\nPlanning and building control\nYour council\n"
    doc = seg("Skip to main content\nCookies on example.gov.uk\nWe use some essential cookies to make this website work. "
              "We'd also like to set analytics cookies so that we can see how people use the site.\n"
              "Accept analytics cookies\nReject analytics cookies\nView cookies\n"
              "Christmas bin collections: your bins may be collected up to two days late. Check your collection day.\n"
              "Dismiss\nMenu\n" + menu + "\nMember and officer protocol\n\n1. Purpose\n\n"
              "1.1 This protocol applies to every councillor and to every officer of the Council.\n\n"
              "1.2 Officers must not reply to comments on social media about the Council's decisions.\n\n"
              "Was this page helpful?\nTell us how we can improve this page (optional)\n"
              "Please do not include any personal or financial information, such as your email address.\n"
              "0 of 500 characters\nSend feedback\nWe cannot reply to comments left here. If you need help, please contact us.\n",
              suffix=suffix)
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons.get("We use some essential cookies to make this website work. We'd also like to set analytics "
                       "cookies so that we can see how people use the site.") == "cookie banner"
    assert reasons.get("Christmas bin collections: your bins may be collected up to two days late. Check your "
                       "collection day.") == "site alert"
    assert reasons.get("Housing") == "site menu" and reasons.get("0 of 500 characters") == "feedback widget"
    assert reasons.get("We cannot reply to comments left here. If you need help, please contact us.") == "feedback widget"


def test_a_details_tables_label_value_row_is_furniture_and_a_rule_in_that_shape_is_not(seg):
    doc = seg("Social Media Protocol\n\nApplies to: all councillors and employees | Related documents: Members' Code of "
              "Conduct; Employee Code\n\n1. Introduction\n\n1.1 This protocol covers personal and official accounts.\n\n"
              "1.2 Councillors: must not criticise officers online | Officers: must not post political views.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]
    assert {f.reason for f in doc.furniture if f.text.startswith("Applies to:")} == {"document details"}


def test_markdown_blockquoted_items_are_items(seg):
    doc = seg("## 2. Principles\n\n2.1 The relationship rests on these principles:\n\n> (a) officers serve the Council;\n\n"
              "> (b) courtesy marks all dealings; and\n\n> (c) neither side uses its position for advantage.\n", suffix=".md")
    assert [c.text for c in doc.clauses if c.kind == "item"] == [
        "officers serve the Council;", "courtesy marks all dealings; and", "neither side uses its position for advantage."]


def test_an_attendance_list_wrapped_mid_name_and_mid_note_is_furniture_to_its_end(seg):
    doc = seg("MINUTES of the meeting of the Council\n\nPRESENT: Councillor M. Ashdown (Chair)\n"
              "Councillors J. Abara, T. Abbott, H. Quigley, D.\nRampling, I. Sefton and 25 others (see attendance register)\n"
              "Officers in attendance: Ms R. Ogunleye (Chief Executive), Mr T. Vance (Director of Law and\n"
              "Monitoring Officer), Ms L. Hart (Democratic\nServices Manager)\n\n87. APOLOGIES\n\n"
              "87.1 Apologies for absence were received from Councillor D. Fairbairn.\n")
    reasons = {f.text: f.reason for f in doc.furniture}
    for line in ("Rampling, I. Sefton and 25 others (see attendance register)", "Monitoring Officer), Ms L. Hart (Democratic",
                 "Services Manager)"):
        assert reasons.get(line) == "attendance list", line
    # (the apologies under it are the meeting's record, round 46)
    assert any(f.reason == "meeting record" and "Fairbairn" in f.text for f in doc.furniture)


# ---- found by an adversarial review of the fourth day's changes


@pytest.mark.parametrize("line", [
    "1.2 We use cookies responsibly: councillors must not use cookies or tracking tools on council devices.",
    "Cookies policy for councillors must be reviewed annually.",
    "Please do not include any personal information when councillors write to officers about casework.",
    "We cannot reply to comments made by councillors outside the formal process.",
    "We will not respond to comments from members of the public; Officers are responsible for replies."])
def test_a_rule_that_speaks_of_cookies_or_comments_is_not_a_widget(seg, line):
    doc = seg("Member Officer Protocol\n\n1. General\n\n" + line + "\n\nOfficers serve the Council as a whole.\n")
    assert line in [c.text for c in doc.clauses] or any(c.text.endswith(line[4:]) for c in doc.clauses)


def test_a_long_line_opening_like_a_widget_is_read_at_once(seg):
    import time
    start = time.process_time()
    seg("We cannot reply to comments " + "councillors " * 30000 + "\n\nWe use cookies " + "cookies " * 30000 + "\n")
    assert time.process_time() - start < 10


def test_a_rule_or_an_item_before_a_close_line_is_no_site_alert(seg):
    doc = seg("# Protocol\n\n1. Meetings\n\n(a) Councillors must not instruct officers at meetings\n\nClose\n\n"
              "Officers will close the meeting room at 10pm.\n\nClose\n\n"
              "Councillors should raise concerns with the Clerk first\n\nGot it\n", suffix=".md")
    assert "site alert" not in {f.reason for f in doc.furniture}
    kept = " ".join([c.text for c in doc.clauses] + [h.text for h in doc.headings])
    for line in ("Councillors must not instruct officers at meetings", "Officers will close the meeting room at 10pm.",
                 "Councillors should raise concerns with the Clerk first"):
        assert line in kept


def test_a_procedures_label_value_row_stays_a_clause(seg):
    doc = seg("Protocol\n\n1. Escalation\n\nStage 1: the councillor raises the concern informally with the officer | "
              "Stage 2: the councillor writes to the Clerk setting out the concern in full\n")
    assert any("the councillor raises the concern informally" in c.text for c in doc.clauses)


def test_hidden_chrome_stays_chrome_and_an_answers_own_text_is_read(seg):
    doc = seg("<html><head><style>.answer{display:none} .hidden{display:none}</style></head><body>"
              "<button aria-controls='site-menu'>Menu</button><nav id='site-menu' class='hidden'><p>You can find all "
              "council services in this menu.</p></nav><aside class='sidebar-panel' style='display:none'><p>Latest news: "
              "the Council will hold a fun day in June.</p></aside><main><h1>FAQ</h1><h2>Can I instruct officers?</h2>"
              "<p class='answer'>No. Councillors must not instruct officers directly.</p></main></body></html>",
              suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert texts == ["No. Councillors must not instruct officers directly."]


def test_nested_fieldsets_are_read_at_once_and_numbered_text_in_one_stays_text(seg):
    import time
    start = time.process_time()
    seg("<html><body><main><h1>Protocol</h1>" + "<fieldset><input type=radio>" * 4000 +
        "<p>Councillors must be courteous to officers.</p>" + "</fieldset>" * 4000 + "</main></body></html>", suffix=".html")
    assert time.process_time() - start < 20
    doc = seg("<html><body><main><h1>Protocol</h1><fieldset><legend>Outer</legend><div>2. Officers shall report "
              "breaches.</div><label><input type=radio> Yes</label></fieldset></main></body></html>", suffix=".html")
    assert any(c.text.endswith("Officers shall report breaches.") for c in doc.clauses)


def test_a_style_block_with_a_brace_missing_is_read_at_once(seg):
    import time
    start = time.process_time()
    doc = seg("<html><head><style>.answer{display:none} " + ".a " * 100000 + "}</style></head><body><main><h1>P</h1>"
              "<p>1.1 Officers serve the Council as a whole.</p></main></body></html>", suffix=".html")
    assert time.process_time() - start < 10 and [c.clause_id for c in doc.clauses] == ["1.1"]


def test_a_flattened_table_headed_with_what_each_side_can_expect_is_a_table(seg):
    doc = seg("## At a glance\n\nThe table below sums up what each side can expect of the other.\n\n"
              "What councillors can expect from you\nWhat you can expect from councillors\n"
              "A helpful, courteous response to their enquiries\nCourtesy and respect, including in public meetings\n"
              "Accurate, impartial advice\nNo pressure to change your professional advice\n", suffix=".md")
    cells = [(c.text, c.column) for c in doc.clauses if c.kind == "cell"]
    assert cells == [("A helpful, courteous response to their enquiries", "What councillors can expect from you"),
                     ("Courtesy and respect, including in public meetings", "What you can expect from councillors"),
                     ("Accurate, impartial advice", "What councillors can expect from you"),
                     ("No pressure to change your professional advice", "What you can expect from councillors")]


# ---- found by a second adversarial review


def test_a_rule_after_an_open_attendance_list_stays_a_clause(seg):
    doc = seg("Minutes of the meeting\n\nIn attendance: Mr T. Vance (Director of Law and\n"
              "Councillors must not instruct officers (see paragraph 4).\n\n"
              "Present: Cllr A. Brown (Chair), Cllr B. Davis (Vice-Chair\n"
              "12. Councillors must not instruct staff (save through the Clerk).\n\n"
              "Present: Councillors A. Brown, C. Davis, E. Evans,\n\nGuidance For Councillors\n\n"
              "Officers must remain politically neutral at all times.\n")
    texts = " ".join(c.text for c in doc.clauses)
    assert "Councillors must not instruct officers (see paragraph 4)." in texts
    assert "Councillors must not instruct staff (save through the Clerk)." in texts
    assert "Guidance For Councillors" not in {f.text for f in doc.furniture}


def test_a_heading_over_a_lead_in_or_two_headings_naming_no_side_are_not_a_table(seg):
    doc = seg("Protocol\n\nRole of Councillors\nCouncillors will:\nRepresent their ward.\nSet the budget.\n\n"
              "What you can do\nWhat we will do\nRaise the concern with the Clerk first.\nWe will reply in five days.\n")
    assert not [c for c in doc.clauses if c.kind == "cell"]


def test_a_long_run_of_column_names_is_read_in_linear_time(seg):
    import time
    start = time.process_time()
    seg("Protocol\n\n" + "Members\nOfficers\n" * 20000)
    assert time.process_time() - start < 30


@pytest.mark.parametrize("line,reason", [
    ("Company limited by guarantee, registered in England no. 04418820", "footer links"),
    ("Choose True or False for each statement, then select Check answer to see the explanation.", "page widget")])
def test_a_legal_footer_and_a_quiz_instruction_are_furniture_and_a_rule_like_them_is_not(seg, line, reason):
    doc = seg("Working with the Clerk\n\n1. Officers serve the Council as a whole.\n\n" + line + "\n\n"
              "2. Councillors should choose the right answer for their residents, not the easiest one.\n")
    assert {f.text: f.reason for f in doc.furniture}.get(line) == reason
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]


# ---- found on the first run of blind sets b46-b48 (invented text of the same shapes)


def test_a_pasted_email_threads_headers_and_disclaimer_are_furniture_and_its_first_line_no_title(seg):
    doc = seg("Please see below the draft protocol on working relationships between\n"
              "councillors and staff, which is item 9 on the agenda for the meeting on 22\n"
              "April. I have pasted it here because the attachment would not open.\n\n"
              "1) Councillors must treat staff with courtesy at all times and\n   must not shout at them.\n\n"
              "2) Staff must give councillors accurate advice.\n\n"
              "This email and any attachments are confidential and intended solely for the addressee. If you have "
              "received it in error please delete it.\n\n"
              "-----Original Message-----\nFrom: Cllr Ann Lamb <ann.lamb@example-town.gov.uk>\n"
              "Sent: Monday, April 13, 2026 9:14 PM\nTo: Clerk <clerk@example-town.gov.uk>\n"
              "Subject: Re: Draft protocol - councillors and staff\n\nLooks fine to me.\n")
    assert doc.clauses[0].text.startswith("Please see below the draft protocol on working relationships between "
                                          "councillors and staff") and not doc.headings
    reasons = _furniture(doc)
    assert reasons["-----Original Message-----"] == "email header"
    assert reasons["From: Cllr Ann Lamb <ann.lamb@example-town.gov.uk>"] == "email header"
    assert reasons["Sent: Monday, April 13, 2026 9:14 PM"] == "email header"
    assert reasons["Subject: Re: Draft protocol - councillors and staff"] == "email header"
    assert next(r for t, r in reasons.items() if t.startswith("This email and any")) == "email footer"
    assert doc.clauses[-1].text == "Looks fine to me."  # the reply itself is text


def test_an_email_signatures_web_address_is_contact_details_and_a_sentence_naming_one_is_text(seg):
    doc = seg("Dear Councillors,\n\nThe revised protocol is below.\n\n"
              "1.1 Councillors should not give instructions to the Clerk individually.\n\n"
              "1.2 The protocol is published at www.example-parish.gov.uk/protocol for residents to read.\n\n"
              "Kind regards\n\nJane Harper\nClerk to the Council\nTel: 01632 960123\nwww.example-parish.gov.uk\n"
              "https://example-parish.gov.uk/contact\n")
    assert [c.clause_id for c in doc.clauses][-2:] == ["1.1", "1.2"]
    reasons = _furniture(doc)
    assert reasons["www.example-parish.gov.uk"] == reasons["https://example-parish.gov.uk/contact"] == "contact details"


def test_a_running_title_after_a_bare_page_number_inside_a_sentence_is_furniture(seg):
    lines = ["Ashby Vale District Council", "Member/Officer Protocol", ""]
    for n in range(1, 9):
        lines.append(f"{n}. Councillors and officers must treat one another with respect, courtesy and")
        lines.append("fairness in every meeting and in every message they send to one another.")
    title = "Ashby Vale District Council – Member/Officer Protocol (Part 5)"
    body = lines[:8] + ["1", title] + lines[8:14] + ["2", title] + lines[14:] + ["3"]  # each break mid-sentence
    doc = seg("\n".join(body) + "\n")
    reasons = {(f.line_no, f.reason) for f in doc.furniture}
    assert {r for n, r in reasons if n in (10, 18)} == {"repeated header/footer"}
    assert (len(body), "page number") in reasons  # the bare number ending the text is the last page's
    assert [c.clause_id for c in doc.clauses] == [str(n) for n in range(1, 9)]
    assert all(c.text.endswith("send to one another.") for c in doc.clauses) and not doc.warnings


def test_a_document_viewers_toolbar_is_page_tools(seg):
    doc = seg("<html><body><div class='viewer-bar' role='toolbar'><span>Example County Council | Document Library"
              "</span><span>Library › Governance › Constitution › Part 5</span><span>Protocol v4.2.docx</span></div>"
              "<main><h1>Member and Officer Protocol</h1><p>1.1 Officers serve the Council as a whole.</p></main>"
              "</body></html>", suffix=".html")
    assert [c.text for c in doc.clauses] == ["Officers serve the Council as a whole."]
    assert {f.reason for f in doc.furniture if "Document Library" in f.text} == {"page tools"}


def test_an_officers_attendance_line_with_notes_wrapped_across_lines_is_furniture_to_its_end(seg):
    doc = seg("Minutes of the Audit Committee\n\n"
              "Officers: Chief Executive (Ms R. Calloway), Director of Law and Governance (Mr\n"
              "N. Pemberton), Section 151 Officer (Mrs A. Lindqvist), Head\n"
              "of HR and Organisational Development (Ms J. Sowerby)\n"
              "Also present: Councillor M. Yardley (Leader) for minute 36; Ms H. Ruddock (Grant Peverell\n"
              "LLP, external auditor) for minute 34\n\n"
              "31. The Committee noted that officers must not be pressed to change their advice.\n")
    assert [c.clause_id for c in doc.clauses] == ["31"]
    assert sum(1 for f in doc.furniture if f.reason == "attendance list") == 5


def test_row_labels_of_a_wide_table_and_the_labels_of_a_cover_table_are_not_clauses(seg):
    doc = seg("<html><body><main><h1>Enquiries</h1><p>1. Officers reply to councillors on time.</p><table>"
              "<tr><th>Type of enquiry</th><th>Acknowledgement</th><th>Full response</th></tr>"
              "<tr><th scope='row'>Enquiry needing investigation or a site visit</th><td>Within 2 working days</td>"
              "<td>Within 20 working days</td></tr><tr><th scope='row'>Urgent safety matter</th><td>The same day</td>"
              "<td>Within 2 working days</td></tr></table><table><tr><td>Purpose of report</td><td>To ask Council to "
              "adopt a new protocol on how councillors and officers work together.</td></tr></table></main></body>"
              "</html>", suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert "Enquiry needing investigation or a site visit" not in texts and "Urgent safety matter" not in texts
    assert "Purpose of report" not in texts
    assert "To ask Council to adopt a new protocol on how councillors and officers work together." in texts
    assert "Within 20 working days" in texts
    # ... while the cells of a Members | Officers table without a header row stay clauses
    doc = seg("<html><body><main><h1>Roles</h1><table><tr><td>Members</td><td>Officers</td></tr><tr><td>Set the "
              "budget and the policies of the Council</td><td>Give impartial advice and carry out decisions</td></tr>"
              "</table></main></body></html>", suffix=".html")
    assert "Set the budget and the policies of the Council" in [c.text for c in doc.clauses]


# ---- found on the first run of blind sets b49-b51


def test_an_faq_box_set_inside_the_article_is_text_and_a_sidebar_of_links_is_not(seg):
    doc = seg("<html><body><div><a href='/'>Example Borough Council</a></div><main><article><h1>New protocol</h1>"
              "<p>A revised protocol on how councillors and staff work together comes into force in March.</p>"
              "<aside class='faq-box'><h2>Your questions answered</h2>"
              "<h3>Can I say no to a councillor?</h3><p>Yes, if what a councillor asks for is not part of your job, "
              "explain that you need to check with your manager first.</p>"
              "<h3>Do I have to answer at once?</h3><p>No. Officers should reply within ten working days, and most "
              "enquiries from councillors can be answered sooner.</p>"
              "<h3>I know a councillor socially.</h3><p>If the friendship is close you must tell your manager, so "
              "that officers are not given work where it could look like a conflict.</p></aside></article>"
              "<aside class='sidebar'><h2>Documents</h2><ul><li><a href='/p.pdf'>Protocol (PDF)</a></li></ul></aside>"
              "</main></body></html>", suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert len(texts) == 4 and texts[1].startswith("Yes, if what a councillor asks for")
    reasons = _furniture(doc)
    assert reasons.get("Example Borough Council") == "site navigation"
    assert reasons.get("Protocol (PDF)") is not None


@pytest.mark.parametrize("line,reason", [
    ("If you need this document in another format, please contact hr.advisory@example.gov.uk.", "availability note"),
    ("Questions about this page? Email clerk@example-cc.cymru or phone 01632 961 204.", "page widget"),
    ("This section was last amended by Council on 17 July 2025.", "page date")])
def test_a_pages_format_offer_contact_box_and_last_amended_line_are_furniture(seg, line, reason):
    doc = seg("Protocol\n\n1. Officers serve the Council as a whole.\n\n" + line + "\n\n"
              "2. This Protocol was adopted by the Council on 12 May 2021.\n")
    assert _furniture(doc).get(line) == reason
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]


# ---- found by the adversarial review of the b46-b48 fixes


def test_rules_that_open_like_email_headers_stay_clauses_and_a_long_header_is_read_at_once(seg):
    import time
    doc = seg("Protocol\n\n1. Officers serve the Council as a whole.\n\n"
              "From: 1 April 2026 councillors must send all requests to support@example.gov.uk.\n\n"
              "To: all staff - officers must report any concern to mo@example.gov.uk.\n\n"
              "This message is intended to remind councillors that they must not instruct officers.\n\n"
              "On request, councillors must be given a copy of what the officer wrote:\n\n(a) the advice note.\n")
    texts = " ".join(c.text for c in doc.clauses)
    for rule in ("councillors must send all requests", "officers must report any concern",
                 "they must not instruct officers", "the advice note"):
        assert rule in texts
    start = time.process_time()
    seg("To: " + "; ".join(f"person{i}.name@examplecouncil.gov.uk" for i in range(60)) + "; All Members.\n\n"
        "1. Officers serve the Council as a whole.\n")
    assert time.process_time() - start < 5


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_a_table_of_short_rules_keeps_its_cells_without_a_header_or_with_long_rule_rows(seg, suffix):
    rows = [("Councillors must not instruct staff", "Always"), ("Treat officers with courtesy", "At every meeting")]
    if suffix == ".html":
        text = "<html><body><main><h1>Rules</h1><table>" + "".join(
            f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table><table><tr><th>Rule</th><th>Applies "\
            "to</th><th>Reference</th></tr><tr><td>Officers must remain politically neutral at all times</td><td>All "\
            "staff</td><td>Code 4</td></tr></table></main></body></html>"
    else:
        text = "# Rules\n\n| Rule | Applies to | Reference |\n|---|---|---|\n| Officers must remain politically neutral " \
               "at all times | All staff | Code 4 |\n"
    texts = [c.text for c in seg(text, suffix=suffix).clauses]
    assert "Officers must remain politically neutral at all times" in texts
    if suffix == ".html":
        assert "Councillors must not instruct staff" in texts and "Treat officers with courtesy" in texts


def test_a_toolbar_or_menu_bar_round_the_text_keeps_it(seg):
    doc = seg("<html><body><div role='toolbar'><span>Viewer</span><main><h1>Protocol</h1><p>1. Councillors must "
              "not instruct officers.</p><div role='menubar'><h2>Contact</h2><p>2. Councillors should contact "
              "officers through the Clerk and must not telephone them at home.</p></div></main></div></body></html>",
              suffix=".html")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]


def test_a_bare_number_answering_a_lead_in_and_a_title_ending_on_a_small_word_are_kept(seg):
    doc = seg("Terms of Reference\n\n1. Councillors must not direct officers.\n\n"
              "2. The number of members needed for a quorum is:\n\n3\n")
    assert not [f for f in doc.furniture if f.text == "3"] and not doc.warnings
    doc = seg("Working Together: The Standards We Hold Ourselves To\nThis protocol sets out how councillors and "
              "officers of the council work together.\n\n1. Councillors must not instruct officers.\n")
    assert [h.text for h in doc.headings] == ["Working Together: The Standards We Hold Ourselves To"]
    assert doc.clauses[0].text.startswith("This protocol sets out")


def test_a_minute_after_an_attendance_line_left_open_is_kept(seg):
    doc = seg("Minutes of the Audit Committee\n\nOfficers: Chief Executive (Ms R. Calloway), Director of Law and "
              "Governance (Mr\n31) Apologies for Absence\nNone were received.\n\n32. The Committee noted the protocol.\n")
    assert "Apologies for Absence" in [h.text for h in doc.headings]


def test_rules_outside_a_pages_main_content_are_noted_in_documents_csv(seg):
    doc = seg("<html><body><main><h1>Protocol</h1><p>1. Councillors must not instruct officers.</p></main><div>"
              "<h2>Contact</h2><p>2. Councillors should contact officers through the Clerk and must not telephone them "
              "at home.</p><p>3. Officers will reply to councillors within ten working days.</p></div></body></html>",
              suffix=".html")
    assert [c.clause_id for c in doc.clauses] == ["1"]
    assert any(n.startswith("2 rules stand outside the page's main content") for n in doc.notes)
    # a footer of links and a cookie line outside <main> is no such note
    doc = seg("<html><body><main><h1>Protocol</h1><p>1. Councillors must not instruct officers.</p></main><div>"
              "<p>Privacy | Accessibility | Contact us</p><p>We use cookies to improve this site.</p></div></body></html>",
              suffix=".html")
    assert not doc.notes


def test_rules_outside_main_split_by_links_are_noted_and_a_sites_own_duties_are_not(seg):
    doc = seg("<html><body><main><h1>Protocol</h1><p>1. Councillors must not instruct officers.</p></main><div>"
              "<p>Councillors <b>must not</b> telephone officers at their <a href='#'>homes</a> after six.</p>"
              "<p>Officers <em>should</em> reply to councillors within <a href='#'>ten working days</a>.</p></div>"
              "</body></html>", suffix=".html")
    assert any(n.startswith("2 rules stand outside") for n in doc.notes)
    doc = seg("<html><body><main><h1>Protocol</h1><p>1. Councillors must not instruct officers.</p></main><div>"
              "<p>Some cookies are necessary and must be enabled for the site to work.</p><p>You must be signed in "
              "to leave feedback on this page.</p><p>Contact your councillor: find out which councillors represent "
              "you and how you can contact them.</p></div></body></html>", suffix=".html")
    assert not [n for n in doc.notes if "outside" in n]


def test_a_line_break_left_inside_a_line_is_a_space(seg):
    doc = seg("Protocol\n\n1. Officers give impartial\x0badvice to all councillors.\n", suffix=".txt")
    assert doc.clauses[0].text == "Officers give impartial advice to all councillors."
    doc = seg("<html><body><main><h1>P</h1><p>1. Councillors must not\rinstruct officers.</p></main></body></html>",
              suffix=".html")
    assert doc.clauses[0].text == "Councillors must not instruct officers."


def test_an_action_lists_lettered_numbers_are_read_and_numbered_points_still_split(seg):
    doc = seg("ACTIONS\n\n"
              "A1  Circulate the final report to all councillors. Owner: Scrutiny Officer. By: 21 October 2026.\n"
              "A2  Send the recommendation to Cabinet. Owner: Democratic Services Manager. 1.1 Members must not "
              "direct staff. 1.2 Officers must give impartial advice. 1.3 Concerns go to the Monitoring Officer.\n")
    assert [c.clause_id for c in doc.clauses][:2] == ["A1", "A2"]
    assert doc.clauses[0].text.startswith("Circulate the final report")


def test_a_chrome_heavy_page_that_holds_a_whole_protocol_is_not_asked_to_be_checked(seg):
    menu = "".join(f"<li><a href='/s{k}'>Service {k}</a></li>" for k in range(40))
    body = "".join(f"<p>{k}. Councillors and officers must treat one another with courtesy in meeting {k}.</p>"
                   for k in range(1, 17))
    doc = seg(f"<html><body><nav><ul>{menu}</ul></nav><main><h1>Member/Officer Protocol</h1>{body}</main>"
              "</body></html>", suffix=".html")
    assert len(doc.clauses) == 16
    assert [n.split(" (")[0] for n in doc.notes] == ["most lines are furniture"]
    assert "check" not in doc.notes[0] and doc.notes[0].endswith("16 clauses read")


def test_a_sentence_cut_by_a_page_number_and_running_title_in_text_from_a_pdf_viewer_goes_on(seg):
    para = ("{n} The Clerk is expected to carry out the decisions of the Council and to keep\n"
            "    its records in good order, as the law and its standing orders require.\n\n")
    body = "".join(para.format(n=f"3.{k}") for k in range(1, 4))
    doc = seg("Councillor and Clerk Protocol\n\n" + body
              + "3.4 The Clerk is expected to carry out the decisions of the Council. Where the Clerk\n\n1\n\n"
              "Councillor and Clerk Protocol\n\n"
              "    considers that a proposed course of action would be unlawful, the Clerk has a duty\n"
              "    to say so, and that advice should be recorded in the minutes.\n\n"
              + body.replace("3.", "4.") + "2\n\nCouncillor and Clerk Protocol\n\n" + body.replace("3.", "5.") + "3\n")
    assert [c.clause_id for c in doc.clauses] == ["3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3"]
    assert doc.clauses[3].text.endswith("Where the Clerk considers that a proposed course of action would be "
                                        "unlawful, the Clerk has a duty to say so, and that advice should be recorded "
                                        "in the minutes.")


def test_labelled_contact_lines_and_a_reports_subject_and_classification_are_furniture_anywhere(seg):
    doc = seg("Subject: Member support and members' requests to officers\n\n"
              "Classification: Part 1 - Public\n\n"
              "1.1 Parish clerks may ask the Monitoring Officer for advice on the Code of Conduct.\n\n"
              "Email: standards@example-district.gov.uk\n"
              "Telephone: 01632 961 300 (Monday to Friday, 9am to 5pm)\n\n"
              "1.2 The Monitoring Officer will reply within five working days.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]
    reasons = _furniture(doc)
    assert reasons["Email: standards@example-district.gov.uk"] == "contact details"
    assert reasons["Telephone: 01632 961 300 (Monday to Friday, 9am to 5pm)"] == "contact details"
    assert reasons["Subject: Member support and members' requests to officers"] == "document details"


@pytest.mark.parametrize("line", [
    "Subject to the agreement of the Chief Executive, members may ask for a briefing from any officer.",
    "Hours: Councillors are asked not to telephone staff at home.",
    "Classification: Councillors are not allowed to classify documents themselves.",
    "Salary: No councillor may discuss an officer's salary in public.",
    "Issued by: the Monitoring Officer, who keeps this protocol under review and reports breaches to Council.",
    "Decision Maker: The full council decides any complaint about a councillor which is not resolved informally.",
])
def test_a_rule_shaped_like_a_details_label_stays_a_clause(seg, line):
    """Found by the adversarial review of 3 December 2026 (round 16): the committee-system and job-advert labels took
    rules that open like them."""
    doc = _between_two_clauses(seg, line)
    assert line in [c.text for c in doc.clauses]


def test_a_contact_box_ends_where_a_sentence_of_other_words_begins(seg):
    doc = seg("1.1 Councillors and officers work together with respect.\n\n"
              "Rachel Okonjo\nTown Clerk\nTel: 01632 960 735\nCouncillors raise concerns with the Town Clerk first\n\n"
              "1.2 Officers give impartial advice to every councillor.\n")
    assert "Councillors raise concerns with the Town Clerk first" not in _furniture(doc)


def test_a_meetings_contact_line_under_its_venue_a_presentation_line_and_an_intranet_marking_are_furniture(seg):
    """Blind set b58's first run (3 December 2026): they stood as clauses."""
    doc = seg("Brayfield Metropolitan Borough Council – staff intranet – internal use only\n\n"
              "Presented to the Annual Meeting of the Parish Council, 13 May 2026 – agenda item 9\n\n"
              "Venue: Committee Room 1, The Guildhall, Market Place. View directions\n"
              "Contact: Marcus Pelling, Democratic Services Officer  Tel: 01632 960 227\n\n"
              "Facilitators: Anita Rowe (Head of Democratic Services) and Gareth Penhale (Monitoring Officer)\n\n"
              "1.1 Councillors should send requests for work to the relevant director.\n\n"
              "1.2 Officers will reply to councillors' enquiries within ten working days.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]
    reasons = _furniture(doc)
    assert reasons["Contact: Marcus Pelling, Democratic Services Officer  Tel: 01632 960 227"] == "contact details"
    assert {reasons[t] for t in reasons if t.startswith("Presented")} == {"document details"}
    assert {reasons[t] for t in reasons if t.startswith("Facilitators")} == {"participants"}  # (round 40's reason)
    assert reasons["Brayfield Metropolitan Borough Council – staff intranet – internal use only"] == "handling mark"


@pytest.mark.parametrize("line", [
    "Decision Maker: the Full Council is the sole decision maker on any complaint about a councillor",
    "Grade: officers are entitled to be treated with courtesy and respect whatever their grade",
    "Lead Officer: the Clerk is responsible for keeping the register of interests up to date",
    "Facilitators: every councillor is required to attend the induction session within two months of election",
    "Submitted to Full Council on 12 June 2025 and applying to all members from that date",
])
def test_a_rule_without_a_full_stop_shaped_like_a_details_label_stays_a_clause(seg, line):
    """Found by the second adversarial review of 3 December 2026: rules bound by "required", "responsible",
    "entitled" or "is the" were read as labels and values."""
    doc = _between_two_clauses(seg, line)
    assert line in [c.text for c in doc.clauses]


# ---- found on the first run of blind sets b59-b62 (invented text of the same shapes)


def test_a_table_set_out_with_spaces_in_plain_text_is_read_as_cells(seg):
    """b61's first run: a summary of target times, columns lined up with spaces under a rule, ran label and value
    together ("written outcome 15 working days from receipt"), and its step labels were read as step numbers."""
    doc = seg("7. Summary\n\n7.1  The target times are summarised below.\n\n"
              "      Step                                    Target\n"
              "      ------------------------------------------------------\n"
              "      Stage 1 - reply to the concern          5 working days\n"
              "      Stage 2 - written outcome               15 working days from receipt\n"
              "      Stage 3 - review completed              30 working days (target)\n\n"
              "7.2  Either person may ask for more time.\n")
    cells = {c.text for c in doc.clauses if c.kind == "cell"}
    assert {"5 working days", "15 working days from receipt", "30 working days (target)"} <= cells
    assert not any("Stage 2" in c.text and "15 working days" in c.text for c in doc.clauses)
    assert [c.clause_id for c in doc.clauses if c.kind != "cell"] == ["7.1", "7.2"]
    # a numbered paragraph's number set apart by spaces, and a sentence with two spaces after its full stop, are text
    doc = seg("5.3   The Monitoring Officer will acknowledge the request within five working days.  A reply follows.\n"
              "5.4   The Chief Executive may refer the matter to the Standards Committee.\n"
              "5.5   Either party may ask for the meeting to be held in private.\n")
    assert [c.clause_id for c in doc.clauses] == ["5.3", "5.4", "5.5"]


def test_a_number_closing_a_bracket_opened_on_the_line_above_is_not_a_paragraph_number(seg):
    """b60's first run: "(extension" / "2260) or, on matters concerning councillors, …" became clause 2260."""
    doc = seg("6.7.1  Advice on this section is available from your manager, from HR Advisory (extension\n"
              "2260) or, on matters concerning councillors, from the Monitoring Officer.\n\n"
              "6.7.2  Managers will keep a record of the advice they give.\n")
    assert [c.clause_id for c in doc.clauses] == ["6.7.1", "6.7.2"]
    assert doc.clauses[0].text.endswith("from the Monitoring Officer.")


def test_a_long_running_header_beside_footers_that_end_in_a_page_number_is_furniture(seg):
    """b60's first run: a 14-word running header between pages of text copied from a PDF stood as list items."""
    header = "Wexcombe MBC – Employee Code of Conduct – Section 6 (version 4.2, April 2026)"
    footer = "HR Policy HR-03 | Uncontrolled when printed | Page {} of 31"
    doc = seg(f"{header}\n\n6.1 Employees serve the Council as a whole.\n\n6.2 If you hold a restricted post, you must "
              f"not:\n\n(a) stand as a candidate;\n\n{footer.format(14)}\n\n{header}\n\n(b) canvass at an election.\n\n"
              f"6.3 Employees must not use council time for party work.\n\n{footer.format(15)}\n\n{header}\n\n"
              f"6.4 Advice is available from HR.\n")
    assert header not in [c.text for c in doc.clauses]
    assert [c.clause_id for c in doc.clauses] == ["6.1", "6.2.a", "6.2.b", "6.3", "6.4"]


def test_a_sentence_ending_in_an_address_and_telephone_number_is_not_cut_at_the_address(seg):
    """b61's first run: the wrapped end of "Advice … is available from the Monitoring Officer, Legal and" was read as
    a list of names, and the document was flagged as ending mid-sentence."""
    doc = seg("1. Councillors and officers will treat each other with respect.\n\n"
              "Advice on the pledge is available from the Monitoring Officer, Legal and\n"
              "Democratic Services, County Hall, Harrowfell (telephone 01632 961 220).\n")
    assert doc.clauses[-1].text.endswith("County Hall, Harrowfell (telephone 01632 961 220).")
    assert not doc.warnings and all(c.complete is not False for c in doc.clauses)


def test_headings_between_lists_copied_from_a_browser_without_their_marks_are_headings(seg):
    """b59's first run: a page copied with select-all lost its bullets and heading styles, and the next section's
    heading ("What officers can expect from councillors") was read as one more item of the list above it."""
    doc = seg("Member and officer relations protocol\n"
              "This protocol applies to all councillors and all employees of the council. It aims to help both sides to "
              "work together and to avoid the misunderstandings that arise when roles are unclear.\n"
              "Councillors give the council its political direction; officers advise councillors, carry out the "
              "council's decisions and run its services from day to day.\n"
              "What councillors can expect from officers\n"
              "Councillors can expect officers to:\n"
              "give advice that is honest, impartial and based on their professional judgement\n"
              "answer enquiries within ten working days, or explain why not and say when an answer will be ready\n"
              "stay out of party politics in their work\n"
              "What officers can expect from councillors\n"
              "Officers can expect councillors to:\n"
              "respect their political neutrality and not ask them to do anything of a party political nature\n"
              "not bully, intimidate or harass them\n"
              "Senior councillors and political groups\n"
              "The Leader will work closely with the Chief Executive, but must not keep other councillors from "
              "information they are entitled to see.\n")
    assert [h.text for h in doc.headings][-2:] == ["What officers can expect from councillors",
                                                   "Senior councillors and political groups"]
    assert len(doc.clauses) == 8 and doc.clauses[-1].text.startswith("The Leader will work closely")
    # a list whose items open in capitals keeps its last short item ("Confidentiality")
    doc = seg("Member and officer relations protocol\n"
              "This protocol applies to all councillors and all employees of the council. It aims to help both sides to "
              "work together and to avoid the misunderstandings that arise when roles are unclear.\n"
              "Councillors give the council its political direction; officers advise councillors, carry out the "
              "council's decisions and run its services from day to day.\n"
              "This protocol covers:\nRoles\nAccess to information\nConfidentiality\n"
              "The protocol applies to all councillors and to all staff of the council, and to co-opted members.\n")
    assert "Confidentiality" in [c.text for c in doc.clauses]


@pytest.mark.parametrize("line,reason", [
    ("[End of Section 5.3]", "end mark"),
    ("Complainant: Director of Place, on behalf of a member of staff", "document details"),
    ("Wards affected: (All Wards);", "document details"),
])
def test_an_end_mark_with_a_section_number_and_a_hearing_notices_details_are_furniture(seg, line, reason):
    """b59's, b60's and b62's first runs: these stood as clauses."""
    doc = _between_two_clauses(seg, line)
    assert _furniture(doc).get(line) == reason
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]


# ---- found by the adversarial review of the b59-b62 fixes


def test_lists_and_text_set_out_with_wide_spaces_are_not_tables(seg):
    doc = seg("2. Conduct\n\nCouncillors must:\n\n"
              "1)   treat officers with courtesy;\n2)   respect their impartiality;\n3)   use the proper channels.\n\n"
              "3. Standards\n\n"
              "A.   Officers must give impartial advice.\nB.   Officers must keep information confidential.\n"
              "C.   Officers must not take part in party politics.\n\n"
              "4. Quotation\n\n"
              '    "Councillors must not bully officers      or seek to influence them\n'
              "    improperly in any way at all,             whether in person or by\n"
              '    email or in writing or by phone           call at any time."\n')
    assert not any(c.kind == "cell" for c in doc.clauses)
    assert [c.clause_id.rsplit(".", 1)[-1] for c in doc.clauses][:6] == ["1", "2", "3", "A", "B", "C"]
    texts = " ".join(c.text for c in doc.clauses)
    assert "treat officers with courtesy" in texts and "Officers must give impartial advice." in texts
    assert "Councillors must not bully officers" in texts


def test_a_lead_in_with_an_open_bracket_keeps_its_numbered_items(seg):
    doc = seg("2. Requests\n\n2.1 Councillors must (unless the Monitoring Officer agrees otherwise, in writing:\n"
              "1) send requests to the Clerk;\n2) give officers reasonable time;\n3) respect officers' advice.\n")
    assert [c.clause_id for c in doc.clauses] == ["2.1.1", "2.1.2", "2.1.3"]


def test_a_details_label_whose_value_is_a_rule_stays_a_clause_and_named_attendees_stay_furniture(seg):
    doc = seg("1. Purpose\n\n1.1 This protocol explains how a complaint about a councillor is handled.\n\n"
              "1.2 The Monitoring Officer keeps a record of every complaint and reports on them each year.\n\n"
              "2. Making a complaint\n\n2.1 Anyone may complain in writing to the Monitoring Officer.\n\n"
              "3. Complaints\n\n"
              "Investigating officer: normally the Monitoring Officer, unless conflicted\n\n"
              "Case reference: each complaint gets a number and the Clerk keeps a register\n\n"
              "4. Minutes\n\n"
              "The meeting was attended by the Clerk, the Chair of Finance and\n"
              "Cllr F Black, Cllr G Grey, Cllr H Blue.\n\n"
              "Councillors must declare interests at the start of each meeting.\n")
    reasons = _furniture(doc)
    assert "Investigating officer: normally the Monitoring Officer, unless conflicted" not in reasons
    assert "Case reference: each complaint gets a number and the Clerk keeps a register" not in reasons
    assert reasons.get("Cllr F Black, Cllr G Grey, Cllr H Blue.") == "attendance list"


def test_a_table_of_many_rule_lines_is_read_in_linear_time(seg):
    import time
    rows = "".join(f"      Stage {k:>5} - reply          {k:>5} working days\n      {'-' * 40}\n" for k in range(20000))
    start = time.process_time()
    doc = seg("1. Targets\n\n      Step                    Target\n" + rows)
    assert time.process_time() - start < 30  # a search of the trace per rule row took 53 s at 40,000 rows
    assert {t.line_no for t in doc.trace} == set(range(1, 40004)) - {2}  # every line is somewhere


# ---- found on training sets r17a-r17c (3 December 2026), invented text of the same shapes


def test_a_key_points_box_inside_the_article_is_text(seg):
    doc = seg("<html><body><main><article><h1>Working with your chairman: advice for clerks</h1>"
              "<p>This note is for clerks of parish and town councils and looks at how you work with councillors.</p>"
              "<aside class='callout key-points'><h2>Key points</h2><ul>"
              "<li>You are employed by the council as a corporate body, not by the chairman or any councillor.</li>"
              "<li>Your chairman has no more authority to give you instructions than any other councillor.</li>"
              "<li>Problems are best raised early, calmly and in private, before anything formal starts.</li>"
              "</ul></aside><h2>1. Who you work for</h2><p>1.1 Your council appoints you and can dismiss you.</p>"
              "</article><aside class='sidebar'><h2>Related</h2><ul><li><a href='/a'>Advice notes</a></li>"
              "<li><a href='/b'>Training</a></li></ul></aside></main></body></html>", suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert any(t.startswith("You are employed by the council as a corporate body") for t in texts)
    assert any(t.startswith("Problems are best raised early") for t in texts)
    assert "Advice notes" not in texts


def test_an_emails_first_sentence_its_signature_separator_and_wrapped_disclaimer_are_read_as_such(seg):
    doc = seg("From: Town Clerk <clerk@example-tc.gov.uk>\nSent: Tuesday, 19 May 2026 16:42\n"
              "To: All Councillors <councillors@example-tc.gov.uk>\n\nDear Councillors,\n\n"
              "Following the elections on 7 May, and with four new members joining us, I\n"
              "thought it would help to remind everyone of the protocol the Council adopted.\n\n"
              "1. Please send requests for work to me, not to the grounds staff.\n\n"
              "2. Please do not phone staff at home in the evening.\n\nKind regards,\n\n--\n"
              "This email and any attachments are intended only for the named recipient and may contain confidential\n"
              "information. If you have received it in error, please tell the sender and delete it.\n")
    assert doc.clauses[0].text.startswith("Following the elections on 7 May") and not doc.headings
    reasons = _furniture(doc)
    assert reasons.get("--") == "email footer"
    assert reasons.get("information. If you have received it in error, please tell the sender and delete it.") \
        == "email disclaimer"  # (the signature separator opens the email's tail: its disclaimer, however it wraps)
    assert not doc.warnings


@pytest.mark.parametrize("line", ["Printed on 100% recycled paper",
                                  "Please display in the Members' Room and in group offices"])
def test_a_posters_colophon_is_furniture_and_does_not_make_it_look_cut_off(seg, line):
    doc = seg("Dos and don'ts for councillors\n\nDo treat officers with courtesy and respect.\n\n"
              "Do send requests for work to the right manager.\n\nDon't ask officers for help with party work.\n\n"
              f"Sedgeworth MBC · Democratic Services · January 2026\n{line}\n")
    assert _furniture(doc).get(line) == "print note" and not doc.warnings


def test_a_site_menu_copied_with_two_spaces_between_its_items_is_furniture(seg):
    """b63's first ingest run: a committee page copied as text kept its menu on one line, two spaces between items."""
    menu = "Home  Bins and recycling  Council tax  Planning  Housing  Council and democracy  Contact us"
    doc = seg(f"Skip to main content\nExample District Council\n{menu}\n\nStandards Committee minutes\n\n"
              "31. The Committee noted the annual report on concerns raised under the protocol.\n\n"
              "32. Officers will report again in twelve months.\n")
    assert _furniture(doc).get(menu) == "site menu"
    # a row of a table set out with two spaces, inside the text, is not a menu
    row = "Name  Post  Telephone  Email  Room"
    doc = seg(f"1. Contacts\n\n1.1 The officers below support councillors.\n\n{row}\n\n"
              "1.2 Councillors should contact them during office hours.\n\n1.3 Officers will reply promptly.\n")
    assert _furniture(doc).get(row) is None


def test_a_document_control_heading_over_its_version_table_ends_a_complete_document(seg):
    """b64's first ingest run: "Document control" over a version table (furniture) was read as a section heading with
    nothing under it, its last word the start of "controllers", and the protocol was flagged as cut off."""
    doc = seg("1. Enquiries\n\n1.1\tOfficers will reply to councillors' enquiries within ten working days.\n\n"
              "1.2\tCouncillors handling residents' data are data controllers in their own right.\n\n\n"
              "Document control\nVersion\tDate\tChange\n2.0\tMarch 2024\tResponse times revised\n"
              "2.1\tJune 2026\tEscalation route updated\n")
    assert not doc.warnings and all(c.complete is not False for c in doc.clauses)


# ---- found by the adversarial review of the round-17 training-set fixes


@pytest.mark.parametrize("line", [
    "Please display on the notice board the agenda at least three clear days before a meeting.",
    "Please display in the chamber only approved notices; political posters must not be shown.",
    "Do not share exempt information. If you have received exempt papers in error, return them unread.",
])
def test_rules_shaped_like_a_colophon_or_a_disclaimer_stay_clauses(seg, line):
    doc = _between_two_clauses(seg, line)
    assert line in [c.text for c in doc.clauses]


def test_a_promotion_or_an_authors_box_inside_the_article_stays_a_sidebar(seg):
    doc = seg("<html><body><main><article><h1>Member and officer relations protocol</h1>"
              "<p>This protocol sets out how councillors and officers work together in the council.</p>"
              "<aside class='promo'><h3>Thinking of becoming a councillor?</h3>"
              "<p>You can find out what councillors do and how officers support them at our open evening.</p>"
              "<p>You will meet councillors and officers who will explain how the council works day to day.</p></aside>"
              "<p>Officers must give councillors impartial advice at all times.</p></article></main></body></html>",
              suffix=".html")
    assert [c.text[:8] for c in doc.clauses] == ["This pro", "Officers"]


def test_a_sentence_case_title_over_a_lower_case_line_is_still_the_title(seg):
    doc = seg("Member and officer relations protocol\nthis protocol applies to all elected members and to every officer "
              "employed by the council.\n\n1. Introduction\n\n1.1 It should be read with the code of conduct.\n")
    assert doc.headings[0].text == "Member and officer relations protocol"
    assert doc.clauses[0].text.startswith("this protocol applies")


def test_a_line_of_offices_after_its_lead_in_at_the_foot_is_no_menu(seg):
    line = "The lead officers are  Chief Executive  Monitoring Officer  Section 151 Officer  Head of Paid Service  Clerk"
    doc = seg("1. Roles\n\n1.1 Officers advise the council and carry out its decisions.\n\n"
              f"1.2 Councillors set policy and represent their wards.\n\n{line}\n")
    assert _furniture(doc).get(line) is None


@pytest.mark.parametrize("heading", ["## Officers will report to the Mayor", "## Role of the Chair and the",
                                     "## Document control and version management for the"])
def test_a_cut_heading_that_names_an_office_or_document_control_still_marks_a_cut_document(seg, heading):
    doc = seg("# Protocol\n\n1. Councillors should not give instructions to officers.\n\n"
              f"2. Officers will brief the Chair before each meeting.\n\n{heading}\n", suffix=".md")
    assert doc.warnings


def test_a_letters_header_fields_signature_block_and_tear_off_line_are_furniture(seg):
    doc = seg("MEMORANDUM\n\nTo: Leaders of the Political Groups (Cllr J. Harcourt, Cllr P. Mbeki)\n"
              "From: Helen Okafor-Reid, Head of Legal and Democratic Services and Monitoring Officer\n"
              "Our ref: LDS/MO/26/114\n\n"
              "1. I write about three incidents reported to me since September.\n\n"
              "2. Councillors must not ask officers to change the advice in a committee report.\n\n"
              "Yours sincerely\n\n\nHelen Okafor-Reid\nHead of Legal and Democratic Services and Monitoring Officer\n"
              "Cllr Owen Tullett, Leader of the Labour Group\n\n"
              "P.S. The refresher session is on 3 March.\n\n"
              "cc: Chief Executive\nEnc. Member/Officer Protocol (Part 5 of the Constitution)\n\n"
              "cut here - - - - - - - - - - - - - -\n\n"
              "________________________________\n")
    assert [c.text for c in doc.clauses] == [
        "I write about three incidents reported to me since September.",
        "Councillors must not ask officers to change the advice in a committee report.",
        "P.S. The refresher session is on 3 March."]
    reasons = _furniture(doc)
    assert reasons["Head of Legal and Democratic Services and Monitoring Officer"] == "signature"
    assert reasons["Cllr Owen Tullett, Leader of the Labour Group"] == "signature"
    assert reasons["cc: Chief Executive"] == "letter details"
    assert reasons["cut here - - - - - - - - - - - - - -"] == "tear-off line"
    assert not doc.warnings


def test_a_signature_block_is_names_and_posts_and_never_the_next_parts_title_or_a_lead_in(seg):
    doc = seg("Dear all,\n\nPlease see the draft protocol below.\n\nKind regards,\nKaren\n\n"
              "PROTOCOL ON WORKING RELATIONSHIPS BETWEEN COUNCILLORS AND STAFF\n\n"
              "1) Councillors must not give instructions to staff.\n")
    assert "PROTOCOL ON WORKING RELATIONSHIPS BETWEEN COUNCILLORS AND STAFF" in [h.text for h in doc.headings]
    assert _furniture(doc)["Karen"] == "signature"
    doc = seg("Yours sincerely\nAnna Price\nAppendix A: the Protocol\n\n1. Officers give impartial advice.\n")
    assert _furniture(doc).get("Appendix A: the Protocol") != "signature"
    doc = seg("Kind regards,\n\nTom\n\nThe protocol the committee agreed follows below\n\n1. Officers give impartial advice.\n")
    assert _furniture(doc)["Tom"] == "signature" and "The protocol the committee agreed follows below" not in _furniture(doc)


def test_an_articles_tags_a_closed_comment_box_and_a_photos_caption_are_furniture(seg):
    doc = seg("<html><body><main><article><h1>Supporting councillors before the elections</h1>"
              "<figure><img src='count.jpg' alt=''><figcaption>Angela with colleagues from the elections team at the "
              "count in May 2023.</figcaption></figure>"
              "<p>Officers must not help any candidate with campaign material.</p>"
              "<p>Tags: elections, pre-election period, councillors</p>"
              "<p>Comments are turned off for this article.</p></article></main></body></html>", suffix=".html")
    assert [c.text for c in doc.clauses] == ["Officers must not help any candidate with campaign material."]
    assert not doc.warnings  # (the tags line is no heading the text stops under)
    doc = seg("<html><body><p>Diolch yn fawr,</p><p>View this bulletin in your browser</p>"
              "<p>You are receiving this bulletin because you are a member of the Council.</p>"
              "<p>1. Group leaders must promote high standards of conduct in their groups.</p></body></html>",
              suffix=".html")
    assert [c.text for c in doc.clauses] == ["Group leaders must promote high standards of conduct in their groups."]


def test_a_copy_from_a_pdf_viewer_breaks_paragraphs_where_the_next_word_would_have_fitted(seg):
    lines = ["Working with your Clerk", "A quick guide for councillors",
             "Little Swanby Parish Council employs one part-time Clerk, who works 15 hours a week and",
             "is also the Council's Proper Officer and Responsible Financial Officer.",
             "This guide sets out, in brief, how councillors and the Clerk should work together. It",
             "does not replace the Code of Conduct, Standing Orders or the Clerk's contract of",
             "employment.", "Things to remember",
             "•  The Clerk works for the whole Council, not for the Chair or for any individual council-",
             "lor.",
             "•  No councillor, the Chair included, can give the Clerk instructions on their own:",
             "only the Council, or a committee acting under delegated powers, can do that.",
             "•  The Chair is the Clerk's usual point of contact between meetings, but has no more",
             "power to direct the Clerk's work than any other councillor."]
    doc = seg("\n".join(lines) + "\n")
    texts = [c.text for c in doc.clauses]
    assert texts[0].endswith("Responsible Financial Officer.") and texts[1].startswith("This guide sets out")
    assert "No councillor, the Chair included, can give the Clerk instructions on their own: only the Council, or a " \
           "committee acting under delegated powers, can do that." in texts
    assert len(texts) == 5


def test_a_web_tables_cells_set_as_paragraphs_are_read_as_its_cells(seg):
    cells = ["Set the Council's policies, budget and priorities", "Give professional advice to help councillors decide",
             "Represent residents in their ward", "Put the Council's decisions into effect",
             "Do not direct officers' work", "Do not take part in party political activity"]
    doc = seg("<html><body><main><h2>At a glance: who does what</h2><p>The table below is taken from the Protocol.</p>"
              "<div class='flattened'><p>Councillors</p><p>Officers</p>" + "".join(f"<p>{c}</p>" for c in cells) +
              "</div><h2>Learning outcomes</h2><p>By the end you will know who to ask.</p></main></body></html>",
              suffix=".html")
    got = {c.text: c.column for c in doc.clauses if c.kind == "cell"}
    assert got == {c: ("Councillors" if k % 2 == 0 else "Officers") for k, c in enumerate(cells)}
    assert not any(h.text in cells for h in doc.headings)


def test_a_copys_uncontrolled_line_and_a_document_history_line_are_furniture(seg):
    doc = seg("Stanmarsh Borough Council – HR Policy 22 – Uncontrolled when printed\n\n"
              "1. Officers in politically restricted posts must not speak in public on party matters.\n\n"
              "Document history: version 3.0, October 2026 (replaces version 2.2, June 2021). Next review: October 2029.\n")
    assert [c.text[:8] for c in doc.clauses] == ["Officers"]
    assert set(_furniture(doc).values()) == {"copy status", "version stamp"}


def test_a_sign_off_before_a_pasted_protocol_takes_no_heading_or_title_case_line(seg):
    doc = seg("Dear all,\n\nPlease find below the revised protocol agreed at Full Council.\n\nKind regards,\n"
              "Member Officer Protocol\nIntroduction\nThis Protocol Applies To All Councillors And Officers\n"
              "Officers Serve The Whole Council\n\n1. Councillors must not instruct officers directly.\n")
    assert not any(r == "signature" for r in _furniture(doc).values())
    doc = seg("Thanks,\n\n## Councillors Responsibilities\n\nCouncillors must respect officers.\n", suffix=".md")
    assert "Councillors Responsibilities" in [h.text for h in doc.headings]
    doc = seg("Regards,\n_____\nKey Principles\nMutual Respect\n\n1. Officers give impartial advice.\n")
    assert not any(r == "signature" for r in _furniture(doc).values())


def test_letter_fields_and_captions_that_state_a_rule_are_text(seg):
    doc = seg("Protocol\n\nFrom: 1 April 2025 councillors are required to use their council email address.\n\n"
              "Enc. the Council's Dignity at Work policy, which applies to councillors.\n\n"
              "Document history: this protocol replaces version 2 and councillors are to comply with it.\n")
    assert len(doc.clauses) == 3
    doc = seg("<html><body><main><p>1. Officers give impartial advice.</p><figure><img src='f.png' alt=''>"
              "<figcaption>Officers are not to be asked to attend party group meetings.</figcaption></figure>"
              "</main></body></html>", suffix=".html")
    assert "Officers are not to be asked to attend party group meetings." in [c.text for c in doc.clauses]


def test_a_line_ending_on_an_abbreviation_goes_on_and_shared_duties_under_two_names_are_no_table(seg):
    doc = seg("Protocol\n" + "Councillors and officers must work together with mutual respect and trust, and each\n"
              "must understand the role of the other. The Chief Finance Officer has duties under s.\n"
              "151, and must be consulted on any budget matter by any councillor or co-opted member\n"
              "of the Council, or by any committee or sub-committee of it, for an opinion on it.\n"
              "Officers must respect the mandate of councillors and must not be asked to act in a\n"
              "way that breaches the Code of Conduct or the council's own rules and procedures.\n")
    assert len(doc.clauses) == 1
    doc = seg("<html><body><main><p>Councillors</p><p>Officers</p><p>Treat each other with courtesy</p>"
              "<p>Never criticise each other in public</p><p>Do not use council resources for party work</p>"
              "<p>Keep confidential papers safe</p></main></body></html>", suffix=".html")
    assert not any(c.kind == "cell" for c in doc.clauses)


def test_a_quiz_in_a_form_keeps_its_statements_and_the_answers_a_click_reveals(seg):
    items = "".join(
        f"<fieldset><span>Question {n} of 3</span><legend><h2>{q}</h2></legend>"
        f"<label><input type='radio'> True</label> <label><input type='radio'> False</label>"
        f"<button type='button'>Check answer</button><div class='explanation' hidden><p><strong>False.</strong> {a}</p>"
        "</div></fieldset>"
        for n, (q, a) in enumerate([
            ("Officers work for the majority party.", "Officers are employed by the Council as a whole and serve "
             "every councillor, whichever party they belong to."),
            ("A councillor may instruct an officer.", "Individual councillors cannot instruct officers; requests for "
             "work go to the head of service."),
            ("You may criticise an officer in public.", "Officers cannot answer back in a public meeting, so raise "
             "any concern about an officer with their manager.")], 1))
    doc = seg("<html><body><main><p class='progress'>Module 3 of 6 – Working with officers – Part 4: Test yourself</p>"
              "<h1>Test yourself</h1><form class='quiz'>" + items + "</form>"
              "<p>Members only content: you are logged in as Hartle Parish Council</p></main></body></html>",
              suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert any(t.startswith("False. Officers are employed by the Council as a whole") for t in texts)
    assert any("requests for work go to the head of service" in t for t in texts)
    reasons = set(_furniture(doc).values())
    assert {"quiz counter", "progress line", "site login"} <= reasons
    assert not any(t.startswith(("Question", "Module", "Members only")) for t in texts)


def test_a_welsh_notes_language_line_is_furniture(seg):
    doc = seg("Mae'r nodyn hwn ar gael yn Gymraeg hefyd. This note is also available in Welsh.\n\n"
              "1. Councillors should ask the Clerk for information by email.\n")
    assert [c.clause_id for c in doc.clauses] == ["1"]


def test_a_sites_own_forms_stay_chrome_however_many_sentences_they_hold(seg):
    consent = ("<p>We use essential cookies and you cannot switch these off.</p><p>We would like to set analytics "
               "cookies and you can choose whether to accept them.</p><p>If you accept, we will remember your choice "
               "for twelve months.</p>")
    for page in (f"<html><body><form class='cookie-consent'>{consent}</form><p>1. Councillors must not instruct "
                 "officers.</p></body></html>",  # a form outside the article
                 f"<html><body><main><p>1. Councillors must not instruct officers.</p><form class='cookie-consent'>"
                 f"{consent}</form></main></body></html>"):  # a consent form inside it
        doc = seg(page, suffix=".html")
        assert [c.text for c in doc.clauses] == ["Councillors must not instruct officers."]
