"""Precision and recall of the draft's same-point rule on the labelled clause pairs.

    python scripts/measure_pairs.py [PAIRS_JSONL] [--grid] [--cv]

Each line of tests/data/draft_pairs/pairs.jsonl holds two clause records (text, tag, actor,
themes, ref: doc_id and clause number in the gold corpus) and a label read by a person:
``paraphrase`` (a reader of a draft would see the same point twice), ``same_topic`` (related, but
a different point) or ``unrelated``. The rule (pipeline/render/similarity.py, thresholds in
similarity.yaml) should merge the paraphrases and nothing else. Sentence vectors are computed
over all the texts of the file together, as a draft computes them over its clauses.
``--grid`` also prints the best thresholds for a few precision floors (how they were chosen);
``--cv`` chooses them on half the pairs and scores them on the other half, both ways.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import product
from pathlib import Path

import numpy as np

from pipeline.render.similarity import _point_rule, attach_vectors, overlap, same_point

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "draft_pairs" / "pairs.jsonl"


def load(path: Path) -> list[dict]:
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts: dict[str, dict] = {}
    for p in pairs:
        for side in ("a", "b"):
            p[side] = texts.setdefault(p[side]["text"], dict(p[side]))
    attach_vectors(list(texts.values()))
    return pairs


def scores(pairs: list[dict], merged: list[bool]) -> tuple[float, float, Counter]:
    truth = [p["label"] == "paraphrase" for p in pairs]
    tp = sum(m and t for m, t in zip(merged, truth))
    fp = sum(m and not t for m, t in zip(merged, truth))
    fn = sum(t and not m for m, t in zip(merged, truth))
    by_label = Counter((p["label"], m) for p, m in zip(pairs, merged))
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), by_label


def main(argv: list[str]) -> None:
    path = Path(next((a for a in argv if not a.startswith("--")), PAIRS))
    pairs = load(path)
    merged = [same_point(p["a"], p["b"]) for p in pairs]
    precision, recall, by_label = scores(pairs, merged)
    print(f"{len(pairs)} pairs: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(p['label'] for p in pairs).items())))
    print(f"rule {_point_rule()}: precision {precision:.3f}, recall {recall:.3f}")
    for label in ("paraphrase", "same_topic", "unrelated"):
        print(f"  {label}: merged {by_label[(label, True)]}, kept apart {by_label[(label, False)]}")
    if "--grid" in argv or "--cv" in argv:
        found = []
        for alone, with_vec, c in product(np.arange(0.25, 0.61, 0.025), np.arange(0.15, 0.41, 0.025),
                                          np.arange(0.1, 0.5, 0.025)):
            rule = {"overlap_alone": round(alone, 3), "overlap_with_vector": round(with_vec, 3), "cosine": round(c, 3)}
            m = [same_point(p["a"], p["b"], rule=rule) for p in pairs]
            pr, rc, _ = scores(pairs, m)
            found.append(tuple(round(float(x), 3) for x in (pr, rc, alone, with_vec, c)))
        print("best recall at a precision floor (precision, recall, overlap_alone, overlap_with_vector, cosine):")
        for floor in (0.7, 0.75, 0.8, 0.85, 0.9):
            print(f"  {floor}:", max((f for f in found if f[0] >= floor), key=lambda f: (f[1], f[0]), default=None))
    if "--cv" in argv:
        # two folds (odd and even lines): thresholds chosen on one (most recall at precision >= 0.8),
        # scored on the other, so the figures are not those of the pairs the thresholds were chosen on
        rules = [{"overlap_alone": a, "overlap_with_vector": w, "cosine": c} for _, _, a, w, c in found]
        merged_by = [[same_point(p["a"], p["b"], rule=r) for p in pairs] for r in rules]
        for fold in (0, 1):
            train = [i for i in range(len(pairs)) if i % 2 == fold]
            test = [i for i in range(len(pairs)) if i % 2 != fold]

            def on(idx: list[int], m: list[bool]) -> tuple[float, float]:
                return scores([pairs[i] for i in idx], [m[i] for i in idx])[:2]

            ok = [k for k, m in enumerate(merged_by) if on(train, m)[0] >= 0.8]
            best = max(ok, key=lambda k: (on(train, merged_by[k])[1], on(train, merged_by[k])[0]))
            tp, tr = on(train, merged_by[best])
            hp, hr = on(test, merged_by[best])
            print(f"fold {fold}: chose {rules[best]}; chosen-on precision {tp:.3f} recall {tr:.3f}; "
                  f"held-out precision {hp:.3f} recall {hr:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
