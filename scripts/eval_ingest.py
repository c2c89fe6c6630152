"""Measure segmentation against the gold corpus: furniture, clauses found, merged clauses, cut-off documents.

For every document under CORPUS/*/docs (default tests/data/gold_corpus) with gold clauses in
../gold/<doc_id>.jsonl and gold furniture lines in ../gold/<doc_id>.furniture.txt, the document is
read and segmented (no tagging) and scored, per format:

- furniture recall / precision: gold furniture lines (each occurrence) against the lines the
  segmenter recorded as furniture, matched as multisets of normalised text;
- content lost: recorded furniture lines that are part of a gold clause's text;
- clutter clauses: output clauses whose text is a gold furniture line;
- gold clauses found: a gold clause whose text an output clause has (exactly after normalising,
  or at least 85% similar);
- merged: gold clauses that share one output clause with another gold clause;
- extra: output clauses that are no gold clause nor part of one (headings, captions, clutter);
- cut-off documents: documents whose sources.csv notes say TRUNCATED, how many were flagged
  (a warning "ends mid-sentence"), and false alarms among the others.

With ``--as html|docx|pdf`` each text or Markdown document is first saved in that format (a
paragraph or PDF line per line, a page per form feed), so the same pages are measured as a
web page, a Word file or a PDF; ``--as word-pdf`` saves the Word file and prints it to PDF with
LibreOffice (``soffice``; a few minutes), the way most council PDFs are made.

Usage: python scripts/eval_ingest.py [CORPUS] [--details] [--as html|docx|pdf|word-pdf]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.ingest.read import read  # noqa: E402
from pipeline.ingest.segment import segment  # noqa: E402

CUT_WARNING = "ends mid-sentence"


def norm(text: str) -> str:
    text = re.sub(r"\[([^\[\]]*)\]\([^()]*\)", r"\1", text)  # a Markdown link is its text, as a reader sees it
    return re.sub(r"\W+", " ", text.lower()).strip()


def load_corpus(corpus: Path) -> list[dict]:
    docs = []
    for sources in sorted(corpus.glob("*/docs/sources.csv")):
        folder = sources.parent
        gold_dir = folder.parent / "gold"
        with sources.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                path = folder / row["file"]
                gold = gold_dir / f"{row['doc_id']}.jsonl"
                if not path.exists() or not gold.exists():
                    continue
                furn = gold_dir / f"{row['doc_id']}.furniture.txt"
                docs.append({
                    "set": folder.parent.name, "doc_id": row["doc_id"], "path": path,
                    "truncated": "TRUNCATED" in (row.get("notes") or ""),
                    "gold": [json.loads(ln)["text"] for ln in gold.read_text(encoding="utf-8").splitlines() if ln.strip()],
                    "furniture": [ln.strip() for ln in (furn.read_text(encoding="utf-8").splitlines() if furn.exists() else [])
                                  if ln.strip()],
                })
    return docs


def convert(src: Path, fmt: str, out_dir: Path) -> Path:
    """Write a text document's lines as HTML paragraphs, Word paragraphs or PDF lines (wrapped to
    the page, a page per form feed), as if the same page had been saved in that format; the rows
    of a tab-separated text table become a table (HTML, Word) or cells side by side (PDF)."""
    if fmt == "word-pdf":  # the Word file printed to PDF by LibreOffice, as a council's Word file is
        docx_path = convert(src, "docx", out_dir)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{out_dir}/profile", "--headless", "--convert-to",
                        "pdf", "--outdir", str(out_dir), str(docx_path)], check=True, capture_output=True, timeout=300)
        return docx_path.with_suffix(".pdf")
    text = src.read_text(encoding="utf-8", errors="replace")
    out = out_dir / f"{src.stem}.{fmt}"
    pages = [_unwrap([ln.rstrip() for ln in page.split("\n")]) for page in text.split("\f")]

    def heading(ln: str) -> tuple[int, str] | None:
        m = re.match(r"^(#{1,6})\s+(.*)$", ln) if src.suffix == ".md" else None
        return (len(m.group(1)), m.group(2)) if m else None

    if fmt == "html":
        from html import escape

        body = []
        for page in pages:
            for k, ln in enumerate(page):
                h = heading(ln)
                if "\t" in ln:  # a text table's row: a table row on the web page
                    first = k == 0 or "\t" not in page[k - 1]
                    last = k + 1 == len(page) or "\t" not in page[k + 1]
                    body.append(("<table>" if first else "") + "<tr>" + "".join(
                        f"<td>{escape(c.strip())}</td>" for c in ln.split("\t")) + "</tr>" + ("</table>" if last else ""))
                elif h:
                    body.append(f"<h{h[0]}>{escape(h[1])}</h{h[0]}>")
                elif ln.strip():
                    body.append(f"<p>{escape(ln.strip())}</p>")
        out.write_text("<!doctype html><html><head><title>page</title></head><body><main>" + "\n".join(body)
                       + "</main></body></html>", encoding="utf-8")
    elif fmt == "docx":
        import docx

        d = docx.Document()
        for k, page in enumerate(pages):
            table = None
            for ln in page:
                h = heading(ln)
                if "\t" in ln:  # a text table's row: a Word table row
                    cells = [c.strip() for c in ln.split("\t")]
                    if table is None or len(table.columns) != len(cells):
                        table = d.add_table(rows=0, cols=len(cells))
                    for cell, value in zip(table.add_row().cells, cells):
                        cell.text = value
                    continue
                table = None
                if h:
                    d.add_heading(h[1], level=min(h[0], 9))
                elif ln.strip():
                    d.add_paragraph(ln.strip())
            if k + 1 < len(pages):
                d.add_page_break()
        d.save(str(out))
    elif fmt == "pdf":
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(out))
        for page in pages:
            y = 800
            for ln in page:
                h = heading(ln)
                if "\t" in ln:  # a text table's row: cells side by side, each wrapped in its column
                    cells = [c.strip() for c in ln.split("\t")]
                    col = 480 / len(cells)
                    parts = [simpleSplit(c, "Helvetica", 9, col - 12) or [""] for c in cells]
                    if y - 12 * max(len(p) for p in parts) < 50:
                        c.showPage()
                        y = 800
                    for n in range(max(len(p) for p in parts)):
                        c.setFont("Helvetica", 9)
                        for x, p in enumerate(parts):
                            if n < len(p):
                                c.drawString(50 + x * col, y, p[n])
                        y -= 12
                    y -= 5
                    continue
                font = "Helvetica-Bold" if h else "Helvetica"
                body = h[1] if h else ln.strip()
                indent = 0 if h else min(len(ln) - len(ln.lstrip()), 12) * 4
                for part in simpleSplit(body, font, 9, 480 - indent) or [""]:
                    if y < 50:
                        c.showPage()
                        y = 800
                    c.setFont(font, 9)
                    c.drawString(50 + indent, y, part)
                    y -= 12
                y -= 5  # the space a real PDF leaves between paragraphs
            c.showPage()
        c.save()
    return out


def _unwrap(lines: list[str]) -> list[str]:
    """Rejoin a text file's hard-wrapped lines, as the paragraph was before it was saved as text:
    an indented line without a list marker, or one opening in lower case after a line that does
    not end a sentence, continues the line above."""
    out: list[str] = []
    for ln in lines:
        prev = out[-1] if out else ""
        cont = prev.strip() and ln.strip() and not _MARKER.match(ln.strip()) and (
            (ln[:1].isspace() and not prev.lstrip().startswith("#"))
            or (ln.strip()[:1].islower() and not re.search(r"[.;:!?]$", prev.strip())))
        if cont:
            out[-1] = prev.rstrip() + " " + ln.strip()
        else:
            out.append(ln)
    return out


_MARKER = re.compile(r"^(?:[-•*–]|\(?[a-z0-9]{1,4}[.)]|\d+(?:\.\d+)+)\s")


def score_doc(d: dict, as_format: str | None = None, tmp: Path | None = None) -> dict:
    path = d["path"] if as_format is None else convert(d["path"], as_format, tmp)
    doc = segment(read(path, d["doc_id"]))
    out_texts = [norm(c.text) for c in doc.clauses]
    gold_texts = [norm(t) for t in d["gold"]]
    gold_furn = Counter(norm(t) for t in d["furniture"] if norm(t))
    pred_furn = Counter(norm(f.text) for f in doc.furniture if norm(f.text))
    # an HTML page records a menu link by link where the gold has the menu as one line: a recorded
    # line inside a gold furniture line is right, and a gold line whose words are all recorded is found
    # ... and a Word or web table row recorded whole ("Report to:<tab>Standards Committee") is right where the
    # gold lists its cells one a line: its cells are found, and it is right when they all are
    rows = {norm(f.text): [norm(c) for c in f.text.split("\t") if norm(c)] for f in doc.furniture if "\t" in f.text}
    cells = Counter(c for f in doc.furniture if "\t" in f.text for c in rows[norm(f.text)])
    exact = gold_furn & pred_furn
    tp_pred = sum(exact.values()) + sum(n for p, n in (pred_furn - exact).items()
                                        if any(p in g for g in gold_furn) or (p in rows and all(c in gold_furn for c in rows[p])))
    tp = sum(exact.values()) + sum(n for g, n in (gold_furn - exact).items() if _covered(g, pred_furn) or g in cells)
    gold_blob = " \n ".join(gold_texts)
    lost = [f.text for f in doc.furniture
            if len(norm(f.text)) > 12 and norm(f.text) in gold_blob and norm(f.text) not in gold_furn]
    clutter = [c.text for c in doc.clauses if norm(c.text) in gold_furn]

    found, merged_into = 0, defaultdict(list)
    missing = []
    for g in gold_texts:
        if g in out_texts or (out_texts and max(fuzz.ratio(g, o) for o in out_texts) >= 85):
            found += 1
            continue
        missing.append(g)
        hosts = [i for i, o in enumerate(out_texts) if len(g) > 8 and g in o]
        if hosts:
            merged_into[hosts[0]].append(g)
    merged = [(doc.clauses[i].text, gs) for i, gs in merged_into.items()]
    # output clauses that are no gold clause, no part of one and no merge of several: headings,
    # captions or clutter taken for clauses
    extra = [c.text for c, o in zip(doc.clauses, out_texts)
             if o and not any(o == g or o in g or g in o for g in gold_texts)
             and max((fuzz.ratio(o, g) for g in gold_texts), default=0) < 85]
    flagged = any(CUT_WARNING in w for w in doc.warnings)
    return {
        "format": doc.format, "gold_furniture": sum(gold_furn.values()), "pred_furniture": sum(pred_furn.values()),
        "furniture_tp": tp, "furniture_tp_pred": tp_pred, "lost": lost, "clutter": clutter, "gold": len(gold_texts), "found": found,
        "merged": sum(len(gs) for _, gs in merged), "merged_detail": merged, "extra": extra, "missing": missing,
        "flagged": flagged, "truncated": d["truncated"], "clauses": len(doc.clauses),
        "missed_furniture": list((gold_furn - pred_furn).elements()),
        "extra_furniture": [p for p in (pred_furn - gold_furn).elements() if not any(p in g for g in gold_furn)],
    }


def _covered(gold_line: str, pred: Counter) -> bool:
    parts = [p for p in pred if p and re.search(r"\b" + re.escape(p) + r"\b", gold_line)]
    left = gold_line
    for p in sorted(parts, key=len, reverse=True):
        left = left.replace(p, " ")
    return bool(parts) and len(left.replace(" ", "")) <= 0.2 * len(gold_line.replace(" ", ""))


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   - "


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "tests" / "data" / "gold_corpus"))
    ap.add_argument("--details", action="store_true", help="list each miss, leak and merge")
    ap.add_argument("--as", dest="as_format", choices=["html", "docx", "pdf", "word-pdf"],
                    help="save each text/Markdown document in this format first (the others are skipped)")
    args = ap.parse_args()
    docs = load_corpus(Path(args.corpus))
    tmp = Path(tempfile.mkdtemp(prefix="eval_ingest_"))
    if args.as_format:
        docs = [d for d in docs if d["path"].suffix in (".txt", ".md")]
    by_fmt: dict[str, Counter] = defaultdict(Counter)
    for d in docs:
        try:
            r = score_doc(d, args.as_format, tmp)
        except Exception as exc:  # report and carry on: one bad document must not hide the others
            print(f"{d['path']}: {exc}", file=sys.stderr)
            continue
        for key in ("ALL", r["format"]):
            c = by_fmt[key]
            c["docs"] += 1
            for k in ("gold_furniture", "pred_furniture", "furniture_tp", "furniture_tp_pred", "gold", "found", "merged"):
                c[k] += r[k]
            c["lost"] += len(r["lost"])
            c["clutter"] += len(r["clutter"])
            c["extra"] += len(r["extra"])
            c["clauses"] += r["clauses"]
            c["cut"] += r["truncated"]
            c["cut_flagged"] += r["truncated"] and r["flagged"]
            c["false_alarms"] += (not r["truncated"]) and r["flagged"]
        if args.details:
            tag = f"{d['set']}/{d['doc_id']}"
            for key, label, width in (("missed_furniture", "furniture missed", None),
                                      ("extra_furniture", "furniture extra", None), ("lost", "content lost", None),
                                      ("clutter", "clutter clause", None), ("extra", "not a clause", 140),
                                      ("missing", "gold not found", 140)):
                for t in r[key]:
                    print(f"{tag}\t{label}\t{t[:width]}")
            for host, gs in r["merged_detail"]:
                print(f"{tag}\tmerged {len(gs)}\t{host[:140]}")
            if r["flagged"] != r["truncated"]:
                print(f"{tag}\tcut-off\t{'missed' if r['truncated'] else 'false alarm'}")
    print(f"{'format':8} {'docs':>4} {'furn R':>7} {'furn P':>7} {'lost':>4} {'clutter':>7} "
          f"{'gold':>5} {'found':>7} {'merged':>6} {'clauses':>7} {'extra':>5} {'cut':>7} {'false':>5}")
    for fmt in sorted(by_fmt, key=lambda k: (k == "ALL", k)):
        c = by_fmt[fmt]
        print(f"{fmt:8} {c['docs']:4} {pct(c['furniture_tp'], c['gold_furniture']):>7} "
              f"{pct(c['furniture_tp_pred'], c['pred_furniture']):>7} {c['lost']:4} {c['clutter']:7} "
              f"{c['gold']:5} {pct(c['found'], c['gold']):>7} {c['merged']:6} {c['clauses']:7} {c['extra']:5} "
              f"{c['cut_flagged']:>3}/{c['cut']:<3} {c['false_alarms']:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
