"""Shapes from the b128–b135 first runs: a handling mark and a details line whose date holds "May", a bilingual
title block of "Welsh / English" lines, a minute's title in capitals after its number, an association's blog page
with its tagline, membership box, comment headers and company line, a minutes extract's editorial notes and
certificate, a one-column Word table of typed paragraph numbers, a news release's notes for the press, a deleted
paragraph's placeholder, a pandoc image with its size, an appendix title, initials and a surname over a post at a
report's end, and a PDF's margin titles above a details line; and what adversarial review 31 found those rules
swallowing. Every line stays a clause, a heading or recorded furniture."""

from __future__ import annotations

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_ingest_round28 import _margin_pdf
from test_nothing_lost import _check_accounted


def _reasons(doc) -> dict[str, str]:
    return {f.text: f.reason for f in doc.furniture}


def test_a_handling_mark_and_a_details_line_holding_may_are_furniture(seg):
    doc = seg("Protocol on Member/Officer Relations\n\n"
              "Last amended by Council on 21 May 2026 (minute C/114). Owner: Monitoring Officer.\n\n"
              "1.1 Officers should reply to Members within ten working days.\n\n"
              "*Ditchmoor District Council · Internal briefing – please do not forward outside the Council*\n", ".md")
    assert [c.clause_id for c in doc.clauses] == ["1.1"]
    reasons = set(_reasons(doc).values())
    assert reasons == {"document details", "handling mark"}
    assert not doc.warnings  # (the footer is no sentence cut short)


def test_a_sentence_about_internal_documents_stays_a_clause(seg):
    doc = seg("1. Officers must not share internal documents with members of the public.\n\n"
              "2. Internal briefing notes are for staff only.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]


def test_a_title_block_of_welsh_and_english_lines_is_headings(seg):
    doc = seg("Cyngor Bwrdeistref Sirol Bro Gwenlli / Bro Gwenlli County Borough Council\n"
              "Protocol Perthynas Aelodau a Swyddogion / Member and Officer Relations Protocol\n"
              "Cyfansoddiad - Rhan 5.3 / Constitution - Part 5.3 (English version)\n\n"
              "1. INTRODUCTION\n\n1.1 This Protocol sets out how Members and officers work together.\n\n"
              "Diwedd / End\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1"]
    assert _reasons(doc)["Diwedd / End"] == "end mark"


def test_a_minutes_numbered_title_in_capitals_is_a_heading(seg):
    doc = seg("[Minutes 38 to 40 are not included in this extract]\n\n"
              "41.  OFFICER SUPPORT FOR COUNCILLORS – FINAL REPORT OF THE TASK AND FINISH GROUP\n\n"
              "The Committee considered the final report of the task and finish group.\n\n"
              "Certified as a true extract from the draft minutes, which are subject to confirmation at the next "
              "meeting.\n")
    assert [c.text for c in doc.clauses] == ["The Committee considered the final report of the task and finish group."]
    assert [h.text for h in doc.headings] == ["OFFICER SUPPORT FOR COUNCILLORS – FINAL REPORT OF THE TASK AND FINISH GROUP"]
    assert set(_reasons(doc).values()) == {"editorial note", "document details"}


def test_an_associations_blog_page_keeps_only_the_post_and_its_comments(seg):
    doc = seg("# Lindenshire Clerks' Network\n\nSupporting the clerks and officers of Lindenshire's town and parish "
              "councils\n\n## When councillors email out of hours\n\nClerks are not expected to answer emails in the "
              "evening.\n\nNot yet a member? Join the Network from £45 a year and get our model documents.\n\n"
              "## 6 comments\n\nDave Whitlock, Clerk, Wethercombe Parish Council · 5 November 2026 at 08:12\n\n"
              "We agreed an email charter last year and it helped.\n\n"
              "You must be logged in to the Members' area to post a comment.\n\n"
              "Lindenshire Clerks' Network is a company limited by guarantee, registered in England and Wales "
              "no. 07718432.\n", ".md")
    assert [c.text for c in doc.clauses] == ["Clerks are not expected to answer emails in the evening.",
                                             "We agreed an email charter last year and it helped."]
    assert {"site tagline", "sign-up widget", "page date", "comment widget", "organisation details"} \
        <= set(_reasons(doc).values())


def test_a_supporting_duty_in_a_list_is_no_tagline(seg):
    doc = seg("The Chair's role includes:\n\n- chairing meetings of the Council;\n"
              "- supporting the Clerk in the work of the Council.\n")
    assert "supporting the Clerk in the work of the Council." in [c.text for c in doc.clauses]


def _one_column_docx(path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Protocol for Councillors and Staff")
    table = d.add_table(rows=0, cols=1)
    for text in ("1. Purpose", "1.1 This protocol helps councillors and staff work well together.",
                 "1.2 It applies to all councillors, including co-opted councillors.", "2. The Council as employer",
                 "2.1 The Council as a corporate body employs all its staff.",
                 "2.2 No individual councillor has authority to instruct staff."):
        table.add_row().cells[0].text = text
    d.save(str(path))


def test_a_one_column_table_of_typed_paragraph_numbers_reads_as_paragraphs(tmp_path):
    path = tmp_path / "rows.docx"
    _one_column_docx(path)
    raw = read(path)
    doc = segment(raw)
    _check_accounted(raw, doc)
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.1", "2.2"]
    assert [h.text for h in doc.headings if h.text != "Protocol for Councillors and Staff"] == \
        ["Purpose", "The Council as employer"]


def test_a_news_releases_press_notes_and_a_deleted_paragraph_are_furniture(seg):
    doc = seg("1. The Council adopted the protocol on 3 March.\n\n4.4 [Deleted]\n\n[Not used]\n\n"
              "Media enquiries: Pellbury Borough Council press office, 01632 960 330, press@pellbury.gov.uk\n\n"
              "Photographs of Councillor Tate and Rachel Ambrose are available on request.\n\n"
              "Download this module as a PDF (412KB) | Print this page\n\n"
              "Related notes: AN 2025/03 Dignity at work for clerks · AN 2024/11 Setting up a staffing committee\n")
    assert [c.clause_id for c in doc.clauses] == ["1"]
    assert set(_reasons(doc).values()) == {"editorial note", "contact details", "press note", "download link",
                                          "related documents"}


def test_a_pandoc_image_with_its_size_and_an_appendix_title(seg):
    doc = seg('![Penygarth County Borough Council logo](media/image1.png){width="1.6in" height="0.7in"}\n\n'
              "1. Members should treat officers with respect.\n\n"
              "Appendix A: Extract from the Protocol on Member and Officer Relations (Part 5D of the Constitution)\n\n"
              "5.1 Officers should reply within ten working days.\n", ".md")
    assert [c.clause_id for c in doc.clauses] == ["1", "5.1"]
    assert doc.headings[-1].text.startswith("Appendix A: Extract")


def test_initials_and_a_surname_over_a_post_sign_a_report(seg):
    doc = seg("6.1 The Council is asked to:\n\n(a) note the review; and\n\n(d) agree that it be repeated each January."
              "\n\n\nJ. Penhaligon\nClerk and Responsible Financial Officer\n5 January 2027\n")
    assert [c.clause_id for c in doc.clauses] == ["6.1.a", "6.1.d"]
    assert _reasons(doc)["J. Penhaligon"] == "signature block"
    assert not doc.warnings  # the report is complete


def test_margin_titles_stand_over_a_details_line_at_the_pages_foot(tmp_path):
    path = tmp_path / "margin.pdf"
    _margin_pdf(path, [[("Officers' concerns", "8.3", "An officer who believes that a Member has treated"),
                        (None, None, "them improperly should tell their line manager."),
                        ("Formal complaints", "8.4", "Where a concern cannot be resolved informally, the"),
                        (None, None, "Monitoring Officer may treat it as a complaint."),
                        ("Advice", "8.5", "Advice on this Protocol is available from the Monitoring Officer.")]],
                foot="Document owner: Monitoring Officer | Next review: May 2028 | Approved by Council")
    raw = read(path)
    doc = segment(raw)
    _check_accounted(raw, doc)
    assert [c.clause_id for c in doc.clauses] == ["8.3", "8.4", "8.5"]
    assert [h.text for h in doc.headings] == ["Officers' concerns", "Formal complaints", "Advice"]


def test_rules_shaped_like_the_new_furniture_stay_clauses(seg):
    """Adversarial review 31: wrapped lines, unnumbered rules and list items the new patterns took for furniture."""
    doc = seg("2.1 The Clerk is responsible for advising the Council and for\n"
              "supporting councillors in their community leadership role\nand for keeping the records.\n\n"
              "2.2 Councillors must not disclose any report that is marked confidential -\nnot for publication.\n\n"
              "Where an outside body is a registered charity, councillors appointed to it may owe duties to it.\n\n"
              "Photographs of officers are available for use by councillors only with the officer's written consent.\n"
              "\nAppendix 2 is available online and must be read with this protocol by every councillor.\n\n"
              "Certified true copy of any minute must be signed by the Chair and the Clerk.\n\n"
              "Media enquiries: officers are not permitted to respond without the Clerk's agreement.\n\n"
              "[Reserved matters are those set out in Schedule 1 and are decided only by the full Council]\n")
    assert not doc.furniture, [(f.text, f.reason) for f in doc.furniture]
    assert len(doc.clauses) == 8 and doc.clauses[0].text.endswith("and for keeping the records.")


def test_lettered_headings_capital_list_items_and_figures_opening_a_row_are_not_misread(seg, tmp_path):
    doc = seg("A. Introduction\n\nThis protocol applies to all councillors.\n\nB. Key rules\n\n"
              "Key rules for councillors:\n\n- NEVER ASK AN OFFICER TO ACT OUTSIDE THE LAW\n"
              "- DO NOT CONTACT STAFF AT HOME\n")
    assert [h.text for h in doc.headings] == ["Introduction", "Key rules"]
    assert not doc.furniture
    assert "NEVER ASK AN OFFICER TO ACT OUTSIDE THE LAW" in [c.text for c in doc.clauses]
    import docx

    d = docx.Document()
    table = d.add_table(rows=0, cols=1)
    for text in ("24 hours' notice is needed for an urgent meeting.", "3 clear days' notice is needed for others.",
                 "7 days' notice is needed for the annual meeting."):
        table.add_row().cells[0].text = text
    d.save(str(tmp_path / "notice.docx"))
    texts = [c.text for c in segment(read(tmp_path / "notice.docx")).clauses]
    assert "24 hours' notice is needed for an urgent meeting." in texts
