"""What the round-45 readers of drafts built from 216 documents found, on wordings written for these tests: the rule
that no councillor may instruct the Clerk, said in its common forms, is one point, and a group drawn from two points
keeps a wording of the one most of its documents make; a county's own area, a Q&A answer that leans on its question,
and who adopted a protocol in which year, are not drafted for a district."""

from __future__ import annotations

from pipeline.render.draft import _making_main_point
from pipeline.render.fit import applies_to, not_draft_reason
from pipeline.render.similarity import set_points

NO_INSTRUCTIONS = [
    "No individual councillor, including the Town Mayor, has authority to instruct the Town Clerk or any other member of "
    "staff.",
    "Individual councillors must not give the Clerk instructions or ask the Clerk to do work the Council has not agreed.",
    "No individual councillor, the Chairman included, can instruct the Clerk.",
    "Councillors do not manage staff. No individual councillor, including the Mayor, may give instructions to staff.",
]
LINE_MANAGER = "The Chair of the Staffing Committee is the Clerk's line manager for leave, training and appraisal."


def test_no_councillor_may_instruct_the_clerk_is_one_point_in_its_common_forms():
    for t in NO_INSTRUCTIONS:
        assert "instructions_channel" in set_points(t), t
    assert "instructions_channel" not in set_points("Councillors should give the Clerk clear instructions through "
                                                    "resolutions of the Council.")
    assert "instructions_channel" not in set_points("No councillor should direct traffic at the summer fete.")


def test_a_group_drawn_from_two_points_keeps_a_wording_of_the_one_most_of_its_documents_make():
    texts = [LINE_MANAGER, *NO_INSTRUCTIONS]
    heads = [{"text": t, "doc_id": f"d{k}"} for k, t in enumerate(texts)]
    members = list(range(len(heads)))
    assert _making_main_point(heads, members, set(members)) == set(range(1, len(heads)))
    # (where no point is made by half the documents, every wording that fits may be kept)
    two = [{"text": LINE_MANAGER, "doc_id": "a"}, {"text": "The Clerk will reply within five working days.", "doc_id": "b"},
           {"text": "Councillors set the Council's budget.", "doc_id": "c"}]
    assert _making_main_point(two, [0, 1, 2], {0, 1, 2}) == {0, 1, 2}


def test_a_countys_own_area_is_no_district_text():
    for t in ("The Chair presides at meetings of full Council and represents the County on civic occasions.",
              "Officers will keep them informed of matters affecting their electoral division.",
              "The Chair of the Council is the county's civic head."):
        assert "district" not in applies_to(t, "county"), t
    assert "district" in applies_to("The county council and the district council work together on planning.", "district")


def _row(text: str) -> dict:
    return {"text": text, "tag": "context", "actor": None, "lead_in": None, "section": "", "kind": "para",
            "complete": True, "themes": []}


def test_an_answer_that_leans_on_its_question_and_an_adoption_in_a_year_are_not_draft_material():
    assert not_draft_reason(_row("The principles are exactly the same. The Chief Executive works for the council as a "
                                 "body.")) == "incomplete"
    assert not_draft_reason(_row("It depends. A routine request can be answered at once.")) == "incomplete"
    assert not_draft_reason(_row("The Standards Committee adopted the protocol in 2023 following a review by the "
                                 "Monitoring Officer.")) == "background"
    assert not_draft_reason(_row("The Monitoring Officer will review this protocol every two years.")) is None


def test_the_clerks_advice_on_law_is_local_council_text_and_one_councils_counts_are_its_own():
    # reader round 47's district draft printed a parish source's "Accept that the Clerk's advice on law and procedure is
    # given impartially" as the Chief Executive's, and the parish draft one council's reporting of counts to a committee
    for t in ("Accept that the Clerk's advice on law and procedure is given impartially, even when it is unwelcome.",
              "The Clerk will advise the Council on law and procedure at meetings."):
        assert "district" not in applies_to(t, "parish") and "district" not in applies_to(t, None)
    assert not_draft_reason(_row("The Clerk will report to each meeting of the Staffing Committee the number of requests "
                                 "received from Councillors and the time spent on them.")) == "own_setup"
    assert not_draft_reason(_row("The Clerk will report any concern about a Councillor to the Chair.")) is None
