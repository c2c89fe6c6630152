"""Real pages as people save them, in every format: web clutter is furniture with its kind,
cut-off documents are flagged, one clause per numbered point, numbers of any length, and a
sentence repeated in the body is not a running header. Each document is written here, in
text, Markdown, HTML, Word and PDF, from the same lines."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from conftest import by_id
from pipeline.build import ingest_file
from pipeline.ingest.complete import CUT_OFF
from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_nothing_lost import _check_accounted

FORMATS = [".txt", ".md", ".html", ".docx", ".pdf"]


def _write(path: Path, pages: list[list[str]]) -> Path:
    """Write the lines of each page in the format of ``path``'s suffix. A line starting "# " is
    the page's title (an <h1>, a Word title, a Markdown heading); a line holding a tab is a table
    row, and consecutive rows make one table (an HTML or Word table, PDF columns)."""
    suffix = path.suffix
    if suffix in (".txt", ".md"):
        text = "\f".join("\n".join(ln[2:] if ln.startswith("# ") and suffix == ".txt" else ln for ln in page)
                         for page in pages)
        path.write_text(text + "\n", encoding="utf-8")
    elif suffix == ".html":
        body = []
        for page in pages:
            for k, ln in enumerate(page):
                if "\t" in ln:
                    row = "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in ln.split("\t")) + "</tr>"
                    first = k == 0 or "\t" not in page[k - 1]
                    last = k + 1 == len(page) or "\t" not in page[k + 1]
                    body.append(("<table>" if first else "") + row + ("</table>" if last else ""))
                else:
                    body.append(f"<h1>{escape(ln[2:])}</h1>" if ln.startswith("# ") else f"<p>{escape(ln)}</p>")
        path.write_text(f"<!doctype html><html><head><title>t</title></head><body>{chr(10).join(body)}</body></html>",
                        encoding="utf-8")
    elif suffix == ".docx":
        import docx

        d = docx.Document()
        for k, page in enumerate(pages):
            table = None
            for ln in page:
                if "\t" in ln:
                    cells = ln.split("\t")
                    if table is None:
                        table = d.add_table(rows=0, cols=len(cells))
                    for cell, text in zip(table.add_row().cells, cells):
                        cell.text = text
                    continue
                table = None
                if ln.startswith("# "):
                    d.add_heading(ln[2:], level=1)
                else:
                    d.add_paragraph(ln)
            if k + 1 < len(pages):
                d.add_page_break()
        d.save(str(path))
    elif suffix == ".pdf":
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path))
        for page in pages:
            y = 780
            for ln in page:
                c.setFont("Helvetica-Bold" if ln.startswith("# ") else "Helvetica", 10)
                for x, cell in enumerate(ln.split("\t")):
                    c.drawString(60 + 170 * x, y, cell[2:] if cell.startswith("# ") else cell)
                y -= 18
            c.showPage()
        c.save()
    return path


def _doc(tmp_path: Path, suffix: str, pages: list[list[str]], name: str = "page"):
    path = _write(tmp_path / f"{name}{suffix}", pages)
    raw = read(path, name)
    doc = segment(raw)
    _check_accounted(raw, doc)  # nothing lost: every line is a clause, a heading or furniture
    return doc


PROTOCOL = [
    "1.1 This protocol guides councillors and officers in their dealings with one another.",
    "1.2 It should be read with the Members' Code of Conduct.",
    "2.1 Officers will give councillors impartial advice.",
    "2.2 Councillors should not ask officers to act outside their role.",
    "2.3 Councillors should raise a concern about an officer with the officer's manager.",
]

SAVED_PAGE = [
    "Hollybank Borough Council",
    "Bins and recycling",
    "Council tax",
    "Planning applications",
    "Jobs and careers",
    "Contact us",
    "Home > Your council > Constitution > Member/officer protocol",
    "# Member/Officer Protocol",
    *PROTOCOL,
    "Last updated 3 March 2025",
    "Share this page: Facebook | X | LinkedIn | Email",
    "Accessibility | Privacy | Cookies | Contact us",
    "© Hollybank Borough Council",
]
CLUTTER = {
    "Bins and recycling": "site menu", "Council tax": "site menu", "Jobs and careers": "site menu",
    "Home > Your council > Constitution > Member/officer protocol": "breadcrumb",
    "Last updated 3 March 2025": "page date",
    "Share this page: Facebook | X | LinkedIn | Email": "share links",
    "Accessibility | Privacy | Cookies | Contact us": "footer links",
    "© Hollybank Borough Council": "footer links",
}


@pytest.mark.parametrize("suffix", FORMATS)
def test_web_clutter_is_furniture_with_its_kind_in_every_format(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, [SAVED_PAGE])
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    reasons = {f.text: f.reason for f in doc.furniture}
    for text, kind in CLUTTER.items():
        assert reasons.get(text) == kind, (text, reasons.get(text))
    assert "Member/Officer Protocol" in [h.text for h in doc.headings]  # the page title is a heading
    # 11 of its 17 lines are the site's: the document says so
    assert [n.split(" (")[0] for n in doc.notes] == ["most lines are furniture"] and not doc.warnings


def test_short_lines_in_the_body_are_not_a_menu(seg):
    # a lead-in's short items and a table's short cells are clauses however short, and so is a
    # run of short lines inside the protocol's text
    doc = seg("1.1 Councillors have three roles in this council, set out below.\n\n"
              "1.2 Councillors will:\nApprove policies and budgets\nRepresent their ward\nScrutinise decisions\n\n"
              "1.3 Officers will advise them on each of these roles in good time.\n")
    assert [c.text for c in doc.clauses if c.lead_in] == [
        "Approve policies and budgets", "Represent their ward", "Scrutinise decisions"]
    assert not doc.furniture


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_document_cut_off_mid_word_is_partial_and_its_last_clause_incomplete(tmp_path, suffix):
    cut = ["# Member/Officer Protocol", *PROTOCOL[:4], "2.3 Officers give advice to the Co"]
    doc = _doc(tmp_path, suffix, [cut], name="cut")
    assert doc.warnings == [CUT_OFF]
    assert [c.complete for c in doc.clauses] == [True, True, True, True, False]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_document_ending_on_a_section_heading_with_nothing_under_it_is_partial(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, [["# Member/Officer Protocol", *PROTOCOL, "3. Review"]], name="headed")
    assert doc.warnings == [CUT_OFF]
    assert all(c.complete for c in doc.clauses)  # no clause is cut: the section's text is missing


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_complete_document_with_a_normal_ending_is_not_flagged(tmp_path, suffix):
    endings = [
        ["2.4 Concerns may be raised with:", "(a) the officer's manager", "(b) the Monitoring Officer"],
        ["Signed ..............................", "Adopted 12 March 2025"],
        ["Appendix A: Flowchart of the complaints procedure"],  # heads a picture, not text
    ]
    for k, ending in enumerate(endings):
        doc = _doc(tmp_path, suffix, [["# Member/Officer Protocol", *PROTOCOL, *ending]], name=f"whole{k}")
        assert doc.warnings == [], ending
        assert all(c.complete for c in doc.clauses)


def test_mid_sentence_endings(seg):
    doc = seg("1.1 Officers give advice.\n\n1.2 A councillor with a concern should raise it with the\n")
    assert doc.warnings == [CUT_OFF] and by_id(doc)["1.2"].complete is False
    # a short last line ending in a modal is a sentence cut short, not a heading
    doc = seg("1.1 Officers give advice.\n\n1.2 A concern about a councillor is passed to the Monitoring\n\n"
              "Officer will\n")
    assert doc.warnings == [CUT_OFF] and doc.clauses[-1].text == "Officer will"
    assert seg("Roles\n\n1.1 Officers give advice.\n\nWho councillors are\n\n1.2 Councillors are "
               "elected.\n").headings[1].text == "Who councillors are"
    # the other items of its list end with ';' and the last one stops short
    doc = seg("Officers should tell their manager if a councillor:\n- is rude to them;\n- asks for special "
              "treatment;\n- tries to develop a friendship that makes them uneasy, or conta\n")
    assert doc.warnings == [CUT_OFF]
    # a long last paragraph without its full stop, where every other paragraph has one
    doc = seg("1.1 Officers give advice.\n\n1.2 Members decide policy.\n\n"
              "1.3 A councillor with a concern about an officer should first speak to the officer's manager\n")
    assert doc.warnings == [CUT_OFF]


def test_cut_off_document_is_partial_with_its_reason(tmp_path):
    path = _write(tmp_path / "cut.txt", [["1. Roles", *PROTOCOL[:4], "2.3 Officers give advice to the Co"]])
    res = ingest_file(path, "cut")
    assert (res.status, res.error) == ("partial", CUT_OFF)
    rec = res.document.records()[-1]
    assert rec["complete"] is False and rec["text"] == "Officers give advice to the Co"


def test_drafts_never_use_an_incomplete_clause():
    import pandas as pd

    from pipeline.render.draft import build_draft, options_for

    row = {"doc_id": "a", "council": "A Council", "council_type": "district", "clause_id": "1", "parent": None,
           "section": None, "tag": "prohibition", "tags": ["prohibition"], "actor": "member",
           "themes": ["management_instruction"], "evidence": "must not", "confidence": 0.9, "page": None,
           "source": "a.txt", "kind": "paragraph", "lead_in": None, "column": None, "span_start": 0, "span_end": 1}
    whole = dict(row, text="Councillors must not give instructions to staff.", complete=True)
    cut = dict(row, doc_id="b", council="B Council", clause_id="9",
               text="Councillors must not give officers instructions about the Co", complete=False)
    draft = build_draft(pd.DataFrame([whole, cut]), options_for({"council": "C Council", "council_type": "district"}))
    used = [c.text for s in draft.sections for c in s.clauses]
    assert any("must not give instructions to" in t for t in used)  # (the staff are the draft's "officers")
    assert not any("about the Co" in t for t in used)


@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx"])
def test_two_numbered_points_in_one_paragraph_are_two_clauses(tmp_path, suffix):
    page = ["# Member/Officer Protocol", "1.1 Officers give impartial advice. 1.2 Councillors decide policy.",
            "1.3 Councillors should not instruct staff."]
    doc = _doc(tmp_path, suffix, [page])
    assert [(c.clause_id, c.text) for c in doc.clauses] == [
        ("1.1", "Officers give impartial advice."), ("1.2", "Councillors decide policy."),
        ("1.3", "Councillors should not instruct staff.")]


def test_a_page_whose_text_arrives_as_one_line(seg):
    doc = seg("Hollybank Council Working Protocol 1. Introduction 1.1 The purpose of this protocol is to guide "
              "councillors and officers. 1.2 The protocol is not exhaustive. 2. Standards of behaviour 2.1 Members "
              "will: (a) recognise that officers are politically impartial; (b) make requests through the right "
              "director; and (c) refrain from bullying. 2.2 Officers will treat all members with equal courtesy.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1.a", "2.1.b", "2.1.c", "2.2"]
    assert by_id(doc)["2.1.b"].text == "make requests through the right director; and"
    assert by_id(doc)["2.1.a"].lead_in == "Members will:"
    assert by_id(doc)["2.2"].section == ["Standards of behaviour"]
    assert [h.text for h in doc.headings] == ["Hollybank Council Working Protocol", "Introduction",
                                             "Standards of behaviour"]
    # a number that does not continue the numbering is text
    doc = seg("1.2 Requests are handled under paragraph 12 of this protocol. See 4.2 Below. And 7 Days.\n")
    assert len(doc.clauses) == 1


def test_the_menu_and_footer_of_a_one_line_page_are_furniture(seg):
    points = " ".join(f"{n}. Councillors and officers of the council will keep rule number {n} of this short protocol "
                      f"at all times and in every meeting." for n in range(1, 8))
    doc = seg("Skip to content Millbrook Parish Council Home About Us Meetings & Minutes Contact Us Policies > "
              "Councillor and Clerk Protocol " + points + " Download this policy (PDF) Print this page "
              "The Pavilion, Mill Lane, Millbrook MB1 2AA Tel: 01632 555 010 © Millbrook Parish Council 2026 "
              "Cookie settings\n")
    assert [c.clause_id for c in doc.clauses] == [str(n) for n in range(1, 8)]
    assert doc.clauses[-1].text.endswith("in every meeting.") and doc.clauses[-1].complete
    reasons = {f.reason: f.text for f in doc.furniture}
    assert reasons["site menu"].startswith("Skip to content") and reasons["page footer"].endswith("Cookie settings")
    # a cut-off page keeps its fragment as the last clause, and the sentence after a point's last full stop is text
    doc = seg(points + " 8. Officers give advice to the Co\n")
    assert doc.clauses[-1].text == "Officers give advice to the Co" and not doc.clauses[-1].complete
    doc = seg(points + " The Clerk will keep this protocol under review.\n")
    assert doc.clauses[-1].text.endswith("The Clerk will keep this protocol under review.")
    assert not doc.furniture


def test_an_empty_list_marker_is_recorded_not_a_clause(seg):
    doc = seg("2.1 The Clerk must:\n\ni. keep the minutes;\n\nii.\n\f\n2.2 Members decide policy.\n")
    assert [c.text for c in doc.clauses] == ["keep the minutes;", "Members decide policy."]
    assert ("ii.", "empty list marker") in [(f.text, f.reason) for f in doc.furniture]


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_paragraph_numbers_of_any_length(tmp_path, suffix):
    numbers = list(range(995, 1012))
    lines = [f"{n}. Officers must answer question {n} within ten working days." for n in numbers]
    pages = [["# Standing Orders", *lines[:8]], lines[8:]]
    doc = _doc(tmp_path, suffix, pages)
    assert [c.clause_id for c in doc.clauses] == [str(n) for n in numbers]
    assert by_id(doc)["999"].text == "Officers must answer question 999 within ten working days."
    assert by_id(doc)["1000"].text == "Officers must answer question 1000 within ten working days."
    doc = _doc(tmp_path, ".txt", [["1204.3 The Clerk keeps the register.", "2024 was the year of review."]], "year")
    assert [c.clause_id for c in doc.clauses][0] == "1204.3" and doc.clauses[1].text == "2024 was the year of review."


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_a_sentence_repeated_in_the_body_is_not_a_running_header(tmp_path, suffix):
    stage = "Stage 1 reply within 5 working days."
    pages = [["Hollybank Council Complaints Procedure", f"{n}.1 A complaint is logged.",
              stage, f"{n}.2 The officer who receives it records it in the complaints register."] for n in (1, 2, 3)]
    doc = _doc(tmp_path, suffix, pages)
    assert [c.text for c in doc.clauses].count(stage) == 3
    if suffix == ".pdf":
        assert [f.reason for f in doc.furniture] == ["running header"] * 3
    # unpaged text: the same sentence three times in the body stays
    doc = _doc(tmp_path, ".txt", [["1. Complaints", *[f"1.{n} Step {n} is taken by the Clerk.\n\n{stage}\n"
                                                       for n in (1, 2, 3)]]], "flat")
    assert [c.text for c in doc.clauses].count(stage) == 3 and not doc.furniture


def test_a_table_flattened_to_one_cell_a_line_keeps_its_cells(seg):
    doc = seg("At a glance: who does what\n\nMembers\nOfficers\nApprove policies and budgets\nAdvise on options\n"
              "Ward Information\nPut decisions into effect\n\nThe session is interactive and uses case studies.\n")
    cells = [(c.text, c.column) for c in doc.clauses if c.kind == "cell"]
    assert cells == [("Approve policies and budgets", "Members"), ("Advise on options", "Officers"),
                     ("Ward Information", "Members"), ("Put decisions into effect", "Officers")]
    assert doc.clauses[-1].text == "The session is interactive and uses case studies."


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html"])
def test_a_styled_lead_in_is_not_a_heading(tmp_path, suffix):
    page = ["# 1. Introduction", "1.1 This protocol applies to all councillors.", "# This protocol covers:",
            "- meetings;", "- casework;", "1.2 Officers will advise councillors.", "1.3 Councillors decide."]
    doc = _doc(tmp_path, suffix, [page])
    assert [h.text for h in doc.headings] == ["Introduction"]
    assert [c.section for c in doc.clauses] == [["Introduction"]] * 5
    assert [c.lead_in for c in doc.clauses if c.kind == "item"] == ["This protocol covers:"] * 2


MINUTES = [
    "# Minutes of the Standards Committee, 14 March 2025",
    "Present: Cllr A Price (Chair), Cllr B Okafor, Cllr C Lund,",
    "Cllr D Marsh, Cllr E Tran",
    "Officers: F Green (Monitoring Officer), G Hall (Democratic Services)",
    "Apologies: Cllr H Irwin",
    "1. The Committee considered the revised Member/Officer Protocol.",
    "2. The Monitoring Officer explained that councillors may not instruct staff.",
    "For (5): Councillors Price, Okafor, Lund, Marsh and Tran",
    "Against (0).",
    "For: 5, Against: 0, Abstentions: 1",
    "3. Resolved that the Protocol be adopted.",
]
BLOG = [
    "# Why councillors do not instruct staff",
    "",
    "Councillors decide policy and officers carry it out.",
    "",  # paragraphs copied from a web page: a blank line between them
    "A councillor who wants something done should ask the Clerk, not a member of staff.",
    "",
    "– Jo Marsden, Town Clerk",
    "2 thoughts on “Why councillors do not instruct staff”",
    "Pete H. says: 15 March 2024 at 8:12 am",
    "Really useful, thanks. Never understood this before.",
    "Reply",
    "Sandra W. says: 16 March 2024 at 6:47 pm",
    "Would be good to see the out-of-hours number on the website too.",
    "Reply",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Recent Posts",
    "Allotment waiting list reopens",
    "Why councillors do not instruct staff",
]


@pytest.mark.parametrize("suffix", FORMATS)
def test_attendance_and_vote_lists_are_furniture(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, [MINUTES])
    assert [c.text for c in doc.clauses] == [
        "The Committee considered the revised Member/Officer Protocol.",
        "The Monitoring Officer explained that councillors may not instruct staff.",
        "Resolved that the Protocol be adopted."]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert [reasons.get(t) for t in MINUTES[1:5]] == ["attendance list"] * 4
    assert [reasons.get(t) for t in MINUTES[7:10]] == ["vote tally"] * 3


@pytest.mark.parametrize("suffix", FORMATS)
def test_blog_comment_bylines_and_sidebar_are_furniture_and_the_comments_text(tmp_path, suffix):
    doc = _doc(tmp_path, suffix, [BLOG])
    assert [c.text for c in doc.clauses] == [
        "Councillors decide policy and officers carry it out.",
        "A councillor who wants something done should ask the Clerk, not a member of staff.",
        "Really useful, thanks. Never understood this before.",  # a reader's comment is text
        "Would be good to see the out-of-hours number on the website too."]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert [reasons.get(t) for t in BLOG[7:14]] == ["comment", "comment", None, "comment", "comment", None, "comment"]
    assert reasons.get("– Jo Marsden, Town Clerk") == "signature block"
    assert reasons.get(BLOG[-1]) == "footer links"  # the page's own title again, in "Recent Posts"
    assert not doc.warnings  # the comments are not the protocol's last words


def test_a_comment_on_its_bylines_line_is_text(seg):
    doc = seg("# Working with the Clerk\n\nCouncillors should ask the Clerk, not the staff.\n\n"
              "Pete H. says: 15 March 2024 at 8:12 am Really useful, thanks. I never understood this before.\n"
              "Reply\n")
    assert any(c.text.endswith("I never understood this before.") for c in doc.clauses)
    assert [f.text for f in doc.furniture] == ["Reply"]


def test_a_sentence_naming_people_is_not_an_attendance_list(seg):
    doc = seg("1.1 The statutory officers are the Head of Paid Service, the Monitoring Officer and the Chief "
              "Finance Officer.\n\nRoles and Relationships: Members and Officers\n\n1.2 Officers advise.\n")
    assert not doc.furniture and len(doc.clauses) == 2


def test_word_page_headers_and_footers_are_read_as_furniture(tmp_path):
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Hollybank Borough Council – Member/Officer Protocol"
    d.sections[0].footer.paragraphs[0].text = "Version 2 – Page 1"
    d.add_heading("Member/Officer Protocol", level=1)
    for line in PROTOCOL[:3]:
        d.add_paragraph(line)
    d.add_paragraph("Hollybank Borough Council – Member/Officer Protocol")  # a header pasted into the body
    d.add_paragraph("Version 2 – Page 2")
    for line in PROTOCOL[3:]:
        d.add_paragraph(line)
    path = tmp_path / "headed.docx"
    d.save(str(path))
    raw = read(path, "headed")
    doc = segment(raw)
    _check_accounted(raw, doc)
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    reasons = [(f.text, f.reason) for f in doc.furniture]
    assert ("Hollybank Borough Council – Member/Officer Protocol", "page header") in reasons
    assert ("Version 2 – Page 1", "page footer") in reasons
    assert ("Hollybank Borough Council – Member/Officer Protocol", "running header") in reasons
    assert ("Version 2 – Page 2", "running footer") in reasons


def test_pdf_one_line_paragraphs_are_not_joined(tmp_path):
    # most paragraphs are one line, so most line gaps are paragraph gaps: the line pitch is the
    # smallest gap that recurs (inside the wrapped paragraphs), not the median gap
    from reportlab.pdfgen import canvas

    paras = [["Councillors set the policies of the council and represent the people who live in their ward."],
             ["Officers carry out those policies and manage the services that the council provides to them."],
             ["Officers give councillors impartial advice on every matter that comes before the council, and",
              "whichever party they belong to."],
             ["Councillors should not instruct members of staff or involve themselves in their daily work."],
             ["Officers should reply to councillors promptly and keep them informed of matters in the ward."],
             ["A councillor with a concern about an officer should raise it with the officer's own manager,",
              "and not at a public meeting."]]
    path = tmp_path / "short.pdf"
    c = canvas.Canvas(str(path))
    y = 700
    for para in paras:
        for ln in para:
            c.setFont("Helvetica", 10)
            c.drawString(60, y, ln)
            y -= 12
        y -= 14
    c.save()
    raw = read(path, "short")
    doc = segment(raw)
    _check_accounted(raw, doc)
    assert [c.text for c in doc.clauses] == [" ".join(p) for p in paras]


@pytest.mark.parametrize("suffix", [".txt", ".pdf", ".docx"])
def test_lettered_paragraph_numbers_are_numbers(tmp_path, suffix):
    # "A.1", "B.4": a part letter and a paragraph number, one clause each even where the PDF
    # line above runs to the margin
    page = ["# Working together", "A. ABOUT THIS GUIDANCE",
            "A.1 This guidance has been agreed by the Community Council to help members and the Clerk work.",
            "A.2 Members of the Council have signed an undertaking to observe the Model Code of Conduct.",
            "B. WORKING TOGETHER", "B.1 Members must respect the Clerk's right to give impartial advice."]
    doc = _doc(tmp_path, suffix, [page])
    assert [c.clause_id for c in doc.clauses] == ["A.1", "A.2", "B.1"]
    assert by_id(doc)["A.2"].text.startswith("Members of the Council")


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_a_number_wrapped_to_the_end_of_the_line_above_keeps_its_text(tmp_path, suffix):
    # a one-line page wrapped by the PDF: "5." ends one line and its heading opens the next
    page = ["# Hollybank Protocol", "4. Officer advice", "4.1 Reports are the responsibility of the officer who signs them.",
            "4.2 Members may comment on a draft report but should not seek to change its advice. 5.",
            "Resolving difficulties 5.1 Difficulties should be resolved informally where possible. 5.2 A complaint",
            "about a member may be made to the Monitoring Officer."]
    doc = _doc(tmp_path, suffix, [page])
    assert [c.clause_id for c in doc.clauses] == ["4.1", "4.2", "5.1", "5.2"]
    assert by_id(doc)["5.1"].section == ["Resolving difficulties"]
    assert by_id(doc)["4.2"].text == "Members may comment on a draft report but should not seek to change its advice."


@pytest.mark.parametrize("suffix", FORMATS)
def test_the_line_repeating_the_breadcrumbs_last_step_is_the_title(tmp_path, suffix):
    title = "“Can’t you just sort it?” – why councillors don’t instruct staff"
    doc = _doc(tmp_path, suffix, [[f"Home » Blog » {title}", title, "Posted on 14 March 2024 by Town Clerk", *PROTOCOL]])
    assert title in [h.text for h in doc.headings]
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "2.3"]


def test_a_sign_up_widget_ending_a_web_page_is_furniture(tmp_path):
    body = "".join(f"<p>{escape(t)}</p>" for t in PROTOCOL)
    page = tmp_path / "news.html"
    page.write_text("<html><body><main><h1>Member/Officer Protocol</h1>" + body
                    + "<p>This page sets out the protocol adopted by the Council on 18 July 2024.</p>"
                    + "<section><h2>Sign up for our e-newsletter</h2><p>Get the latest news from the Council "
                    "straight to your inbox.</p><a href='/n'>Subscribe</a></section></main></body></html>",
                    encoding="utf-8")
    raw = read(page, "news")
    doc = segment(raw)
    _check_accounted(raw, doc)
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons["Subscribe"] == reasons["Sign up for our e-newsletter"] == "sign-up widget"
    assert reasons["This page sets out the protocol adopted by the Council on 18 July 2024."] == "page widget"


def test_a_question_running_to_the_margin_is_not_joined_to_its_answer(seg):
    doc = seg("Q1  Can I ask the Clerk to put an item on the agenda of the next meeting?\n"
              "Yes. Send it to the Clerk at least ten working days before the meeting, so\n"
              "that it can be included in the papers that go out with the summons to the\n"
              "meeting, and say what decision you would like the Council to take on it.\n\n"
              "Q2  I think the Clerk has got something wrong with my allowance. What now?\n"
              "Have a word with the Clerk first, as it may only be a misunderstanding, and\n"
              "then speak to the Chair of the Personnel Committee if that does not work.\n")
    answers = [c.text for c in doc.clauses if c.text.startswith(("Yes.", "Have a word"))]
    assert len(answers) == 2 and all(not t.startswith("Q") for t in answers)
    assert not any("?" in c.text and "Have a word" in c.text for c in doc.clauses)


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_reports_list_of_appendices_is_furniture(tmp_path, suffix):
    page = ["# Report to the Standards Committee", *PROTOCOL, "APPENDICES",
            "Appendix A – Revised Protocol for Member/Officer Relations (tracked and clean versions)",
            "Appendix B – Summary of consultation responses"]
    doc = _doc(tmp_path, suffix, [page])
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert [f.reason for f in doc.furniture if f.text.startswith("Appendix")] == ["list of appendices"] * 2
    # above the protocol's last words an appendix line is its heading, not furniture
    doc = _doc(tmp_path, suffix, [["# Protocol", *PROTOCOL[:2], "Appendix A – Flowchart", *PROTOCOL[2:]]], "inner")
    assert not [f for f in doc.furniture if f.text.startswith("Appendix")]


def test_a_line_repeated_at_the_edge_of_every_page_is_a_running_header_inside_the_margin_too(tmp_path):
    # set a little below the page's top margin zone, as a Word header with a large top margin is
    pages = [["", "", "", "Hollybank Borough Council – Member/Officer Protocol – Version 3", PROTOCOL[k],
              PROTOCOL[k + 1], PROTOCOL[k + 2], PROTOCOL[k + 3]] for k in (0, 1)] + \
        [["", "", "", "Hollybank Borough Council – Member/Officer Protocol – Version 3", PROTOCOL[4], PROTOCOL[0],
          PROTOCOL[1], PROTOCOL[2]]]
    doc = _doc(tmp_path, ".pdf", pages, name="edges")
    # (a name-and-version line is document details by its own shape; either way each page's copy is furniture)
    assert len(doc.furniture) == 3 and {f.reason for f in doc.furniture} <= {"running header", "document details"}
    assert not any("Hollybank" in c.text for c in doc.clauses)


def test_the_wrapped_end_of_a_related_documents_line_is_furniture_too(seg):
    doc = seg("1.1 Officers will advise all councillors impartially.\n\n"
              "Related documents: Employee Code of Conduct Part A (General) · Part B\n"
              "(Gifts and Hospitality) · Social Media Policy\n")
    assert [c.text for c in doc.clauses] == ["Officers will advise all councillors impartially."]
    assert [f.reason for f in doc.furniture] == ["related documents"] * 2
    assert not doc.warnings


STATUS_PAGE = [
    "# Protocol on Councillor and Staff Relations",
    "Version\tDate\tAuthor\tSummary of changes",
    "1.0\t12 July 2021\tClerk\tFirst adopted (minute 21/074)",
    "2.0\t10 March 2026\tPersonnel Committee\tFull review of the procedure",
    "DRAFT – subject to approval at the next meeting of the Council",
    "Printed copies of this document are uncontrolled. Check the Council's website for the current version.",
    *PROTOCOL,
    "Table 1: Concerns recorded under the protocol in 2025",
    "[Photo: the Chair and the Clerk at the annual meeting]",
    "Also present: Councillor H. Mottram (Leader of the Council) for minute 38",
]


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_copys_status_document_control_captions_and_visitors_are_furniture(tmp_path, suffix):
    """Round 5's blind pages, first run: 20 such lines stood as clauses (a Word policy's version table
    cell by cell, a draft notice, an 'uncontrolled when printed' line, a table caption, a photo caption,
    an 'Also present:' line of minutes)."""
    doc = _doc(tmp_path, suffix, [STATUS_PAGE])
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons.get(STATUS_PAGE[4]) == reasons.get(STATUS_PAGE[5]) == "copy status"
    assert reasons.get(STATUS_PAGE[-3]) == "caption"
    assert reasons.get(STATUS_PAGE[-2]) == "image caption"
    assert reasons.get(STATUS_PAGE[-1]) == "attendance list"
    control = {f.reason for f in doc.furniture if "July 2021" in f.text or "Summary of changes" in f.text}
    assert control == {"document control"}


def test_links_alone_on_their_lines_are_a_list_of_related_links(seg):
    doc = seg("\n".join(PROTOCOL[:3] + [
        "", "Useful documents", "",
        "- [Standing Orders (May 2025)](https://example.gov.uk/standing-orders.pdf)",
        "- [Code of Conduct](https://example.gov.uk/code.pdf)",
        "- [Financial Regulations](https://example.gov.uk/financial-regulations.pdf)",
        "", "If you have any questions about this protocol, please ask the Clerk.", ""]), ".md")
    reasons = {f.text: f.reason for f in doc.furniture}
    assert sum(r == "related links" for r in reasons.values()) == 3, reasons
    assert doc.clauses[-1].text.startswith("If you have any questions")


def test_a_one_line_page_opening_with_a_cookie_banner_keeps_its_clauses_and_splits_inline_lists(seg):
    """Round 6's blind one-line page began "This website uses cookies …": the cookie pattern ran to the
    end of the line and took the whole page as one furniture line (0 of 27 clauses); its "responsible
    for: a; b; c" points were one clause."""
    doc = seg("This website uses cookies to improve your experience. Accept Read more Skip to content "
              "1. Purpose 1.1 This protocol sets out how councillors and the Clerk will work together. "
              "2. The Clerk 2.1 The Clerk is employed by the Council as a whole. 2.2 The Clerk is responsible for: "
              "preparing the agendas and keeping the minutes; giving the Council impartial advice; carrying out "
              "the decisions of the Council. 2.3 The Clerk takes instructions only from the Council.\n")
    ids = [c.clause_id for c in doc.clauses]
    assert {"1.1", "2.1", "2.2-1", "2.2-2", "2.2-3", "2.3"} <= set(ids), ids
    assert by_id(doc)["2.2-2"].text == "giving the Council impartial advice;"
    assert by_id(doc)["2.2-1"].lead_in == "The Clerk is responsible for:"
    # a printed paragraph keeps its inline list
    doc = seg("2.2 The Clerk is responsible for: the agendas; the minutes; the accounts.\n")
    assert [c.text for c in doc.clauses] == ["The Clerk is responsible for: the agendas; the minutes; the accounts."]


def test_a_long_running_header_beside_page_numbers_and_meeting_page_links_are_furniture(seg):
    header = "Stoke Wyndle Parish Council – Protocol on Relations between Councillors and the Clerk"
    pages = [f"{k}.1 Councillors and the Clerk will treat each other with respect in meeting {k}.\n\n"
             f"Page {k} of 3\n\n{header}\n\n" for k in range(1, 4)]
    doc = seg("".join(pages) + "4.1 The Clerk will keep the minutes.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "2.1", "3.1", "4.1"]
    assert {f.reason for f in doc.furniture if f.text == header} == {"repeated header/footer"}
    doc = seg("Appendix A - Revised Member/Officer Protocol PDF 288 KB\n\nBack to meeting\n\nAttendance details\n\n"
              "Report by: Morag Fenwick, HR Adviser\n\n"
              "Mae'r ddogfen hon ar gael yn Gymraeg / This document is available in Welsh\n\n"
              "1.1 Councillors must not instruct the Clerk.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not instruct the Clerk."]
    assert [f.reason for f in doc.furniture] == ["download link", "meeting page label", "meeting page label",
                                                 "document details", "language notice"]


def test_a_cell_of_a_markdown_table_that_a_neighbour_repeats_is_kept(seg):
    doc = seg("| Stage | Acknowledge | Decide |\n|---|---|---|\n"
              "| Stage 3 (Committee) | Within 5 working days | Meeting within 20 working days; written decision "
              "within 5 working days of the meeting |\n", ".md")
    assert "Within 5 working days" in [c.text for c in doc.clauses]


def test_page_tools_related_lists_captions_and_distribution_are_furniture(seg):
    doc = seg("<html><body><main><h1>Working with councillors</h1>"
              "<figure><img src='a.jpg' alt=''><figcaption>The Mayor, Cllr Ann Lee, with the Clerk at the Guildhall"
              "</figcaption></figure>"
              "<p>1. Officers give impartial advice to every councillor.</p>"
              "<p>2. Councillors must not ask officers to do party political work.</p>"
              "<div class='page-tools'><a href='/x.pdf'>Download as PDF (112KB)</a></div>"
              "<section class='related'><h2>Related guidance</h2><ul><li>Councillors' Code of Conduct</li>"
              "<li>Member enquiries: how to log one</li></ul></section></main></body></html>", suffix=".html")
    assert [c.text for c in doc.clauses] == ["Officers give impartial advice to every councillor.",
                                             "Councillors must not ask officers to do party political work."]
    doc = seg("Distribution: Chief Executive; Monitoring Officer; Chair of the Audit Committee\n\n"
              "1. This section replaces Section 6 of the Employee Code of Conduct issued in April 2021.\n\n"
              "2. Officers give impartial advice.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]
    assert [f.reason for f in doc.furniture] == ["document details"]


def test_a_one_line_pages_widgets_and_related_links_after_the_last_point_are_furniture(seg):
    points = " ".join(f"{n}. Councillors and officers of the council will keep rule number {n} of this short protocol "
                      f"at all times." for n in range(1, 6))
    doc = seg(points + " Related documents Constitution Part 5 (PDF, 248KB) Members' Code of Conduct Was this page "
              "helpful? Yes No Last updated: 17 September 2026 Contact us Privacy Cookies\n")
    assert doc.clauses[-1].text.endswith("at all times.")
    assert [f.reason for f in doc.furniture] == ["page footer"]


def test_a_collapsed_accordion_is_the_pages_text(seg):
    doc = seg("<html><body><main><h1>Member and officer protocol</h1>"
              "<h2 class='accordion__heading'><button aria-controls='p1' aria-expanded='false'>Purpose</button></h2>"
              "<div class='accordion__panel' id='p1' hidden><p>This protocol guides councillors and officers.</p></div>"
              "<h2><button aria-controls='p2'>Roles</button></h2>"
              "<div id='p2' aria-hidden='true'><ul><li>Officers give impartial advice.</li>"
              "<li>Councillors set policy.</li></ul></div>"
              "<div hidden><p>Sign up to our newsletter for updates.</p></div></main></body></html>", suffix=".html")
    assert [c.text for c in doc.clauses] == ["This protocol guides councillors and officers.",
                                             "Officers give impartial advice.", "Councillors set policy."]
    assert [h.text for h in doc.headings][-2:] == ["Purpose", "Roles"]
    assert ("Sign up to our newsletter for updates.", "hidden element") in [(f.text, f.reason) for f in doc.furniture]


def test_availability_notes_draft_minutes_search_boxes_and_italic_details_are_furniture(seg):
    doc = seg("*Part 5 of the Constitution – approved by Council on 19 March 2026 (minute C/84)*\n\n"
              "Search this site ...\n\n"
              "DRAFT – these minutes are subject to approval at the next meeting of the Council\n\n"
              "1. Officers give impartial advice to every councillor.\n\n"
              "2. Councillors must not put officers under *undue* pressure.\n\n"
              "This guide is also available in large print from the Town Hall office.\n\n"
              "Mae'r ddogfen hon ar gael yn Gymraeg.\n", suffix=".md")
    assert [c.text for c in doc.clauses] == ["Officers give impartial advice to every councillor.",
                                             "Councillors must not put officers under undue pressure."]
    reasons = [f.reason for f in doc.furniture]
    assert reasons.count("availability note") == 2 and "copy status" in reasons and "site search" in reasons


def test_greetings_sign_offs_attendance_download_sizes_copies_and_a_footer_row_are_furniture(seg):
    doc = seg("Dear fellow councillors,\n\n"
              "1. Officers give impartial advice to every councillor.\n\n"
              "Officers in attendance: Chief Executive (Mr A. Lowther) for Minute 34 only; Monitoring Officer (Ms E. Sand)\n\n"
              "PDF 158 KB\n\n"
              "2. Councillors must not ask officers to do party political work.\n\n"
              "Related: Member/Officer Protocol (Constitution, Part 5) · Employee Code of Conduct · Dignity at Work policy\n\n"
              "Further copies of this protocol are available from Democratic Services, Council Offices, Mill Lane.\n\n"
              "| Members' Enquiries Protocol – Version 2.0 | Page 1 of 2 |\n\n"
              "Best wishes,\n")
    assert [c.text for c in doc.clauses] == ["Officers give impartial advice to every councillor.",
                                             "Councillors must not ask officers to do party political work."]
    reasons = {f.reason for f in doc.furniture}
    assert {"greeting", "sign-off", "attendance list", "download link", "availability note", "related documents",
            "running footer"} <= reasons


def test_an_faq_accordion_without_aria_controls_is_the_pages_text(seg):
    doc = seg("<html><body><main><h1>Your questions answered</h1><div class='accordion-item'>"
              "<h2><button aria-expanded='false'>Who am I accountable to?</button></h2>"
              "<div class='accordion-panel' hidden><p>You are accountable to your line manager.</p></div></div>"
              "<h2><button aria-expanded='false'>Can I give councillors information?</button></h2>"
              "<div hidden><p>In most cases, yes: help them promptly.</p></div></main></body></html>", suffix=".html")
    assert [c.text for c in doc.clauses] == ["You are accountable to your line manager.",
                                             "In most cases, yes: help them promptly."]
