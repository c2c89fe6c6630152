"""PDF clause boundaries on multi-page PDFs laid out as council PDFs are (tests/data/pdf_layouts,
made by scripts/make_layout_pdfs.py with ReportLab and with Word files converted by LibreOffice):
numbers in a hanging indent or a margin column, wrapped and justified lines, (a)/(i) items, bullets
in several glyphs (symbol-font ones among them), paragraphs running on over a page break and past
the page's footnotes, superscript footnote cues, running headers and footers, ruled and unruled
Members | Officers tables with bullet lists in their cells, bold headings without numbers.

Every gold clause comes out as one clause with exactly its text, nothing else is a clause, the
page furniture is recorded, and every line is accounted for."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from test_nothing_lost import _check_accounted

SET = Path(__file__).parent / "data" / "pdf_layouts" / "set"
PDFS = sorted((SET / "docs").glob("*.pdf"))


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def test_the_layout_set_is_there():
    assert len(PDFS) >= 7


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_every_gold_clause_is_one_clause(pdf):
    raw = read(pdf, pdf.stem)
    doc = segment(raw)
    gold = [json.loads(ln)["text"] for ln in (SET / "gold" / f"{pdf.stem}.jsonl").read_text(encoding="utf-8").splitlines()]
    out = Counter(_norm(c.text) for c in doc.clauses)
    assert Counter(_norm(g) for g in gold) == out
    furniture = Counter(_norm(f.text) for f in doc.furniture)
    expected = Counter(_norm(t) for t in (SET / "gold" / f"{pdf.stem}.furniture.txt").read_text(encoding="utf-8").splitlines()
                       if t.strip())
    assert expected - furniture == Counter()
    assert not [c for c in doc.clauses if re.search(r"[" + "•▪➢✓" + r"]", c.text)], "bullet glyphs left in clause text"
    assert not any("ends mid-sentence" in w for w in doc.warnings)
    _check_accounted(raw, doc)


def test_a_superscript_footnote_cue_is_not_part_of_the_sentence():
    doc = segment(read(SET / "docs" / "marlow_borough_dense.pdf"))
    text = next(c.text for c in doc.clauses if c.text.startswith("The Protocol is not a complete statement"))
    assert text.endswith("all of which are set out in the Constitution.")


def test_a_paragraph_runs_on_past_the_footnotes_at_the_foot_of_its_page():
    doc = segment(read(SET / "docs" / "marlow_borough_dense.pdf"))
    texts = [c.text for c in doc.clauses]
    assert any(t.startswith("An Officer who believes") and t.endswith("including an informal resolution.") for t in texts)
    assert "This does not prevent a Member from making a complaint under the Council's corporate complaints " \
           "procedure." in texts


def test_footnotes_are_numbered_apart_from_the_paragraphs():
    doc = segment(read(SET / "docs" / "marlow_borough_dense.pdf"))
    ids = {c.text[:30]: c.clause_id for c in doc.clauses}
    assert ids["The Constitution is available "] == "fn1"
    assert ids["This does not prevent a Member"] == "fn2"
    assert [c.clause_id for c in doc.clauses if c.text.startswith("Officers may also use")] == ["4-3"]
