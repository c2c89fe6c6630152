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
