"""Shapes from the b234–b238 first runs: a grid table drawn in text whose wrapped lines all hold words in the first
column, a resolution wrapped after "Appendix", a labelled report paragraph and a lettered item that go on over a page's
foot and head, "(Section" / "151 Officer)" wrapped at its number, a version number in a copy-status footer, and minutes
whose title is wrapped at the day of its date and whose attendance list wraps inside and after its notes."""

from __future__ import annotations

GRID = ("+----------------------+--------------------------+\n"
        "| Concern              | First raise with         |\n"
        "+======================+==========================+\n"
        "| Advice that comes    | Raise it with the        |\n"
        "| late or is missing   | Director, who will reply |\n"
        "|                      | within five days.        |\n"
        "+----------------------+--------------------------+\n"
        "| Conduct of an        | Raise it in confidence   |\n"
        "| officer              | with their manager.      |\n"
        "+----------------------+--------------------------+\n")


def test_a_grid_tables_wrapped_lines_are_one_row_whatever_the_first_column_holds(seg):
    doc = seg("4.1 The table shows where to go.\n\n" + GRID + "\n4.2 Officers may ask for advice.\n")
    assert [c.text for c in doc.clauses] == [
        "The table shows where to go.", "Raise it with the Director, who will reply within five days.",
        "Raise it in confidence with their manager.", "Officers may ask for advice."]


def test_a_resolution_wrapped_after_appendix_is_its_clause(seg):
    doc = seg("2. RECOMMENDATIONS\n\n2.1   That Cabinet recommends to Council that the revised Protocol at Appendix\n"
              "      A be adopted with effect from 1 October 2026.\n\n2.2   That the report be noted.\n")
    got = {c.clause_id: c.text for c in doc.clauses}
    assert got["2.1"].endswith("at Appendix A be adopted with effect from 1 October 2026.")
    assert not doc.furniture


def test_a_labelled_paragraph_and_a_lettered_item_go_on_over_a_page_break(seg):
    doc = seg("8.2   Legal: Section 2 of the Parish Councils Act 1957 gives the Council\n\n"
              "Report R/26/4                                  Page 3 of 5\n"
              "Anyshire Council - Cabinet - Report R/26/4\n\n"
              "      power to maintain the bus shelters it owns in the parish.\n\n"
              "8.3   Members may ask for:\n\n"
              "      (a)   any document held by the Council that relates to business to be\n"
              "            dealt with at a public\n\n"
              "Report R/26/4                                  Page 4 of 5\n"
              "Anyshire Council - Cabinet - Report R/26/4\n\n"
              "            meeting of the Cabinet, once the agenda is out;\n\n"
              "      (b)   the minutes of any committee.\n")
    got = {c.clause_id: c.text for c in doc.clauses}
    assert got["8.2"].endswith("gives the Council power to maintain the bus shelters it owns in the parish.")
    assert got["8.3.a"].endswith("at a public meeting of the Cabinet, once the agenda is out;")
    assert set(got) == {"8.2", "8.3.a", "8.3.b"}


def test_a_reference_wrapped_at_its_number_is_no_point(seg):
    doc = seg("11. Some officers have statutory duties: the Monitoring Officer and the Chief Finance Officer (Section\n"
              "151 Officer), who reports on the Council's finances.\n\n"
              "12. The Head of Democratic Services supports councillors.\n")
    assert [c.clause_id for c in doc.clauses] == ["11", "12"]
    assert "(Section 151 Officer)" in doc.clauses[0].text


def test_a_copy_status_line_with_a_version_number_is_furniture(seg):
    doc = seg("## 7. Review\n\n**7.1** This policy will be reviewed every two years.\n\n---\n\n"
              "*ATC/POL/9 Media Policy v2.1 - uncontrolled when printed*\n", ".md")
    assert [c.text for c in doc.clauses] == ["This policy will be reviewed every two years."]
    assert [f.reason for f in doc.furniture if "uncontrolled" in f.text] == ["copy status"]


def test_a_minutes_title_wrapped_at_its_date_and_a_wrapped_attendance_list_are_records(seg):
    doc = seg("MINUTES of the meeting of the Personnel Committee held on Monday\n"
              "3 March 2025 at 7.00 pm in the Council Chamber, Town Hall,\nNorthby\n\n"
              "PRESENT:     Councillor A. Brook (Chair)\n"
              "             Councillors B. Carr, D. Eng and\n"
              "             F. Gill and H. Ives (substitute for Councillor\n"
              "             J. Kaye)\n\n"
              "ADVISERS (non-voting):  Mr L. Moss and Mrs N. Orr\n\n"
              "OFFICERS:    P. Quinn (Town Clerk), R. Shaw\n"
              "             (Deputy Clerk) for minute 12 only, and T. Vale\n\n"
              "ALSO PRESENT: Councillor W. Yates for minute 13\n"
              "             only, accompanied by Councillor Z. Abel\n\n"
              "12.  STAFFING\n\n"
              "     The Committee agreed that councillors must not give the Clerk instructions.\n")
    assert [c.text for c in doc.clauses] == ["The Committee agreed that councillors must not give the Clerk instructions."]
    assert all("3 March 2025" not in c.text for c in doc.clauses)


def test_a_sentence_beside_a_note_opening_its_line_stays_a_clause(seg):
    doc = seg("PRESENT: Councillor A. Brook (Chair)\n"
              "(the Clerk took the minutes) and councillors must keep them confidential.\n")
    assert any("must keep them confidential" in c.text for c in doc.clauses)
