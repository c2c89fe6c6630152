"""Found by the adversarial review of round 42 (5 December 2026), on the changes of rounds 41-42: two furniture patterns
that backtracked on a line of short items, rules dropped as a disclaimer, a copyright or a help line, a page dropped
whole for a class name without hyphens, and draft routes folded that were no repeats."""

from __future__ import annotations

from test_ingest_round32 import _reasons


def test_a_line_of_short_items_and_a_long_licence_footer_are_read_at_once(seg):
    pages = " · ".join(str(k) for k in range(1, 60))
    tags = "aa • " * 80
    footer = ("© Ashgarth Council 2026. You may copy, reproduce and share this note with other councils and their "
              "staff for any purpose connected with good governance, and you may use extracts in training material, "
              "provided the source is acknowledged and the text is not changed in a way that alters its meaning.")
    doc = seg(f"1. Councillors must treat officers with courtesy and respect.\n\n{pages}\n\n{tags}\n\n{footer}\n")
    assert doc.clauses[0].text == "Councillors must treat officers with courtesy and respect."


def test_the_rules_after_a_disclaimer_under_a_signature_are_kept(seg):
    doc = seg("From: Anita Okafor <anita.okafor@brackenshire.gov.uk>\nTo: Ruth Penhaligon\n"
              "Subject: RE: Protocol - contact with employees\n\nRuth,\n\n"
              "Here is the wording the Standards Committee agreed last week for the protocol.\n\n"
              "Kind regards,\nAnita\nAnita Okafor\nDirector of Law and Governance\n"
              "This message is privileged; if you received it in error, please tell me. The agreed wording follows.\n"
              "Cllrs must not contact junior employees directly about casework.\n"
              "A Cllr who is unhappy with a reply should raise it with the Chief Executive.\n\n"
              + "".join(f"Para {k}: The Council's employees must treat every elected member with courtesy.\n"
                        for k in range(1, 45)))
    texts = " ".join(c.text for c in doc.clauses)
    assert "Cllrs must not contact junior employees directly about casework." in texts
    assert "A Cllr who is unhappy with a reply should raise it with the Chief Executive." in texts


def test_rules_that_speak_of_copyright_or_a_support_line_stay_clauses(seg):
    doc = seg("1. Copyright in reports written by the Clerk belongs to the Council, and councillors may use them for "
              "council business but may not share drafts with the press.\n\n"
              "2. Staff can call the support line: 0800 123 4567 (free, confidential, 24 hours).\n")
    assert [c.clause_id for c in doc.clauses] == ["1", "2"]


def test_a_wrapper_whose_class_names_an_author_box_without_hyphens_keeps_the_page(seg):
    body = "".join(f"<p>{k}. Councillors must treat officers with courtesy and respect in every meeting.</p>"
                   for k in range(1, 30))
    doc = seg(f'<html><body><main><div class="abouttheauthor newslettersignup">{body}</div></main></body></html>',
              suffix=".html")
    assert len(doc.clauses) == 29


def test_a_route_list_item_that_forbids_or_is_no_concern_stays_in_its_list():
    from pipeline.render.draft import DraftClause, DraftItem, DraftSection, _routes_said_once
    route = DraftClause("9.2", "A Councillor with a concern about an officer should raise it informally with the Clerk in "
                               "the first instance.", ["B clause 5.1", "C clause 3"], "escalation", [], side="member")
    never = DraftClause("6.1", "Councillors should:", ["A clause 2"], "expectation", [],
                        items=[DraftItem("a", "Treat officers fairly;", ["A clause 2-1"]),
                               DraftItem("b", "Never raise a concern about an officer with the press;", ["A clause 2-2"]),
                               DraftItem("c", "Send any request for information about an officer's work to the Clerk.",
                                         ["A clause 2-3"])])
    secs = [DraftSection(6, "expect", "What officers can expect", [never], []),
            DraftSection(9, "when_things_go_wrong", "When things go wrong", [route], [])]
    assert _routes_said_once(secs, lambda c: False) == 0 and len(never.items) == 3


def test_a_concern_about_another_councillor_is_not_one_about_an_officer():
    from pipeline.render.draft import DraftClause, _one_first_step
    from pipeline.render.similarity import opposed
    a = "A Councillor with a concern about an officer should raise it informally with the Clerk in the first instance."
    b = "A Councillor with a concern about another Councillor should speak to them informally first."
    assert opposed(a, b)
    kept, folded = _one_first_step([DraftClause("9.1", a, ["A 1"], "escalation", [], side="member"),
                                    DraftClause("9.2", b, ["B 1"], "escalation", [], side="member")], lambda c: False)
    assert folded == 0 and len(kept) == 2
    # (where the concern goes is not whom it is about: "raise a concern ... with the Clerk")
    assert not opposed("Councillors should raise any concern about a fellow councillor with the Clerk.", b)


def test_such_advice_after_the_clauses_own_advice_is_draft_material():
    from pipeline.render.fit import not_draft_reason
    assert not_draft_reason({"text": "The Clerk will advise Councillors impartially on procedure and law, and Councillors "
                                     "should respect such advice.", "kind": "paragraph"}) is None
    assert not_draft_reason({"text": "In giving such advice to Councillors, the Officer should express their own "
                                     "professional views.", "kind": "paragraph"}) == "incomplete"
