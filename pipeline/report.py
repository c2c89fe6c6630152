"""The comparison report: one self-contained HTML file from templates/report.html.j2."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .compare import council_name
from .model import ACTORS, TAGS
from .tag import load_themes

TEMPLATES_ENV = "PROTOCOLS_TEMPLATES"


def templates_dir() -> Path:
    """templates/ at the top of the project (or $PROTOCOLS_TEMPLATES)."""
    return Path(os.environ.get(TEMPLATES_ENV) or Path(__file__).resolve().parent.parent / "templates")


def markdown_text(text: str) -> str:
    """Untrusted text in Markdown: HTML tags and link brackets are backslash-escaped."""
    return re.sub(r"([<>\[\]])", r"\\\1", str(text))


def environment() -> Environment:
    """Strict templates: an undefined field is an error, and HTML is autoescaped (clause text is
    untrusted); Markdown templates escape it with the `md` filter."""
    env = Environment(loader=FileSystemLoader(str(templates_dir())), undefined=StrictUndefined,
                      autoescape=select_autoescape(["html", "htm", "html.j2", "htm.j2"], default=False),
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["md"] = markdown_text
    return env


def _none(v):
    return None if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA else v


def render_report(clauses: pd.DataFrame, documents: pd.DataFrame, coverage: pd.DataFrame,
                  escalation: pd.DataFrame, groups: pd.DataFrame, title: str = "Member/Officer protocols compared") -> str:
    """The report's HTML. Same inputs give the same bytes (no dates, stable order)."""
    docs = documents.assign(council=documents.apply(council_name, axis=1)).sort_values(["council", "doc_id"])
    ok_docs = docs[docs.status != "failed"]
    councils = list(dict.fromkeys(ok_docs.council))
    by_council_doc = dict(zip(ok_docs.doc_id, ok_docs.council))
    themes = load_themes()
    cov = coverage.copy()
    cov["council"] = cov.doc_id.map(by_council_doc).fillna(cov.council)
    peak = max(1, int(cov.clauses.max() or 1)) if len(cov) else 1
    heat = []
    for tid, theme in themes.items():
        cells = []
        for council in councils:
            hit = cov[(cov.theme == tid) & (cov.council == council)]
            n = int(hit.clauses.sum()) if len(hit) else 0
            alpha = round(0.15 + 0.85 * n / peak, 2) if n else 0
            strongest = hit.strongest.dropna().tolist()
            cells.append({"clauses": n, "alpha": alpha, "ink": "#fff" if alpha > 0.55 else "#1d2733",
                          "strongest": strongest[0] if strongest else "",
                          "tags": " ".join(t for t in hit.tags.dropna())})
        heat.append({"label": theme["label"], "cells": cells})
    cl = clauses.assign(council=clauses.doc_id.map(by_council_doc).fillna(clauses.doc_id))
    tag_bars = []
    actor_tables = []
    for council in councils:
        mine = cl[cl.council == council]
        counts = Counter(mine.tag.dropna())
        total = sum(counts.values())
        tag_bars.append({"council": council, "total": total,
                         "segments": [{"tag": t, "n": counts[t], "pct": round(100 * counts[t] / total, 2)}
                                      for t in TAGS if counts[t]] if total else []})
        rows = []
        for actor in list(ACTORS) + [None]:
            sub = mine[mine.actor.isna()] if actor is None else mine[mine.actor == actor]
            if len(sub):
                c = Counter(sub.tag)
                rows.append({"actor": actor or "(none)", "counts": [c[t] for t in TAGS]})
        actor_tables.append({"council": council, "rows": rows})
    ladders = []
    esc = escalation.assign(council=escalation.doc_id.map(by_council_doc).fillna(escalation.council))
    for council in councils:
        steps = esc[esc.council == council].sort_values(["doc_id", "step"])
        ladders.append({"council": council, "steps": [
            {"level": s.level, "who": _none(s.who), "to_whom": _none(s.to_whom), "clause_id": s.clause_id,
             "text": s.text} for s in steps.itertuples()]})
    group_list = []
    if len(groups):
        grp = groups.assign(council=groups.doc_id.map(by_council_doc).fillna(groups.council))
        for g, members in grp.groupby("group", sort=True):
            rep = members[members.representative].iloc[0]
            group_list.append({"group": int(g), "councils": int(rep.councils), "tag": rep.tag, "text": rep.text,
                               "members": [{"council": m.council, "clause_id": m.clause_id,
                                            "similarity": int(m.similarity), "differences": _none(m.differences)}
                                           for m in members.itertuples()]})
    rows = []
    for c in cl.itertuples():
        rows.append({"council": c.council, "doc_id": c.doc_id, "clause_id": c.clause_id, "page": _none(c.page) or "",
                     "section": _none(c.section) or "", "tag": _none(c.tag) or "", "actor": _none(c.actor) or "",
                     "evidence": _none(c.evidence), "themes": ", ".join(themes[t]["label"] for t in list(c.themes)
                                                                         if t in themes),
                     "lead_in": _none(c.lead_in), "text": c.text})
    documents_rows = [{k: (_none(v) if _none(v) is not None else "") for k, v in d.items()}
                      for d in docs.to_dict("records")]
    template = environment().get_template("report.html.j2")
    return template.render(title=title, documents=documents_rows, councils=councils, n_clauses=len(cl), heat=heat,
                           tags=list(TAGS), tag_bars=tag_bars, ladders=ladders, actor_tables=actor_tables,
                           groups=group_list, clauses=rows, actors=list(ACTORS))
