"""Shapes from the round-30 training sets: a web page's list of links onward under no lead-in, a minutes extract's
short certificate, a bilingual availability line whose halves a slash parts, an appendix left out as exempt, a
document's place and owner between bars, and a council's name over its address. Each is furniture; a list a lead-in
introduces, a rule that names an address and a table row with an owner stay clauses."""

from __future__ import annotations


def _reasons(doc) -> dict[str, str]:
    return {f.text: f.reason for f in doc.furniture}


def test_a_list_of_links_under_no_lead_in_is_furniture_and_a_lead_ins_list_is_clauses(seg):
    page = ("<html><body><main><h1>Relations with employees</h1>"
            "<p>1. Councillors must treat employees with courtesy.</p>"
            "<h2>Further guidance</h2><p>Employees can get advice from their manager.</p>"
            "<ul><li><a href='#'>Councillors' Code of Conduct (Scottish Government)</a></li>"
            "<li><a href='#'>Standards Commission guidance on the Code</a></li></ul>"
            "<p>This protocol is to be read with:</p>"
            "<ul><li><a href='#'>the Code of Conduct for Councillors</a></li>"
            "<li><a href='#'>the Scheme of Delegation</a></li></ul></main></body></html>")
    doc = seg(page, ".html")
    texts = [c.text for c in doc.clauses]
    assert "Standards Commission guidance on the Code" not in texts
    assert _reasons(doc)["Standards Commission guidance on the Code"] == "link list"
    assert "the Scheme of Delegation" in texts and "the Code of Conduct for Councillors" in texts
    # ... and a list whose linked items state rules is text
    rules = seg("<html><body><main><ul><li><a href='#'>Councillors must not instruct staff</a></li>"
                "<li><a href='#'>Officers should reply within ten days</a></li></ul></main></body></html>", ".html")
    assert len(rules.clauses) == 2


def test_a_certificate_an_exempt_appendix_and_a_welsh_notice_are_furniture(seg):
    doc = seg("Mae'r ddogfen hon ar gael yn Gymraeg. / This document is available in Welsh.\n\n"
              "12. MEMBER/OFFICER PROTOCOL\n\n"
              "12.1 The Council adopted the revised Protocol on Councillor/Officer Relations.\n\n"
              "Extract published for the Audit and Governance Committee, 10 February 2027 – Appendix B (sample testing "
              "schedule) is exempt and not included\n\n"
              "Certified a true extract.\n")
    assert [c.clause_id for c in doc.clauses] == ["12.1"]
    assert set(_reasons(doc).values()) == {"language notice", "document details"}


def test_a_documents_place_and_owner_and_a_councils_address_between_bars_are_furniture(seg):
    doc = seg("Balcarrick Council – Comhairle Bhaile Charraig | Council Headquarters, Tolbooth Street, Balcarrick\n\n"
              "Constitution Part 5, Section 7 | Owner: Director of Corporate Governance\n\n"
              "1. Officers must acknowledge an enquiry within three working days.\n\n"
              "2. Councillors should send casework to the Council | Town Hall, High Street.\n\n"
              "3. Write to the complainant | Owner: Clerk\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2", "3"]
    assert list(_reasons(doc).values()) == ["document details", "document details"]


def test_a_text_of_one_sentence_a_line_keeps_each_numbered_paragraph_whole(seg):
    """A parish protocol typed one sentence to a line, its paragraphs parted by blank lines (b143's first run: 11 of
    its paragraphs were cut at each sentence). A page whose lines are its paragraphs keeps them apart."""
    doc = seg("PROTOCOL FOR COUNCILLORS AND THE CLERK\n\n"
              "Councillors are asked to read this protocol with the Code of Conduct.\n"
              "Copies are kept in the parish office.\n\n"
              "1. The Council is a corporate body.\n"
              "Its decisions are made at properly called meetings.\n\n"
              "2. The Clerk is the Proper Officer of the Council.\n"
              "The Clerk is accountable to the Council as a whole.\n\n"
              "3. No councillor may instruct the Clerk.\n\n"
              "4. The Clerk may act on urgent matters after consulting the Chair.\n"
              "Any action taken is reported to the next meeting.\n")
    assert [c.clause_id for c in doc.clauses] == ["p1", "1", "2", "3", "4"]
    assert doc.clauses[1].text == "The Council is a corporate body. Its decisions are made at properly called meetings."
    lines = seg("Working with councillors\n\n"
                "1. Officers reply to councillors within ten working days.\n"
                "2. Officers treat every councillor equally. They never favour one group.\n"
                "3. Councillors send requests through the Clerk.\n"
                "Councillors do not contact contractors directly.\n")
    assert [c.clause_id for c in lines.clauses][:3] == ["1", "2", "3"]
    assert lines.clauses[1].text == "Officers treat every councillor equally. They never favour one group."


def test_a_numbered_table_with_title_rows_keeps_its_lettered_items_apart(seg):
    """A town council's page laid out in a table: a title row, then "5." beside a cell whose lead-in and lettered
    items each stand in a block of their own (b142's first run merged five such cells into one clause each)."""
    row = ('<tr><td>{n}.</td><td><div><div>{lead}</div>{items}</div></td></tr>')
    item = '<div><div style="float:left">({k})</div><div>{t}</div></div>'
    items = "".join(item.format(k=k, t=t) for k, t in (("a", "giving impartial advice on law and procedure;"),
                                                        ("b", "carrying out the decisions of the Council;"),
                                                        ("c", "preparing agendas and minutes.")))
    page = ("<html><body><main><h1>Councillor and Staff Protocol</h1><p>Share this page:</p><table>"
            "<tr><td colspan='2'><div>The Council and its staff</div></td></tr>"
            + row.format(n=4, lead="<div>The Council is the employer of all its staff.</div>", items="")
            + row.format(n=5, lead="<div>The Clerk is the Proper Officer. The Clerk is responsible for:</div>",
                         items=items)
            + "<tr><td colspan='2'><div>What councillors and staff can expect of each other</div></td></tr>"
            + row.format(n=6, lead="<div>The Clerk is accountable to the Council as a whole.</div>", items="")
            + "</table></main></body></html>")
    doc = seg(page, ".html")
    assert [c.clause_id for c in doc.clauses] == ["4", "5", "5.a", "5.b", "5.c", "6"]
    assert doc.clauses[3].text == "carrying out the decisions of the Council;"
    assert doc.clauses[0].section[-1] == "The Council and its staff"
    assert doc.clauses[-1].section[-1] == "What councillors and staff can expect of each other"
    assert _reasons(doc)["Share this page:"] == "page widget"


def test_signatures_extract_notes_and_handling_marks_from_the_round_30_first_runs_are_furniture(seg):
    doc = seg("INTERNAL - for Ashwell Vale District Council staff only\n\n"
              "Extract: sections 1 to 9 of the report to Council, 16 July 2026. The appendices are not reproduced.\n\n"
              "9.1 The Committee will review the protocol.\n\n"
              "9.2 The Committee will present its next annual report to the Council in July\n"
              "    2027.\n\n"
              "[Minutes 52 to 56 and 59 to 63 are not included in this extract]\n\n"
              "Text version of the flowchart at Appendix C to the Member/Officer Protocol. Version 1.3, June 2027.\n\n"
              "Constitution last updated 3 March 2027. Printed copies are uncontrolled.\n\n"
              "Issued jointly by the Chief Executive and the Monitoring Officer | Reference GOV/PEP/03\n\n"
              "Mrs Joanna Penhallow, Clerk to Upper Thrushcombe Parish Council\n\n"
              "Eleri Prosser\nChair of the Standards Committee (Independent Member)\n15 June 2026\n")
    assert [c.clause_id for c in doc.clauses] == ["9.1", "9.2"]
    assert doc.clauses[1].text.endswith("in July 2027.")  # (a year wrapped onto its own line is no number)
    assert not doc.warnings  # (so the text does not end mid-sentence)
    reasons = _reasons(doc)
    assert reasons["Eleri Prosser"] == reasons["Chair of the Standards Committee (Independent Member)"] == "signature"
    assert reasons["Mrs Joanna Penhallow, Clerk to Upper Thrushcombe Parish Council"] == "signature"
    assert reasons["INTERNAL - for Ashwell Vale District Council staff only"] == "handling mark"
    # ... while a rule that names a signatory, and a name over a rule, stay the text
    rules = seg("1. Officers must reply within ten days.\n\nMrs Penhallow, Clerk to the Council, must be told.\n\n"
                "Karen Holt\nThe Clerk will attend.\n")
    assert "Mrs Penhallow, Clerk to the Council, must be told." in [c.text for c in rules.clauses]
    assert "The Clerk will attend." in [c.text for c in rules.clauses]


def test_a_comments_reply_link_and_a_bulleted_appendix_title_are_not_clauses(seg):
    page = ("<html><body><main><h1>Refreshed protocol</h1><p>Officers should send new work requests to their head of "
            "service.</p><div class='comment'><p><strong>Sam Patel</strong> 12 November 2026</p><p>Will there be "
            "training for the depot teams?</p><a class='comment-reply-link' href='#'>Reply</a></div></main></body></html>")
    doc = seg(page, ".html")
    assert "Reply" not in [c.text for c in doc.clauses]
    assert _reasons(doc)["Reply"] == "comment widget"


def test_what_adversarial_review_32_found_the_new_rules_swallowing_stays_text(seg):
    # a rule that names a signatory, a "Text version" that is the flowchart's content, an "Extract:" sentence, a
    # confidential part's rule, a certified copy's rule, and the month May beside a copy status
    doc = seg("1. Mr Davies, Clerk to the Council, is the Proper Officer for all purposes of the Council.\n\n"
              "2. Text version of the flowchart: a councillor raises a concern with the Chair, who refers it on.\n\n"
              "3. Extract: the Clerk is the Council's Proper Officer.\n\n"
              "4. Part 2 is confidential and not published, and councillors who receive it keep it secure.\n\n"
              "5. Certified a true copy of the resolution is sent to each councillor by the Clerk.\n\n"
              "Protocol last updated 3 May 2026. Printed copies are uncontrolled.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2", "3", "4", "5"]
    assert _reasons(doc)["Protocol last updated 3 May 2026. Printed copies are uncontrolled."] == "copy status"
    # ... a title-case line over a line that names a post and goes on as a sentence is a heading and its clause
    tail = seg("1. Officers must reply within ten days.\n\nCouncillor Concerns\n"
               "Chair of the Council deals with a councillor's concern about the Clerk\n")
    assert [c.text for c in tail.clauses][-1] == "Chair of the Council deals with a councillor's concern about the Clerk"
    # ... a lead-in's list of appendices keeps its items
    appendices = seg("1. The following documents are part of this protocol:\n\n• Appendix 1: Code of Conduct for "
                     "Councillors\n• Appendix 2: Complaints Flowchart\n\n2. Officers must reply within ten days.\n")
    assert "Appendix 2: Complaints Flowchart" in [c.text for c in appendices.clauses]


def test_a_list_of_rules_that_are_links_a_reply_link_in_a_sentence_and_a_rule_row_stay_text(seg):
    page = ("<html><body><main><h2>Rules for councillors</h2><ul><li><a href='#'>Treat officers with respect</a></li>"
            "<li><a href='#'>Do not give instructions to officers</a></li></ul>"
            "<p>3. Officers should <a class='reply' href='#'>Reply</a> to councillors promptly.</p>"
            "<table><tr><td colspan='2'>The Clerk answers to the Council as a whole</td></tr>"
            "<tr><td>4.</td><td>The Clerk is the Proper Officer.</td></tr>"
            "<tr><td>5.</td><td>The Clerk manages the staff.</td></tr></table></main></body></html>")
    texts = [c.text for c in seg(page, ".html").clauses]
    assert "Treat officers with respect" in texts and "Do not give instructions to officers" in texts
    assert "Officers should Reply to councillors promptly." in texts
    assert any("answers to the Council as a whole" in t for t in texts)
