"""Every non-blank line of every input ends up in a clause, a heading, a lead-in or the furniture list."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import RAW
from pipeline.build import discover
from pipeline.ingest.read import read
from pipeline.ingest.segment import segment

WORD = re.compile(r"[a-z0-9]{3,}")


def _check_accounted(raw, doc) -> None:
    content = {ln.line_no for ln in raw.lines if ln.text.strip()} | {f.line_no for f in raw.furniture}
    traced = {t.line_no for t in doc.trace}
    assert content - traced == set(), "lines that went nowhere"
    clause_ids = {c.clause_id for c in doc.clauses}
    by_id = {c.clause_id: c for c in doc.clauses}
    for t in doc.trace:
        if t.dest == "clause":
            assert t.ref in clause_ids
    # the words of a line that went to a clause are in that clause (or its row's other cells)
    targets: dict[int, set[str]] = {}
    for t in doc.trace:
        if t.dest == "clause" and "\t" not in t.text:
            targets.setdefault(t.line_no, set()).add(t.ref)
    texts = {t.line_no: t.text for t in doc.trace}
    # a line that is a clause and a lead-in ("… process. In doing so Members should:") has the rest in the lead-in
    lead_lines = {t.line_no for t in doc.trace if t.dest == "lead-in"}
    lead_words = set(WORD.findall(" ".join(c.lead_in or "" for c in doc.clauses).lower()))
    for line_no, refs in targets.items():
        words = set(WORD.findall(texts[line_no].lower()))
        have = set(WORD.findall(" ".join(by_id[r].text for r in refs).lower()))
        if line_no in lead_lines:
            have |= lead_words
        missing = {w for w in words - have if not any(h.startswith(w) or w.startswith(h) for h in have)}
        assert len(missing) <= max(1, len(words) // 10), (line_no, texts[line_no], missing)


@pytest.mark.parametrize("path", [p for p in discover(RAW)], ids=lambda p: p.name)
def test_every_line_of_every_raw_document_is_accounted_for(path):
    raw = read(path)
    doc = segment(raw)
    assert doc.clauses
    _check_accounted(raw, doc)


WORDS = st.sampled_from("members officers council clerk should must not will advise respect policy "
                        "complaint raise first instance chair group leader staff the and of to".split())
SENTENCE = st.lists(WORDS, min_size=2, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
LINE = st.one_of(
    SENTENCE,
    st.tuples(st.integers(1, 9), st.integers(1, 9), SENTENCE).map(lambda t: f"{t[0]}.{t[1]} {t[2]}"),
    st.tuples(st.sampled_from(["-", "•", "*", "(cid:127)", "\uf0b7", "(a)", "b)", "(ii)", "1."]), SENTENCE)
    .map(lambda t: f"{t[0]} {t[1]}"),
    st.lists(WORDS, min_size=1, max_size=5).map(lambda ws: " ".join(ws).title()),
    st.lists(WORDS, min_size=1, max_size=6).map(lambda ws: " ".join(ws).capitalize() + ":"),
    st.sampled_from(["Page 2", "Page updated:", "12/10/2020", "Skip to content", "Contents", "", "", "8.63",
                     "Members\tOfficers", "Members must respect staff.\tOfficers will advise members.",
                     "\tOfficers will reply on time.", "   - nested item text here"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=40), st.booleans())
def test_generated_documents_lose_no_line(tmp_path_factory, lines, paged):
    text = "\n".join(lines)
    if paged:
        mid = len(lines) // 2
        text = "\n".join(lines[:mid]) + "\n\f" + "\n".join(lines[mid:])
    if not text.strip():
        return
    path = tmp_path_factory.mktemp("gen") / "doc.txt"
    path.write_text(text, encoding="utf-8")
    raw = read(path)
    doc = segment(raw)
    content = {ln.line_no for ln in raw.lines if ln.text.strip()}
    assert content - {t.line_no for t in doc.trace} == set()
    assert len({c.clause_id for c in doc.clauses}) == len(doc.clauses), "clause ids are unique"
