"""Tags and actors from the b188–b189 first runs, on text written for these tests: what a respondent asks the protocol
to say is no rule of its own, and the items under a lead-in whose subject is a pronoun bind whom it stands for."""

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


def test_what_a_respondent_asks_the_protocol_to_say_is_context_and_the_protocols_own_rule_is_not(seg, nlp):
    # b188's union response: "We ask that paragraph 4.3 states that councillors should contact officers only ..." was
    # read as the councillors' expectation it proposes
    asks = ["We ask that paragraph 4.3 states that councillors should contact staff only through council email.",
            "We would like section 6 to go on to say that an officer who is given an instruction by a councillor "
            "should politely decline it.",
            "We also ask that the protocol states that no officer will suffer any detriment for raising a concern."]
    rule = "Councillors should contact staff only through council email."
    got = _tagged(seg, nlp, "Response to the consultation\n\n" + "".join(f"{k}. {t}\n\n" for k, t in
                                                                         enumerate([*asks, rule], 1)))
    for t in asks:
        assert (got[t].tag, got[t].actor) == ("context", None)
    assert got[rule].tag != "context"


def test_items_under_a_pronouns_lead_in_bind_whom_it_stands_for(seg, nlp):
    # b189's disputes procedure: the items under "They may decide:" went to the council, both sides or no one
    got = _tagged(seg, nlp, "6.4 The Monitoring Officer will decide the outcome and write to both parties within ten "
                  "working days.\n\n"
                  "6.5 They may decide:\n\n"
                  "(a) that no further action is needed;\n"
                  "(b) that the matter be referred to the Standards Committee; or\n"
                  "(c) that the parties should take part in mediation.\n\n"
                  "7.1 Council equipment and officer time are for Council business only. They must not be used:\n\n"
                  "(a) for party political purposes; or\n"
                  "(b) for a member's private business.\n")
    for t in ("that no further action is needed;", "that the matter be referred to the Standards Committee; or",
              "that the parties should take part in mediation."):
        assert got[t].actor == "statutory_officer"
    assert got["for party political purposes; or"].actor != "statutory_officer"  # ("They" are things, not a party)
