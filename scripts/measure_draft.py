"""How much the draft's clustering merges, and what it leaves out, for a built folder.

    python scripts/measure_draft.py STRUCTURED_DIR COUNCIL_TYPE

Prints: clauses read, clauses left out by reason, draft points before merging (a clause or a
list), points after merging (groups), and the points and clauses of the draft itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from pipeline.render.draft import _cluster, _points, _prepare, _same_head, build_draft, options_for
from pipeline.render.similarity import attach_vectors, candidate_pairs


def main(structured: str, council_type: str) -> None:
    clauses = pd.read_parquet(Path(structured) / "clauses.parquet")
    opts = options_for({"council": "Test Council", "council_type": council_type, "draft_date": "2027-01-01"})
    d = build_draft(clauses, opts)
    print(f"clauses read: {len(clauses)}")
    print("left out as not draft material:", dict(sorted(d.left_out.items())))
    df = _prepare(clauses)
    df["section"] = "all"
    pts = _points(df[df.text.map(lambda t: len(t.split()) >= 3)])
    heads = [p.head for p in pts]
    attach_vectors(heads)
    groups = _cluster(heads, _same_head, candidate_pairs(heads))
    print(f"all points before merging: {len(pts)}; after merging: {len(groups)} "
          f"({sum(len(g) > 1 for g in groups)} groups of 2 or more)")
    shown = [c for s in d.sections for c in s.clauses]
    print(f"{council_type} draft: {len(shown)} points, {sum(len(c.items) for c in shown)} list items, "
          f"{d.merged} other councils' wordings merged into them, {sum(len(c.others) for c in shown)} "
          f"other wordings in the appendix")


if __name__ == "__main__":
    main(*sys.argv[1:3])
