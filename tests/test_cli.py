"""The command line as a user meets it: records, explain, build outputs, errors and help."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import jsonschema
import pandas as pd
import pytest
from click.testing import CliRunner

from conftest import RAW, ROOT
from pipeline.cli import main

SCHEMA = json.loads((ROOT / "pipeline" / "resources" / "clause.schema.json").read_text())


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_ingest_jsonl_records_are_data_only_and_follow_the_schema():
    result = run("ingest", RAW / "001_1f081a388ec1c2bb.txt")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 40
    for rec in records:
        rec = {k: v for k, v in rec.items() if k in SCHEMA["properties"]}
        rec.update(tag="context", tags=["context"])  # untagged: fill the tag fields to validate the rest
        jsonschema.validate(rec, SCHEMA)
    assert records[0]["clause_id"] == "1.1" and records[0]["section"] == "Background"


def test_ingest_csv():
    result = run("ingest", RAW / "harwick_town_code.md", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["doc_id"] == "harwick_town_code"
    assert any(r["text"] == "I will not bully, harass or intimidate any person." for r in rows)


def test_ingest_explain_shows_where_each_line_went():
    result = run("ingest", "--explain", RAW / "000_c926cc1756353f2f.txt")
    assert result.exit_code == 0
    out = result.stdout
    assert re.search(r"^\s+3\s+furniture\s+table of contents", out, re.M)
    assert re.search(r"^\s+20\s+clause\s+p2\b", out, re.M)
    assert re.search(r"^\s+25\s+furniture\s+page date\s+Page updated:", out, re.M)


def test_ingest_bad_file_reports_one_line_and_goes_on(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"garbage")
    result = run("ingest", bad, RAW / "harwick_town_code.md")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {bad}: not a PDF: the file has no PDF header"
    assert len(result.stdout.splitlines()) == 12


def test_build_writes_datasets_and_statuses(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = run("build", raw, "-o", out)
    assert result.exit_code == 1  # one document failed; the rest were built
    assert "error: raw/empty.txt: no text: the file is empty" in result.stderr
    docs = pd.read_csv(out / "documents.csv")
    assert len(docs) == len(list(RAW.glob("*"))) - 1 + 1  # sources.csv is not a document
    assert docs.set_index("doc_id").loc["empty", "status"] == "failed"
    ok = docs[docs.status == "ok"]
    assert (ok.lines == ok.lines_traced).all()
    clauses = pd.read_parquet(out / "clauses.parquet")
    assert list(clauses.columns)[:4] == ["doc_id", "council", "council_type", "clause_id"]
    assert set(clauses.doc_id) == set(ok.doc_id)
    assert clauses.groupby("doc_id").size().to_dict() == ok.set_index("doc_id").clauses.to_dict()
    assert (out / "documents" / "001_1f081a388ec1c2bb.json").exists()
    doc = json.loads((out / "documents" / "001_1f081a388ec1c2bb.json").read_text())
    assert doc["schema_version"] == "1.0"
    assert not list(out.glob(".*.tmp"))


def test_csv_output_neutralises_formulas(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "evil.txt").write_text("1.1 =HYPERLINK(\"http://x\") officers must not click.\n\n1.2 @SUM(A1) members.\n")
    out = tmp_path / "out"
    assert run("build", raw, "-o", out).exit_code == 0
    text = (out / "clauses.csv").read_text()
    assert "'=HYPERLINK" in text and "'@SUM" in text
    assert pd.read_parquet(out / "clauses.parquet").text.iloc[0].startswith("=HYPERLINK")


def _commands():
    return sorted(main.commands)


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_with_an_example(name):
    result = run(name, "-h")
    assert result.exit_code == 0
    assert "Example:" in result.stdout


def test_version_and_readme_lists_every_command():
    assert run("--version").stdout.startswith("protocols, version")
    readme = (ROOT / "README.md").read_text()
    for name in _commands():
        assert f"protocols {name}" in readme, f"README does not mention `protocols {name}`"


def test_a_draft_from_a_dataset_of_only_minutes_says_why_it_is_empty(tmp_path):
    from conftest import DATA

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(DATA / "draft_fit" / "raw" / "oxley_minutes.txt", raw / "oxley_minutes.txt")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(raw), "-o", str(tmp_path / "s")]).exit_code == 0
    result = runner.invoke(main, ["draft", "--structured", str(tmp_path / "s"), "--council", "Oxley Parish Council",
                                  "--council-type", "parish", "-o", str(tmp_path / "d.md")])
    assert result.exit_code == 0
    assert "warning: no clause of the dataset could be drafted from (minutes or report:" in result.output
