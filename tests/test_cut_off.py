"""Cut-off documents: a varied set of endings written for these tests (tests/data/cut_off/endings.yaml),
cut where a download or copy could stop and complete in the many ways a protocol ends without a full
stop, each saved as text, Markdown, HTML, Word and PDF. A cut one is flagged (status reason and its
last clause ``complete: false``); a complete one is not. scripts/eval_cut_off.py prints the counts."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from conftest import DATA
from pipeline.ingest.complete import CUT_OFF
from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_ingest_pages import FORMATS, _write
from test_nothing_lost import _check_accounted


@lru_cache(maxsize=None)
def endings() -> dict:
    return yaml.safe_load((DATA / "cut_off" / "endings.yaml").read_text(encoding="utf-8"))


def case_lines(case: dict) -> list[str]:
    return [*endings()["bodies"][case.get("body", "numbered")], *case["lines"]]


def run_case(case: dict, suffix: str, folder: Path, name: str = "case"):
    """Write one ending in one format, read and segment it; the Document (nothing lost checked)."""
    path = _write(folder / f"{name}{suffix}", [case_lines(case)])
    raw = read(path, name)
    doc = segment(raw)
    _check_accounted(raw, doc)
    return doc


def _ids(kind: str) -> list[str]:
    return [c["name"] for c in endings()[kind]]


def _params(kind: str) -> list:
    """One parameter per case; a known miss is run too, and must still miss (strict xfail)."""
    return [pytest.param(c["name"], marks=pytest.mark.xfail(strict=True, reason="known miss (endings.yaml)"))
            if c.get("known_miss") else c["name"] for c in endings()[kind]]


def test_the_set_is_varied():
    assert len(endings()["cut"]) >= 25 and len(endings()["complete"]) >= 25
    assert len(set(_ids("cut"))) == len(_ids("cut")) and len(set(_ids("complete"))) == len(_ids("complete"))


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("name", _params("cut"))
def test_a_cut_off_ending_is_flagged(tmp_path, suffix, name):
    case = next(c for c in endings()["cut"] if c["name"] == name)
    doc = run_case(case, suffix, tmp_path)
    assert CUT_OFF in doc.warnings
    incomplete = [c.text for c in doc.clauses if not c.complete]
    assert len(incomplete) <= 1
    if "clause" in case:
        assert incomplete == [case["clause"]]
    elif incomplete:
        assert incomplete[0] == doc.clauses[-1].text  # only ever the last clause


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("name", _params("complete"))
def test_a_complete_ending_is_not_flagged(tmp_path, suffix, name):
    case = next(c for c in endings()["complete"] if c["name"] == name)
    doc = run_case(case, suffix, tmp_path)
    assert CUT_OFF not in doc.warnings
    assert all(c.complete for c in doc.clauses)
