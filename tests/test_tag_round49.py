"""A table cell under a column of what its side must not do is a prohibition where it says no modal of its own (the
report reader of the session of 6 December 2026, the third: "vote if they made up their mind before hearing the debate"
under "Councillors should not" was read as a role)."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.nlp.tag import _forbidding_columns


def _cell(text: str, column: str, tag: str = "role"):
    return SimpleNamespace(kind="cell", text=text, column=column, tag=tag, tags=[tag], evidence=None)


def test_a_cell_under_a_forbidding_column_is_a_prohibition():
    cells = [_cell("vote if they made up their mind before hearing the debate", "Councillors should not"),
             _cell("Change your advice because it is unpopular", "Don't", tag="expectation"),
             _cell("speak as the ward councillor under the public speaking scheme", "Councillors may", tag="expectation"),
             _cell("may attend as observers only", "Councillors should not", tag="expectation"),
             _cell("Reply within five working days", "Officers will", tag="expectation")]
    _forbidding_columns(cells)
    assert [c.tag for c in cells] == ["prohibition", "prohibition", "expectation", "expectation", "expectation"]
    assert cells[0].evidence == "column: Councillors should not"
