"""Round 78: a stage's or step's title that goes on in lower case ("Stage 2: formal complaint") is a heading over its
own paragraph, as "Stage 2: Formal complaint" is; it stood as a clause of two words (b258's "TALK IT THROUGH" steps and
round 77's escalation routes)."""

from __future__ import annotations

import pytest

ROUTE = """Complaints procedure

Stage 1: informal resolution

The councillor should first raise the matter with the Clerk, who will try to settle it within ten working days.

Stage 2: formal complaint

If the matter is not settled, the councillor may complain in writing to the Chair of the Staffing Committee.

Stage 3 - appeal

An appeal goes to a panel of three councillors who have not been involved before.
"""


@pytest.mark.parametrize("suffix, text", [
    (".txt", ROUTE),
    (".md", ROUTE.replace("Complaints procedure", "# Complaints procedure")),
])
def test_a_stage_title_in_lower_case_is_a_heading_over_its_own_paragraph(seg, suffix, text):
    doc = seg(text, suffix=suffix)
    assert [c.text[:30] for c in doc.clauses] == [
        "The councillor should first ra", "If the matter is not settled, ", "An appeal goes to a panel of t"]
    assert doc.clauses[1].section[-1] == "formal complaint"


def test_a_stage_that_is_a_sentence_stays_a_clause(seg):
    doc = seg("Complaints procedure\n\nStage 1: the councillor should raise the matter with the Clerk.\n\n"
              "Stage 2: the Chair will review the matter within ten working days.\n")
    assert [c.text for c in doc.clauses] == ["the councillor should raise the matter with the Clerk.",
                                             "the Chair will review the matter within ten working days."]
