"""Shapes from the b152–b159 first runs: each is furniture, a heading or text as a reader takes it, and the
rules beside them stay clauses."""

from __future__ import annotations

from pipeline.ingest.complete import CUT_OFF


def test_a_heading_that_ends_on_a_verbs_preposition_is_a_heading_and_a_cut_line_is_not(seg):
    # b157's parish procedure: "While a complaint is being dealt with" heads its paragraphs 27-29
    doc = seg("26. The councillor complained about must take no part in that item.\n\n"
              "While a complaint is being dealt with\n\n"
              "27. Councillors should not discuss a complaint made about them at meetings.\n\n"
              "Officers will work with\n\n"
              "28. The Clerk will keep a record of every complaint.\n", ".txt")
    texts = [c.text for c in doc.clauses]
    assert "While a complaint is being dealt with" not in texts
    assert [c.section[-1] for c in doc.clauses if c.clause_id == "27"] == ["While a complaint is being dealt with"]
    assert "Officers will work with" in texts


def _reasons(doc) -> dict[str, str]:
    return {f.text.strip(): f.reason for f in doc.furniture}


def test_a_transcripts_speaker_lines_and_recording_notes_are_furniture_and_its_answers_stay(seg):
    # b154's webinar transcript
    doc = seg("[12:33] Alasdair Moffat (Monitoring Officer)\n"
              "You can contact the officer directly for information, but log any request for work.\n\n"
              "14:02 Cllr Shona Kerr:\nAnd what if nobody answers?\n\n"
              "[Recording ends 13:29]\n\n"
              "10.12 Staffing matters are for the Staffing Committee alone.\n")
    reasons = _reasons(doc)
    assert reasons["[12:33] Alasdair Moffat (Monitoring Officer)"] == "speaker line"
    assert reasons["14:02 Cllr Shona Kerr:"] == "speaker line"
    assert reasons["[Recording ends 13:29]"] == "editorial note"
    texts = [c.text for c in doc.clauses]
    assert "You can contact the officer directly for information, but log any request for work." in texts
    assert "Staffing matters are for the Staffing Committee alone." in texts


def test_minutes_attendance_by_post_a_wikis_edit_stamp_a_marking_and_a_form_are_furniture(seg):
    doc = seg("OFFICERS: Chief Executive (Mr N. Calloway), Director of Resources (Ms A. Rigby),\n"
              "Monitoring Officer (Mrs S. Pemberton), Democratic Services Manager (Mr J. Hoyle)\n\n"
              "1. The Monitoring Officer (Mr J. Hoyle) must be told of any complaint.\n\n"
              "2. Councillors must return the form to the Clerk within 28 days.\n\n"
              "OFFICIAL – for elected members and officers of Strathkellan Council\n\n"
              "This page was last edited on 4 February 2026, at 10:12.\n\n"
              "I have received and read the Hollowcombe Town Council Member/Officer Protocol.\n"
              "Councillor / Employee (delete as appropriate)\n\n"
              "Please return this form to the Town Clerk.\n\n"
              "3. I have read the Protocol and I agree to follow it.\n")
    reasons = _reasons(doc)
    assert reasons["OFFICERS: Chief Executive (Mr N. Calloway), Director of Resources (Ms A. Rigby),"] == "attendance list"
    assert reasons["OFFICIAL – for elected members and officers of Strathkellan Council"] == "security marking"
    assert reasons["This page was last edited on 4 February 2026, at 10:12."] == "page updated"
    assert reasons["Please return this form to the Town Clerk."] == "form"
    assert reasons["I have received and read the Hollowcombe Town Council Member/Officer Protocol."] == "form"
    assert [c.text for c in doc.clauses] == ["The Monitoring Officer (Mr J. Hoyle) must be told of any complaint.",
                                             "Councillors must return the form to the Clerk within 28 days.",
                                             "I have read the Protocol and I agree to follow it."]


def test_welsh_and_english_signature_lines_a_language_statement_and_a_copyright_note_are_furniture(seg):
    doc = seg("1. Councillors must treat the Clerk with courtesy.\n\n"
              "Rydym yn croesawu gohebiaeth yn Gymraeg a byddwn yn ymateb yn Gymraeg heb oedi.\n\n"
              "Llofnodwyd ar ran y Cyngor | Signed on behalf of the Council\n"
              "Cyng. Eurgain Prys, Cadeirydd | Cllr Eurgain Prys, Chair\n\n"
              "© Harbottle Governance Associates Ltd 2027. Prepared for Cadmoor Metropolitan Borough Council and "
              "published with its agreement.\n\n"
              "DRAFT – to be approved at the next meeting of the Council\n")
    assert [c.text for c in doc.clauses] == ["Councillors must treat the Clerk with courtesy."]


def test_a_grid_table_drawn_in_text_gives_its_rows_with_their_wrapped_lines(seg):
    # b155's cabinet report (a border between every two rows) and b159's version history (borders round the header)
    doc = seg("Table 1: Proposed response times\n\n"
              "+------------------+---------------------------------------+\n"
              "| Stage            | Standard                              |\n"
              "+------------------+---------------------------------------+\n"
              "| Acknowledgement  | Within 2 working days, sent by the    |\n"
              "|                  | system and naming the officer.        |\n"
              "+------------------+---------------------------------------+\n"
              "| Closing a case   | Only once the full response has been  |\n"
              "|                  | sent; the councillor may reopen it.   |\n"
              "+------------------+---------------------------------------+\n\n"
              "1. Officers will reply to councillors promptly.\n")
    texts = [c.text for c in doc.clauses]
    assert "Within 2 working days, sent by the system and naming the officer." in texts
    assert "Only once the full response has been sent; the councillor may reopen it." in texts
    assert not any("|" in t for t in texts)
    doc = seg("Document control\n"
              "+---------+------------------+--------------------------------+\n"
              "| Version | Date             | Change                         |\n"
              "+---------+------------------+--------------------------------+\n"
              "| 1.0     | 14 March 2017    | First version adopted          |\n"
              "| 1.1     | 9 May 2019       | Paragraph 7 updated after the  |\n"
              "|         |                  | restructure of Democratic      |\n"
              "|         |                  | Services                       |\n"
              "+---------+------------------+--------------------------------+\n\n"
              "1. INTRODUCTION\n\n1.1 This Protocol guides Members and officers in their dealings.\n\n"
              "--- End of Section 5C ---\n")
    assert [c.text for c in doc.clauses] == ["This Protocol guides Members and officers in their dealings."]
    assert CUT_OFF not in doc.warnings


def test_a_numbered_paragraph_cut_by_a_page_foot_goes_on_after_the_page_head(seg):
    # b153's district protocol
    doc = seg("7.    The Chief Executive is the Head of Paid Service.\n\n"
              "8.    The Monitoring Officer must report to Council if any proposal, decision\n\n"
              "                                   Page 1 of 4\n\f\n"
              "Ashcombe Vale District Council Constitution       Part 5(C) Member/Officer Protocol\n\n"
              "      or omission would be unlawful or would amount to maladministration.\n\n"
              "9.    Officers must give impartial advice.\n\n"
              "                                   Page 2 of 4\n\f\n"
              "Ashcombe Vale District Council Constitution       Part 5(C) Member/Officer Protocol\n")
    assert {c.clause_id: c.text for c in doc.clauses}["8"] == (
        "The Monitoring Officer must report to Council if any proposal, decision or omission would be unlawful or would "
        "amount to maladministration.")


def test_a_web_table_of_numbered_paragraphs_with_a_header_titles_and_a_list_in_a_cell(seg):
    # b159's district protocol laid out as Section | Text
    doc = seg("<html><body><table><thead><tr><th>Section</th><th>Text</th></tr></thead><tbody>"
              "<tr><td colspan='2'>1. Purpose and scope</td></tr>"
              "<tr><td>1.1</td><td>This protocol describes how members and officers work together.</td></tr>"
              "<tr><td>1.2</td><td>It applies to all members and employees of the Council.</td></tr>"
              "<tr><td></td><td>Abuse or intimidation will not be tolerated from either side.</td></tr>"
              "<tr><td colspan='2'>2. Political work</td></tr>"
              "<tr><td>2.1</td><td><p>Officers work for the Council. Officers supporting a Cabinet member will not:</p>"
              "<ul><li>write speeches for party purposes;</li><li>attend party events in an official capacity.</li>"
              "</ul></td></tr></tbody></table></body></html>", ".html")
    texts = [c.text for c in doc.clauses]
    assert "This protocol describes how members and officers work together." in texts
    assert "Abuse or intimidation will not be tolerated from either side." in texts
    assert "write speeches for party purposes;" in texts and "attend party events in an official capacity." in texts
    assert not any(t in ("1.1", "1.2", "2.1", "Section", "1. Purpose and scope") for t in texts)


def _pdf_table(tmp_path, rows, widths):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    path = tmp_path / "table.pdf"
    table = Table([[Paragraph(c, style) for c in row] for row in rows], colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Protocol", style), table])
    return path


def test_a_pdf_cells_lead_in_and_lettered_items_are_clauses_under_it(tmp_path):
    # b158's "No. | Provision" table, row 14
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    from test_nothing_lost import _check_accounted

    path = _pdf_table(tmp_path, [
        ["No.", "Provision"],
        ["13", "Officers are employed by the Council as a whole and serve every member equally."],
        ["14", "Officers must be, and be seen to be, politically impartial. In giving advice they will:<br/>"
               "(a) set out the options fairly, with their advantages and risks;<br/>"
               "(b) give their honest professional view, even where it is unwelcome; and<br/>"
               "(c) not let personal or political opinions shape their recommendations."]], [50, 420])
    raw = read(path)
    doc = segment(raw)
    got = {c.text: c.lead_in for c in doc.clauses}
    assert got["Officers must be, and be seen to be, politically impartial."] is None
    assert got["set out the options fairly, with their advantages and risks;"] == "In giving advice they will:"
    assert got["not let personal or political opinions shape their recommendations."] == "In giving advice they will:"
    assert "In giving advice they will:" not in got
    _check_accounted(raw, doc)


def test_a_short_pdf_cell_whose_words_a_long_neighbour_holds_far_apart_is_no_garbled_copy(tmp_path):
    # b155's action plan: the lead cell "Leader of the Council and Chief Executive" beside the commentary
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    path = _pdf_table(tmp_path, [
        ["Action", "Lead", "Commentary"],
        ["End direct instructions to officers.", "Leader of the Council and Chief Executive",
         "The Leader wrote to all Cabinet Members in October confirming that they must not give instructions to staff. "
         "Two instances were reported to the Chief Executive in the quarter and were dealt with by the Leader, and "
         "the council will report again."]], [120, 110, 240])
    doc = segment(read(path))
    assert "Leader of the Council and Chief Executive" in [c.text for c in doc.clauses]
    assert not any(f.reason.startswith("garbled") for f in doc.furniture)


def test_a_sentence_that_names_its_members_on_the_next_line_keeps_them(seg):
    # b146's scrutiny review: the wrapped line of names was taken for an attendance list
    doc = seg("1.3   The Group met six times between September and December 2026. Its members were\n"
              "      Councillors Tregarthen (Chair), Bolitho, Hussain, Pascoe and Webber.\n\n"
              "1.4   The Group reported to the Cabinet.\n\n"
              "Present: Councillors Abbott (Chair), Grant, Harrow and Hussain.\n")
    assert {c.clause_id: c.text for c in doc.clauses}["1.3"].endswith("Its members were Councillors Tregarthen (Chair), "
                                                                      "Bolitho, Hussain, Pascoe and Webber.")
    assert "Present: Councillors Abbott (Chair), Grant, Harrow and Hussain." in {f.text.strip() for f in doc.furniture}


def test_a_line_that_carries_on_a_sentence_is_never_whole_line_furniture(seg):
    # adversarial review 35: the new furniture patterns took a wrapped paragraph's middle line
    doc = seg("1.4 All contracts over £5,000 must be\nsigned on behalf of the Council\nby two councillors and the Clerk.\n\n"
              "1.5 If a councillor has a concern about an officer, they should raise it with\n"
              "the Chief Executive (Mr N. Calloway), or the Monitoring Officer (Ms A. Rigby)\n"
              "in the first instance and never in public.\n\n"
              "1.6 A councillor who wishes to claim allowances must complete the claim and\n"
              "send the completed form to the Finance Officer\nwithin two months of the meeting.\n\n"
              "1.7 Return the completed form to the Clerk before 1 April each year.\n\n"
              "1.8 Draft minutes to be approved by the Chair within five working days.\n\n"
              "1.9 Requests for information must be complied with\n\n"
              "1.10 Officers give impartial advice to all councillors.\n")
    got = {c.clause_id: c.text for c in doc.clauses}
    assert got["1.4"] == "All contracts over £5,000 must be signed on behalf of the Council by two councillors and the Clerk."
    assert got["1.5"].endswith("with the Chief Executive (Mr N. Calloway), or the Monitoring Officer (Ms A. Rigby) in the "
                               "first instance and never in public.")
    assert got["1.6"].endswith("and send the completed form to the Finance Officer within two months of the meeting.")
    assert got["1.7"] == "Return the completed form to the Clerk before 1 April each year."
    assert got["1.8"] == "Draft minutes to be approved by the Chair within five working days."
    assert got["1.9"] == "Requests for information must be complied with"
    assert not doc.furniture


def test_a_grid_tables_rows_stay_apart_where_a_border_stands_only_under_the_header_and_above_a_total(seg):
    # adversarial review 35: a border above a total row made the whole body one row
    doc = seg("+--------------+--------------------------------------------+\n"
              "| Channel      | Rule                                       |\n"
              "+--------------+--------------------------------------------+\n"
              "| Letters      | Officers must reply within ten working days. |\n"
              "| Emails       | Officers must acknowledge within two days. |\n"
              "| Phone calls  | Officers should return calls the same day. |\n"
              "+--------------+--------------------------------------------+\n"
              "| Complaints   | The Monitoring Officer must be told at once. |\n"
              "+--------------+--------------------------------------------+\n")
    assert [c.text for c in doc.clauses] == ["Officers must reply within ten working days.",
                                             "Officers must acknowledge within two days.",
                                             "Officers should return calls the same day.",
                                             "The Monitoring Officer must be told at once."]


def test_a_web_tables_merged_numbered_row_is_a_paragraph_and_a_numbered_header_row_is_kept(seg):
    doc = seg("<html><body><table><tr><th>1.</th><th>Councillors must be polite.</th></tr>"
              "<tr><td>2.</td><td>Officers give impartial advice to all councillors.</td></tr>"
              "<tr><td>3.</td><td>The Clerk answers enquiries within five working days.</td></tr>"
              "<tr><td colspan='2'>4. Officers must keep confidences at every meeting.</td></tr>"
              "</table></body></html>", ".html")
    assert [(c.clause_id, c.text) for c in doc.clauses] == [
        ("1", "Councillors must be polite."), ("2", "Officers give impartial advice to all councillors."),
        ("3", "The Clerk answers enquiries within five working days."),
        ("4", "Officers must keep confidences at every meeting.")]


def test_a_cells_items_stop_at_the_last_items_sentence_and_at_a_marker_out_of_order(seg):
    # adversarial review 35: a sentence after the items, and a "(c)" after "i)" "ii)", went into the last item
    doc = seg("<html><body><table><tr><th>Area</th><th>Rule</th></tr>"
              "<tr><td>Advice</td><td>Officers must be impartial. In giving advice they will:<br>(a) set out the options "
              "fairly;<br>(b) give their honest view. Councillors must not press them to change that view.</td></tr>"
              "<tr><td>Cases</td><td>The Clerk must act in these cases:<br>(i) when a councillor asks for advice;<br>"
              "(ii) when a complaint is made.<br>(c) Officers must record every request in writing.</td></tr>"
              "</table></body></html>", ".html")
    got = {c.text: c.lead_in for c in doc.clauses}
    assert got["give their honest view."] == "In giving advice they will:"
    assert got["Councillors must not press them to change that view."] is None
    assert got["when a complaint is made."] == "The Clerk must act in these cases:"
    assert not any(t.startswith("when a complaint is made.") and "record" in t for t in got)


def test_round_33_first_run_shapes_stay_text_or_become_furniture(seg):
    # b160-b163's first run: a letter's sentence that opens "I have read the report" lost its first line as a form's
    # receipt; a newsletter's pointer, a clerk's name with her address, a Welsh version's note and a document owner
    # before "printed copies are uncontrolled" stood as clauses
    doc = seg("1. Introduction\n\n"
              "I have read the report carefully, and so have the Leader of the Council\n"
              "and the leaders of both opposition groups.\n\n"
              "Continued overleaf: Allotment news and dates for your diary\n\n"
              "Mrs J. Pennock, Clerk to the Council, The Old School Room, Church Lane, Little Ashcombe\n\n"
              "Welsh version available from the Clerk / Mae fersiwn Gymraeg ar gael gan y Clerc\n\n"
              "Document owner: Legal and Democratic Services. Printed copies of this document are uncontrolled.\n\n"
              "2. Mrs J. Pennock, Clerk to the Council, must be told of any complaint.\n")
    assert [c.text for c in doc.clauses] == [
        "I have read the report carefully, and so have the Leader of the Council and the leaders of both opposition "
        "groups.", "Mrs J. Pennock, Clerk to the Council, must be told of any complaint."]
    # (an address goes on in capitals: minutes' "Cllr Farrant, Chair of the Standards Committee, introduced the report
    # and said that the working group" is a sentence)
    doc = seg("24.3 Cllr Farrant, Chair of the Standards Committee, introduced the report and said that the working group\n"
              "had met four times.\n")
    assert [c.text for c in doc.clauses] == ["Cllr Farrant, Chair of the Standards Committee, introduced the report and "
                                             "said that the working group had met four times."]
