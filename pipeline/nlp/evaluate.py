"""Scoring tagged clauses against gold labels: per-label precision/recall/F1, macro-F1,
the confusion matrix and actor accuracy. Plain functions over plain records."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..model import TAGS, Document


@dataclass
class GoldClause:
    doc_id: str
    clause_id: str
    text: str
    tag: str
    acceptable: list[str]
    actor: str | None
    themes: list[str] | None = None  # None: the gold has no theme labels for this clause


def load_gold(paths: list[Path]) -> list[GoldClause]:
    """Read gold JSONL files (one clause a line); a folder means every *.jsonl in it."""
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        files.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
    gold = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
                g = GoldClause(r["doc_id"], r["clause_id"], r["text"], r["tag"],
                               list(r.get("acceptable") or [r["tag"]]), r.get("actor"),
                               list(r["themes"]) if "themes" in r else None)
            except (ValueError, KeyError) as exc:
                raise ValueError(f"{f}:{n}: not a gold record ({exc})") from None
            if g.tag not in TAGS:
                raise ValueError(f"{f}:{n}: unknown tag '{g.tag}'")
            gold.append(g)
    return gold


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def match(gold: list[GoldClause], docs: list[Document]) -> list[tuple[GoldClause, dict | None]]:
    """Pair each gold clause with the predicted clause of the same document and text
    (exact after normalising, else the most similar one above 85%)."""
    from rapidfuzz import fuzz

    by_doc: dict[str, list[dict]] = {}
    for d in docs:
        by_doc[d.doc_id] = [c.to_record() for c in d.clauses]
    pairs = []
    for g in gold:
        cands = by_doc.get(g.doc_id, [])
        key = _norm(g.text)
        same_id = [c for c in cands if c["clause_id"] == g.clause_id]
        hit = next((c for c in same_id + cands if _norm(c["text"]) == key), None)
        if hit is None and cands:
            best = max(cands, key=lambda c: fuzz.ratio(key, _norm(c["text"])))
            if fuzz.ratio(key, _norm(best["text"])) >= 85:
                hit = best
        pairs.append((g, hit))
    return pairs


@dataclass
class Scores:
    n: int
    matched: int
    per_label: dict[str, dict[str, float]]
    macro_f1: float
    accuracy: float
    confusion: dict[str, Counter]
    actor_accuracy: float
    lenient: bool
    misses: list[tuple[GoldClause, dict | None]] = field(default_factory=list)
    themes: dict[str, float] | None = None  # micro precision/recall/F1 over (clause, theme) pairs


def score(pairs: list[tuple[GoldClause, dict | None]], lenient: bool = True) -> Scores:
    """Per-label P/R/F1. Lenient: a prediction among the gold's acceptable tags counts as the gold tag."""
    confusion: dict[str, Counter] = {t: Counter() for t in TAGS}
    actors_ok = 0
    matched = 0
    misses = []
    for g, p in pairs:
        pred = p["tag"] if p else "(missing)"
        if p is not None:
            matched += 1
            actors_ok += p["actor"] == g.actor
        if lenient and pred in g.acceptable:
            pred = g.tag
        confusion[g.tag][pred] += 1
        if pred != g.tag or (p is not None and p["actor"] != g.actor):
            misses.append((g, p))
    per_label = {}
    for t in TAGS:
        tp = confusion[t][t]
        fp = sum(confusion[o][t] for o in TAGS if o != t)
        fn = sum(v for k, v in confusion[t].items() if k != t)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_label[t] = {"precision": prec, "recall": rec, "f1": f1, "support": tp + fn}
    labels = [t for t in TAGS if per_label[t]["support"]]
    macro = sum(per_label[t]["f1"] for t in labels) / len(labels) if labels else 0.0
    n = len(pairs)
    accuracy = sum(confusion[t][t] for t in TAGS) / n if n else 0.0
    return Scores(n, matched, per_label, macro, accuracy, confusion, actors_ok / matched if matched else 0.0,
                  lenient, misses, theme_scores(pairs))


def theme_scores(pairs: list[tuple[GoldClause, dict | None]]) -> dict[str, float] | None:
    """Micro precision/recall/F1 of themes over the gold clauses that carry theme labels."""
    tp = fp = fn = 0
    labelled = 0
    for g, p in pairs:
        if g.themes is None:
            continue
        labelled += 1
        gold = set(g.themes)
        pred = set(p["themes"]) if p else set()
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    if not labelled:
        return None
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"clauses": labelled, "precision": prec, "recall": rec, "f1": f1}


def report(s: Scores) -> str:
    """The scores as a plain-text table."""
    lines = [f"{'lenient' if s.lenient else 'strict'} scoring: {s.n} gold clauses, {s.matched} matched",
             f"{'label':<12} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
    for t in TAGS:
        r = s.per_label[t]
        lines.append(f"{t:<12} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:6.3f} {int(r['support']):8d}")
    lines.append(f"macro-F1 {s.macro_f1:.3f}   accuracy {s.accuracy:.3f}   actor accuracy {s.actor_accuracy:.3f}")
    if s.themes:
        t = s.themes
        lines.append(f"themes ({t['clauses']:.0f} labelled clauses): precision {t['precision']:.3f}   "
                     f"recall {t['recall']:.3f}   F1 {t['f1']:.3f}")
    lines.append("")
    lines.append("confusion (rows gold, columns predicted)")
    cols = list(TAGS) + ["(missing)"]
    lines.append(" " * 12 + "".join(f"{c[:11]:>12}" for c in cols))
    for t in TAGS:
        lines.append(f"{t:<12}" + "".join(f"{s.confusion[t][c]:12d}" for c in cols))
    return "\n".join(lines)
