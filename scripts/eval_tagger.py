"""Score the tagger on gold sets, rules alone and with the trained models, as Markdown tables.

    python scripts/eval_tagger.py                 # the blind sets (tests/data/blind/*)
    python scripts/eval_tagger.py --sets all      # every gold set
    python scripts/eval_tagger.py --only corpus_actors_r5 blind_b15   # the sets named
    python scripts/eval_tagger.py --only blind_b65 blind_b66 --pool   # ... and all their clauses as one set

For each set: strict macro-F1, accuracy, lenient accuracy, actor accuracy and theme
precision/recall, for the rules alone and for the shipped model; then the reliability
of the model's confidence over all the sets scored (of clauses in a confidence band,
the share whose tag is right).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest.read import read  # noqa: E402
from pipeline.ingest.segment import segment  # noqa: E402
from pipeline.model import IngestError  # noqa: E402
from pipeline.nlp.evaluate import load_gold, match, score  # noqa: E402
from pipeline.nlp.tag import load_nlp, tag_documents  # noqa: E402
from pipeline.nlp.train import find_gold_sets  # noqa: E402


def documents(folder: Path) -> list:
    docs = []
    for p in sorted(folder.iterdir()):
        if p.is_file() and p.name != "sources.csv" and not p.name.startswith("."):
            try:
                docs.append(segment(read(p, p.stem)))
            except IngestError as exc:
                print(f"{p}: {exc}", file=sys.stderr)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", choices=["blind", "all"], default="blind")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="score only these sets (names as printed)")
    ap.add_argument("--pool", action="store_true", help="add a row scoring the clauses of every set scored as one")
    args = ap.parse_args()
    nlp = load_nlp()
    sets = [s for s in find_gold_sets(ROOT) if args.sets == "all" or s.blind]
    if args.only:
        sets = [s for s in find_gold_sets(ROOT) if s.name in args.only]
        missing = set(args.only) - {s.name for s in sets}
        if missing:
            sys.exit(f"no such gold set: {', '.join(sorted(missing))}")
    print("| set | clauses | tagger | strict macro-F1 | accuracy | lenient accuracy | actor accuracy | themes P | themes R |")
    print("|---|---|---|---|---|---|---|---|---|")
    bands = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]
    counts = {b: [0, 0] for b in bands}
    pooled: dict[str, list] = {"rules alone": [], "rules + model": []}
    for s in sets:
        gold = load_gold([s.gold])
        for label, use_model in (("rules alone", False), ("rules + model", True)):
            docs = documents(s.docs)
            tag_documents(docs, nlp, use_model=use_model)
            pairs = match(gold, docs)
            pooled[label] += pairs
            strict, lenient = score(pairs, lenient=False), score(pairs, lenient=True)
            th = strict.themes or {"precision": float("nan"), "recall": float("nan")}
            print(f"| {s.name} | {strict.n} | {label} | {strict.macro_f1:.3f} | {strict.accuracy:.3f} | "
                  f"{lenient.accuracy:.3f} | {strict.actor_accuracy:.3f} | {th['precision']:.3f} | {th['recall']:.3f} |")
            if use_model:
                for g, p in pairs:
                    if p is None:
                        continue
                    for lo, hi in bands:
                        if lo <= p["confidence"] < hi:
                            counts[(lo, hi)][0] += 1
                            counts[(lo, hi)][1] += p["tag"] == g.tag
    for label, pairs in pooled.items() if args.pool else ():
        strict, lenient = score(pairs, lenient=False), score(pairs, lenient=True)
        th = strict.themes or {"precision": float("nan"), "recall": float("nan")}
        print(f"| pooled | {strict.n} | {label} | {strict.macro_f1:.3f} | {strict.accuracy:.3f} | "
              f"{lenient.accuracy:.3f} | {strict.actor_accuracy:.3f} | {th['precision']:.3f} | {th['recall']:.3f} |")
    print("\n| confidence | clauses | share right |\n|---|---|---|")
    for (lo, hi), (n, right) in counts.items():
        print(f"| {lo:.1f}–{min(hi, 1.0):.1f} | {n} | {right / n:.3f} |" if n else f"| {lo:.1f}–{min(hi, 1.0):.1f} | 0 | – |")


if __name__ == "__main__":
    main()
