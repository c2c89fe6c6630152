"""Actors and themes from rounds 41-45, on text written for these tests: a resolution, and an item of a
recommendation's list that is the body's act, are the council's (or the party it tells to act); a breach "by a Member"
is that party's; a statutory officer named in passing gives no statutory-officers theme, a clause about the post does."""

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


MINUTES = """Minutes of the meeting of the Governance Committee held on 3 March 2027

14. Member/Officer Protocol review

14.1 The Committee considered the report of the Head of Legal Services on the review of the Protocol.

14.2 RESOLVED that the revised Protocol be recommended to Council for adoption.

14.3 RESOLVED that the Town Clerk review the Council's email policy and report back in June.

15. Annual report

That the Committee:

(a) notes the annual report on member/officer relations;

(b) agrees the training programme set out in paragraph 5;

(c) asks the Monitoring Officer to arrange briefings for all councillors; and

(d) agrees that councillors should not contact junior staff directly about casework.

15.2 A breach of this Protocol by a Member may also be a breach of the Members' Code of Conduct.
"""


def test_a_resolution_and_the_bodys_acts_are_the_councils(seg, nlp):
    got = _tagged(seg, nlp, MINUTES)
    assert got["RESOLVED that the revised Protocol be recommended to Council for adoption."].actor == "council"
    assert got["notes the annual report on member/officer relations;"].actor == "council"
    assert got["agrees the training programme set out in paragraph 5;"].actor == "council"


def test_a_resolution_or_item_that_tells_a_party_to_act_is_that_partys(seg, nlp):
    got = _tagged(seg, nlp, MINUTES)
    assert got["RESOLVED that the Town Clerk review the Council's email policy and report back in June."].actor == "officer"
    assert got["asks the Monitoring Officer to arrange briefings for all councillors; and"].actor == "statutory_officer"
    # an item that sets a rule of its own keeps the tagger's reading of it
    assert got["agrees that councillors should not contact junior staff directly about casework."].actor != "council"


def test_a_breach_by_a_member_is_the_members(seg, nlp):
    got = _tagged(seg, nlp, MINUTES)
    c = got["A breach of this Protocol by a Member may also be a breach of the Members' Code of Conduct."]
    assert (c.tag, c.actor) == ("context", "member")


def test_a_record_that_names_nobody_acting_keeps_no_actor(seg, nlp):
    got = _tagged(seg, nlp, MINUTES)
    c = got["The Committee considered the report of the Head of Legal Services on the review of the Protocol."]
    assert c.tag != "context" or c.actor in (None, "council")


def test_a_statutory_officer_named_in_passing_gives_no_theme_and_the_post_does(seg, nlp):
    got = _tagged(seg, nlp, "4.1 Group Leaders should make requests for officers to attend a group meeting to the Chief "
                  "Executive.\n\n"
                  "4.2 Councillors must not accept gifts from anyone with an interest in a planning application, and "
                  "should report any offer to the Monitoring Officer.\n\n"
                  "4.3 The Clerk is the Proper Officer of the Council and its Responsible Financial Officer.\n\n"
                  "4.4 The Monitoring Officer is responsible for advising on the Code of Conduct and keeps the register "
                  "of interests.\n\n"
                  "4.5 A councillor who believes that an officer has acted improperly should raise it with the Chief "
                  "Executive.\n")
    passing = ["Group Leaders should make requests for officers to attend a group meeting to the Chief Executive.",
               "Councillors must not accept gifts from anyone with an interest in a planning application, and should "
               "report any offer to the Monitoring Officer."]
    for t in passing:
        assert "statutory_officers" not in got[t].themes, got[t].themes
        assert "statutory_officers" not in got[t].theme_evidence
    assert "statutory_officers" in got["The Clerk is the Proper Officer of the Council and its Responsible Financial "
                                       "Officer."].themes
    assert "statutory_officers" in got["The Monitoring Officer is responsible for advising on the Code of Conduct and "
                                       "keeps the register of interests."].themes


def test_a_right_stated_as_a_fact_is_context_and_its_holders(seg, nlp):
    # round 46: every guideline-only annotator of b196-b218 but one gave "Members have a right to ..." its holder
    got = _tagged(seg, nlp, "7.1 Members have a right to inspect Council documents where they need to do so in order to "
                  "carry out their duties as Members.\n\n"
                  "7.2 A councillor is entitled to any information held by the Council that they reasonably need.\n\n"
                  "7.3 Councillors are entitled to the information they need. Requests should be made to the Clerk.\n\n"
                  "7.4 A councillor has no right to see information out of curiosity.\n\n"
                  "7.5 Each Group Leader is entitled to a briefing from the Chief Executive before every Council meeting.\n")
    for t in ("Members have a right to inspect Council documents where they need to do so in order to carry out their "
              "duties as Members.",
              "A councillor is entitled to any information held by the Council that they reasonably need."):
        assert (got[t].tag, got[t].actor) == ("context", "member"), (got[t].tag, got[t].actor)
    # (a right with a rule beside it, a denied right and a right from a named provider keep the tagger's reading)
    assert got["Councillors are entitled to the information they need. Requests should be made to the Clerk."].tag != "context"
    assert got["A councillor has no right to see information out of curiosity."].tag == "prohibition"
    assert got["Each Group Leader is entitled to a briefing from the Chief Executive before every Council meeting."].evidence \
        != "a right stated as a fact: its holder"
