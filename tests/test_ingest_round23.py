"""Nested lists in every format: an item after a sublist goes back to its own list and lead-in ("c)" after
"b) when making requests: i. … ii. …"), a sibling lead-in keeps the outer lead-in, a roman-looking "i" after "h" is
a letter, and a lead-in whose list never comes is printed or, when it is a bare label ("Name:", "Share this:"),
recorded as furniture: no line is lost."""

from __future__ import annotations

import re
import time

import pytest

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment

TEXT = ("Protocol on Member and Officer Relations\n\n"
        "1. Councillors should:\n"
        "a) treat officers with courtesy;\n"
        "b) when making requests:\n"
        "i. send them to the right officer;\n"
        "ii. allow a reasonable time for a reply;\n"
        "c) respect the officer's advice.\n\n"
        "2. Officers will:\n"
        "- in meetings:\n"
        "  - give impartial advice;\n"
        "  - record decisions accurately;\n"
        "- outside meetings:\n"
        "  - answer enquiries promptly.\n\n"
        "3. The Clerk will review this protocol every year.\n")

HTML = ("<html><body><main><h1>Member and Officer Protocol</h1>\n<p>1. Councillors should:</p>\n"
        "<ol type=\"a\"><li>treat officers with courtesy;</li>\n<li>when making requests:<ol type=\"i\">"
        "<li>send them to the right officer;</li><li>allow a reasonable time for a reply;</li></ol></li>\n"
        "<li>respect the officer's advice.</li></ol>\n<p>2. Officers will:</p>\n"
        "<ul><li>in meetings:<ul><li>give impartial advice;</li><li>record decisions accurately;</li></ul></li>\n"
        "<li>outside meetings:<ul><li>answer enquiries promptly.</li></ul></li></ul>\n"
        "<p>3. The Clerk will review this protocol every year.</p>\n</main></body></html>\n")


def _docx(path):
    import docx

    d = docx.Document()
    d.add_heading("Member and Officer Protocol", 1)
    d.add_paragraph("1. Councillors should:")
    for text, style in [("treat officers with courtesy;", "List Number 2"), ("when making requests:", "List Number 2"),
                        ("send them to the right officer;", "List Number 3"),
                        ("allow a reasonable time for a reply;", "List Number 3"),
                        ("respect the officer's advice.", "List Number 2")]:
        d.add_paragraph(text, style=style)
    d.add_paragraph("2. Officers will:")
    for text, style in [("in meetings:", "List Bullet"), ("give impartial advice;", "List Bullet 2"),
                        ("record decisions accurately;", "List Bullet 2"), ("outside meetings:", "List Bullet"),
                        ("answer enquiries promptly.", "List Bullet 2")]:
        d.add_paragraph(text, style=style)
    d.add_paragraph("3. The Clerk will review this protocol every year.")
    d.save(str(path))


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
def test_an_item_after_a_sublist_goes_back_to_its_own_lead_in(tmp_path, fmt):
    path = tmp_path / f"nested.{fmt}"
    if fmt == "docx":
        _docx(path)
    else:
        path.write_text(TEXT if fmt == "txt" else HTML, encoding="utf-8")
    doc = segment(read(path))
    by_text = {c.text: c for c in doc.clauses}
    assert by_text["send them to the right officer;"].lead_in == "Councillors should: when making requests:"
    assert by_text["respect the officer's advice."].lead_in == "Councillors should:"
    assert by_text["treat officers with courtesy;"].parent == by_text["respect the officer's advice."].parent
    assert by_text["record decisions accurately;"].lead_in == "Officers will: in meetings:"
    assert by_text["answer enquiries promptly."].lead_in == "Officers will: outside meetings:"
    assert by_text["The Clerk will review this protocol every year."].lead_in is None
    if fmt == "txt":
        assert [by_text[t].clause_id for t in ("treat officers with courtesy;", "send them to the right officer;",
                                               "respect the officer's advice.")] == ["1.a", "1.b.i", "1.c"]


def test_a_letter_i_after_h_is_the_next_item_not_a_sublist(seg):
    doc = seg("Standing Orders\n\n18. Staff\n"
              "g) The Clerk manages the staff.\n"
              "h) Councillors shall not discuss an employee's performance in public.\n"
              "i) Only the Staffing Committee may see personnel files.\n")
    ids = {c.text: c.clause_id for c in doc.clauses}
    assert ids["Only the Staffing Committee may see personnel files."] == "18.i"


def test_a_lead_in_whose_list_never_comes_is_kept_and_bare_labels_are_furniture(seg):
    doc = seg("Member Officer Protocol\n\n1. Councillors should contact the Clerk first.\n\n"
              "Complaint form\n\nPlease give your details below.\nName:\nEmail:\nTelephone:\n\n"
              "2. The Clerk will reply within ten working days.\n")
    texts = [c.text for c in doc.clauses]
    assert "2. The Clerk will reply within ten working days." not in texts  # its number is a number
    assert "The Clerk will reply within ten working days." in texts
    assert {f.text for f in doc.furniture if f.reason == "form field label"} == {"Name:", "Email:", "Telephone:"}
    # nothing lost: every non-blank line is a clause, a heading or furniture (a lead-in must show in a clause)
    clause_words = " ".join(texts + [c.lead_in or "" for c in doc.clauses])
    for t in doc.trace:
        if t.dest == "lead-in":
            assert t.text.rstrip(":") in clause_words or t.text in clause_words


def test_a_lead_in_over_nothing_is_a_clause_and_a_lone_label_over_nothing_is_furniture(seg):
    doc = seg("Member Officer Protocol\n\nCouncillors should:\n\u2022 in meetings:\n\n"
              "Working with the Clerk\n\nThe Clerk will advise the Council as a whole.\n\nShare this:\n"
              "\u2022 Facebook\n")
    texts = [c.text for c in doc.clauses]
    assert "Councillors should:" in texts or "in meetings:" in texts
    assert "The Clerk will advise the Council as a whole." in texts
    for t in doc.trace:  # no lead-in line is left out of every clause
        if t.dest == "lead-in":
            assert any(t.text.lstrip("\u2022 ") in (c.lead_in or "") + c.text for c in doc.clauses)


def test_many_sibling_lead_ins_stay_linear(seg):
    text = "Member Officer Protocol\n\nOfficers will:\n" + "".join(f"\u2022 in setting {k}:\n" for k in range(1500)) \
        + "\u2022 reply within a week\n"
    start = time.perf_counter()
    doc = seg(text)
    assert time.perf_counter() - start < 20
    assert {c.text: c.lead_in for c in doc.clauses}["reply within a week"] == "Officers will: in setting 1499:"


def test_a_tab_separated_can_expect_table_is_one_row_a_line_under_its_column_lead_ins(seg):
    doc = seg("Protocol\n\nC5. The table sets out what each side can expect.\n\n"
              "The Leader and Cabinet Members can expect officers to:\tOfficers can expect the Leader and Cabinet to:\n"
              "give impartial advice, even when it is unwelcome\trespect the neutrality of officers\n"
              "answer requests within the agreed time\tallow reasonable time for reports\n"
              "keep confidences\tnot criticise officers in public\n\nC6. Both sides will keep this table under review.\n")
    cells = {c.text: c for c in doc.clauses if c.kind == "cell"}
    assert set(cells) == {"give impartial advice, even when it is unwelcome", "respect the neutrality of officers",
                          "answer requests within the agreed time", "allow reasonable time for reports",
                          "keep confidences", "not criticise officers in public"}
    assert cells["keep confidences"].lead_in == "The Leader and Cabinet Members can expect officers to:"
    assert cells["not criticise officers in public"].lead_in == "Officers can expect the Leader and Cabinet to:"


def test_an_actions_table_in_minutes_is_no_document_control(seg):
    doc = seg("Staffing Committee minutes\n\n12. The Committee agreed the actions below.\n\n"
              "| Minute | Action | Owner |\n|---|---|---|\n"
              "| 12(a) | Write to councillors about contact with staff | Town Clerk |\n"
              "| 12(b) | Brief the staff on declining instructions | Deputy Town Clerk |\n", suffix=".md")
    texts = [c.text for c in doc.clauses]
    assert "Write to councillors about contact with staff" in texts and "Deputy Town Clerk" in texts
    assert not any(f.reason == "document control" for f in doc.furniture)


def test_a_statistics_table_is_data_and_a_contents_table_is_not(seg):
    doc = seg("Annual report\n\n2.1 The table shows the complaints received.\n\n"
              "Type of complaint\tReceived\tResolved informally\tInvestigated\n"
              "Conduct towards officers\t6\t3\t2\n"
              "Social media\t4\t1\t1\n"
              "Total\t10\t4\t3\n\n2.2 Most complaints were resolved informally.\n")
    numbers = [c.text for c in doc.clauses if c.kind == "cell"]
    assert sorted(numbers, key=int) == sorted(["6", "3", "2", "4", "1", "1", "10", "4", "3"], key=int)
    assert not any(f.reason == "table of contents" for f in doc.furniture)
    doc = seg("Protocol\n\nContents\n\nIntroduction\t2\nRoles\t3\nConcerns\t5\n\n1. Introduction\n"
              "1.1 This protocol guides councillors and officers.\n")
    assert [c.text for c in doc.clauses] == ["This protocol guides councillors and officers."]


def test_a_jump_back_to_the_contents_is_a_navigation_link(seg):
    doc = seg("# Charter\n\n1. Councillors will attend induction.\n\n[Back to contents](#contents)\n\n"
              "2. Officers will offer briefings.\n\nBack to top\n", suffix=".md")
    assert [c.text for c in doc.clauses] == ["Councillors will attend induction.", "Officers will offer briefings."]
    assert len(doc.furniture) == 2  # (a "page widget" or a "navigation link")


def test_a_list_item_cut_mid_phrase_by_a_page_break_goes_on_after_the_footer(seg):
    doc = seg("Standing Orders\n\n18. Staff\n\n"
              "     d)   The Clerk shall tell the chair of the Staffing Committee about any absence that lasts longer\n"
              "          than\n\n\nPollingbrook Town Council - Standing Orders                  Page 4 of 9\n\n"
              "          five working days.\n\n     e)   The chair shall carry out the Clerk's appraisal.\n\n\n"
              "Pollingbrook Town Council - Standing Orders                  Page 5 of 9\n")
    texts = [c.text for c in doc.clauses]
    assert "The Clerk shall tell the chair of the Staffing Committee about any absence that lasts longer than five " \
           "working days." in texts


def test_numbered_lead_ins_under_a_bare_lead_in_keep_it(seg):
    # adversarial review 20: "Councillors must not:" had been split off as a clause of its own, and the items of "2."
    # read as instructions
    doc = seg("Member Officer Protocol\n\n2. Conduct\n\nCouncillors must not:\n1. when speaking to the press:\n"
              "2. when writing to officers:\n   a) use offensive language;\n   b) make threats.\n\n3. Complaints\n\n"
              "The Clerk will keep a record of complaints.\n")
    by_text = {c.text: c for c in doc.clauses}
    assert "Councillors must not:" not in by_text
    assert by_text["make threats."].lead_in == "Councillors must not: when writing to officers:"
    assert by_text["when speaking to the press:"].lead_in == "Councillors must not:"
    assert all(c.parent != c.clause_id for c in doc.clauses)


def test_labels_over_the_paragraph_they_name_are_no_form(seg):
    doc = seg("Member Officer Protocol\n\n1. Introduction\n\nThis protocol sets out how councillors and officers work "
              "together.\n\n2. Exceptions\n\nSome requests may go straight to the Chief Executive.\n\nExceptions:\n"
              "Emergencies:\nElection periods:\nIn these cases the Chief Executive decides.\n")
    assert not [f for f in doc.furniture if f.reason == "form field label"]
    words = " ".join(c.text + " " + (c.lead_in or "") for c in doc.clauses)
    assert all(w in words for w in ("Exceptions:", "Emergencies:", "Election periods:"))


def test_a_long_chain_of_lead_ins_with_nothing_under_them_stays_linear(seg):
    text = "Protocol\n\n" + "".join(f"Councillors should consider the following in case {k}:\n\u2022 one:\n"
                                    for k in range(6000)) + "The end of the list.\n"
    start = time.perf_counter()
    doc = seg(text)
    assert time.perf_counter() - start < 30
    cases = {f"case {k}:" for k in range(6000)}  # each lead-in printed, or shown in the lead-in of a list under it
    shown = {m for c in doc.clauses for m in re.findall(r"case \d+:", c.text + " " + (c.lead_in or ""))}
    assert shown == cases
