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
