"""Round 70: what its first run and its two draft readers found. More of a meeting's record is furniture (a vote's
record on its own line, "Agreed unanimously.", an abstention asked to be recorded, "None." and the next meeting's date
under a numbered minute heading such as "SC25/02"); so are a copyright line written "(c)", a note's handling mark, an
extract's note of what it leaves out, a Welsh availability line, a signed form's return address,
office hours and a council's name over the extract it heads; a details block's value wrapped under its column is the
block's, while a sentence that runs on past "between" onto a line with a date, and a rule's line wrapped after "Not for
publication", stay text; a page that explains what it covers is no widget; a band across a table names the rows below
it. A draft gives each term one definition, takes no source's definition of its staff beside its own, no bracketed
paragraph number and no authority's appointed members however worded."""

from __future__ import annotations

import pytest

from conftest import furniture_reasons
from pipeline.render.fit import applies_to, not_draft_reason


MINUTES = """EASTBRIDGE TOWN COUNCIL
STAFFING COMMITTEE

SC26/01  Apologies for absence
Apologies were received from Cllr P. Marsh.

SC26/02  Declarations of interest
None.

SC26/03  Protocol on councillors and staff
The Committee considered the Clerk's report on the revised protocol. Councillors must not
give instructions to staff outside a meeting of the Council or a committee.
Record of vote: For 5, Against 1, Abstentions 0.
Cllr Harwood asked that his abstention be recorded.
Agreed unanimously.

SC26/04  Date of next meeting
Wednesday 9 September 2026 at 7.30pm.
"""


def test_a_vote_record_an_abstention_and_the_next_meeting_under_numbered_headings_are_furniture(seg):
    doc = seg(MINUTES)
    texts = [c.text for c in doc.clauses]
    assert texts == ["The Committee considered the Clerk's report on the revised protocol. Councillors must not give "
                     "instructions to staff outside a meeting of the Council or a committee."]
    f = furniture_reasons(doc)
    assert f["Record of vote: For 5, Against 1, Abstentions 0."] == "meeting record"
    assert f["Cllr Harwood asked that his abstention be recorded."] == "meeting record"
    assert f["Agreed unanimously."] == "meeting record"
    assert f["None."] == "meeting record"
    assert f["Wednesday 9 September 2026 at 7.30pm."] == "date line"


def test_a_vote_with_a_reason_stays_a_clause(seg):
    doc = seg("1. Cllr Harwood asked that his abstention be recorded because officers must not be asked to draft "
              "group motions.\n")
    assert len(doc.clauses) == 1


@pytest.mark.parametrize("line, reason", [
    ("(c) Wexford Parva Town Council 2026", "copyright"),
    ("(c) 2026 Wexford Parva Town Council. All rights reserved.", "copyright"),
    ("Status: For member councils only. Not for publication.", "handling mark"),
    ("Harnley District Council - internal use only. Printed copies are uncontrolled.", "handling mark"),
    ("Paragraphs 7 and 8 of the Code are not reproduced on this page.", "editorial note"),
    ("Mae'r ddogfen hon ar gael yn Gymraeg. Croesewir gohebiaeth yn Gymraeg.", "availability note"),
    ("Please return a signed copy to Democratic Services, Civic Centre, Harnley HY1 2AB.", "contact details"),
    ("Office open Monday, Wednesday and Friday, 10am to 12.30pm", "contact details"),
    ("Harnley District Council – extract from the Employee Handbook (HR Policy 12)", "document details"),
])
def test_a_pages_notes_about_itself_are_furniture(seg, line, reason):
    doc = seg(f"1. Officers give impartial advice to every councillor.\n\n2. Councillors must not bully staff.\n\n{line}\n")
    assert [c.text for c in doc.clauses] == ["Officers give impartial advice to every councillor.",
                                             "Councillors must not bully staff."]
    assert furniture_reasons(doc)[line] == reason


def test_a_request_to_return_a_declaration_that_goes_on_stays_a_clause(seg):
    # (b310's gold: the line says what happens to the copy)
    doc = seg("1. Please return the signed declaration to the Town Clerk. A copy will be kept on your personnel file.\n")
    assert len(doc.clauses) == 1


def test_a_lettered_item_c_is_no_copyright_line(seg):
    doc = seg("Councillors must:\n(a) treat staff with respect;\n(b) read their papers;\n"
              "(c) attend the Council's annual training session in 2026.\n")
    assert "attend the Council's annual training session in 2026." in [c.text for c in doc.clauses]


def test_a_page_that_explains_what_it_covers_is_text_and_one_that_holds_a_protocol_is_its_note(seg):
    doc = seg("This page explains who does what, and what you can expect when you contact us.\n\n"
              "1. The Clerk answers councillors' enquiries within five working days.\n\n"
              "This page sets out the protocol adopted by the Council on 4 March 2026.\n", suffix=".md")
    texts = [c.text for c in doc.clauses]
    assert "This page explains who does what, and what you can expect when you contact us." in texts
    assert furniture_reasons(doc)["This page sets out the protocol adopted by the Council on 4 March 2026."] == "page widget"


REPORT = """HARNLEY DISTRICT COUNCIL

Report to:        Standards Committee
Date of meeting:  12 March 2026
Contact officer:  Priya Shah, Head of Governance
                  and Deputy Monitoring Officer
Appendices:       A - Revised protocol
                  B - Summary of consultation comments

1.   PURPOSE
1.1  A working group of four councillors, supported by the Monitoring
     Officer and the Head of Paid Service, met three times between
     January and March 2026 to prepare the revised draft.
1.2  Councillors must not ask officers to act outside the protocol.
"""


def test_a_details_value_wrapped_under_its_column_is_the_blocks_and_a_sentence_wrapped_onto_a_date_is_text(seg):
    doc = seg(REPORT)
    texts = [c.text for c in doc.clauses]
    assert texts == ["A working group of four councillors, supported by the Monitoring Officer and the Head of Paid "
                     "Service, met three times between January and March 2026 to prepare the revised draft.",
                     "Councillors must not ask officers to act outside the protocol."]
    f = furniture_reasons(doc)
    assert f["and Deputy Monitoring Officer"] == "document details"
    assert f["B - Summary of consultation comments"] == "document details"


def test_a_rule_wrapped_after_not_for_publication_keeps_its_line(seg):
    doc = seg("11.2 Members must not disclose information given to them in confidence, or exempt\n"
              "information in reports marked \"Not for publication\", without the consent of the\n"
              "Monitoring Officer.\n")
    assert [c.text for c in doc.clauses] == [
        "Members must not disclose information given to them in confidence, or exempt information in reports marked "
        "\"Not for publication\", without the consent of the Monitoring Officer."]


BANDED = """# Roles and expectations

| Members | Officers |
|---|---|
| Role and responsibilities | |
| Members set the Council's policies and budget. | Officers give impartial advice and carry out decisions. |
| Members represent their wards. | Officers serve the whole Council. |
| Working together | |
| Members treat officers with courtesy. | Officers treat Members with courtesy. |
"""


def test_a_band_across_a_table_names_the_rows_below_it(seg):
    doc = seg(BANDED, suffix=".md")
    texts = [c.text for c in doc.clauses]
    assert "Role and responsibilities" not in texts and "Working together" not in texts
    assert len(texts) == 6
    by_text = {c.text: c for c in doc.clauses}
    assert by_text["Members treat officers with courtesy."].section[-1] == "Working together"
    assert by_text["Members represent their wards."].section[-1] == "Role and responsibilities"


def test_a_one_column_item_in_a_table_without_bands_stays_a_clause(seg):
    doc = seg("| Members | Officers |\n|---|---|\n| Set policy and the budget. | Give impartial advice. |\n"
              "| Attend induction training | |\n| Represent their wards. | Serve the whole Council. |\n", suffix=".md")
    assert "Attend induction training" in [c.text for c in doc.clauses]


@pytest.mark.parametrize("text", [
    "In this Protocol, ‘Councillor’ includes the Chair and any co-opted member, and ‘the Clerk’ means the Proper "
    "Officer of the Council and any other person employed by the Council.",
    "In this Protocol \"Councillor\" means an elected councillor, and \"Officer\" means any person employed by the "
    "Council, including agency workers.",
])
def test_a_sources_definition_of_its_staff_is_not_draft_material(text):
    # (reader round 1 of 7 December: both drafts open by defining "officers", and these stood beside it)
    assert not_draft_reason({"text": text}) is not None


def test_other_definitions_and_the_clerks_role_stay_draft_material():
    assert not_draft_reason({"text": "\"Harassment\" has the meaning given in the Equality Act 2010."}) is None
    assert not_draft_reason({"text": "The role of the Clerk includes advising the Council on the law."}) is None


def test_an_authoritys_appointed_members_fit_no_council_however_worded():
    text = ("Members of the Authority are not directly elected to it. They are appointed by the constituent local "
            "authorities and by the Secretary of State as national members.")
    assert applies_to(text, "parish") == [] and applies_to(text, "district") == []


def test_a_bracketed_paragraph_number_is_left_out_of_a_draft_and_a_statute_is_not():
    from pipeline.render.draft import _tidy

    assert _tidy("Councillors should not contact officers out of hours unless the officer has agreed (para. 6.6).") \
        == "Councillors should not contact officers out of hours unless the officer has agreed."
    assert _tidy("The Chief Finance Officer (section 151) advises on the budget.") == \
        "The Chief Finance Officer (section 151) advises on the budget."


def test_a_draft_defines_each_term_once():
    import re

    from pipeline.render.draft import DraftClause, DraftSection, _definitions_used
    from pipeline.resources import load_rules

    rx = re.compile(load_rules("draft.yaml")["definition"], re.I)
    first = DraftClause("1.3", "In this Protocol, ‘Councillor’ includes the Chair and any co-opted member, and ‘Clerk’ "
                               "includes the Deputy Clerk.", ["A clause 1.3"], "context", [])
    again = DraftClause("1.5", "In this protocol \"Councillor\" includes any co-opted member of the Council, and "
                               "\"Clerk\" includes any locum clerk.", ["B clause 1.2"], "context", [])
    uses = DraftClause("2.1", "The Clerk advises every Councillor impartially.", ["C clause 2"], "role", [])
    sec = DraftSection(1, "introduction", "Introduction", [first, again, uses], [])
    _definitions_used([sec], rx, lambda c: False)
    # (the first is kept: its curly-quoted term is one the draft uses, not "Councillor’" with its closing mark)
    assert sec.clauses == [first, uses]


def test_reader_round_2_points():
    # (this session's second readers: a standing orders' note on bold type, an officer invited weeks ahead, a combined
    # authority's "constituent council", and advice asked for among a concern's steps)
    from pipeline.render.draft import _formality

    assert not_draft_reason({"text": "Standing orders printed in bold type reflect requirements of law and cannot be "
                                     "suspended, varied or revoked by the Council."}) is not None
    invite = "give reasonable notice when inviting an officer to a meeting, normally at least three weeks;"
    assert "parish" not in applies_to(invite, "parish") and "district" in applies_to(invite, "district")
    assert applies_to("Officers must not be asked to support a Councillor's campaign for election to a constituent "
                      "council.", "district") == []
    assert _formality("Councillors who are unsure how this Protocol applies in a particular case should ask the Clerk "
                      "for advice.") == 4
    assert _formality("If a Councillor has a concern about the Clerk's work, they should raise it with the Chair.") == 1


def test_a_wrapped_value_under_a_wide_label_column_is_the_blocks(seg):
    # (b249's report: the details line is removed before its wrapped value is read, its run of spaces shortened)
    doc = seg("Key decision:    No\nExempt:          No (the complaints register referred to in section 4\n"
              "                 is exempt under paragraph 1 of Schedule 12A)\n\n1.     PURPOSE\n\n"
              "1.1    Councillors must not ask officers for the register.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must not ask officers for the register."]
    assert furniture_reasons(doc)["is exempt under paragraph 1 of Schedule 12A)"] == "document details"
