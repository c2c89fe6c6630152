"""Round 75: what its first run found. A table of figures is data recorded as furniture, not clauses (a statistics
table in minutes, a report's counts): each row of figures with its label. A table's statements, a figure or rating beside
one, and a "Yes" or "No" that answers its row stay clauses. A vote's counts, a section counter, a masthead and a post's
named holder are furniture."""

from __future__ import annotations

import pytest

from conftest import furniture_reasons

STATS = """| Service area | Enquiries | Answered in time | Share |
|---|---|---|---|
| Waste and Street Scene | 186 | 141 | 76% |
| Housing | 212 | 149 | 70% |
| Total | 611 | 479 | 78% |

1. Officers will answer councillors' enquiries within ten working days.
"""


def test_a_tables_figures_and_their_row_labels_are_data(seg):
    doc = seg(STATS, suffix=".md")
    assert [c.text for c in doc.clauses] == ["Officers will answer councillors' enquiries within ten working days."]
    reasons = furniture_reasons(doc)
    assert reasons["76%"] == reasons["212"] == reasons["611"] == "table data"


def test_a_row_of_figures_in_a_word_table_takes_its_label(tmp_path):
    from docx import Document as Docx

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    d = Docx()
    d.add_paragraph("5. The Committee received the figures below.")
    table = d.add_table(rows=4, cols=4)
    for r, row in enumerate([("Service area", "Enquiries", "In time", "Share"), ("Housing", "212", "149", "70%"),
                             ("Planning", "98", "83", "85%"),
                             ("Total", "310", "232", "75%")]):
        for k, text in enumerate(row):
            table.cell(r, k).text = text
    d.add_paragraph("6. Officers will answer councillors' enquiries within ten working days.")
    path = tmp_path / "minutes.docx"
    d.save(path)
    doc = segment(read(path))
    texts = [c.text for c in doc.clauses]
    assert "Housing" not in texts and "85%" not in texts
    assert furniture_reasons(doc)["85%"] == "table data"


def test_a_rating_or_a_figure_beside_a_statement_stays_with_its_row(seg):
    doc = seg("| Finding | Priority | Action |\n|---|---|---|\n"
              "| Councillors contact junior officers directly. | High | Officers must refer such requests to their "
              "manager. |\n| The protocol is not on the intranet. | Medium | Publish the protocol. |\n", suffix=".md")
    texts = [c.text for c in doc.clauses]
    assert "Officers must refer such requests to their manager." in texts
    assert not any(f.reason == "table data" for f in doc.furniture)
    # (the ratings themselves, a column of them, record the plan's priorities: round 80)
    assert "High" not in texts and furniture_reasons(doc)["High"] == "action table: status or date"


def test_a_tables_statements_and_its_yes_or_no_stay_clauses(seg):
    doc = seg("| Can a councillor ... | Answer |\n|---|---|\n| Ask an officer for information about a service? | Yes |\n"
              "| Instruct an officer to change a report? | No |\n", suffix=".md")
    texts = [c.text for c in doc.clauses]
    assert "Yes" in texts and "No" in texts


def test_a_votes_counts_a_section_counter_a_masthead_and_a_named_post_are_furniture(seg):
    doc = seg("RESOLVED that the protocol be adopted.\n\nVote: 4 in favour, 0 against, 0 abstentions.\n\n"
              "Carranmore Council - Employee Code of Conduct - Section 6 of 9\n\n"
              "1. Officers must not canvass for any party.\n\n"
              "2. Councillors must not print or share confidential papers.\n\n"
              "Monitoring Officer: Priya Lindqvist, Director of Legal and Governance\n\n"
              "The Wensford Messenger is published by Little Wensford Parish Council.\n")
    reasons = furniture_reasons(doc)
    assert reasons["Vote: 4 in favour, 0 against, 0 abstentions."] == "meeting record"
    assert reasons["Carranmore Council - Employee Code of Conduct - Section 6 of 9"] == "running header"
    assert reasons["Monitoring Officer: Priya Lindqvist, Director of Legal and Governance"] == "contact details"
    assert reasons["The Wensford Messenger is published by Little Wensford Parish Council."] == "document details"
    assert {c.clause_id for c in doc.clauses} >= {"1", "2"}


def test_a_post_holder_who_must_act_stays_a_clause(seg):
    doc = seg("1. Monitoring Officer: Priya Lindqvist, who must be consulted before any complaint is made.\n\n"
              "2. Section 6 of 9 sets out what officers must do when a councillor asks for help.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]


def test_a_table_of_times_to_meet_keeps_its_figures_as_clauses(seg):
    doc = seg("| Type of enquiry | Acknowledge (working days) | Full reply (working days) |\n|---|---|---|\n"
              "| Casework | 2 | 10 |\n| Policy question | 3 | 15 |\n", suffix=".md")
    assert {"2", "10", "3", "15"} <= {c.text for c in doc.clauses}
    assert not any(f.reason == "table data" for f in doc.furniture)



@pytest.mark.parametrize("table", [
    # (adversarial review 76: a target column, a total of stages, a quorum's majority are rules, not statistics)
    "| Type of enquiry | Acknowledge (working days) | Full reply (working days) | Target met |\n|---|---|---|---|\n"
    "| Casework | 2 | 10 | 95% |\n| Policy question | 3 | 15 | 90% |\n",
    "| Stage | Working days | Calendar days |\n|---|---|---|\n| Acknowledge complaint | 5 | 7 |\n"
    "| Full response | 20 | 28 |\n| Total | 25 | 35 |\n",
    "| Meeting | Quorum | Majority needed |\n|---|---|---|\n| Full Council | 3 | 50% |\n"
    "| Planning Committee | 3 | 66% |\n"])
def test_tables_of_times_totals_and_quorums_keep_their_figures(seg, table):
    doc = seg("1. Officers must meet these standards.\n\n" + table, suffix=".md")
    assert not any(f.reason == "table data" for f in doc.furniture)
    assert len(doc.clauses) >= 5
