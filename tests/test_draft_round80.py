"""What the two readers of round 80's drafts found (the 48 documents of blind round 80, drafted for a parish and a
district council): "A Councillor shall not:" and "Councillors must not:" printed back to back as two lists; a rule
said from each side ("Councillors should not ask officers to attend a group meeting ..." under "Officers must not attend
a political group meeting ..."); and the next step said twice on the same condition ("If the matter cannot be resolved
informally, ..." / "If a problem cannot be resolved informally, ...")."""

from __future__ import annotations

import pytest

from pipeline.render.draft import DraftClause, DraftItem, DraftSection, _one_list_per_lead_in
from pipeline.render.similarity import bare_lead_in, mirror_rule, same_condition


def _list(number: str, lead: str, items: list[str], side: str = "member") -> DraftClause:
    src = [f"{number} Council clause 1"]
    return DraftClause(number, lead, src, "prohibition", [], side=side,
                       items=[DraftItem(chr(97 + k), t, src) for k, t in enumerate(items)])


def test_two_lists_under_a_party_and_its_modal_alone_are_one_list():
    shall = _list("7.4", "A Councillor shall not:", [
        "issue instructions to the Clerk or any other employee unless authorised to do so by a resolution of the Council;",
        "criticise the Clerk or any other employee at a meeting of the Council or on social media;"])
    must = _list("7.5", "Councillors must not:", [
        "become involved in the recruitment of staff other than as a member of an appointment panel;",
        "seek access to confidential staff records, including personnel files and salary details."])
    officers = _list("7.6", "Officers must not:", ["take sides in disputes between Councillors."], side="officer")
    will = _list("7.7", "Councillors will:", ["respect the Clerk's working hours."])
    section = DraftSection(7, "boundaries", "Boundaries", [shall, must, officers, will], [])
    assert _one_list_per_lead_in([section], lambda c: False) == 1
    assert [c.text for c in section.clauses] == ["A Councillor shall not:", "Officers must not:", "Councillors will:"]
    assert [it.letter for it in section.clauses[0].items] == ["a", "b", "c", "d"]
    assert section.clauses[0].sources == ["7.4 Council clause 1", "7.5 Council clause 1"]
    assert [c.number for c in section.clauses] == ["7.4", "7.5", "7.6"]


@pytest.mark.parametrize("lead, kind", [("A Councillor shall not:", "must not"), ("Councillors must never:", "must not"),
                                        ("The Clerk will:", "should"), ("Officers should always:", "should"),
                                        ("Councillors are responsible for:", None), ("Members must not be asked to:", None),
                                        ("Outside meetings, councillors must not:", None)])
def test_what_a_bare_lead_in_is(lead, kind):
    assert bare_lead_in(lead) == kind


def test_a_rule_said_from_each_side_is_one_point():
    asks = "Councillors should not ask officers to attend a group meeting at which people who are not Councillors are present."
    rule = ("Officers must not attend a political group meeting at which people who are not Councillors of the Council "
            "are present, unless the Chief Executive has agreed.")
    assert mirror_rule(asks, rule) and mirror_rule(rule, asks)
    # (another thing asked, or another party forbidden, is another point)
    assert not mirror_rule("Councillors should not ask officers to canvass for a candidate at an election.", rule)
    assert not mirror_rule(asks, "Councillors must not attend a group meeting at which people who are not Councillors "
                                 "are present.")


def test_a_should_list_and_a_must_list_stay_two_lists():
    should = _list("1.1", "Councillors should not:", ["contact the Clerk at home;", "telephone the Clerk after 6pm."])
    must = _list("1.2", "Councillors must not:", ["bully or harass the Clerk;", "disclose confidential information."])
    outside = _list("1.3", "Outside meetings, Councillors must not:", ["criticise the Clerk on social media;",
                                                                        "speak for the Council to the press."])
    section = DraftSection(1, "boundaries", "Boundaries", [should, must, outside], [])
    assert _one_list_per_lead_in([section], lambda c: False) == 0 and len(section.clauses) == 3


def test_two_steps_on_the_same_condition_are_one_point():
    assert same_condition("If the matter cannot be resolved informally, the officer may raise a formal grievance under "
                          "the Council's grievance procedure.",
                          "If a problem cannot be resolved informally, the Staffing Committee will deal with it under "
                          "the Council's grievance or disciplinary procedure.")
    # (a condition on another party, or one that says too little, tells two steps apart)
    assert not same_condition("If the concern is about the Clerk, it should be raised with the Chair.",
                              "If the concern is about the Chair, it should be raised with the Vice-Chair.")
    assert not same_condition("If it is urgent, telephone the Clerk.", "If it is urgent, e-mail the Chair.")
    assert not same_condition("When the Clerk is absent, the Deputy Clerk will act.",
                              "When the Clerk is absent, the Chair may sign urgent correspondence.")
    assert not same_condition("If the matter is resolved, the Clerk will keep a note.",
                              "If the matter is not resolved, the Councillor should raise it with the Chair.")


@pytest.mark.parametrize("text, reason", [
    ("The subject Councillor must tell the Monitoring Officer within 10 working days whether they intend to attend, "
     "whether they will be represented and which witnesses they wish to call.", "incomplete"),
    ("The member complained about will be given a copy of the complaint.", "incomplete"),
    # (a rule that names no hearing's parties stays)
    ("A Councillor who is the subject of a complaint must co-operate with any investigation.", None),
    ("Officers will inform the relevant ward Member of any significant issue in their ward.", None)])
def test_a_hearing_procedures_step_about_its_subject_councillor_is_not_draft_material(text, reason):
    """Reader round x80's district draft printed a standards hearing's step (6.4) as if the protocol had a hearing."""
    from pipeline.render.fit import not_draft_reason

    assert not_draft_reason({"text": text, "kind": "paragraph"}) == reason
