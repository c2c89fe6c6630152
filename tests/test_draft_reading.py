"""Drafts as a clerk reads them: one point printed once whatever its tag and party, notes that name a
few councils and an appendix that names them all, no Markdown markup from the sources, no minutes."""

from __future__ import annotations

import shutil
import zipfile

import pytest
from click.testing import CliRunner

from conftest import DATA
from pipeline.cli import main

pytestmark = pytest.mark.model
READING = DATA / "draft_reading" / "raw"  # ten parish protocols written for these tests


@pytest.fixture(scope="module")
def structured(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reading")
    shutil.copytree(READING, tmp / "raw")
    result = CliRunner().invoke(main, ["build", str(tmp / "raw"), "-o", str(tmp / "s")])
    assert result.exit_code == 0, result.output
    return tmp / "s"


def drafted(structured, tmp_path, suffix: str):
    out = tmp_path / f"draft{suffix}"
    result = CliRunner().invoke(main, ["draft", "--structured", str(structured), "--council", "Upper Wyeford Parish Council",
                                       "--council-type", "parish", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def body_of(md: str) -> str:
    return md.split("## Drafting note: themes no source covers")[0]


def test_a_point_ten_councils_make_cites_eight_in_its_note_and_all_ten_in_the_appendix(structured, tmp_path):
    md = drafted(structured, tmp_path, ".md").read_text()
    note = next(line for line in md.splitlines()
                if line.startswith("[^") and "Abbotsley Parish Council clause 1.1" in line)
    assert note.endswith("Hilton Parish Council clause 1.1; and 2 other councils (all in Appendix: every source of each clause)")
    assert "Ickleton" not in note and "Kneesworth" not in note
    appendix = md.split("## Appendix: every source of each clause")[1].split("\n## ")[0]
    courtesy = next(line for line in appendix.splitlines() if "clause 1.1" in line)
    assert all(f"{n} Parish Council clause 1.1" in courtesy for n in ("Abbotsley", "Ickleton", "Kneesworth"))
    # a point two councils make keeps its whole note and no appendix line
    assert "Abbotsley Parish Council clause 1.2" not in appendix


def test_word_notes_are_capped_too_and_the_appendix_names_every_council(structured, tmp_path):
    out = drafted(structured, tmp_path, ".docx")
    with zipfile.ZipFile(out) as z:
        notes = z.read("word/footnotes.xml").decode()
        body = z.read("word/document.xml").decode()
    assert "and 2 other councils" in notes and "Kneesworth" not in notes
    assert "Appendix: every source of each clause" in body and "Kneesworth Parish Council clause 2.1" in body


def test_the_same_point_in_two_sections_is_printed_once(structured, tmp_path):
    md = drafted(structured, tmp_path, ".md").read_text()
    body = body_of(md)
    # a role ("The Clerk takes instructions ...") and a prohibition ("No individual councillor may instruct ..."):
    # the reader sees one point, printed once; the other wording and its council are kept
    assert body.count("The Clerk takes instructions from the Council as a whole") == 1
    assert "may instruct the Clerk" not in body
    assert "No individual Councillor may instruct the Clerk" in md.split("## Appendix: other wordings")[1]
    note = next(line for line in md.splitlines() if line.startswith("[^") and "Abbotsley Parish Council clause 1.2" in line)
    assert "Barford Parish Council clause 1.2" in note
    # "should" and "should not": two points, both printed
    assert "Councillors should attend the induction training" in body
    assert "Councillors should not attend the Clerk's appraisal" in body


def test_markdown_in_a_source_and_minutes_never_reach_the_draft(structured, tmp_path):
    for suffix in (".md", ".html"):
        text = drafted(structured, tmp_path, suffix).read_text()
        assert "must never share confidential papers with the press; see the Data Protection Policy and the county " \
               "association guidance before speaking" in text
        for markup in ("**", "_Data", "Policy_", "](", "example.org"):
            assert markup not in text, (suffix, markup)
        assert "Apologies were received" not in text and "However," not in text


def test_plain_text_drops_inline_markup_and_markdown_escapes_what_is_left():
    from pipeline.render.common import markdown_text, plain_text

    assert plain_text("Members **must not** use _council_ [headed paper](https://x.org/a_(b) \"t\") or `logos`.") == \
        "Members must not use council headed paper or logos."
    assert plain_text("See <https://x.org/guide> and ~~the old code~~ and ![logo](logo.png).") == \
        "See https://x.org/guide and the old code and logo."
    assert plain_text("snake_case_name and 2 * 3 stay") == "snake_case_name and 2 * 3 stay"
    assert markdown_text("2 * 3 _x and snake_case") == r"2 \* 3 \_x and snake_case"


@pytest.mark.parametrize("text,reason", [
    ("Apologies were received from Cllr Jones and Cllr Patel.", "background"),
    ("Councillors were reminded that the Clerk works part-time.", "background"),
    ("Cllr Hollis declared a non-registrable interest in item 7.", "background"),
    ("The meeting closed at 8.41 pm.", "background"),
    ("However, any close relationship must be declared to the Council.", "incomplete"),
    ("This right does not extend to information requested for a private purpose.", "incomplete"),
    ("Where such a relationship exists, the Councillor should inform the Monitoring Officer.", "incomplete"),
    ("Accept that officers may not be able to give the answer they would like.", "first_person"),
    ("If that does not work, the Chair will refer the matter to the Staffing Committee.", "incomplete"),
    ("Each should respect the other's role and speak up if the other oversteps it.", "incomplete"),
    ("Copy the reply to the other ward Councillors where an enquiry concerns a ward-wide issue.", "incomplete"),
    ("Response times are counted in working days from the date on which the enquiry is logged.", "incomplete"),
    ("Officers will acknowledge an enquiry within two days and send a full reply within ten.", None),
    ("Each of them has a personal duty in law to report to the Council.", "incomplete"),
    ("Councillors and officers are asked to read it when they join the Council.", "incomplete"),
    ("Councillors are asked to read this Protocol and to follow it.", None),
    ("A councillor wishing to visit a council site must arrange the visit through the Clerk.", None),
    ("Each of the two statutory officers may report directly to the full Council.", None),
    ("In most councils the Clerk is also the Proper Officer; in this Council the Clerk will be the Proper Officer.", None),
    ("Any complaint about the Clerk must be referred to the Personnel Committee, not to the other council.", None),
    ("The officer leading the visit will explain the proposal and keep a record of it.", "incomplete"),
    ("Officers should make clear which council they are acting for in any meeting.", "incomplete"),
    ("Each Councillor is asked to read this protocol at the start of each term.", None),
    ("This protocol applies to every Councillor and every employee.", None),
    ("Councillor Hollis will chair the working group.", None),
    # reader round 20: "Other" than whom? "that responsibility" set where?
    ("Other staff are managed by the Clerk or by the Deputy Clerk.", "incomplete"),
    ("Every Councillor shares in that responsibility.", "incomplete"),
    ("The Clerk manages the other staff of the Council.", None),
])
def test_minute_records_and_clauses_that_answer_the_one_before_are_not_draft_material(text, reason):
    from pipeline.render.fit import not_draft_reason

    assert not_draft_reason({"text": text, "kind": "paragraph"}) == reason


def test_list_items_in_another_frame_than_the_lead_in_are_told_apart():
    from pipeline.render.draft import _frame

    assert _frame("That Officers will not use their contact with Councillors for personal gain") == "sentence"
    assert _frame("Officer's professional advice, not influenced by political views") == "noun"
    assert _frame("Respect, courtesy and appropriate confidentiality") == "noun"
    assert _frame("Officers to understand their workloads") == "noun"
    assert _frame("Are polite and patient when the office is busy") == "predicate"
    assert _frame("Give them honest, impartial advice") == "verb"


def test_lists_of_two_holders_stay_apart_and_a_reply_in_welsh_binds_a_clause_to_wales():
    from pipeline.render.draft import _same_holder
    from pipeline.render.fit import clause_nation
    from pipeline.render.similarity import lead_in_point

    assert not _same_holder("The Monitoring Officer is responsible for:", "The Head of Paid Service is responsible for:")
    assert _same_holder("Councillors are responsible for:", "The main roles of Councillors are:")
    assert _same_holder("Councillors can expect officers to:", "Members can reasonably expect Officers to:")
    # an expectation's two parties both meet: a scrutiny chair's or an appointments panel's list is its own
    assert not _same_holder("The chair can expect the scrutiny officer to:", "Councillors can expect officers to:")
    assert not _same_holder("Councillors on an Appointments Panel can expect the Head of HR to:",
                            "Councillors can expect officers to:")
    assert _same_holder("Councillors can expect the Clerk to:", "Members can expect officers to:")
    # a narrower holder is its own (reader round 33: a Cabinet Member's items stood under every councillor's list)
    assert not _same_holder("Cabinet Members are responsible for:", "Councillors are responsible for:")
    assert _same_holder("Members of the Council are responsible for:", "Councillors are responsible for:")
    assert not _same_holder("Members can expect senior officers to:", "Councillors can expect officers to:")
    # ... but a second title of the same person is no narrower holder (adversarial review 38)
    assert _same_holder("The Clerk is responsible for:", "The Clerk, as Proper Officer, is responsible for:")
    assert _same_holder("The Clerk is responsible for:", "The Clerk and Responsible Financial Officer is responsible for:")
    assert _same_holder("The Chief Executive is responsible for:",
                        "The Chief Executive, as Head of Paid Service, is responsible for:")
    # what one side is expected to do, and what the other can expect of it, are one list (reader round 36's parish
    # draft printed "Officers can expect Councillors to:" and "Councillors are expected to:" one after the other)
    assert lead_in_point("Councillors are expected to:") == lead_in_point("Officers can expect Councillors to:")
    assert _same_holder("Officers can expect Councillors to:", "Councillors are expected to:")
    assert _same_holder("Councillors can expect officers to:", "Officers are expected to:")
    assert not _same_holder("Officers can expect Councillors to:", "Officers are expected to:")
    assert lead_in_point("Councillors are expected to be courteous at all times.") is None
    # ... but not what a side is entitled to (adversarial review 40)
    assert not _same_holder("Councillors are entitled to:", "Councillors are expected to:")
    assert not _same_holder("Officers are expected to:", "Officers are entitled to:")
    assert not _same_holder("Officers can expect Councillors to:", "Councillors and officers are expected to:")
    assert _same_holder("Officers can expect Members to:", "Councillors are expected to:")
    assert clause_nation("Officers will reply in Welsh to enquiries made in Welsh.", "district") == "wales"
    assert clause_nation("Officers will reply to enquiries within ten working days.", "district") is None


@pytest.mark.parametrize("text,expected", [
    ("Councillors can obtain advice on this policy from the Clerk.", "this Protocol from"),
    ("The Monitoring Officer will report on how the charter is working.", "the Protocol is working"),
    ("This policy statement supersedes the previous one.", "This policy statement"),
    ("The charter mark was awarded in 2025.", "The charter mark"),
    ("Councillors must follow the protocol agreed by the Joint Committee.", "the protocol agreed"),
    ("the protocol-driven approach", "the protocol-driven"),
    ("THE PROTOCOL applies.", "THE PROTOCOL applies"),
])
def test_the_sources_name_for_itself_becomes_the_drafts_only_where_it_ends_its_phrase(text, expected):
    from pipeline.render.draft import options_for, substitute_terms

    opts = options_for({"council": "Upper Wyeford Parish Council", "council_type": "parish"})
    assert expected in substitute_terms(text, opts, [])[0]


def test_a_concerns_section_reads_in_the_order_a_person_follows_it():
    from pipeline.render.draft import _formality

    steps = ["No officer will suffer any detriment for raising a concern in good faith.",
             "A breach of this Protocol by a Councillor may be referred to the Monitoring Officer under the Code of Conduct.",
             "If the matter is not resolved informally, the Clerk may raise a formal grievance.",
             "A Councillor who is unhappy with an officer's work should raise it first with the relevant director.",
             "Most difficulties can be resolved by an early, honest conversation, and everyone should try this first.",
             "Advice on any part of this Protocol is available from the Monitoring Officer."]
    ordered = sorted(steps, key=_formality)
    assert [s.split()[0:2] for s in ordered] == [["Most", "difficulties"], ["A", "Councillor"], ["If", "the"],
                                                 ["A", "breach"], ["No", "officer"], ["Advice", "on"]]


def test_a_capped_note_counts_the_other_councils_in_the_singular_and_the_plural():
    from pipeline.render.draft import _and_more

    assert _and_more(1) == "and 1 other council (all in Appendix: every source of each clause)"
    assert _and_more(3) == "and 3 other councils (all in Appendix: every source of each clause)"
