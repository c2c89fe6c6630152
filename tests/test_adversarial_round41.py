"""Found by the adversarial review of round 41 (5 December 2026), on the changes of rounds 39 and 40: text read as
furniture or rewritten, a table's rows read as headers, a draft's rule dropped, an actor taken from another section,
and a pattern that backtracked for minutes on a list of tags."""

from __future__ import annotations

import re

from test_ingest_round32 import _reasons


def test_a_list_of_tags_with_no_full_stop_in_a_news_box_is_read_at_once(seg):
    tags = ", ".join(["Cabinet", "Council", "Scrutiny", "Planning", "Licensing", "Audit", "Standards", "Elections"] * 5)
    doc = seg("<html><body><main><article><h1>Protocol adopted</h1>"
              "<p>Councillors must not put pressure on officers to change their advice.</p>"
              f'<aside><ul><li>{tags}</li></ul></aside>'
              f'<div class="most-read"><p>{tags}</p></div></article></main></body></html>', suffix=".html")
    assert doc.clauses[0].text == "Councillors must not put pressure on officers to change their advice."


def test_a_clause_wrapped_at_the_words_of_an_earlier_email_stays_whole(seg):
    doc = seg("From: Ruth Penhaligon <clerk@netherbrancote.gov.uk>\n"
              "To: All councillors <councillors@netherbrancote.gov.uk>\nSubject: Draft protocol\n\n"
              "Summary of the change: councillors may not telephone\n"
              "the Clerk at home outside working hours except in an\nemergency.\n\n"
              "On Mon, 8 Mar 2027 at 09:12, Geoffrey Farrant <gfarrant@example.com> wrote:\n\n"
              "1. Councillors must treat the Clerk with courtesy and respect.\n\n"
              "2. The Clerk must keep a record of any call made to\n"
              "the Clerk at home outside working hours except in an\nemergency.\n")
    texts = {c.clause_id: c.text for c in doc.clauses}
    assert texts["2"] == ("The Clerk must keep a record of any call made to the Clerk at home outside working hours "
                          "except in an emergency.")
    assert doc.clauses[-1].complete


def test_markdown_keeps_addresses_links_and_struck_text_and_decodes_only_whole_entities(seg):
    doc = seg("# Protocol\n\n"
              "1. Councillors must contact the Monitoring Officer <s.khan@ashgarth.gov.uk> before instructing staff.\n\n"
              "2. Officers must not publish the form at https://ashgarth.gov.uk/f?id=4&section=2&para=3 without "
              "approval.\n\n"
              "3. Officers must reply within ten days&#10;## Injected heading&#10;and keep records.\n\n"
              '4. Officers must <span title="a>b">write</span> clearly&nbsp;and&#8217;s.\n\n'
              "5. Councillors must not <del>ever</del> ask officers to canvass.\n", suffix=".md")
    texts = [c.text for c in doc.clauses]
    assert "<s.khan@ashgarth.gov.uk>" in texts[0]
    assert "&section=2&para=3" in texts[1]
    assert texts[2] == "Officers must reply within ten days ## Injected heading and keep records."
    assert texts[3] == "Officers must write clearly and’s."
    assert "<del>ever</del>" in texts[4]
    assert not any(re.search(r"[\x00-\x1f]", t) for t in texts)


def test_a_written_pipe_in_a_markdown_cell_stays_in_its_cell(seg):
    doc = seg("| Type of contact | Acknowledgement | Full reply |\n|---|---|---|\n"
              "| Ward casework | Within 1 working day &#124; same day if urgent | Within 5 working days |\n",
              suffix=".md")
    cells = {c.column: c.text for c in doc.clauses}
    assert cells == {"Acknowledgement": "Within 1 working day | same day if urgent",
                     "Full reply": "Within 5 working days"}


def test_rules_that_open_like_a_label_or_a_link_stay_clauses(seg):
    doc = seg("SOCIAL MEDIA PROTOCOL\n\n"
              "Comments are moderated by the Communications Team and abusive posts about named officers are removed "
              "within one working day.\n\n"
              "Speakers: Councillors are not permitted to invite officers to speak\n"
              "at political group meetings without the Chief Executive's consent.\n\n"
              "Read more: councillors are expected to read the full Code of Conduct before their first meeting.\n")
    assert len(doc.clauses) == 3 and not doc.furniture
    assert doc.clauses[1].text.startswith("Speakers: Councillors are not permitted")


def test_a_grid_tables_rule_under_every_row_parts_no_rows(seg):
    doc = seg("MEMBER OFFICER PROTOCOL\n\n1. The roles are summarised below.\n\n"
              "+--------------------+---------------------------+\n"
              "| Councillors        | Set policy and budget     |\n"
              "|--------------------|---------------------------|\n"
              "| Officers           | Give advice and deliver   |\n"
              "|--------------------|---------------------------|\n"
              "| Monitoring Officer | Reports on breaches       |\n"
              "|--------------------|---------------------------|\n"
              "| Chair              | Chairs the meetings       |\n"
              "+--------------------+---------------------------+\n")
    texts = [c.text for c in doc.clauses]
    for cell in ("Give advice and deliver", "Reports on breaches", "Chairs the meetings"):
        assert cell in texts


def test_a_roles_table_at_the_top_is_no_cover_table(seg):
    doc = seg("# Member Officer Protocol\n\n| Role | Council |\n|---|---|\n"
              "| Councillors | Set policy for the council |\n| Officers | Implement council decisions |\n", suffix=".md")
    assert [c.text for c in doc.clauses] == ["Set policy for the council", "Implement council decisions"]
    assert "document details" not in _reasons(doc).values()


def test_a_pronoun_lead_in_takes_no_party_from_another_section(seg):
    from pipeline.nlp.tag import load_nlp, tag_documents
    doc = seg("# Member Officer Protocol\n\n## 5. Councillors\n\n5.1 Councillors must not instruct officers.\n\n"
              "## 6. Officers and the public\n\n6.1 They will:\n\n(a) reply to letters within ten days;\n\n"
              "(b) keep the public informed of decisions.\n", suffix=".md")
    tag_documents([doc], load_nlp())
    assert {c.actor for c in doc.clauses if c.clause_id.startswith("6.1.")} != {"member"}


def test_a_rule_that_mentions_reviewing_another_protocol_keeps_its_place_in_a_draft():
    from pipeline.render.draft import DraftClause, DraftSection, _review_said_once
    from pipeline.resources import load_rules
    rx = re.compile(load_rules("draft.yaml")["review_elsewhere"], re.I)
    rule = DraftClause("7.2", "Councillors must not ask an officer to review the planning protocol decision on an "
                              "application in which the councillor has an interest, and must never put pressure on an "
                              "officer to change professional advice.", ["A clause 4"], "prohibition", [])
    said = DraftClause("7.3", "The Monitoring Officer will keep this Protocol under review.", ["B clause 9"], "role", [])
    both = DraftClause("7.4", "The Monitoring Officer will review this protocol every year. Councillors must not "
                              "contact officers at home.", ["C clause 2"], "role", [])
    sec = DraftSection(7, "boundaries", "Boundaries", [rule, said, both], [])
    _review_said_once([sec, DraftSection(10, "review", "Review and adoption", [], [])], rx, lambda c: False)
    assert sec.clauses == [rule, both]


def test_a_paragraph_that_opens_with_the_covering_emails_words_and_goes_on_is_no_quote(seg):
    doc = seg("From: Ruth Penhaligon <clerk@netherbrancote.gov.uk>\nSubject: Draft protocol\n\n"
              "The main change is that councillors must not telephone\n"
              "the Clerk at home outside working hours except in an\nemergency.\n\n"
              "On Mon, 8 Mar 2027 at 09:12, Geoffrey Farrant <gfarrant@example.com> wrote:\n\n"
              "1. Councillors must treat the Clerk with courtesy and respect.\n\n"
              "councillors must not telephone\nthe Clerk at home outside working hours except in an\n"
              "emergency, and every such call must be logged with the Chair within one working day.\n")
    assert any(c.text.startswith("councillors must not telephone the Clerk at home") and "logged with the Chair" in c.text
               for c in doc.clauses)


def test_a_review_clause_that_also_sets_a_rule_keeps_its_place():
    from pipeline.render.draft import DraftClause, DraftSection, _review_said_once
    from pipeline.resources import load_rules
    rx = re.compile(load_rules("draft.yaml")["review_elsewhere"], re.I)
    rule = DraftClause("9.2", "The Monitoring Officer will review the Member/Officer protocol with any councillor who "
                              "raises a concern, and must never share the officer's personnel file.", ["A clause 4"],
                       "prohibition", [])
    sec = DraftSection(9, "when_things_go_wrong", "When things go wrong", [rule], [])
    _review_said_once([sec], rx, lambda c: False)
    assert sec.clauses == [rule]
