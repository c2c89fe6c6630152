"""Evidence and provenance: coverage cells name their clauses and matched words, the published
address travels to every output, the report links to it and loads each council's clauses from
report_files/, the modality row holds modalities only, and a build shows a progress bar on a
terminal only."""

from __future__ import annotations

import io
import json
import re
import shutil

import pandas as pd
import pytest
from click.testing import CliRunner

from conftest import DATA
from pipeline.cli import _progress_bar, main
from pipeline.render.compare import MODALITY_ORDER, theme_evidence
from pipeline.render.report import link_url

GOLDEN = DATA / "golden" / "two_councils" / "raw"

PROTOCOL = """Eastbrook Town Council
Member and Officer Protocol

1. Conduct
1.1 Officers must not be bullied or harassed by councillors.
1.2 Councillors should treat officers with courtesy.
1.3 The Town Clerk is responsible for the day-to-day management of staff.
1.4 Officers must remain politically neutral.

2. Concerns
2.1 A councillor with a complaint about an officer should raise it with the Town Clerk.
"""


def _build(raw, out, *args):
    result = CliRunner().invoke(main, ["build", str(raw), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return result


def _raw(tmp_path, url="https://www.eastbrook.example/protocol.pdf"):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "eastbrook.txt").write_text(PROTOCOL, encoding="utf-8")
    (raw / "sources.csv").write_text("doc_id,file,council,council_type,title,source,notes\n"
                                     f"eastbrook,eastbrook.txt,Eastbrook Town Council,town,Protocol,{url},\n")
    return raw


def test_theme_evidence_finds_the_words_and_prefers_the_taggers_own():
    clause = {"text": "Officers must not be bullied, and their advice is impartial.", "lead_in": None,
              "themes": ["undue_pressure", "political_neutrality", "professional_advice"]}
    assert theme_evidence(clause) == {"undue_pressure": "bullied", "political_neutrality": "impartial",
                                      "professional_advice": "advice"}
    clause["theme_evidence"] = {"undue_pressure": "must not be bullied"}
    assert theme_evidence(clause)["undue_pressure"] == "must not be bullied"
    assert theme_evidence(clause)["political_neutrality"] == "impartial"
    for stored in ('{"undue_pressure": "must not be bullied"}', [("undue_pressure", "must not be bullied")]):
        assert theme_evidence(dict(clause, theme_evidence=stored))["undue_pressure"] == "must not be bullied"
    # the longest phrase wins; a lead-in is searched when the item's own words hold none
    item = {"text": "campaign for a candidate;", "lead_in": "Officers must not:", "themes": ["political_neutrality"]}
    assert theme_evidence(item) == {"political_neutrality": "candidate"}
    item = {"text": "at all times;", "lead_in": "Officers remain politically neutral:", "themes": ["political_neutrality"]}
    assert theme_evidence(item) == {"political_neutrality": "politically neutral"}


@pytest.mark.model
def test_every_covered_cell_names_its_clauses_and_the_words_that_matched(tmp_path):
    out = tmp_path / "out"
    _build(_raw(tmp_path), out)
    cov = pd.read_csv(out / "coverage.csv", dtype=str, keep_default_na=False)
    clauses = pd.read_csv(out / "clauses.csv", dtype=str, keep_default_na=False)
    # the words come from the clause, its lead-in or its section heading (the places themes are read from)
    text_of = {(r.doc_id, r.clause_id): f"{r.section} {r.lead_in} {r.text}".lower() for r in clauses.itertuples()}
    themes_of = {(r.doc_id, r.clause_id): r.themes.split("|") for r in clauses.itertuples()}
    covered = cov[cov.status == "covered"]
    assert len(covered) >= 4
    for r in covered.itertuples():
        ids = r.clause_ids.split("|")
        assert len(ids) == int(r.clauses)
        for cid in ids:
            assert r.theme in themes_of[(r.doc_id, cid)]
        for word in r.evidence.split("|"):
            assert any(word in text_of[(r.doc_id, cid)] for cid in ids), (r.theme, word)
    silent = cov[cov.status == "silent"]
    assert (silent.clause_ids == "").all() and (silent.evidence == "").all()
    cell = cov.set_index("theme").loc["undue_pressure"]
    assert cell.clause_ids == "1.1" and cell.evidence == "bullied"  # one phrase per clause: the longest found


@pytest.mark.model
def test_the_modality_row_holds_modalities_only(tmp_path):
    out = tmp_path / "out"
    _build(_raw(tmp_path), out)
    cov = pd.read_csv(out / "coverage.csv", dtype=str, keep_default_na=False).set_index("theme")
    assert set(cov.strongest) - {""} <= set(MODALITY_ORDER)
    assert cov.loc["undue_pressure", "strongest"] == "must not"
    assert cov.loc["management_instruction", "strongest"] == ""  # a role, not an obligation
    html = (out / "report.html").read_text()
    for word in ("route", "role", "mentioned"):
        assert f"<small>{word}</small>" not in html


@pytest.mark.model
def test_the_published_address_reaches_every_output_and_the_report_links_it(tmp_path):
    out = tmp_path / "out"
    url = "https://www.eastbrook.example/protocol.pdf"
    _build(_raw(tmp_path, url), out)
    clauses = pd.read_csv(out / "clauses.csv")
    assert (clauses.source_url == url).all() and (clauses.source == "raw/eastbrook.txt").all()
    assert pd.read_parquet(out / "clauses.parquet").source_url.eq(url).all()
    assert pd.read_csv(out / "documents.csv").source_url.tolist() == [url]
    record = json.loads((out / "documents" / "eastbrook.json").read_text())
    assert record["source_url"] == url
    html = (out / "report.html").read_text()
    assert f'<a href="{url}">Protocol</a>' in html
    data = (out / "report_files" / "council-0000.js").read_text()
    rows = json.loads(re.fullmatch(r"protocolsReport\.add\(0,(.*)\);\n", data, re.S).group(1))["clauses"]
    assert len(rows) == len(clauses) and all(r["url"] == url for r in rows)


@pytest.mark.model
def test_an_address_that_is_not_http_is_kept_in_the_data_but_never_linked(tmp_path):
    out = tmp_path / "out"
    shutil.copytree(GOLDEN, tmp_path / "raw")
    _build(tmp_path / "raw", out)
    docs = pd.read_csv(out / "documents.csv").set_index("council")
    assert docs.loc["Riverside <b>District</b> Council <script>evil</script>", "source_url"] == 'javascript:alert("x")'
    html = (out / "report.html").read_text()
    assert "javascript:" not in html and \
        '<span title="its address in sources.csv is not an http(s) address">not linked</span>' in html
    assert "javascript:" not in (out / "report_files" / "council-0001.js").read_text()
    assert link_url("https://example.org/a") == "https://example.org/a"
    assert link_url("file:///etc/passwd") is None and link_url("www.example.org") is None and link_url(None) is None


@pytest.mark.model
def test_report_files_follow_the_councils_and_stale_ones_are_removed(tmp_path):
    out = tmp_path / "out"
    shutil.copytree(GOLDEN, tmp_path / "raw")
    _build(tmp_path / "raw", out)
    assert sorted(p.name for p in (out / "report_files").iterdir()) == ["council-0000.js", "council-0001.js"]
    (tmp_path / "raw" / "riverside.md").unlink()
    sources = tmp_path / "raw" / "sources.csv"  # a row whose file is gone is a failed document: drop it too
    sources.write_text("".join(l for l in sources.read_text().splitlines(True) if "riverside" not in l))
    _build(tmp_path / "raw", out)
    assert sorted(p.name for p in (out / "report_files").iterdir()) == ["council-0000.js"]
    html = (out / "report.html").read_text()
    assert '"file":"report_files/council-0000.js"' in html and "council-0001" not in html


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(monkeypatch):
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert _progress_bar(5) is None
    term = _Terminal()
    monkeypatch.setattr("sys.stderr", term)
    assert _progress_bar(0) is None
    bar = _progress_bar(3)
    for _ in range(3):
        bar.update(1)
    bar.close()
    assert "documents: 3/3" in term.getvalue() and "left" in term.getvalue()


@pytest.mark.model
def test_a_build_that_is_not_on_a_terminal_prints_no_bar(tmp_path):
    result = _build(_raw(tmp_path), tmp_path / "out")
    assert "documents:" not in result.stderr and "|" not in result.stderr
    assert result.stderr.startswith("built 1 of 1 documents")


def test_a_theme_the_model_gave_without_its_words_has_no_evidence_word():
    """The report reader of this session saw "now", "well" and "2024 25" highlighted as a theme's evidence: the word
    that weighed most towards a theme is no evidence a reader can check; the theme's own words are."""
    from types import SimpleNamespace

    from pipeline.nlp.tag import _theme_evidence

    clause = SimpleNamespace(text="The review is now well under way, and the figures for 2024/25 are attached.",
                             lead_in=None, section=["Background"])
    assert _theme_evidence("code_of_conduct", clause) == ""
    clause.text = "Members must not bully officers."
    assert _theme_evidence("undue_pressure", clause) == "bully"
