"""Round 82's first run: a motion carried "therefore", a proposer and seconder by title at an annual parish meeting, a
minutes' running header "(continued)" and a report's sign-off of its implications are furniture; a rule that says
"continued" and a heading of the protocol stay."""

from __future__ import annotations

from conftest import furniture_reasons


def test_the_minutes_and_reports_records_of_round_82(seg):
    doc = seg("Little Wenbury Parish Council - Annual Parish Meeting, 14 May 2024\n\n"
              "4. Councillors must not contact the Clerk at home.\n\n"
              "Proposed: Mr T Barrow; seconded: Mrs L Singh; carried unanimously.\n\n"
              "The recommendation was therefore CARRIED.\n\n"
              "Little Wenbury Parish Council - Annual Parish Meeting, 14 May 2024 (continued)\n\n"
              "5. Officers will reply within ten working days.\n\n"
              "Legal comments provided by: Rachel Ambrose, Principal Solicitor, 28 February 2025\n")
    assert [c.clause_id for c in doc.clauses] == ["4", "5"]
    reasons = furniture_reasons(doc)
    assert reasons["Proposed: Mr T Barrow; seconded: Mrs L Singh; carried unanimously."] == "meeting record"
    assert reasons["The recommendation was therefore CARRIED."] == "meeting record"
    assert reasons["Little Wenbury Parish Council - Annual Parish Meeting, 14 May 2024 (continued)"] == "running header"
    assert reasons["Legal comments provided by: Rachel Ambrose, Principal Solicitor, 28 February 2025"] == \
        "document details"


def test_a_rule_with_continued_in_it_stays(seg):
    doc = seg("1. Officers will keep councillors informed while the work is continued (continued support).\n\n"
              "2. Legal comments provided by the Monitoring Officer must be attached to every report.\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]
