"""Round 80: an action plan's tracking columns. A column of dates or statuses beside each agreed action ("31 March 2024",
"Complete", "In progress - revised date 31 December 2024", "High"), and in such a table a column of owners, record
progress and bind nobody: furniture, with the action itself a clause. A table of times to meet or of who decides at
each stage keeps every cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import furniture_reasons

BLIND = Path(__file__).parent / "data" / "blind"

PLAN = """# Review of member enquiries: action plan

The table below sets out the agreed actions.

| Action | Owner | Due date | Status |
|---|---|---|---|
| Remind every service that councillors' enquiries must be logged on the case system | Head of Democratic Services | 31 March 2025 | Complete |
| Publish response times for each service every quarter | Performance Manager | 30 June 2025 | In progress - revised date 30 September 2025 |
| Give officers guidance on how to report undue pressure from a councillor | Monitoring Officer | 31 May 2025 | Not started |
"""

TIMES = """# Response times

| Type of enquiry | Acknowledgement | Full reply | Who replies |
|---|---|---|---|
| Ward casework | 2 working days | 10 working days | Head of Service |
| Urgent safeguarding matter | Same day | 1 working day | Director |
"""


def test_an_action_plans_owners_dates_and_statuses_are_furniture(seg):
    doc = seg(PLAN, suffix=".md")
    assert [c.text[:40] for c in doc.clauses] == [
        "The table below sets out the agreed acti", "Remind every service that councillors' e",
        "Publish response times for each service ", "Give officers guidance on how to report "]
    reasons = furniture_reasons(doc)
    assert reasons["Head of Democratic Services"] == "action table: owner"
    assert reasons["In progress - revised date 30 September 2025"] == "action table: status or date"
    assert reasons["31 May 2025"] == "action table: status or date"
    assert reasons["Not started"] == "action table: status or date"


def test_a_table_of_times_and_who_replies_keeps_its_cells(seg):
    doc = seg(TIMES, suffix=".md")
    texts = [c.text for c in doc.clauses]
    assert "2 working days" in texts and "Head of Service" in texts and "Director" in texts
    assert not any(f.reason.startswith("action table") for f in doc.furniture)


@pytest.mark.parametrize("name, kept, recorded", [
    # an audit's "Ref | Priority | Responsible officer | Target date | Agreed management action" (PDF)
    ("b365/docs/b365_brackenfold_dc_audit_report.pdf", "The Monitoring Officer", ["High", "30 September 2024"]),
    # a review's "Action | Owner | Due date | Status" (Word)
    ("b370/docs/b370_northmoor_cc_audit_member_enquiries.docx", "Remind all directorates",
     ["Director of Governance", "31 January 2024", "Complete"]),
])
def test_blind_action_tables(name, kept, recorded):
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    doc = segment(read(BLIND / name))
    cells = [c.text for c in doc.clauses if c.kind == "cell"]
    assert any(t.startswith(kept) for t in cells)
    reasons = furniture_reasons(doc)
    for text in recorded:
        assert reasons[text].startswith("action table"), text
        assert text not in cells


MINUTES = """OVERVIEW AND SCRUTINY COMMITTEE

Minutes of the meeting held on Tuesday 10 September 2024 at 6.30 pm

PRESENT:
Councillor M. Okafor (Chair)
Councillor S. Lindqvist (Vice-Chair)
Councillors P. Ashworth, D. Hadley and K. Mistry

OFFICERS IN ATTENDANCE:
Helen Voss - Director of Corporate Services
Gareth Lowe - Scrutiny Officer

34. REVIEW OF THE PROTOCOL

34.1 The Monitoring Officer explained that officers advising the Committee must give impartial advice.
"""


def test_a_roll_call_a_name_a_line_is_the_minutes_attendance(seg):
    """b377's first run made each attendance line under "PRESENT:" and "OFFICERS IN ATTENDANCE:" a clause."""
    doc = seg(MINUTES)
    assert [c.clause_id for c in doc.clauses] == ["34.1"]
    reasons = furniture_reasons(doc)
    for line in ("PRESENT:", "Councillor M. Okafor (Chair)", "OFFICERS IN ATTENDANCE:",
                 "Helen Voss - Director of Corporate Services", "Gareth Lowe - Scrutiny Officer"):
        assert reasons[line] == "attendance list", line


def test_a_label_over_rules_is_no_roll_call(seg):
    doc = seg("Officers in attendance:\nOfficers must remain politically neutral at every meeting.\n"
              "The Clerk - who is the Proper Officer - takes the minutes.\n")
    assert [c.text[:12] for c in doc.clauses][-2:] == ["Officers mus", "The Clerk - "] and not furniture_reasons(doc)


def test_a_bilingual_document_control_table_is_furniture(tmp_path):
    """b373's Welsh protocol: "Rheoli Dogfen / Document control" over its rows, a Word table."""
    from docx import Document as Docx

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    d = Docx()
    d.add_paragraph("1.1 Members and Officers must treat each other with respect.")
    table = d.add_table(rows=4, cols=1)
    for r, text in enumerate(["Rheoli Dogfen / Document control", "Approved by Council: 22 January 2025",
                              "Next review: January 2027", "Owner: Monitoring Officer"]):
        table.cell(r, 0).text = text
    path = tmp_path / "protocol.docx"
    d.save(path)
    doc = segment(read(path))
    assert [c.clause_id for c in doc.clauses] == ["1.1"]
    assert furniture_reasons(doc)["Next review: January 2027"] == "document control"


def test_a_copyright_line_without_a_year_under_the_footer_is_furniture(seg):
    """b374's web page copied as text ends "Cookie settings" / "Accessibility" / "(c) Fernleigh Borough Council"; its
    first run made the last a clause (c)."""
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    doc = segment(read(BLIND / "b374/docs/b374_06_fernleigh_borough.txt"))
    assert furniture_reasons(doc)["(c) Fernleigh Borough Council"] == "footer links"
    assert "Fernleigh Borough Council" not in [c.text for c in doc.clauses]
    # ... while a council's name as item (c) of a list stays the item
    doc = seg("1. The partnership's members are:\n(a) Kesteven District Council\n(b) Wolds Town Council\n"
              "(c) Fenmarsh Parish Council\n")
    assert "Fenmarsh Parish Council" in [c.text for c in doc.clauses]


def test_a_nomination_a_motion_and_the_last_minutes_are_the_minutes_record(seg):
    """b376's annual meeting: its first run made the nominations, a motion's proposer and vote, and the approval of the
    last minutes clauses; the discussion stays."""
    doc = seg("24/01 ELECTION OF CHAIRMAN\n\nNominated: Cllr J. Pearce. Proposed: Cllr M. Fenwick. Seconded: Cllr P. "
              "Lister.\nNo other nominations were received.\n\n24/05 MINUTES\n\nMinutes of 9 April 2024: approved and "
              "signed as a correct record.\n\n24/07 CONTACT WITH THE CLERK\n\nMembers agreed that no councillor may give "
              "the Clerk instructions.\n\nProposed Cllr Pearce, seconded Cllr Lister. For 5, against 0.\n")
    assert [c.text for c in doc.clauses] == ["Members agreed that no councillor may give the Clerk instructions."]
    reasons = furniture_reasons(doc)
    assert reasons["No other nominations were received."] == "meeting record"
    assert reasons["Proposed Cllr Pearce, seconded Cllr Lister. For 5, against 0."] == "meeting record"


def test_minutes_are_titled_by_their_heading_not_by_a_numbered_item_above_the_first_clause():
    """b373's staffing committee minutes were listed in the report as "MINUTES OF THE PREVIOUS MEETING", item 33."""
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    doc = segment(read(BLIND / "b373/docs/b373_04_brackenfield_minutes.txt"))
    assert doc.title.startswith("Minutes of the meeting held in the Council Chamber")


def test_a_bullet_that_ends_on_include_is_an_item_of_its_own_list(seg):
    """b373's casework guide: "- reply to the councillor directly, copying in any ward colleagues they have asked you to
    include" over the next bullet was taken for a lead-in, and the item was lost."""
    doc = seg("When you receive casework, you will:\n\n- log it on the case system on the day it arrives\n"
              "- reply to the councillor directly, copying in any ward colleagues they have asked you to include\n"
              "- give a clear answer in plain English\n", suffix=".md")
    assert [c.text[:14] for c in doc.clauses] == ["log it on the ", "reply to the c", "give a clear a"]


def test_a_pdf_paragraphs_first_line_set_apart_goes_on_in_lower_case():
    """b376's scrutiny guide PDF: "4.3 Members who receive confidential" stood a line apart from "information must not
    disclose it and ..." and was read as a heading."""
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    doc = segment(read(BLIND / "b376/docs/b376-04-northmere-scrutiny-guide.pdf"))
    clause = next(c for c in doc.clauses if c.clause_id == "4.3")
    assert clause.text.startswith("Members who receive confidential information must not disclose it")
