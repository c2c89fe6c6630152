"""Shared-wording benchmark: CPU seconds of `shared_wording` on generated clause tables, and the
recall of its LSH candidates against every pair.

Clauses are the gold-corpus clauses (tests/data/gold_corpus/*/docs) with one word replaced, in
two documents and five tags, so nearly every wording is distinct.

Usage:
  python scripts/bench_shared_wording.py --clauses 2500 --clauses 10000
  python scripts/bench_shared_wording.py --recall      # LSH candidates vs. all pairs (slow: all pairs)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build import run  # noqa: E402
from pipeline.render.common import joined_words, typed_frame  # noqa: E402


def gold_texts() -> list[str]:
    texts = []
    for folder in sorted((ROOT / "tests/data/gold_corpus").glob("*/docs")):
        results, _ = run(folder)
        texts += [c.text for r in results if r.document for c in r.document.clauses if len(c.text.split()) >= 6]
    return texts


def timing(n: int, pool: list[str]) -> None:
    from pipeline.render.compare import shared_wording
    from pipeline.render.datasets import CLAUSE_DTYPES

    rng = random.Random(7)
    vocab = sorted({w for t in pool for w in t.split() if w.isalpha()})
    rows = []
    for k in range(n):
        words = rng.choice(pool).split()
        words[rng.randrange(len(words))] = rng.choice(vocab)
        rows.append({"doc_id": f"d{k % 2}", "council": f"C{k % 2}", "clause_id": str(k), "text": " ".join(words),
                     "tag": rng.choice(["role", "expectation", "prohibition", "escalation", "context"]),
                     "tags": [], "themes": []})
    df = typed_frame(rows, CLAUSE_DTYPES)
    t = time.process_time()
    groups = shared_wording(df)
    print(f"{n} clauses: {time.process_time() - t:.1f} s CPU, {groups.group.nunique()} groups, {len(groups)} rows")


def recall(pool: list[str]) -> None:
    import numpy as np
    from rapidfuzz import fuzz, process

    from pipeline.render.blocking import candidate_pairs

    rng = random.Random(1)
    texts = sorted({joined_words(t) for t in pool})
    vocab = sorted({w for t in texts for w in t.split()})

    def mutate(t: str) -> str:
        ws = t.split()
        for _ in range(max(1, len(ws) // 8)):
            k, op = rng.randrange(len(ws)), rng.random()
            if op < .4:
                ws[k] += "s"
            elif op < .7:
                ws[k] = rng.choice(vocab)
            elif op < .85 and len(ws) > 1:
                del ws[k]
            else:
                ws.insert(k, rng.choice(vocab))
        return " ".join(ws)

    allt = texts + [mutate(t) for t in texts] + [mutate(mutate(t)) for t in rng.sample(texts, min(800, len(texts)))]
    t = time.process_time()
    cand = set(candidate_pairs(allt))
    lsh = time.process_time() - t
    t = time.process_time()
    scores = process.cdist(allt, allt, scorer=fuzz.token_sort_ratio, score_cutoff=85, dtype=np.uint8, workers=1)
    exact = {(int(a), int(b)) for a, b in np.argwhere(np.triu(scores, 1) >= 85)}
    full = time.process_time() - t
    n = len(allt)
    print(f"{n} wordings, {len(exact)} pairs >= 85: LSH finds {len(exact & cand) / max(1, len(exact)):.2%} "
          f"with {len(cand)} candidates ({len(cand) / (n * (n - 1) / 2):.2%} of all pairs); "
          f"LSH {lsh:.1f} s CPU, all pairs {full:.1f} s CPU")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clauses", type=int, action="append", default=None)
    ap.add_argument("--recall", action="store_true")
    args = ap.parse_args()
    pool = gold_texts()
    for n in args.clauses or ([] if args.recall else [2500, 5000, 10000]):
        timing(n, pool)
    if args.recall:
        recall(pool)


if __name__ == "__main__":
    main()
