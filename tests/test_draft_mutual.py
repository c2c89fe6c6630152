"""Lists a reader reads once and whole: what both sides can expect of each other is printed once (reader round 42:
"A working partnership" and "Respect, courtesy, integrity and appropriate confidentiality" stood in both 'can expect'
lists of the parish draft), built from two parish protocols written for this test (tests/data/draft_mutual/raw), each
with mirrored lists; an item that says "to" again after a lead-in ending in "to" is left to the other wordings
(tests/data/draft_lead_in/raw)."""

from __future__ import annotations

import re

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DATA
from pipeline.cli import main
from pipeline.render.similarity import mirrored, names_party

RAW = DATA / "draft_mutual" / "raw"


def _draft(raw: Path, tmp: Path) -> str:
    """Build ``raw`` (copied into ``tmp``) and return the parish draft for Upper Wyeford Parish Council."""
    shutil.copytree(raw, tmp / "raw")
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(tmp / "raw"), "-o", str(tmp / "s")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["draft", "--structured", str(tmp / "s"), "--council", "Upper Wyeford Parish Council",
                                  "--council-type", "parish", "-o", str(tmp / "d.md")])
    assert result.exit_code == 0, result.output
    return (tmp / "d.md").read_text()


@pytest.fixture(scope="module")
def parish_draft(tmp_path_factory):
    return _draft(RAW, tmp_path_factory.mktemp("mutual"))


EXPECT_OF_OFFICERS, EXPECT_OF_COUNCILLORS = "What Councillors can expect from officers", "What officers can expect from Councillors"


def section(md: str, title: str) -> str:
    """The text of the draft's section of that title (its number depends on the sections before it that print a
    clause: a section with none is left out)."""
    parts = re.split(r"\n## \d+\. " + re.escape(title) + "\n", md)
    assert len(parts) == 2, f"no section '{title}'"
    return parts[1].split("\n## ")[0]


@pytest.mark.model
def test_an_item_both_lists_hold_is_printed_once_under_both_sides(parish_draft):
    body = parish_draft.split("## Drafting note")[0].split("## Appendix")[0]
    expect = section(parish_draft, EXPECT_OF_OFFICERS)
    assert "Councillors and officers can expect from each other:" in expect
    assert body.count("working partnership") == 1
    assert body.lower().count("courtesy, respect and honesty") == 1
    # the first item of the mutual list is (a), and each one-way list is lettered anew
    assert "(a) a working partnership;" in expect
    assert "(a) a timely reply to their enquiries;" in expect
    assert "(a) clear instructions given through decisions of the Council;" in section(parish_draft, EXPECT_OF_COUNCILLORS)


@pytest.mark.model
def test_items_that_name_each_side_stay_in_their_own_lists(parish_draft):
    assert "that the Clerk will not use contact with Councillors" in section(parish_draft, EXPECT_OF_OFFICERS)
    assert "that Councillors will not use contact with the Clerk" in section(parish_draft, EXPECT_OF_COUNCILLORS)
    assert "each other:" not in section(parish_draft, EXPECT_OF_COUNCILLORS)


def test_mirrored_items_say_one_thing_besides_the_parties():
    assert mirrored("Respect, courtesy, integrity and appropriate confidentiality from Officers",
                    "Respect, courtesy, integrity and appropriate confidentiality")
    assert mirrored("Officers to understand and support respective roles, workloads and pressures",
                    "An understanding of, and support for, respective roles, workloads and pressures")
    assert not mirrored("A timely reply to enquiries", "Leadership and direction")
    assert not mirrored("To be consulted on decisions", "Not to be consulted on decisions")
    assert names_party("A timely response from Officers") and not names_party("A working partnership")


@pytest.mark.model
def test_an_item_that_says_to_again_after_a_lead_in_ending_in_to_is_left_to_the_other_wordings(tmp_path):
    # reader round 42: "Officers can expect Councillors to: (c) Not to be criticised in public" read as a broken sentence
    md = _draft(DATA / "draft_lead_in" / "raw", tmp_path)
    body, appendix = md.split("## Appendix")[0], md.split("## Appendix")[1]
    lst = section(md, EXPECT_OF_COUNCILLORS)
    assert "The Clerk can expect Councillors to:" in lst and "(a) give reasonable notice of any request;" in lst
    assert "Not to be criticised" not in body and "not to be criticised in public" in appendix


@pytest.mark.model
def test_a_shared_list_never_empties_the_section_of_the_side_it_came_from(tmp_path):
    # adversarial review 45: two protocols whose 'can expect' lists mirror each other whole left section 6 saying that
    # no source covers it
    md = _draft(DATA / "draft_mutual_whole" / "raw", tmp_path)
    assert section(md, EXPECT_OF_COUNCILLORS).strip()  # printed, with a clause of its own
    assert "(a) a working partnership;" in section(md, EXPECT_OF_OFFICERS) and "(a) a working partnership;" in section(md, EXPECT_OF_COUNCILLORS)
