"""Round 79's first run: a resolution written as its own words ("That the revised Councillor and Staff Protocol be
adopted ...") is the council's act, as "RESOLVED that ..." is, and a party named in a document's title ("the
Councillor/Clerk Protocol") does not make it that party's; a survey's result ("78% of Members agreed that officers treat
them with courtesy") is a finding, context."""

from __future__ import annotations

import pytest

from pipeline.nlp.tag import load_nlp, tag_documents

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


MINUTES = """Minutes of the meeting of Oakhurst Town Council held on 12 March 2025

25/031 Councillor and Staff Protocol

That the revised Councillor and Staff Protocol be adopted with immediate effect and published on the Council's website.

That the protocol be reviewed by the Staffing Committee in April 2026.

RESOLVED that the Councillor/Clerk Protocol be circulated to every councillor.

RESOLVED that the Town Clerk review the Council's email policy and report back in June.

That officers must not be contacted at home except in an emergency.
"""

REPORT = """Scrutiny review of member/officer relations: report of the task group

3. Survey results

3.1 78% of Members agreed that officers treat them with courtesy and respect.

3.2 38% of officers said they had felt under pressure from a Member to act in a particular way.

3.3 Members must treat officers with courtesy and respect at all times.
"""


def test_a_resolution_in_its_own_words_is_the_councils_act(seg, nlp):
    doc = seg(MINUTES)
    tag_documents([doc], nlp)
    actor = {c.text[:40]: c.actor for c in doc.clauses}
    assert actor["That the revised Councillor and Staff Pr"] == "council"
    assert actor["That the protocol be reviewed by the Sta"] == "council"
    assert actor["RESOLVED that the Councillor/Clerk Proto"] == "council"
    assert actor["RESOLVED that the Town Clerk review the "] == "officer"
    # (a rule in a resolution's form stays the rule's)
    assert actor["That officers must not be contacted at h"] != "council"


def test_a_survey_result_is_a_finding(seg, nlp):
    doc = seg(REPORT)
    tag_documents([doc], nlp)
    tags = {c.text[:30]: c.tag for c in doc.clauses}
    assert tags["78% of Members agreed that off"] == "context"
    assert tags["38% of officers said they had "] == "context"
    assert tags["Members must treat officers wi"] in ("prohibition", "expectation")
