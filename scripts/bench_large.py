"""Large-document benchmark: one 10,000-paragraph Word file and one 300-page PDF, each built alone.

For each document it writes a folder holding only that file and times
`protocols build DIR -o OUT --no-cache -v` as a fresh process (everything included: Python
start-up, model loading, reading, segmenting, tagging, the comparison, the workbook and the
report), with the phase timings the build prints. For the PDF it also times the bare
pdfplumber text extraction (`page.extract_text()` over every page) of the same file, the
floor any PDF reader pays. Paragraph texts come from the clauses of raw_docs/ and the
held-out documents, each with one word changed, numbered "S.N" in sections of 25, so nearly
every wording is distinct and has near-identical neighbours (the shared-wording search's worst case).

Usage:
  python scripts/bench_large.py                  # both documents
  python scripts/bench_large.py --only docx --paragraphs 10000
  python scripts/bench_large.py --only pdf --pages 300
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_scale import clause_pool  # noqa: E402


def paragraphs(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """n numbered paragraphs ("12.3", text) in sections of 25. Each is a pooled clause with one word
    replaced by another of the pool's words, so nearly every wording is distinct but has near
    neighbours: the worst case for the shared-wording search."""
    rng = random.Random(seed)
    pool = clause_pool()
    vocab = sorted({w for t in pool for w in t.split() if w.isalpha()})
    out = []
    for k in range(n):
        words = rng.choice(pool).split()
        words[rng.randrange(len(words))] = rng.choice(vocab)
        out.append((f"{k // 25 + 1}.{k % 25 + 1}", " ".join(words)))
    return out


def make_docx(path: Path, n: int) -> int:
    import docx

    d = docx.Document()
    d.add_heading("Member and Officer Protocol", 0)
    words = 0
    for number, text in paragraphs(n):
        if number.endswith(".1"):
            d.add_heading(f"{number.split('.')[0]}. Section {number.split('.')[0]}", 1)
        d.add_paragraph(f"{number} {text}")
        words += len(text.split())
    d.save(str(path))
    return words


def make_pdf(path: Path, pages: int) -> int:
    """A PDF of at least ``pages`` pages (rendered by scripts/make_pdfs.py, with running headers)."""
    import make_pdfs

    n = pages * 9  # about nine paragraphs a page; grown until the page count is reached
    while True:
        lines = ["Member and Officer Protocol", ""]
        for number, text in paragraphs(n):
            if number.endswith(".1"):
                lines += [f"{number.split('.')[0]}. Section {number.split('.')[0]}", ""]
            lines += [f"{number} {text}", ""]
        src = path.with_suffix(".src")
        src.write_text("\n".join(lines), encoding="utf-8")
        got = make_pdfs.render(src, path)
        src.unlink()
        if got >= pages:
            return got
        n = int(n * pages / got) + 10


def bare_pdf(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds of pdfplumber's extract_text over every page."""
    import pdfplumber

    t, cpu = time.perf_counter(), time.process_time()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
    return time.perf_counter() - t, time.process_time() - cpu


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(folder: Path, out: Path) -> tuple[float, float, str, int]:
    """Wall and CPU seconds of a fresh `protocols build` (CPU time is the steadier figure on a shared machine)."""
    t, cpu = time.perf_counter(), _child_cpu()
    proc = subprocess.run([sys.executable, "-m", "pipeline", "build", str(folder), "-o", str(out), "--no-cache", "-v"],
                          capture_output=True, text=True, cwd=ROOT)
    return time.perf_counter() - t, _child_cpu() - cpu, proc.stderr, proc.returncode


def report(name: str, seconds: float, cpu: float, stderr: str, code: int) -> None:
    phases = "; ".join(m.group(0) for m in re.finditer(r"time: .*? done at [\d.]+ s", stderr))
    summary = [ln for ln in stderr.splitlines() if ln.startswith(("built", "error"))]
    print(f"{name}: build {seconds:.1f} s wall, {cpu:.1f} s CPU, exit {code}; {phases}; {' '.join(summary)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=["docx", "pdf"], default=None)
    ap.add_argument("--paragraphs", type=int, default=10000)
    ap.add_argument("--pages", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.only in (None, "docx"):
            folder = tmp / "docx"
            folder.mkdir()
            words = make_docx(folder / "long_protocol.docx", args.paragraphs)
            print(f"docx: {args.paragraphs:,} paragraphs, {words:,} words")
            report("docx", *build(folder, tmp / "out_docx"))
        if args.only in (None, "pdf"):
            folder = tmp / "pdf"
            folder.mkdir()
            pages = make_pdf(folder / "long_protocol.pdf", args.pages)
            bare, bare_cpu = bare_pdf(folder / "long_protocol.pdf")
            print(f"pdf: {pages} pages; bare pdfplumber extract_text {bare:.1f} s wall, {bare_cpu:.1f} s CPU "
                  f"({pages / bare_cpu:.1f} pages per CPU second)")
            report("pdf", *build(folder, tmp / "out_pdf"))


if __name__ == "__main__":
    main()
