"""Tags and actors from the b176–b177 first runs, on text written for these tests: a question put to the reader
states no rule, and a table row that names posts of both sides binds both."""

from __future__ import annotations

import pytest

from pipeline.nlp.tag import load_nlp, tag_documents

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _tagged(seg, nlp, text: str, suffix: str = ".txt"):
    doc = seg(text, suffix)
    tag_documents([doc], nlp)
    return {c.text: c for c in doc.clauses}


def test_a_scenarios_questions_are_context_and_a_checklists_questions_under_a_lead_in_are_not(seg, nlp):
    # b176's induction handout: "Who should her request for a crew have gone to, and when?" was read as an expectation
    got = _tagged(seg, nlp, "Scenario\n\n"
                  "A councillor emails a housing officer late on Sunday and asks for a tenant to be moved up the list.\n\n"
                  "Before you send a request to an officer, ask yourself:\n\n"
                  "- Would I be happy for this email to be read out at a council meeting?\n"
                  "- Have I sent it to the right manager?\n\n"
                  "Questions\n\n"
                  "1. Should the councillor have sent this email, and to whom should it have gone?\n\n"
                  "2. What could the housing officer say in reply?\n")
    for q in ("Should the councillor have sent this email, and to whom should it have gone?",
              "What could the housing officer say in reply?"):
        assert (got[q].tag, got[q].actor) == ("context", None)
    assert got["Have I sent it to the right manager?"].tag != "context"


def test_a_meeting_rows_posts_of_both_sides_bind_both_and_a_post_with_a_modifier_does_not(seg, nlp):
    # b177's "Meetings" table: "Leader, Chief Executive, Director of Strategy | Weekly" went to the Chief Executive
    got = _tagged(seg, nlp, "<h2>Regular meetings</h2>"
                  "<table><tr><th>Meeting</th><th>Who attends</th><th>How often</th><th>Arranged by</th></tr>"
                  "<tr><td>Portfolio briefing</td><td>Cabinet Member and lead Director</td><td>Monthly</td>"
                  "<td>Support officer in the Leader's Office</td></tr>"
                  "<tr><td>Budget review</td><td>The Chief Finance Officer, with the Chair of Scrutiny</td>"
                  "<td>Quarterly</td><td>Finance team</td></tr></table>", ".html")
    assert got["Cabinet Member and lead Director"].actor == "both"
    assert got["Monthly"].actor == "both"
    assert got["Support officer in the Leader's Office"].actor != "both"
    assert got["The Chief Finance Officer, with the Chair of Scrutiny"].actor != "both"


def test_a_reviews_recommendation_to_add_to_the_protocol_is_context_and_a_guidance_notes_rule_is_not(seg, nlp):
    # b180's task group report: R4 was read as the councillors' prohibition it proposes
    got = _tagged(seg, nlp, "Recommendations\n\n"
                  "R1. A section on e-mail should be added to the Protocol, making clear that councillors must not copy "
                  "officers' managers into complaints about them.\n\n"
                  "R2. Councillors must not copy officers' managers into complaints about them.\n")
    assert got["A section on e-mail should be added to the Protocol, making clear that councillors must not copy "
               "officers' managers into complaints about them."].tag == "context"
    assert got["Councillors must not copy officers' managers into complaints about them."].tag == "prohibition"


def test_a_checklists_questions_under_its_heading_are_not_context(seg, nlp):
    # adversarial review 40: bullets of questions under "Checklist for councillors", with no lead-in, went to context
    got = _tagged(seg, nlp, "# Checklist for councillors\n\n- Have you declared any interest in the item?\n"
                  "- Have you told the Clerk about any gift over £50?\n", ".md")
    assert got["Have you declared any interest in the item?"].tag != "context"

