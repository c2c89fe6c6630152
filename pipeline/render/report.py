"""The comparison report: report.html (templates/report.html.j2) and, beside it, report_files/
with one small script per council holding its clauses and escalation ladder, which the page
loads only when a reader opens a coverage cell or brings the council into view in the ladders,
the actor tables or the clause table. The folder opens offline
(scripts load from file://, unlike fetched JSON) and the page stays small at any number of
councils."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlsplit

import pandas as pd

from ..model import ACTORS, TAGS
from ..nlp.themes import load_themes
from ..resources import load_rules
from .common import environment
from .compare import MODALITY_ORDER, council_name, theme_evidence
from .fit import records_among

REPORT_FILES = "report_files"  # the folder beside report.html that holds the per-council data
SHARED_GROUPS_SHOWN = 100  # groups of shared wording shown in the page; all are in shared_wording.csv
SHARED_MEMBERS_SHOWN = 30  # members listed per group; all are in shared_wording.csv


def _none(v):
    return None if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA else v


# Characters a URL cannot hold unencoded: in a Markdown draft's <address> a '>' ended the link and
# what followed ("<script>...") was raw HTML.
_NOT_IN_URL = re.compile(r'[\x00-\x20<>"`{}|\\^\x7f]')


def link_url(url) -> str | None:
    """A source URL the report may link to: http(s) only (sources.csv is user input), with the
    characters a URL cannot hold (spaces, <, >, quotes, braces) percent-encoded."""
    url = _none(url)
    if not isinstance(url, str) or not url.strip():
        return None
    url = _NOT_IN_URL.sub(lambda m: quote(m.group()), url.strip())
    return url if urlsplit(url).scheme.lower() in ("http", "https") and urlsplit(url).netloc else None


def _script_json(data) -> str:
    """JSON safe to place inside a <script> element or a .js file."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def data_file(index: int) -> str:
    return f"{REPORT_FILES}/council-{index:04d}.js"


def render_report(clauses: pd.DataFrame, documents: pd.DataFrame, coverage: pd.DataFrame,
                  escalation: pd.DataFrame, groups: pd.DataFrame, title: str = "Member/Officer protocols compared",
                  templates: str | Path | None = None) -> dict[str, str]:
    """The report's files, relative path -> text: report.html and report_files/council-NNNN.js.
    Same inputs give the same bytes (no dates, stable order)."""
    docs = documents.assign(council=documents.apply(council_name, axis=1)).sort_values(["council", "doc_id"])
    ok_docs = docs[docs.status != "failed"]
    councils = list(dict.fromkeys(ok_docs.council))
    council_index = {c: i for i, c in enumerate(councils)}
    by_council_doc = dict(zip(ok_docs.doc_id, ok_docs.council))
    url_of = {d: link_url(u) for d, u in zip(docs.doc_id, docs.get("source_url", pd.Series([None] * len(docs))))}
    themes = load_themes()
    theme_ids = list(themes)
    cov = coverage.copy()
    cov["council"] = cov.doc_id.map(by_council_doc).fillna(cov.council)
    cells_by: dict[tuple, list[dict]] = {}
    for r in cov.to_dict("records"):
        cells_by.setdefault((r["theme"], r["council"]), []).append(r)
    peak = max([int(r["clauses"]) for rs in cells_by.values() for r in rs] + [1])
    heat = []
    for council in councils:
        cells = []
        for tid in theme_ids:
            hit = cells_by.get((tid, council), [])
            n = sum(int(r["clauses"]) for r in hit)
            strongest = sorted((r["strongest"] for r in hit if _none(r["strongest"])), key=MODALITY_ORDER.index)
            # eight shades: the darker the cell, the more clauses (classes keep a large report small)
            cells.append({"clauses": n, "shade": min(7, 7 * n // peak) if n else None,
                          "strongest": strongest[0] if strongest else ""})
        heat.append({"council": council, "index": council_index[council], "cells": cells})
    cl = clauses.assign(council=clauses.doc_id.map(by_council_doc).fillna(clauses.doc_id))
    records = cl.to_dict("records")
    # the documents that record a meeting, a report or news rather than state a protocol (fit.record_documents, as
    # the drafts leave them out): marked, so that a reader knows which counts come from minutes and reports
    record_of = records_among([{"doc_id": r["doc_id"], "text": r["text"], "kind": _none(r.get("kind")),
                                "lead_in": _none(r.get("lead_in")), "complete": _none(r.get("complete"))}
                               for r in records])
    record_councils = {c for c in councils
                       if all(d in record_of for d in ok_docs.doc_id[ok_docs.council == c])}
    tag_counts: dict[str, Counter] = {c: Counter() for c in councils}
    for r in records:
        if r["council"] in tag_counts and _none(r["tag"]):
            tag_counts[r["council"]][r["tag"]] += 1
    tag_bars = []
    for council in councils:
        counts = tag_counts[council]
        total = sum(counts.values())
        tag_bars.append({"council": council, "total": total,
                         "segments": [{"tag": t, "n": counts[t], "pct": round(100 * counts[t] / total, 2)}
                                      for t in TAGS if counts[t]] if total else []})
    ladders: dict[str, list[dict]] = {c: [] for c in councils}
    esc = escalation.assign(council=escalation.doc_id.map(by_council_doc).fillna(escalation.council))
    for s in esc.sort_values(["doc_id", "step"], kind="stable").itertuples():
        if s.council in ladders:
            ladders[s.council].append({"level": s.level, "who": _none(s.who), "to_whom": _none(s.to_whom),
                                       "id": s.clause_id, "text": s.text})
    group_list = []
    by_group: dict[int, list[dict]] = {}
    for m in groups.to_dict("records"):
        by_group.setdefault(int(m["group"]), []).append(m)
    for g in sorted(by_group)[:SHARED_GROUPS_SHOWN]:
        members = by_group[g]
        rep = next(m for m in members if m["representative"])
        group_list.append({"group": g, "councils": int(rep["councils"]), "tag": _none(rep["tag"]) or "",
                           "text": rep["text"], "more": max(0, len(members) - SHARED_MEMBERS_SHOWN),
                           "members": [{"council": by_council_doc.get(m["doc_id"], m["council"]),
                                        "clause_id": m["clause_id"], "similarity": int(m["similarity"]),
                                        "differences": _none(m["differences"])}
                                       for m in members[:SHARED_MEMBERS_SHOWN]]})
    files: dict[str, str] = {}
    by_council: dict[str, list[dict]] = {c: [] for c in councils}
    for c in records:
        if c["council"] not in by_council:
            continue
        ev = theme_evidence(c)
        by_council[c["council"]].append({
            "doc": c["doc_id"], "id": c["clause_id"], "page": _none(c["page"]), "section": _none(c["section"]),
            "tag": _none(c["tag"]), "actor": _none(c["actor"]), "evidence": _none(c["evidence"]),
            "themes": [[theme_ids.index(t), ev[t]] for t in list(c["themes"]) if t in themes],
            "lead_in": _none(c["lead_in"]), "text": c["text"], "url": url_of.get(c["doc_id"]),
            "incomplete": _none(c.get("complete")) is False})
    for council, rows in by_council.items():
        i = council_index[council]
        data = {"clauses": rows, "ladder": ladders[council]}
        files[data_file(i)] = f"protocolsReport.add({i},{_script_json(data)});\n"
    documents_rows = [{k: (_none(v) if _none(v) is not None else "") for k, v in d.items()}
                      | {"url": url_of.get(d["doc_id"]), "record": round(100 * record_of[d["doc_id"]])
                         if d["doc_id"] in record_of else None} for d in docs.to_dict("records")]
    for row in heat:
        row["record"] = row["council"] in record_councils
    meta = {"councils": [{"name": c, "file": data_file(i), "clauses": len(by_council[c])}
                         for i, c in enumerate(councils)],
            "themes": [themes[t]["label"] for t in theme_ids], "tags": list(TAGS), "actors": list(ACTORS)}
    labels = load_rules("labels.yaml")
    template = environment(templates).get_template("report.html.j2")
    files["report.html"] = template.render(labels=labels,
        title=title, documents=documents_rows, councils=councils, n_clauses=len(cl), heat=heat,
        themes=[{"label": themes[t]["label"], "phrases": ", ".join(themes[t]["phrases"])} for t in theme_ids],
        tags=list(TAGS), tag_bars=tag_bars, groups=group_list,
        n_groups=len(by_group), actors=list(ACTORS), meta=_script_json(meta), report_files=REPORT_FILES)
    return files


def write_report(out_dir: Path, files: dict[str, str]) -> None:
    """Write the report's files (each atomically; the data first, report.html last) and remove
    data files an earlier build left that this report no longer uses."""
    from ..store import write_text

    out_dir = Path(out_dir)
    for name in sorted(files, key=lambda n: n == "report.html"):
        write_text(out_dir / name, files[name])
    folder = out_dir / REPORT_FILES
    if folder.is_dir():
        for f in folder.glob("council-*.js"):
            if f"{REPORT_FILES}/{f.name}" not in files:
                f.unlink()
