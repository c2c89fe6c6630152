"""Shapes met in the round-3 training sets, each written here: a table whose cells are the items of
two lists (one row a line), a web list copied without its bullets (indented under its lead-in),
and the nothing-lost property on each."""

from __future__ import annotations

import pytest

from test_ingest_pages import _doc

EXPECTATIONS_TABLE = [
    "# Working together",
    "Each side can expect the other to behave as set out below.",
    "Members can expect officers to…\tOfficers can expect members to…",
    "be courteous and helpful\ttreat them with respect and courtesy",
    "reply to correspondence within ten working days\tgive instructions only through the proper channels",
    "give impartial and professional advice\trespect their political neutrality",
    "Officers will review this table every year.",
]


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx"])
def test_a_table_of_two_unpunctuated_lists_keeps_one_clause_per_cell(tmp_path, suffix):
    page = list(EXPECTATIONS_TABLE)
    if suffix == ".md":  # a Markdown table: pipes, and the |---| rule under its header
        rows = [ln for ln in page if "\t" in ln]
        md = ["| " + " | ".join(r.split("\t")) + " |" for r in rows]
        page = page[:2] + [md[0], "|---|---|", *md[1:]] + page[-1:]
    doc = _doc(tmp_path, suffix, [page])
    cells = [c.text for c in doc.clauses if c.kind == "cell"]
    assert cells == ["be courteous and helpful", "treat them with respect and courtesy",
                     "reply to correspondence within ten working days",
                     "give instructions only through the proper channels",
                     "give impartial and professional advice", "respect their political neutrality"]
    assert {c.column for c in doc.clauses if c.kind == "cell"} == {"Members can expect officers to…",
                                                                     "Officers can expect members to…"}


def test_a_list_indented_under_its_lead_in_is_one_item_a_line(seg):
    # a web page copied as text: paragraphs on one line each, the list's bullets lost to indents
    doc = seg("Working with councillors\n\n"
              "This page explains what councillors and officers can expect of each other when they work "
              "together on council business, and what to do if something goes wrong.\n\n"
              "Councillors can expect officers to:\n\n"
              "    treat them with courtesy and respect\n"
              "    answer their correspondence within 10 working days\n"
              "    let them know in good time about significant issues affecting their ward\n\n"
              "Officers can expect councillors to:\n\n"
              "    respect their political neutrality\n"
              "    make requests for work through the proper manager\n\n"
              "Any concern should be raised with the officer's manager first, and then with the Monitoring "
              "Officer if it is not resolved.\n")
    items = [(c.text, c.lead_in) for c in doc.clauses if c.kind == "item"]
    assert items == [
        ("treat them with courtesy and respect", "Councillors can expect officers to:"),
        ("answer their correspondence within 10 working days", "Councillors can expect officers to:"),
        ("let them know in good time about significant issues affecting their ward", "Councillors can expect officers to:"),
        ("respect their political neutrality", "Officers can expect councillors to:"),
        ("make requests for work through the proper manager", "Officers can expect councillors to:"),
    ]
    assert doc.clauses[-1].text.startswith("Any concern should") and doc.clauses[-1].kind == "paragraph"


def test_a_paragraph_after_a_lead_in_at_its_own_indent_is_not_split(seg):
    doc = seg("The protocol sets out the following:\n\n"
              "Officers give advice and members take decisions, and each respects\n"
              "the other's role in the work of the council.\n")
    assert [c.text for c in doc.clauses][-1] == ("Officers give advice and members take decisions, and each "
                                                 "respects the other's role in the work of the council.")
