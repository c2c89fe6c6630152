"""Shapes from the b92–b95 first runs: a page whose headings run on between its numbered points on one line, a
rule of dashes that is no bullet, a sign-off block in the middle of a page, "Last reviewed:" lines and a footer's
version line with its security marking. Every line stays a clause, a heading or recorded furniture."""

from __future__ import annotations

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment

ONE_LINE = ("Ashby Parva Town Council Councillor and Officer Protocol 1. This protocol sets out how councillors and "
            "staff work together. 2. Both should respect each other's roles. The Role of Councillors 3. Councillors "
            "decide the Council's policies at meetings. 4. No councillor may instruct a member of staff. Meetings "
            "5. The Clerk advises every meeting. 6. Any disagreement should be discussed privately after the meeting. "
            "Information and Confidentiality 7. Councillors must not disclose confidential information. "
            "When Things Go Wrong 8. Concerns about the Clerk go to the Staffing Committee.\n")


def test_headings_run_in_between_points_on_one_line_are_headings(tmp_path):
    path = tmp_path / "oneline.txt"
    path.write_text(ONE_LINE, encoding="utf-8")
    doc = segment(read(path))
    by_id = {c.clause_id: c for c in doc.clauses}
    assert by_id["2"].text == "Both should respect each other's roles."
    assert by_id["6"].text == "Any disagreement should be discussed privately after the meeting."
    assert by_id["3"].section[-1] == "The Role of Councillors"
    assert by_id["7"].section[-1] == "Information and Confidentiality"
    assert by_id["8"].section[-1] == "When Things Go Wrong"
    assert {h.text for h in doc.headings} >= {"The Role of Councillors", "Meetings", "Information and Confidentiality",
                                              "When Things Go Wrong"}


def test_a_sentence_ending_in_capitalised_words_keeps_them(tmp_path):
    path = tmp_path / "oneline.txt"
    path.write_text("Protocol 1. Officers advise the Council. 2. Councillors should send requests to the Town Clerk. "
                    "3. The Clerk reports to the Staffing Committee. 4. This protocol is reviewed every year.\n",
                    encoding="utf-8")
    doc = segment(read(path))
    assert [c.text for c in doc.clauses][1:3] == ["Councillors should send requests to the Town Clerk.",
                                                  "The Clerk reports to the Staffing Committee."]


def test_a_rule_of_dashes_is_no_bullet_and_the_contact_block_under_it_is_furniture(seg):
    doc = seg("PROTOCOL ON MAYOR AND OFFICER RELATIONS\n\n1. REVIEW\n\n"
              "1.1  The Monitoring Officer will review this Protocol after each election.\n\n"
              "1.2  Questions should be addressed to the Monitoring Officer.\n\n"
              + "-" * 80 + "\n\nGreater Ashby Combined Authority, Ashby House, 1 Canal Street, Ashby AB1 4GA\n"
              "governance@ashby-ca.gov.uk | 0161 496 0000\n"
              "Last reviewed: June 2026. Next review: after the Mayoral election in May 2028.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2"]
    reasons = {f.text.strip(): f.reason for f in doc.furniture}
    assert reasons["-" * 80] == "rule line"
    assert reasons["Last reviewed: June 2026. Next review: after the Mayoral election in May 2028."] == \
        "document details"
    assert any("AB1 4GA" in t for t in reasons)


def test_a_sign_off_block_mid_page_is_furniture_and_the_text_after_it_goes_on(tmp_path):
    path = tmp_path / "pledges.html"
    path.write_text("<html><body><main><h1>Our pledges</h1><p>As a councillor I will treat staff with respect.</p>"
                    "<p>Signed on behalf of the council:</p><p>Cllr Ruth Oakley, Leader of the Council</p>"
                    "<p>Dr Simon Pryor, Chief Executive</p><h2>Signing the pledges</h2>"
                    "<p>Each councillor is asked to sign the pledge within one month of election.</p>"
                    "</main></body></html>", encoding="utf-8")
    doc = segment(read(path))
    assert [c.text for c in doc.clauses] == ["As a councillor I will treat staff with respect.",
                                             "Each councillor is asked to sign the pledge within one month of election."]
    assert {f.text for f in doc.furniture if f.reason == "signature"} == {
        "Signed on behalf of the council:", "Cllr Ruth Oakley, Leader of the Council", "Dr Simon Pryor, Chief Executive"}


def test_a_signed_line_over_a_sentence_is_not_a_signature(seg):
    doc = seg("Protocol\n\n1. Councillors will sign the declaration.\n\nSigned by the Chair:\n"
              "The Chair will sign the minutes of each meeting.\n")
    assert "The Chair will sign the minutes of each meeting." in [c.text for c in doc.clauses]


def test_a_version_line_with_its_status_and_marking_is_document_details(seg):
    doc = seg("# Internal Audit Report\n\n1. Members should direct requests for work to Directors.\n\n"
              "Rothley Council Internal Audit – Version 1.0 (Final) – OFFICIAL\n", suffix=".md")
    assert [c.text for c in doc.clauses] == ["Members should direct requests for work to Directors."]
    assert any(f.reason == "document details" and "OFFICIAL" in f.text for f in doc.furniture)


# ---------------------------------------------------------------- from the b96-b99 first runs ----

def test_a_minutes_number_and_its_title_are_a_heading_and_a_wrapped_resolution_is_whole(seg):
    doc = seg("NETHERBY PARISH COUNCIL\n\n120/27\tFINANCE\n\n"
              "The Clerk presented the schedule of payments and the bank reconciliation\n"
              "to 31 December 2026, which had been checked by the Vice-Chairman.\n\n"
              "RESOLVED that the schedule of payments for January 2027, totalling\n"
              "£3,418.62, be approved, and that the Chairman and Vice-Chairman authorise\n"
              "the payments through online banking.\n\n"
              "121/27\tDATE OF NEXT MEETING\n\nThe next meeting will be held on 8 February 2027.\n")
    texts = [c.text for c in doc.clauses]
    assert texts[1].startswith("RESOLVED that the schedule of payments for January 2027, totalling £3,418.62")
    assert not any(c.clause_id.startswith("t") for c in doc.clauses)  # no table
    assert any("FINANCE" in h.text for h in doc.headings)


def test_a_text_box_in_a_word_file_is_read(tmp_path):
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading("Member and Officer Protocol", 1)
    host = d.add_paragraph()
    box = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
           '<w:p><w:r><w:t>Members lead and decide; officers advise and deliver.</w:t></w:r></w:p>'
           '<w:p><w:r><w:t>Concerns are raised early and privately.</w:t></w:r></w:p>'
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    host._p.append(parse_xml(box))
    d.add_paragraph("1.1 This Protocol describes how Members and officers work together.")
    path = tmp_path / "boxed.docx"
    d.save(str(path))
    texts = [c.text for c in segment(read(path)).clauses]
    assert texts[:2] == ["Members lead and decide; officers advise and deliver.",
                         "Concerns are raised early and privately."]


def test_a_blogs_comments_keep_their_text_and_lose_bylines_and_reply_links(tmp_path):
    path = tmp_path / "blog.html"
    path.write_text("<html><body><main><h1>How we work together</h1><p>Print this page</p>"
                    "<p>Councillors and officers each have a part to play.</p><h2>2 comments</h2><ol>"
                    "<li><p>Cllr Hannah Vale 15 January 2027 at 8:12 am</p><p>Briefings have improved.</p><p>Reply</p></li>"
                    "<li><p>Gorton resident 16 January 2027 at 9:05 pm</p><p>Good to see.</p><p>Reply</p></li></ol>"
                    "</main></body></html>", encoding="utf-8")
    doc = segment(read(path))
    texts = [c.text for c in doc.clauses]
    assert "Reply" not in texts and "Print this page" not in texts  # (a print link: furniture.yaml's download links)
    assert not any("January 2027 at" in t for t in texts)
    assert "Briefings have improved." in texts


def test_markdowns_plus_bullets_are_items_and_a_telephone_number_is_not(seg):
    doc = seg("# Protocol\n\n3.3 Officers are responsible for:\n\n- giving advice to members, which includes:\n"
              "  * advice to political groups:\n    + factual briefings on Council business;\n"
              "    + briefings on a group's own proposals;\n- managing services.\n\n"
              "Call +44 1632 960000 for advice.\n\n`OFFICIAL`\n", suffix=".md")
    texts = [c.text for c in doc.clauses]
    assert "factual briefings on Council business;" in texts and "briefings on a group's own proposals;" in texts
    assert "Call +44 1632 960000 for advice." in texts
    assert any(f.reason == "security marking" for f in doc.furniture)


def test_a_financial_years_table_stays_a_table(seg):
    """Adversarial review 23: "2024/25<tab>Basic allowance" is a table's row, not a minute's number and title."""
    doc = seg("Allowances Protocol\n\n1. Allowances are paid as follows.\n\n2024/25\tBasic allowance\n"
              "2025/26\tBasic allowance plus travel\n\n2. Members must claim monthly.\n")
    assert [c.clause_id for c in doc.clauses if c.clause_id.startswith("t")] == [
        "t1.r1.c1", "t1.r1.c2", "t1.r2.c1", "t1.r2.c2"]


def test_a_box_inside_a_box_and_the_same_box_in_two_places_are_each_read_once_where_they_stand(tmp_path):
    import docx
    from docx.oxml import parse_xml

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')

    def box(inner: str) -> str:
        return f'<w:r {ns}><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'

    d = docx.Document()
    d.add_paragraph("1. Councillors must respect staff.")
    p = d.add_paragraph()
    p._p.append(parse_xml(box('<w:p><w:r><w:t>Outer box says councillors lead.</w:t></w:r></w:p><w:p>'
                              + box('<w:p><w:r><w:t>Inner box clause is read once.</w:t></w:r></w:p>')[len(f"<w:r {ns}>"):-len("</w:r>")].join(["<w:r>", "</w:r>"])
                              + '</w:p>')))
    for text in ("2. Staff must be impartial.", "3. The Clerk reports annually."):
        q = d.add_paragraph(text)
        q._p.append(parse_xml(box('<w:p><w:r><w:t>Be respectful.</w:t></w:r></w:p>')))
    path = tmp_path / "boxes.docx"
    d.save(str(path))
    texts = [c.text for c in segment(read(path)).clauses]
    assert texts.count("Inner box clause is read once.") == 1
    assert texts.count("Outer box says councillors lead.") == 1
    assert texts.count("Be respectful.") == 2
