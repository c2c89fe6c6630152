"""Shared-wording benchmark: CPU seconds of `shared_wording` on generated clause tables, and the
recall of its LSH candidates against every pair.

Clauses are the gold-corpus clauses (tests/data/gold_corpus/*/docs) with one word replaced, in
two documents and five tags, so nearly every wording is distinct.

Usage:
  python scripts/bench_shared_wording.py --clauses 2500 --clauses 10000
  python scripts/bench_shared_wording.py --recall      # LSH candidates vs. all pairs (slow: all pairs)
  python scripts/bench_shared_wording.py --draft 500 --draft 2000   # CPU seconds of a draft from N councils
                                                                   # that all publish one model protocol
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


# A model protocol many councils adopt word for word: (tag, actor, themes, text); a lead-in's items follow it.
MODEL = [
    ("context", "both", [], "This protocol sets out how councillors and officers of the Council should work together."),
    ("role", "member", [], "Councillors are accountable to the electorate and set the Council's policies and budget."),
    ("role", "officer", ["political_neutrality"], "Officers serve the Council as a whole and not any political group."),
    ("expectation", "member", ["respect_courtesy"], "Councillors should treat officers with courtesy and respect at all times."),
    ("prohibition", "member", ["management_instruction"], "Councillors must not give instructions to any officer other than the Clerk."),
    ("expectation", "officer", ["timely_responses"], "The Clerk will reply to enquiries from councillors within five working days."),
    ("prohibition", "member", ["confidentiality_information"], "Councillors must not disclose information given to them in confidence."),
    ("escalation", "member", ["complaints_route"], "A councillor with a concern about the Clerk should raise it with the Chair."),
    ("escalation", "officer", ["complaints_route"], "The Clerk may raise a concern about a councillor with the Chair of the Staffing Committee."),
    ("expectation", "officer", [], "Officers can expect councillors to:"),
    ("expectation", "member", [], "Respect the Clerk's professional advice;"),
    ("expectation", "member", [], "Make requests for work through the Council;"),
    ("expectation", "member", [], "Refrain from criticising the Clerk in public."),
]


def draft_timing(councils: int) -> None:
    """CPU seconds of build_draft for ``councils`` councils that all publish MODEL word for word."""
    import pandas as pd

    from pipeline.render.draft import build_draft, options_for

    rows = []
    for k in range(councils):
        lead = None
        for n, (tag, actor, themes, text) in enumerate(MODEL, 1):
            item = lead is not None
            rows.append({"doc_id": f"c{k:05d}", "council": f"Parish Number {k} Parish Council", "council_type": "parish",
                         "clause_id": f"1.{n}", "parent": "1.10" if item else None, "kind": "item" if item else "paragraph",
                         "lead_in": lead, "tag": tag, "actor": actor, "themes": themes, "evidence": "", "confidence": 0.95,
                         "complete": True, "section": "Protocol", "text": text})
            lead = text if text.endswith(":") else lead
    opts = options_for({"council": "Zed Parish Council", "council_type": "parish", "draft_date": "2027-01-01"})
    t = time.process_time()
    d = build_draft(pd.DataFrame(rows), opts)
    points = sum(len(s.clauses) for s in d.sections)
    print(f"draft from {councils} councils sharing one wording ({len(rows)} clauses): "
          f"{time.process_time() - t:.1f} s CPU, {points} points")


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
    ap.add_argument("--draft", type=int, action="append", default=None, metavar="COUNCILS")
    args = ap.parse_args()
    for n in args.draft or []:
        draft_timing(n)
    if args.draft and not (args.clauses or args.recall):
        return
    pool = gold_texts()
    for n in args.clauses or ([] if args.recall else [2500, 5000, 10000]):
        timing(n, pool)
    if args.recall:
        recall(pool)


if __name__ == "__main__":
    main()
