"""Shapes from the b234–b238 first runs: a grid table drawn in text whose wrapped lines all hold words in the first
column, a resolution wrapped after "Appendix", a labelled report paragraph and a lettered item that go on over a page's
foot and head, "(Section" / "151 Officer)" wrapped at its number, a version number in a copy-status footer, and minutes
whose title is wrapped at the day of its date and whose attendance list wraps inside and after its notes."""

from __future__ import annotations

GRID = ("+----------------------+--------------------------+-----------------------+\n"
        "| Concern              | First raise with         | If not resolved       |\n"
        "+======================+==========================+=======================+\n"
        "| Advice that comes    | Raise it with the        | Refer it to the Chief |\n"
        "| late or is missing   | Director, who will reply | Executive.            |\n"
        "|                      | within five days.        |                       |\n"
        "+----------------------+--------------------------+-----------------------+\n"
        "| Conduct of an        | Raise it in confidence   | Ask the Monitoring    |\n"
        "| officer              | with their manager.      | Officer for advice.   |\n"
        "+----------------------+--------------------------+-----------------------+\n")


def test_a_grid_tables_wrapped_lines_are_one_row_whatever_the_first_column_holds(seg):
    doc = seg("4.1 The table shows where to go.\n\n" + GRID + "\n4.2 Officers may ask for advice.\n")
    assert [c.text for c in doc.clauses] == [
        "The table shows where to go.", "Raise it with the Director, who will reply within five days.",
        "Refer it to the Chief Executive.", "Raise it in confidence with their manager.",
        "Ask the Monitoring Officer for advice.", "Officers may ask for advice."]


def test_a_resolution_wrapped_after_appendix_is_its_clause(seg):
    doc = seg("2. RECOMMENDATIONS\n\n2.1   That Cabinet recommends to Council that the revised Protocol at Appendix\n"
              "      A be adopted with effect from 1 October 2026.\n\n2.2   That the report be noted.\n")
    got = {c.clause_id: c.text for c in doc.clauses}
    assert got["2.1"].endswith("at Appendix A be adopted with effect from 1 October 2026.")
    assert not doc.furniture


def test_a_labelled_paragraph_goes_on_over_a_page_break_and_a_list_item_does_not(seg):
    doc = seg("8.2   Legal: Section 2 of the Parish Councils Act 1957 gives the Council\n\n"
              "Report R/26/4                                  Page 3 of 5\n"
              "Anyshire Council - Cabinet - Report R/26/4\n\n"
              "      power to maintain the bus shelters it owns in the parish.\n\n"
              "8.3   Councillors must not:\n\n"
              "      (a)   ask officers to carry out work for a political group or party\n\n"
              "Report R/26/4                                  Page 4 of 5\n"
              "Anyshire Council - Cabinet - Report R/26/4\n\n"
              "      unless the Chief Executive has agreed to it in advance.\n\n"
              "8.4   The minutes of any committee are public.\n")
    got = {c.clause_id: c.text for c in doc.clauses}
    assert got["8.2"].endswith("gives the Council power to maintain the bus shelters it owns in the parish.")
    # (the exception after a page break qualifies the whole list, not its item (a): adversarial review 52)
    assert got["8.3.a"] == "ask officers to carry out work for a political group or party"


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


def test_a_number_that_starts_a_sentence_after_a_reference_word_is_the_next_point(seg):
    # adversarial review 52: point 5 was swallowed into the item above it, which ends on "Regulations"
    doc = seg("4 Councillors must not instruct officers. In particular councillors must not:\n"
              "(a) ask an officer to do work outside the Council's policies\n"
              "(b) ask an officer to buy goods or services outside the Financial Regulations\n"
              "5 Councillors must treat officers with courtesy and respect.\n")
    assert [c.clause_id for c in doc.clauses] == ["4", "4.a", "4.b", "5"]


def test_numbered_rules_about_minutes_are_no_meeting_record(seg):
    doc = seg("9.3 Minutes of the meeting of the Standards Committee held on 5 June 2024 to consider a complaint about a "
              "councillor are exempt from publication.\n\n"
              "9.4 Approved minutes of the meeting of the Council held on 12 May 2025 record the adoption of this "
              "protocol.\n")
    assert [c.clause_id for c in doc.clauses] == ["9.3", "9.4"]


def test_a_grids_separate_rows_stay_apart_beside_a_wrapped_cell(seg):
    doc = seg("+------------------+------------------------------+\n"
              "| Matter           | Who deals with it            |\n"
              "+==================+==============================+\n"
              "| Late advice      | The Director                 |\n"
              "| Missing papers   | The Clerk, who will reply    |\n"
              "|                  | within five days.            |\n"
              "| Rudeness         | The officer's line manager   |\n"
              "+------------------+------------------------------+\n"
              "| Code of Conduct  | The Monitoring Officer       |\n"
              "+------------------+------------------------------+\n")
    assert [c.text for c in doc.clauses] == ["The Director", "The Clerk, who will reply within five days.",
                                             "The officer's line manager", "The Monitoring Officer"]


def test_a_two_column_table_of_complaints_keeps_its_rules(seg):
    doc = seg("| Complaint | Notes |\n|---|---|\n"
              "| Anonymous complaints are considered only in exceptional circumstances | See paragraph 7.4 |\n"
              "| Complaints made more than three months after the event are rejected | Unless there is good reason |\n",
              ".md")
    texts = [c.text for c in doc.clauses]
    assert "Anonymous complaints are considered only in exceptional circumstances" in texts
    assert "Complaints made more than three months after the event are rejected" in texts
