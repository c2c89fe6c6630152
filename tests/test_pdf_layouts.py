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


TWO_COLUMNS = (Path(__file__).parent / "data" / "gold_corpus" / "round16_r16c")
TWO_COLUMN_PDF = "r16c_harrowdene_member_officer_protocol"  # four pages set in two columns, a title across both


def test_a_page_set_in_two_columns_is_read_down_each_column_in_turn():
    pdf = TWO_COLUMNS / "docs" / f"{TWO_COLUMN_PDF}.pdf"
    raw = read(pdf, pdf.stem)
    doc = segment(raw)
    gold = [json.loads(ln)["text"] for ln in (TWO_COLUMNS / "gold" / f"{TWO_COLUMN_PDF}.jsonl")
            .read_text(encoding="utf-8").splitlines()]
    out = {_norm(c.text) for c in doc.clauses}
    found = [g for g in gold if _norm(g) in out]
    assert len(found) >= 0.95 * len(gold), [g for g in gold if _norm(g) not in out][:5]
    # (the line that places the document, read whole across the columns: its furniture since round 81, b385's annotator)
    assert ("Part 5C of the Constitution of Harrowdene Borough Council", "document place") in [
        (f.text, f.reason) for f in doc.furniture]
    _check_accounted(raw, doc)


def test_a_two_column_members_officers_table_of_short_cells_is_no_pair_of_text_columns():
    from pipeline.ingest.pdf import _gutter

    def word(x0, x1, top, text="word"):
        return {"x0": x0, "x1": x1, "top": top, "bottom": top + 10, "text": text}

    # a table of short cells either side of the middle of the page, row by row: no prose fills either side
    rows = [[word(60, 110, 100 + 14 * k), word(120, 160, 100 + 14 * k), word(330, 380, 100 + 14 * k)]
            for k in range(30)]
    assert _gutter(rows, 595, 842) is None
    # the same rows as justified prose filling two columns: two columns
    prose = [[word(60, 150, 100 + 14 * k), word(155, 285, 100 + 14 * k), word(320, 420, 100 + 14 * k),
              word(425, 545, 100 + 14 * k)] for k in range(30)]
    middle, wide = _gutter(prose, 595, 842)
    assert 285 < middle < 320 and wide == 35


def test_full_width_lines_broken_at_one_aligned_space_are_not_two_columns_lines():
    """Found by the adversarial review of 3 December 2026: full-width lines with a space at the same x made the gap
    one space wide, and every such line was cut in two at it."""
    from pipeline.ingest.pdf import _gutter, _read_columns

    def word(x0, x1, top, text="w"):
        return {"x0": x0, "x1": x1, "top": top, "bottom": top + 10, "text": text}

    rows = []
    for k in range(30):
        top = 100 + 14 * k
        if k % 6 == 5:  # a full-width line whose words meet either side of x = 300 with one space between
            rows.append([word(60, 200, top, "SPAN"), word(204, 296, top), word(300, 420, top), word(424, 545, top)])
        else:
            rows.append([word(60, 150, top), word(155, 285, top), word(320, 420, top), word(425, 545, top)])
    gap = _gutter(rows, 595, 842)
    assert gap is not None and gap[1] == 35
    spans = [r for r in _read_columns(rows, gap) if r[0]["text"] == "SPAN"]
    assert len(spans) == 5 and all(len(r) == 4 for r in spans)  # each spanning line read whole


def test_an_answer_set_under_its_question_with_a_little_more_space_than_the_lines_is_its_own_paragraph():
    """A governance statement's assertion and the evidence under it ("Yes. The contract was reissued ..."), 7 points
    apart where its lines are 3 apart: a paragraph gap (blind set b55, first run, 3 December 2026)."""
    pdf = DATA_RETIRED / "retired_b55" / "docs" / "b55_ashbyfennick_governance_statement.pdf"
    doc = segment(read(pdf, pdf.stem))
    texts = [c.text for c in doc.clauses]
    assert any(t.startswith("Yes. The contract was reissued in October 2024") for t in texts)
    assert any(t.startswith("We have given the Clerk a written contract") and "Yes." not in t for t in texts)


DATA_RETIRED = Path(__file__).parent / "data" / "gold_corpus"  # blind sets retired into training


def test_a_sentence_set_at_one_and_a_half_lines_beside_single_spaced_notes_stays_one_clause():
    """Found by the second adversarial review of 3 December 2026: with the page's pitch set by single-spaced notes,
    the lower paragraph-gap threshold cut a 1.5-spaced sentence into three clauses."""
    pdf = Path(__file__).parent / "data" / "pdf_layouts" / "mixed_leading_1.15_1.5.pdf"
    texts = [c.text for c in segment(read(pdf, pdf.stem)).clauses]
    assert any(t.startswith("Councillors must not give instructions to any member of staff, including the Clerk,")
               and t.endswith("procedures.") for t in texts), texts


def test_paragraphs_set_a_third_of_a_line_apart_at_a_regular_pitch_are_paragraphs():
    """Training set r17c (3 December 2026): a checklist's opening paragraphs, 15 points apart where its lines are 12
    apart in 9.5-point type, were read as one clause."""
    pdf = Path(__file__).parent / "data" / "gold_corpus" / "round17_r17c" / "docs" / \
        "r17c_hollinsby_good_practice_checklist.pdf"
    texts = [c.text for c in segment(read(pdf, pdf.stem)).clauses]
    first = next(t for t in texts if t.startswith("This checklist was drawn up by the Personnel Committee"))
    assert "The checklist does not replace" not in first
    assert any(t.startswith("The checklist does not replace the Code of Conduct") for t in texts)
    assert any(t.startswith("Councillors and the Clerk share one aim") for t in texts)
