"""The comparison report: one self-contained HTML file from templates/report.html.j2."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from ..model import ACTORS, TAGS
from ..nlp.themes import load_themes
from .common import environment
from .compare import council_name


def _none(v):
    return None if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA else v


def render_report(clauses: pd.DataFrame, documents: pd.DataFrame, coverage: pd.DataFrame,
                  escalation: pd.DataFrame, groups: pd.DataFrame, title: str = "Member/Officer protocols compared",
                  templates: str | Path | None = None) -> str:
    """The report's HTML. Same inputs give the same bytes (no dates, stable order)."""
    docs = documents.assign(council=documents.apply(council_name, axis=1)).sort_values(["council", "doc_id"])
    ok_docs = docs[docs.status != "failed"]
    councils = list(dict.fromkeys(ok_docs.council))
    by_council_doc = dict(zip(ok_docs.doc_id, ok_docs.council))
    themes = load_themes()
    cov = coverage.copy()
    cov["council"] = cov.doc_id.map(by_council_doc).fillna(cov.council)
    cells_by: dict[tuple, list[dict]] = {}
    for r in cov.to_dict("records"):
        cells_by.setdefault((r["theme"], r["council"]), []).append(r)
    peak = max([int(r["clauses"]) for rs in cells_by.values() for r in rs] + [1])
    heat = []
    for tid, theme in themes.items():
        cells = []
        for council in councils:
            hit = cells_by.get((tid, council), [])
            n = sum(int(r["clauses"]) for r in hit)
            alpha = round(0.15 + 0.85 * n / peak, 2) if n else 0
            strongest = [r["strongest"] for r in hit if _none(r["strongest"])]
            cells.append({"clauses": n, "alpha": alpha, "ink": "#fff" if alpha > 0.55 else "#1d2733",
                          "strongest": strongest[0] if strongest else "",
                          "tags": " ".join(r["tags"] for r in hit if _none(r["tags"]))})
        heat.append({"label": theme["label"], "cells": cells})
    cl = clauses.assign(council=clauses.doc_id.map(by_council_doc).fillna(clauses.doc_id))
    records = cl.to_dict("records")
    tag_counts: dict[str, Counter] = {c: Counter() for c in councils}
    actor_counts: dict[str, dict] = {c: {} for c in councils}
    for r in records:
        if r["council"] not in tag_counts:
            continue
        tag = _none(r["tag"])
        if tag:
            tag_counts[r["council"]][tag] += 1
        actor_counts[r["council"]].setdefault(_none(r["actor"]), Counter())[tag] += 1
    tag_bars = []
    actor_tables = []
    for council in councils:
        counts = tag_counts[council]
        total = sum(counts.values())
        tag_bars.append({"council": council, "total": total,
                         "segments": [{"tag": t, "n": counts[t], "pct": round(100 * counts[t] / total, 2)}
                                      for t in TAGS if counts[t]] if total else []})
        rows = []
        for actor in list(ACTORS) + [None]:
            c = actor_counts[council].get(actor)
            if c:
                rows.append({"actor": actor or "(none)", "counts": [c[t] for t in TAGS]})
        actor_tables.append({"council": council, "rows": rows})
    ladders = []
    esc = escalation.assign(council=escalation.doc_id.map(by_council_doc).fillna(escalation.council))
    esc_by = {k: g for k, g in esc.groupby("council", sort=False)}
    for council in councils:
        steps = esc_by.get(council, esc.iloc[0:0]).sort_values(["doc_id", "step"])
        ladders.append({"council": council, "steps": [
            {"level": s.level, "who": _none(s.who), "to_whom": _none(s.to_whom), "clause_id": s.clause_id,
             "text": s.text} for s in steps.itertuples()]})
    group_list = []
    by_group: dict[int, list[dict]] = {}
    for m in groups.to_dict("records"):
        by_group.setdefault(int(m["group"]), []).append(m)
    for g in sorted(by_group):
        members = by_group[g]
        rep = next(m for m in members if m["representative"])
        group_list.append({"group": g, "councils": int(rep["councils"]), "tag": _none(rep["tag"]) or "",
                           "text": rep["text"],
                           "members": [{"council": by_council_doc.get(m["doc_id"], m["council"]),
                                        "clause_id": m["clause_id"], "similarity": int(m["similarity"]),
                                        "differences": _none(m["differences"])} for m in members]})
    rows = []
    for c in records:
        rows.append({"council": c["council"], "doc_id": c["doc_id"], "clause_id": c["clause_id"],
                     "page": _none(c["page"]) or "", "section": _none(c["section"]) or "",
                     "tag": _none(c["tag"]) or "", "actor": _none(c["actor"]) or "", "evidence": _none(c["evidence"]),
                     "themes": ", ".join(themes[t]["label"] for t in list(c["themes"]) if t in themes),
                     "lead_in": _none(c["lead_in"]), "text": c["text"],
                     "incomplete": _none(c.get("complete")) is False})
    documents_rows = [{k: (_none(v) if _none(v) is not None else "") for k, v in d.items()}
                      for d in docs.to_dict("records")]
    template = environment(templates).get_template("report.html.j2")
    return template.render(title=title, documents=documents_rows, councils=councils, n_clauses=len(cl), heat=heat,
                           tags=list(TAGS), tag_bars=tag_bars, ladders=ladders, actor_tables=actor_tables,
                           groups=group_list, clauses=rows, actors=list(ACTORS))
