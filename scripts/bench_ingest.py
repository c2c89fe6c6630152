"""Benchmark PDF ingest: pages/s of read + segment next to bare pdfplumber extract_text.

Renders a long PDF (the Northvale test protocol repeated N times, so it has
running headers, tables, bullets and page breaks everywhere), then times, in
one run and on the same file:

  1. bare pdfplumber: open + page.extract_text() on every page;
  2. this project's ingest: read_pdf + segment (tables, furniture, clauses).

Usage: python scripts/bench_ingest.py [--copies 12] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import make_pdfs  # noqa: E402
import pdfplumber  # noqa: E402

from pipeline.ingest.read import read  # noqa: E402
from pipeline.ingest.segment import segment  # noqa: E402


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=12)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    source = (ROOT / "tests/data/pdf_sources/northvale_borough_protocol.txt").read_text(encoding="utf-8")
    head, body = source.split("\n1. ", 1)
    long_text = head + "\n" + "\n".join("1. " + body for _ in range(args.copies))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "long.txt"
        src.write_text(long_text, encoding="utf-8")
        pdf = Path(tmp) / "long.pdf"
        pages = make_pdfs.render(src, pdf)

        def bare() -> None:
            with pdfplumber.open(pdf) as doc:
                for page in doc.pages:
                    page.extract_text()

        clauses = []

        def ours() -> None:
            clauses[:] = segment(read(pdf)).clauses

        t_bare = best_of(args.repeat, bare)
        t_ours = best_of(args.repeat, ours)
    print(f"PDF: {pages} pages, {len(clauses)} clauses (best of {args.repeat})")
    print(f"bare pdfplumber extract_text: {t_bare:6.2f} s  {pages / t_bare:7.1f} pages/s")
    print(f"protocols ingest (read+segment): {t_ours:6.2f} s  {pages / t_ours:7.1f} pages/s")
    print(f"ratio ingest/bare time: {t_ours / t_bare:.2f}x")


if __name__ == "__main__":
    main()
