"""Readers: encodings, web pages, Word files, PDFs; page furniture removed but recorded."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import RAW, ROOT, by_id
from pipeline.model import IngestError
from pipeline.ingest.read import read
from pipeline.ingest.segment import segment

TEXT = "1. Roles\n\n1.1 Officers’ advice is impartial – always.\n\n1.2 Members set the council’s policy.\n"


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b""),
    ("cp1252", b""),
])
def test_encodings_are_detected_without_mojibake(seg, encoding, prefix):
    doc = seg(prefix + TEXT.encode(encoding))
    assert [c.text for c in doc.clauses] == ["Officers’ advice is impartial – always.", "Members set the council’s policy."]


def test_latin1_text(seg):
    doc = seg("1.1 The café rota is agreed by the Clerk.\n".encode("latin-1"))
    assert doc.clauses[0].text == "The café rota is agreed by the Clerk."


def test_mojibake_from_upstream_is_repaired(seg):
    doc = seg("1.1 Officersâ€™ advice is impartial.\n")
    assert doc.clauses[0].text == "Officers’ advice is impartial."


@pytest.mark.parametrize("line,reason", [
    ("Page 3", "page number"), ("Page 3 of 12", "page number"), ("Skip to content", "site navigation"),
    ("Loading images...", "page widget"), ("Download (12KB)", "download link"),
    ("Agenda item 7", "agenda furniture"), ("Page updated: 12/10/2020", "page date"),
])
def test_furniture_lines_are_removed_and_recorded(seg, line, reason):
    doc = seg(f"{line}\n\n1.1 Officers must be impartial.\n")
    assert [c.text for c in doc.clauses] == ["Officers must be impartial."]
    assert [(f.text, f.reason) for f in doc.furniture] == [(line, reason)]


def test_page_updated_label_takes_its_value_line(seg):
    doc = seg("1.1 Officers must be impartial.\n\nPage updated:\n12/10/2020\n")
    assert [f.text for f in doc.furniture] == ["Page updated:", "12/10/2020"]


def test_running_headers_and_footers_on_form_feed_pages(seg):
    pages = []
    for n in range(1, 4):
        pages.append(f"Anytown Council Constitution\nPart 5 Protocols\n\n{n}.1 Paragraph on page {n} about officers.\n\n{n}\n")
    doc = seg("\f".join(pages))
    assert [c.text for c in doc.clauses] == [f"Paragraph on page {n} about officers." for n in range(1, 4)]
    assert [c.page for c in doc.clauses] == [1, 2, 3]
    reasons = sorted({f.reason for f in doc.furniture})
    assert reasons == ["page number", "running header"]


def test_web_page_drops_site_chrome():
    doc = segment(read(RAW / "ashcombe_district_web.html"))
    texts = " ".join(c.text for c in doc.clauses)
    for chrome in ("Skip to main content", "Bins and recycling", "Accessibility", "Download"):
        assert chrome not in texts
    assert {f.reason for f in doc.furniture} >= {"site navigation", "page header", "page footer",
                                                 "table of contents", "page date", "download link"}
    items = [c for c in doc.clauses if c.lead_in == "Officers can expect councillors to:"]
    assert [c.text for c in items] == ["respect their political neutrality;",
                                       "not ask them to do work for a political party or campaign;",
                                       "not criticise them in public or on social media."]
    cells = [c for c in doc.clauses if c.kind == "cell"]
    assert {c.column for c in cells} == {"Councillors", "Officers"}
    assert doc.headings[1].text == "Purpose of this protocol"


def test_html_ordered_list_numbers_and_nesting(tmp_path):
    page = ("<html><body><main><h2>Conduct</h2><p>Members must not:</p><ol type='a'><li>bully staff;</li>"
            "<li>give instructions<ul><li>to junior staff</li><li>to contractors</li></ul></li></ol></main></body></html>")
    path = tmp_path / "p.html"
    path.write_text(page)
    doc = segment(read(path))
    assert [(c.clause_id, c.text) for c in doc.clauses][:2] == [("p1.a", "bully staff;"), ("p1.b", "give instructions")] or \
        [c.text for c in doc.clauses] == ["bully staff;", "to junior staff", "to contractors"]


def _make_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("Member Officer Protocol", 0)
    d.add_heading("1. Roles", 1)
    d.add_paragraph("1.1 Members set the policy of the Council.")
    d.add_paragraph("Officers can expect Members to:")
    d.add_paragraph("treat them with respect;", style="List Bullet")
    d.add_paragraph("not ask them for party political work.", style="List Bullet")
    d.add_paragraph("The Council will:")
    d.add_paragraph("review this protocol;", style="List Number")
    d.add_paragraph("publish it.", style="List Number")
    table = d.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Members", "Officers"
    table.rows[1].cells[0].text = "Members must respect the impartiality of staff."
    table.rows[1].cells[1].text = "Officers will give timely advice."
    d.save(str(path))


def test_word_document_headings_lists_and_tables(tmp_path):
    path = tmp_path / "protocol.docx"
    _make_docx(path)
    doc = segment(read(path))
    assert [h.text for h in doc.headings][:2] == ["Member Officer Protocol", "1. Roles"] or \
        [h.text for h in doc.headings][:2] == ["Member Officer Protocol", "Roles"]
    texts = [c.text for c in doc.clauses]
    assert texts == ["Members set the policy of the Council.", "treat them with respect;",
                     "not ask them for party political work.", "review this protocol;", "publish it.",
                     "Members must respect the impartiality of staff.", "Officers will give timely advice."]
    items = [c for c in doc.clauses if c.lead_in == "The Council will:"]
    assert [c.clause_id.rsplit(".", 1)[-1] for c in items] == ["1", "2"]
    cells = [c for c in doc.clauses if c.kind == "cell"]
    assert [c.column for c in cells] == ["Members", "Officers"]


def _render_pdf(tmp_path: Path, push: float) -> Path:
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_pdfs

    out = tmp_path / f"northvale_{int(push)}.pdf"
    make_pdfs.render(ROOT / "tests" / "data" / "pdf_sources" / "northvale_borough_protocol.txt", out, push=push)
    return out


@pytest.mark.parametrize("push", [0.0, 70.0, 150.0, 270.0, 390.0])
def test_pdf_and_text_versions_give_the_same_clauses(tmp_path, push):
    """Page breaks fall in different places (inside list items, paragraphs, table rows)."""
    text_doc = segment(read(ROOT / "tests" / "data" / "pdf_sources" / "northvale_borough_protocol.txt"))
    pdf_doc = segment(read(_render_pdf(tmp_path, push)))
    assert [c.text for c in pdf_doc.clauses] == [c.text for c in text_doc.clauses]
    assert [c.clause_id for c in pdf_doc.clauses] == [c.clause_id for c in text_doc.clauses]


def test_committed_pdf_has_pages_furniture_and_split_row_rejoined():
    doc = segment(read(RAW / "northvale_borough_protocol.pdf"))
    assert doc.pages == 3
    reasons = [f.reason for f in doc.furniture]
    assert reasons.count("running header") == 3 and reasons.count("page number") == 3
    assert "repeated table header" in reasons
    cell = by_id(doc)["t1.r1.c1"]
    assert cell.text == "Members are accountable to the electorate and hold office for their elected term."
    assert cell.column == "Members" and cell.page == 1
    assert {c.page for c in doc.clauses} == {1, 2, 3}
    bullets = [c for c in doc.clauses if c.lead_in == "Officers can expect Members to:"]
    assert len(bullets) == 4  # U+F0B7 bullets
    assert len([c for c in doc.clauses if c.lead_in == "Members can expect Officers to:"]) == 4  # (cid:127)


def test_tab_separated_tables_from_pdf_text():
    doc = segment(read(RAW / "003_18b585b5c2c76504.txt"))
    cells = [c for c in doc.clauses if c.kind == "cell"]
    assert {c.column for c in cells} == {"Members", "Officers"}
    texts = [c.text for c in cells]
    assert "Members will respect the particular responsibilities of the statutory officers" in texts
    assert "Officers and Members will at all times comply with the relevant Code of Conduct" in texts
    assert not any(t.startswith("their relationship with othe") for t in texts)
    garbled = [f for f in doc.furniture if f.reason.startswith("garbled")]
    assert garbled and all("inte" in f.text or "ea" in f.text for f in garbled)
    sections = {" > ".join(c.section) for c in cells}
    assert "Expectations > Governance" in sections


@pytest.mark.parametrize("content,suffix,message", [
    (b"", ".txt", "no text"),
    (b"   \n\n  \t\n", ".txt", "no text"),
    (b"\x00\x01\x02\x03binary\x00\xff" * 20, ".txt", "binary"),
    (b"not a pdf at all", ".pdf", "not a PDF"),
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog", ".pdf", "not a readable PDF"),
    (b"PK\x03\x04 this is not really a zip", ".docx", "not a Word .docx file"),
    (b"hello", ".xyz", "unsupported file type"),
])
def test_bad_input_gives_a_one_line_reason(tmp_path, content, suffix, message):
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    with pytest.raises(IngestError) as exc:
        segment(read(path))
    assert message in str(exc.value)
    assert "\n" not in str(exc.value)


def test_word_bold_lines_in_normal_style_are_headings(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph().add_run("Roles of Members").bold = True
    d.add_paragraph("1.1 Members set the policy of the Council.")
    d.add_paragraph().add_run("Concerns").bold = True
    d.add_paragraph("2.1 A member with a concern should raise it with the Chief Executive.")
    path = tmp_path / "bold.docx"
    d.save(str(path))
    doc = segment(read(path))
    assert [h.text for h in doc.headings] == ["Roles of Members", "Concerns"]
    assert [(c.clause_id, c.section) for c in doc.clauses] == [("1.1", ["Roles of Members"]), ("2.1", ["Concerns"])]


def test_html_article_header_is_content_but_site_header_is_chrome(tmp_path):
    page = ("<html><body><header class='site'><a href='/'>Home</a> Anytown Council</header><main><article>"
            "<header><h1>Member Officer Protocol</h1></header><h2>Roles</h2>"
            "<p>1.1 Officers advise the Council.</p></article></main><footer>Contact us</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page)
    doc = segment(read(path))
    assert doc.headings[0].text == "Member Officer Protocol"
    assert [c.text for c in doc.clauses] == ["Officers advise the Council."]
    assert {f.text for f in doc.furniture} >= {"Home", "Contact us"}


def test_html_list_left_open_does_not_swallow_the_page_below_it(tmp_path):
    """An <ol> never closed takes in the rest of the page (a saved town council page lost 31 of its
    45 clauses this way: everything after the first list, neither clause nor furniture)."""
    page = tmp_path / "open_list.html"
    page.write_text(
        "<html><body><main><h1>Protocol</h1>"
        "<p>3.1 Councillors can expect officers to:</p><ol type='a'>"
        "<li>give impartial advice;</li><li>reply to enquiries promptly.</li>"
        "<p>3.2 Officers can expect councillors to:</p><ol type='a'>"
        "<li>treat them with courtesy;</li><li>respect their professional judgement.</li></ol>"
        "<h2>4. Instructions to staff</h2>"
        "<p>4.1 Councillors have no individual authority to direct staff.</p>"
        "loose text the list holds: Officers will keep councillors informed."
        "</main></body></html>", encoding="utf-8")
    doc = segment(read(page, "open_list"))
    texts = [c.text for c in doc.clauses]
    assert "Councillors have no individual authority to direct staff." in texts
    assert any("respect their professional judgement" in t for t in texts)
    assert any("Officers will keep councillors informed" in t for t in texts)
    assert [c.clause_id for c in doc.clauses][:4] == ["3.1.a", "3.1.b", "3.2.a", "3.2.b"]


def _add_footnotes(path: Path, notes: list[str]) -> None:
    """Give a python-docx file Word footnotes: a footnotes part, its relationship, and a reference to each note at
    the end of the body's paragraphs, one each in order (python-docx writes none itself)."""
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    body = parts["word/document.xml"].decode("utf-8")
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{}"/></w:r></w:p>'
    ends = [k for k in range(len(body)) if body.startswith("</w:p>", k)]
    for n, k in reversed(list(enumerate(ends[:len(notes)], 1))):
        body = body[:k] + ref.format(n) + body[k + len("</w:p>"):]
    parts["word/document.xml"] = body.encode("utf-8")
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        + "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
                  for n, text in enumerate(notes, 1)) + "</w:footnotes>").encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
        'Target="footnotes.xml"/></Relationships>')).encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.footnotes+xml"/></Types>')).encode("utf-8")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def test_word_footnotes_are_clauses_of_their_own_after_the_body(tmp_path):
    """A Word footnote holds the protocol's text ("A complaint may also be made by any person directly to the
    Monitoring Officer"): read after the body as footnote fn1, fn2 ..., not lost (a blind set's three notes were); a
    note that only cites ("See section 2 of the ... Act 1989.") is recorded as furniture."""
    import docx

    path = tmp_path / "notes.docx"
    d = docx.Document()
    d.add_heading("Breach of this Protocol", 1)
    d.add_paragraph("9.1 A Member who believes an officer has breached this Protocol should raise it with the "
                    "officer's Director.")
    d.add_paragraph("9.2 An officer who believes a Member has breached it should tell their line manager.")
    d.save(str(path))
    _add_footnotes(path, ["A complaint that a Member has breached the Code may also be made by any person directly "
                          "to the Monitoring Officer.", "See section 2 of the Local Government and Housing Act 1989."])
    raw = read(path)
    doc = segment(raw)
    assert [(c.clause_id, c.text) for c in doc.clauses] == [
        ("9.1", "A Member who believes an officer has breached this Protocol should raise it with the officer's "
                "Director."),
        ("9.2", "An officer who believes a Member has breached it should tell their line manager."),
        ("fn1", "A complaint that a Member has breached the Code may also be made by any person directly to the "
                "Monitoring Officer.")]
    # (a note that only cites its authority is the document's apparatus, recorded: round 76)
    assert {f.text.strip(): f.reason for f in doc.furniture}[
        "2 See section 2 of the Local Government and Housing Act 1989."] == "footnote citation"


def test_html_row_headers_name_their_rows_and_are_not_clauses(tmp_path):
    """A table whose rows are headed by <th scope="row"> ("Press enquiries | Communications team ..."): the header
    names the row (its cells' section), as a row label does; it is not a clause of its own."""
    page = ("<html><body><main><h1>Contacting officers</h1><table><thead><tr><th>Subject</th><th>Who to contact"
            "</th></tr></thead><tbody><tr><th scope='row'>Interests, gifts and the Code of Conduct</th><td>The "
            "Monitoring Officer, by email</td></tr><tr><th scope='row'>Press enquiries and media statements</th>"
            "<td>The Communications team; out of hours, the duty press officer</td></tr></tbody></table>"
            "</main></body></html>")
    path = tmp_path / "contacts.html"
    path.write_text(page, encoding="utf-8")
    doc = segment(read(path))
    assert [(c.text, c.section[-1], c.column) for c in doc.clauses] == [
        ("The Monitoring Officer, by email", "Interests, gifts and the Code of Conduct", "Who to contact"),
        ("The Communications team; out of hours, the duty press officer", "Press enquiries and media statements",
         "Who to contact")]


def test_html_top_bar_welsh_switch_caption_and_info_box(tmp_path):
    """A portal's top bar ("Signed in as ... Sign out"), the link to the page in Welsh, a photo's caption that says
    where staff are based, are chrome; a "Did you know?" box of the article's own points is its text."""
    page = ("<html><body><div class='hub-topbar'><span>Anytown Council</span> <span>Councillor Hub</span> "
            "<span>Signed in as Cllr J. Smith</span> <a href='/logout'>Sign out</a></div><main><article>"
            "<h1>Working with officers</h1><div lang='cy'><a href='/cy/page'>Darllen y dudalen yn Gymraeg</a></div>"
            "<figure><img src='office.jpg' alt='The office'><figcaption>The Town Council office at 12 Bridge Street, "
            "where the Clerk and staff are based.</figcaption></figure>"
            "<p>1.1 Councillors should make requests for work to the Clerk and not to other staff.</p>"
            "<aside class='info-box'><h3>Did you know?</h3><p>Every community council must publish a plan for the "
            "training of its councillors and staff.</p><p>Councillors who miss the induction session can ask the "
            "Clerk for a place on the next one.</p></aside></article></main></body></html>")
    path = tmp_path / "hub.html"
    path.write_text(page, encoding="utf-8")
    doc = segment(read(path))
    assert [c.text for c in doc.clauses] == [
        "Councillors should make requests for work to the Clerk and not to other staff.",
        "Every community council must publish a plan for the training of its councillors and staff.",
        "Councillors who miss the induction session can ask the Clerk for a place on the next one."]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons["Darllen y dudalen yn Gymraeg"] == "language switch"
    assert reasons["The Town Council office at 12 Bridge Street, where the Clerk and staff are based."] \
        == "image caption"
    assert any("Signed in as" in text for text in reasons)


def test_markdown_pictures_captions_and_links(tmp_path):
    """Markdown's own marks: a picture alone on its line and the italic caption under it are furniture, a link's
    words stay in the clause without its address, a link reference is furniture; a line of links alone is left to
    the furniture rules as the page's navigation."""
    path = tmp_path / "report.md"
    path.write_text("# Clerk's annual report\n\n[Home](/) | [Council](/council)\n\n"
                    "1. Councillors should read the [Code of Conduct](https://anytown.gov.uk/code \"Code\") and the "
                    "[protocol][1].\n\n![](images/play-area.jpg)\n*The new play equipment on Pound Field, opened in "
                    "March 2026*\n\n2. Requests for work go to the Clerk, see <https://anytown.gov.uk/clerk>.\n\n"
                    "[1]: https://anytown.gov.uk/protocol\n", encoding="utf-8")
    doc = segment(read(path))
    assert [c.text for c in doc.clauses] == [
        "Councillors should read the Code of Conduct and the protocol.",
        "Requests for work go to the Clerk, see https://anytown.gov.uk/clerk."]
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons["![](images/play-area.jpg)"] == "image"
    assert reasons["*The new play equipment on Pound Field, opened in March 2026*"] == "image caption"
    assert reasons["[1]: https://anytown.gov.uk/protocol"] == "link reference"
    assert "[Home](/) | [Council](/council)" in reasons


def test_what_looks_like_furniture_but_states_a_rule_stays_a_clause(tmp_path):
    """The adversarial review of round 20: a rule in italics under a picture, in a link definition's shape, in a
    row's <th> or in a caption's relative clause is the protocol's text, not furniture or a row label."""
    md = tmp_path / "rules.md"
    md.write_text("# Protocol\n\n![](images/hall.jpg)\n*Councillors need to go through the Clerk for all requests "
                  "to staff.*\n\n![](images/desk.jpg)\n_Officers are not to be asked to canvass for a party._\n\n"
                  "[Note]: Councillors (including co-opted members) must not share confidential reports with the "
                  "press.\n", encoding="utf-8")
    assert [c.text for c in segment(read(md)).clauses] == [
        "Councillors need to go through the Clerk for all requests to staff.",
        "Officers are not to be asked to canvass for a party.",
        "[Note]: Councillors (including co-opted members) must not share confidential reports with the press."]
    page = tmp_path / "rules.html"
    page.write_text("<html><body><main><h1>Protocol</h1><table><tr><th scope='row'>Councillors must not instruct "
                    "officers directly; all requests go through the Clerk.</th><td>Councillors</td></tr></table>"
                    "<figure><img src='a.jpg'><figcaption>The Council office, where officers must not be lobbied by "
                    "councillors.</figcaption></figure></main></body></html>", encoding="utf-8")
    texts = [c.text for c in segment(read(page)).clauses]
    assert "Councillors must not instruct officers directly; all requests go through the Clerk." in texts
    assert "The Council office, where officers must not be lobbied by councillors." in texts


def test_word_notes_that_cannot_be_read_are_a_warning_and_tabs_are_spaces(tmp_path):
    import docx

    path = tmp_path / "notes.docx"
    d = docx.Document()
    d.add_paragraph("1.1 Officers give impartial advice to every councillor.")
    d.save(str(path))
    _add_footnotes(path, ["Complaints go to the</w:t><w:tab/><w:t>Monitoring Officer."])
    doc = segment(read(path))
    assert doc.clauses[-1].text == "Complaints go to the Monitoring Officer."
    assert doc.clauses[-1].section == ["Notes"]
    broken = tmp_path / "broken.docx"
    d.save(str(broken))
    _add_footnotes(broken, ["An unclosed <w:b> note."])
    raw = read(broken)
    assert [c.text for c in segment(raw).clauses] == ["Officers give impartial advice to every councillor."]
    assert raw.warnings == ["its footnotes could not be read (not well-formed XML: " + raw.warnings[0].split(
        "XML: ", 1)[1]] and "they are left out" in raw.warnings[0]


def test_a_full_line_ending_on_a_semicolon_goes_on_in_lower_case(seg):
    """Outside a list, a hard-wrapped sentence may break after its semicolon: "... within three working days;" /
    "if something will take longer, the Clerk will let you know." is one paragraph (b74: it stood as two)."""
    doc = seg("# Working with your Clerk\n\n"
              "These questions come up at almost every induction session. The answers summarise the\n"
              "Council's Member/Officer Protocol and its Standing Orders, and they apply to every\n"
              "councillor, including the Mayor.\n\n"
              "The Clerk works 30 hours a week. Emails are usually answered within three working days;\n"
              "if something will take longer, the Clerk will let you know.\n\n"
              "Please don't send the same question by text, email and phone call, and don't expect an\n"
              "answer outside the Clerk's working hours unless it is a genuine emergency.\n", suffix=".md")
    assert [c.text for c in doc.clauses][1:] == [
        "The Clerk works 30 hours a week. Emails are usually answered within three working days; if something will "
        "take longer, the Clerk will let you know.",
        "Please don't send the same question by text, email and phone call, and don't expect an answer outside the "
        "Clerk's working hours unless it is a genuine emergency."]
