"""The library API without click: a build, a comparison and a draft from Python, as a script would."""

from __future__ import annotations

import shutil

import pytest

from conftest import DATA
from pipeline.build import MissingInput, run_build, run_compare
from pipeline.render.draft import DraftError, DraftFormatError, write_draft

pytestmark = pytest.mark.model

GOLDEN = DATA / "golden" / "two_councils"


def test_build_compare_and_draft_from_python(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(GOLDEN / "raw", raw)
    out = tmp_path / "out"
    seen, phases = [], []
    report = run_build(raw, out, progress=lambda r: seen.append(r.doc_id), phase=phases.append)
    assert not report.up_to_date and report.failed == 0 and report.built == len(report.results) == len(seen)
    assert report.clauses > 0 and phases == ["read, segment and tag", "datasets", "comparison and report"]
    for name in ("clauses.csv", "clauses.parquet", "documents.csv", "coverage.csv", "report.html", "clauses.xlsx"):
        assert (out / name).exists(), name
    # the same outputs as the golden files the CLI is held to
    assert (out / "coverage.csv").read_text() == (GOLDEN / "expected" / "coverage.csv").read_text()

    again = run_build(raw, out)
    assert again.up_to_date and again.cached == len(again.results)

    compared = run_compare(out, tmp_path / "cmp")
    assert compared.documents == len(report.results)
    assert (tmp_path / "cmp" / "report.html").read_bytes() == (out / "report.html").read_bytes()

    values = {"council": "Ambridge Parish Council", "council_type": "parish"}
    draft, text = write_draft(out, values)
    assert text.startswith("#") and "Ambridge Parish Council" in text and draft.sections
    for suffix in (".md", ".html", ".docx"):
        target = tmp_path / f"draft{suffix}"
        assert write_draft(out, values, target)[1] is None and target.stat().st_size > 0
    with pytest.raises(DraftFormatError):
        write_draft(out, values, tmp_path / "draft.pdf")


def test_library_errors_are_exceptions_not_exits(tmp_path):
    with pytest.raises(MissingInput, match="clauses.parquet"):
        run_compare(tmp_path)
    with pytest.raises(DraftError, match="clauses.parquet"):
        write_draft(tmp_path, {"council": "X", "council_type": "parish"})
