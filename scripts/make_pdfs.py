"""Render test protocols as PDFs that behave like real council PDFs.

Each source in tests/data/pdf_sources/*.txt is laid out with ReportLab and
written to raw_docs/<name>.pdf, reproducing what real council PDFs do:

- a running header and a "Page N of M" footer on every page;
- paragraphs and list items that continue across a page break;
- ruled two-column Members | Officers tables and a three-column one, and a
  table without ruling lines (the last table of a document);
- table rows allowed to split across a page break;
- bullet glyphs as pdfplumber reports them: "•" in the source is drawn as
  byte 127 of a standard font (extracted as "(cid:127)"), and U+F0B7 (the
  Symbol-font bullet Word emits) is drawn from a TrueType font.

Usage: python scripts/make_pdfs.py [SOURCE.txt ...] [--out raw_docs]
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.rl_config import defaultPageSize  # noqa: F401  (keeps ReportLab's config loaded)
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tests" / "data" / "pdf_sources"
# Space left above the first heading, in points, chosen so that page breaks fall where
# real documents break awkwardly (here: a table row split across pages 1 and 2).
PUSH = {"northvale_borough_protocol": 390.0}

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7, allowOrphans=1, allowWidows=1)
NUMBERED = ParagraphStyle("numbered", parent=BODY, leftIndent=12 * mm, firstLineIndent=-12 * mm)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=20 * mm, bulletIndent=13 * mm, spaceAfter=3)
HEADING = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=6)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=10)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12.5, allowOrphans=1, allowWidows=1)
CELL_HEAD = ParagraphStyle("cellhead", parent=CELL, fontName="Helvetica-Bold")


def _symbol_font() -> str:
    """Helvetica with code 127 named uniF0B7: extracted as U+F0B7, as from Word's Symbol bullet."""
    if "HelvSym" not in pdfmetrics.getRegisteredFontNames():
        enc = pdfmetrics.Encoding("SymBulletEnc", "WinAnsiEncoding")
        enc[127] = "uniF0B7"
        pdfmetrics.registerEncoding(enc)
        pdfmetrics.registerFont(pdfmetrics.Font("HelvSym", "Helvetica", "SymBulletEnc"))
    return "HelvSym"


class BulletParagraph(Paragraph):
    """A list item whose bullet is written as a raw character code, so that it extracts
    exactly as real council PDFs do: "(cid:127)" (Helvetica has no glyph at 127) or
    U+F0B7. Text that continues on the next page carries no second bullet."""

    def __init__(self, text, style, glyph_font: str = "Helvetica", **kw):
        super().__init__(text, style, **kw)
        self.glyph_font = glyph_font
        self.continued = False

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for k, part in enumerate(parts):
            part.glyph_font = self.glyph_font
            part.continued = self.continued or k > 0
        return parts

    def draw(self):
        super().draw()
        if self.continued:
            return
        canv = self.canv
        canv.saveState()
        canv.setFont(self.glyph_font, self.style.fontSize)
        name = canv._doc.getInternalFontName(self.glyph_font)
        y = self.height - self.style.fontSize
        canv._code.append(f"BT {name} {self.style.fontSize} Tf {self.style.bulletIndent:.2f} {y:.2f} Td <7f> Tj ET")
        canv.restoreState()


def parse(text: str) -> tuple[list[str], list[tuple[str, object]]]:
    """Split a source into title lines and a list of (kind, content) blocks."""
    blocks: list[tuple[str, object]] = []
    lines = text.split("\n")
    titles = []
    i = 0
    while i < len(lines) and not re.match(r"^\d+\.", lines[i]):
        if lines[i].strip():
            titles.append(lines[i].strip())
        i += 1
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if "\t" in line:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append(lines[i].split("\t"))
                i += 1
            blocks.append(("table", rows))
            continue
        if line.startswith(("\u2022", "\uf0b7")):
            blocks.append(("bullet", line))
        elif re.match(r"^\d+\.\s", line):
            blocks.append(("heading", line))
        else:
            blocks.append(("para", line))
        i += 1
    return titles, blocks


def story_for(text: str, symbol_font: str) -> list:
    titles, blocks = parse(text)
    story: list = [Paragraph(escape(t), TITLE) for t in titles]
    tables = [b for b in blocks if b[0] == "table"]
    for kind, content in blocks:
        if kind == "heading":
            story.append(Paragraph(escape(content), HEADING))
        elif kind == "para":
            m = re.match(r"^(\d+(?:\.\d+)+)\s+(.*)$", content)
            if m:
                story.append(Paragraph(escape(m.group(1)) + "&nbsp;&nbsp;&nbsp;" + escape(m.group(2)), NUMBERED))
            else:
                story.append(Paragraph(escape(content), BODY))
        elif kind == "bullet":
            glyph, body = content[0], content[1:].strip()
            story.append(BulletParagraph(escape(body), BULLET, symbol_font if glyph == "\uf0b7" else "Helvetica"))
        elif kind == "table":
            rows = content
            ruled = content is not tables[-1][1] or len(tables) == 1
            data = [[Paragraph(escape(c), CELL_HEAD if r == 0 else CELL) for c in row] for r, row in enumerate(rows)]
            width = 170 * mm
            ncol = len(rows[0])
            widths = [width / ncol] * ncol if ncol == 2 else [30 * mm] + [(width - 30 * mm) / (ncol - 1)] * (ncol - 1)
            table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 5)]
            if ruled:
                style += [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]
            else:
                style += [("LEFTPADDING", (1, 0), (-1, -1), 18)]
            table.setStyle(TableStyle(style))
            story.append(Spacer(1, 4))
            story.append(table)
            story.append(Spacer(1, 8))
    return story


def render(source: Path, out: Path, push: float = 0.0) -> int:
    """Render one source; returns the page count."""
    text = source.read_text(encoding="utf-8")
    header = " - ".join(text.split("\n")[0:3:2]).strip(" -")
    symbol_font = _symbol_font()
    total = {"pages": 0}

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page} of {total['pages'] or doc.page}")
        canvas.restoreState()

    for _ in range(2):  # the first pass counts the pages for "Page N of M"
        tmp = out.with_suffix(".pdf.tmp")
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=22 * mm, bottomMargin=22 * mm, title=header, author="test fixture",
                                invariant=1)
        story = story_for(text, symbol_font)
        if push:
            story.insert(len([s for s in story if isinstance(s, Paragraph) and s.style is TITLE]), Spacer(1, push))
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
        total["pages"] = doc.page
    os.replace(tmp, out)
    return total["pages"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sources", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "raw_docs")
    args = parser.parse_args()
    sources = args.sources or sorted(SOURCES.glob("*.txt"))
    for src in sources:
        out = args.out / (src.stem + ".pdf")
        pages = render(src, out, push=PUSH.get(src.stem, 0.0))
        print(f"{out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}: {pages} pages")


if __name__ == "__main__":
    main()
