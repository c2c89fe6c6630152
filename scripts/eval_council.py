"""How often the council read from a document's own text (pipeline/ingest/council.py) is the one its sources.csv
names: over every document of the gold and blind sets, built without sources.csv.

    python scripts/eval_council.py [--details]   # reads tests/data/*/*/docs and the documents of a build
    python scripts/eval_council.py BUILD_DIR      # BUILD_DIR/documents/*.json of `protocols build` run on the
                                                 # documents with no sources.csv (council left to the text)
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest.council import EDGE_REASONS, council_of  # noqa: E402
from pipeline.model import council_type_of  # noqa: E402


def _norm(name: str | None) -> str:
    return re.sub(r"\W+", " ", (name or "").lower()).strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--details", action="store_true", help="list every document whose council was read wrong")
    args = ap.parse_args()
    truth = {}
    for sources in sorted((ROOT / "tests" / "data").glob("**/docs/sources.csv")):
        with sources.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                truth[row["doc_id"]] = (row.get("council") or "", council_type_of(row.get("council_type")))
    n = named = right = type_known = type_right = type_wrong = 0
    for path in sorted((args.build / "documents").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc["doc_id"] not in truth:
            continue
        true_name, true_type = truth[doc["doc_id"]]
        edges = [f["text"] for f in doc["furniture"] if f["reason"] in EDGE_REASONS]
        name, kind = council_of(doc.get("title"), doc["text"], edges)
        n += 1
        named += name is not None
        ok = name is not None and _norm(name) == _norm(true_name)
        right += ok
        if kind is not None:
            type_known += 1
            type_right += kind == true_type
            type_wrong += kind != true_type
        if args.details and (not ok or kind not in (None, true_type)):
            print(f"{doc['doc_id']}\t{name} ({kind})\tsources.csv: {true_name} ({true_type})")
    print(f"documents {n}; a council read for {named} ({named / n:.1%}); the right name {right} "
          f"({right / n:.1%} of all, {right / max(named, 1):.1%} of those read); a type read for {type_known}, "
          f"right {type_right}, wrong {type_wrong}")


if __name__ == "__main__":
    main()
