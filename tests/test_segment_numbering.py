"""Numbering schemes, bullets, lead-ins and headings on small fixtures."""

from conftest import by_id


def test_decimal_numbering_and_trailing_dots(seg):
    doc = seg("1. Purpose\n\n1.1 Officers advise.\n\n1.2. Members decide.\n\n2.2.3 Chairs lead.\n\n4.1. Staff serve.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "2.2.3", "4.1"]
    assert doc.clauses[0].section == ["Purpose"]
    assert by_id(doc)["1.2"].text == "Members decide."
    assert by_id(doc)["2.2.3"].parent == "2.2"


def test_lettered_roman_and_bracketed_items(seg):
    doc = seg(
        "5.1 Members must not:\n(a) bully staff;\n(b) give instructions;\n"
        "\n5.2 Officers will:\na) advise;\nb) report.\n"
        "\n5.3 The Council will:\n(1)Review the protocol;\n(2) publish it.\n"
        "\n5.4 The Clerk must:\ni. keep minutes;\nii. keep accounts.\n"
    )
    ids = [c.clause_id for c in doc.clauses]
    assert ids == ["5.1.a", "5.1.b", "5.2.a", "5.2.b", "5.3.1", "5.3.2", "5.4.i", "5.4.ii"]
    assert by_id(doc)["5.3.1"].text == "Review the protocol;"
    assert by_id(doc)["5.1.a"].lead_in == "Members must not:"


def test_number_alone_on_its_line(seg):
    doc = seg("Introduction\n\n8.63\nMembers are responsible to the electorate.\n\n8.64\nOfficers serve the Council.\n")
    assert [(c.clause_id, c.text) for c in doc.clauses] == [
        ("8.63", "Members are responsible to the electorate."),
        ("8.64", "Officers serve the Council."),
    ]


def test_number_running_on_inside_a_paragraph(seg):
    doc = seg("1.2 Members and officers work together 1.3 The Protocol must be read with the Code.\n")
    assert [(c.clause_id, c.text) for c in doc.clauses] == [
        ("1.2", "Members and officers work together"),
        ("1.3", "The Protocol must be read with the Code."),
    ]


def test_a_cited_paragraph_number_is_not_split(seg):
    doc = seg("1.2 Requests are handled under paragraph 12 of this protocol. See 4.2 Below for more.\n")
    assert len(doc.clauses) == 1


def test_repeated_one_from_a_pasted_ordered_list(seg):
    doc = seg("Councillors can expect officers to:\n\n1. give advice;\n1. be courteous;\n1. reply on time.\n")
    assert [c.text for c in doc.clauses] == ["give advice;", "be courteous;", "reply on time."]
    assert len({c.clause_id for c in doc.clauses}) == 3
    assert [c.clause_id.split(".")[-1] for c in doc.clauses] == ["1", "2", "3"]


def test_bullet_glyphs(seg):
    text = "Officers will:\n- advise;\n• inform;\n* support;\n(cid:127) report;\n\uf0b7 record;\n\u25aa file.\n"
    doc = seg(text)
    assert [c.text for c in doc.clauses] == ["advise;", "inform;", "support;", "report;", "record;", "file."]
    assert all(c.kind == "item" and c.lead_in == "Officers will:" for c in doc.clauses)


def test_lead_in_with_colon_dash_and_hanging_continuations(seg):
    doc = seg("Members may raise issues with:-\n\n- For officers\n Assistant Director\n- For Directors the Chief Executive\n")
    assert [c.text for c in doc.clauses] == ["For officers Assistant Director", "For Directors the Chief Executive"]
    assert all(c.lead_in == "Members may raise issues with:-" for c in doc.clauses)


def test_bare_list_items_after_a_lead_in(seg):
    doc = seg("Councillors should not:\ngive instructions on their own;\nask for party political work;\n"
              "discuss staff in public.\n\nThe Chairman\n\nThe Chairman leads meetings.\n")
    items = [c for c in doc.clauses if c.kind == "item"]
    assert [c.text for c in items] == ["give instructions on their own;", "ask for party political work;",
                                       "discuss staff in public."]
    assert doc.clauses[-1].section == ["The Chairman"]


def test_nested_bullets_by_indentation(seg):
    doc = seg("3.1 Officers will:\n\n- advise members\n- support committees:\n    - by preparing reports\n    - by taking minutes\n- keep records\n")
    texts = [c.text for c in doc.clauses]
    assert texts == ["advise members", "by preparing reports", "by taking minutes", "keep records"]
    nested = [c for c in doc.clauses if c.text.startswith("by ")]
    assert all(c.lead_in == "support committees:" for c in nested)


def test_headings_numbered_caps_and_short_titles(seg):
    doc = seg("MEMBER OFFICER PROTOCOL\n\n1. Introduction\n\nThis protocol applies to all.\n\n"
              "Roles of Members\n\nMembers set policy.\n")
    heads = [(h.text, h.number) for h in doc.headings]
    assert heads == [("MEMBER OFFICER PROTOCOL", None), ("Introduction", "1"), ("Roles of Members", None)]
    assert doc.clauses[0].section == ["Introduction"]
    assert doc.clauses[1].section == ["Introduction", "Roles of Members"]


def test_wrapped_lines_joined_and_hyphenation_repaired(seg):
    text = ("1.1 Officers must give impartial advice to all councillors whatever their pro-\n"
            "fessional or political position may be, and must treat every co-\n"
            "operative request in the same way, and the co-operative spirit is key.\n")
    doc = seg(text)
    assert doc.clauses[0].text == ("Officers must give impartial advice to all councillors whatever their "
                                   "professional or political position may be, and must treat every "
                                   "co-operative request in the same way, and the co-operative spirit is key.")


def test_spaces_and_non_breaking_spaces_folded(seg):
    doc = seg("1.1\u00a0Officers   must\u00a0\u00a0advise.\n")
    assert doc.clauses[0].text == "Officers must advise."


def test_table_of_contents_and_in_this_section_lists_are_not_clauses(seg):
    doc = seg("Contents\n\nIntroduction ........ 2\nRoles ........ 3\nConcerns ........ 5\n\n"
              "Introduction\n\nThis protocol applies to members.\n")
    assert [c.text for c in doc.clauses] == ["This protocol applies to members."]
    assert sum(f.reason == "table of contents" for f in doc.furniture) == 4
    doc = seg("In this section\n\n- Purpose\n- Roles\n- Concerns\n\nPurpose\n\nThis protocol applies.\n")
    assert [c.text for c in doc.clauses] == ["This protocol applies."]


def test_unnumbered_paragraphs_get_stable_generated_ids(seg):
    doc = seg("2. Officers\n\nOfficers advise.\n\nOfficers implement decisions.\n")
    assert [c.clause_id for c in doc.clauses] == ["2-1", "2-2"]
    assert all(c.parent == "2" for c in doc.clauses)


def test_table_of_contents_laid_out_in_columns_is_not_clauses(seg):
    doc = seg("Contents\n\nIntroduction\t2\nRoles of Members\t3\nRaising concerns\t5\n\n1. Introduction\n\n"
              "1.1 This protocol applies to members.\n")
    assert [c.text for c in doc.clauses] == ["This protocol applies to members."]
    assert sum(f.reason == "table of contents" for f in doc.furniture) == 4


def test_repeated_running_header_without_digits_in_pasted_text(seg):
    block = "Member Officer Protocol\n\n{n}.1 Officers must give advice on matter {n}.\n\n"
    doc = seg("".join(block.format(n=n) for n in range(1, 4)))
    assert [c.clause_id for c in doc.clauses] == ["1.1", "2.1", "3.1"]
    assert [f.reason for f in doc.furniture] == ["repeated header/footer"] * 3


def test_a_bold_sentence_is_not_a_heading(tmp_path):
    import docx

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    d = docx.Document()
    d.add_paragraph().add_run("Conduct").bold = True
    d.add_paragraph().add_run("Members must never bully, harass or intimidate any member of staff.").bold = True
    path = tmp_path / "bold.docx"
    d.save(str(path))
    doc = segment(read(path))
    assert [h.text for h in doc.headings] == ["Conduct"]
    assert [c.text for c in doc.clauses] == ["Members must never bully, harass or intimidate any member of staff."]


def test_a_lead_in_that_starts_with_a_full_sentence_keeps_it_as_a_clause(seg):
    doc = seg("4. Senior officers may brief a political group on Council business. When they do so:\n\n"
              "- they will give the same information to any group;\n- they must not attend party debates.\n")
    assert [(c.clause_id, c.text) for c in doc.clauses] == [
        ("4", "Senior officers may brief a political group on Council business."),
        ("4-1", "they will give the same information to any group;"),
        ("4-2", "they must not attend party debates."),
    ]
    assert doc.clauses[1].lead_in.endswith("When they do so:")


def test_a_sentence_broken_by_a_page_break_is_one_clause(seg):
    text = ("3.2 Officers\n\n"
            "3.2.1  The Chief Executive is the Head of Paid Service and is responsible for\n"
            "       the management of the Council's staff.\n\n"
            "3.2.2  The Monitoring Officer is responsible for ensuring the lawfulness of the\n\n"
            "Part 5.3    Page 1 of 3\n\fWestmere City Council Constitution\n\n"
            "       Council's decisions and for promoting high standards of conduct.\n\n"
            "3.2.3  The Chief Finance Officer is responsible for the Council's financial affairs.\n\n"
            "Part 5.3    Page 2 of 3\n\fWestmere City Council Constitution\n\n"
            "3.2.4  Officers serve the Council as a whole.\n")
    doc = seg(text)
    assert by_id(doc)["3.2.2"].text == ("The Monitoring Officer is responsible for ensuring the lawfulness of the "
                                        "Council's decisions and for promoting high standards of conduct.")
    assert [c.clause_id for c in doc.clauses] == ["3.2.1", "3.2.2", "3.2.3", "3.2.4"]


def test_a_paragraph_that_ends_a_sentence_is_not_joined_across_a_blank_line(seg):
    doc = seg("Councillors represent their wards.\n\nOfficers advise the Council and carry out its decisions.\n")
    assert [c.text for c in doc.clauses] == ["Councillors represent their wards.",
                                             "Officers advise the Council and carry out its decisions."]
