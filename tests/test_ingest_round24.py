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
