"""Lay out test protocols as PDFs in the shapes real council PDFs have, with their gold clauses.

Each spec in tests/data/pdf_layouts/specs/*.txt is a protocol written one block a line:

    # Title                      the document's title
    ## Heading                   a section heading (bold, numbered or not)
    Plain words                  a bold run-in heading without a number ("Financial Implications")
    1.1 | text                   a numbered paragraph, its number in a hanging indent
    (a) | text   (iv) | text     a lettered or roman sub-item, indented further
    * | text                     a bullet (the glyph is the spec's first ``@ bullets`` glyph)
    P | text                     a plain (justified) paragraph
    FN | 1 text                  a footnote, printed at the foot of the page that cites it ("^1")
    TH | left || right           a two-column table's header row
    T | * a // * b || * c        a table row: each cell a bullet list (items split by //)

``@ renderer: reportlab`` lays it out with ReportLab (justified text, numbers in a hanging
indent, running header and "Page N of M" footer, footnotes, a ruled Members | Officers table
with bullet lists in its cells); ``@ renderer: docx`` writes a Word file (typed numbers and a
tab in a hanging indent, Word's own bullets, header and footer with a PAGE field, a Word table)
and converts it with ``soffice --headless --convert-to pdf``.

The gold clauses (tests/data/pdf_layouts/set/gold/<name>.jsonl) follow the corpus's rules: a
numbered paragraph, item, bullet, plain paragraph, footnote or table bullet is one clause; titles,
headings and lead-ins ending in a colon are not (a lead-in's first sentences are, when it has
more than one). The page furniture (headers, footers, page numbers) is in <name>.furniture.txt.

Usage: python scripts/make_layout_pdfs.py   (needs reportlab, python-docx and LibreOffice)
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
BASE = ROOT / "tests" / "data" / "pdf_layouts"
SPECS = BASE / "specs"
OUT = BASE / "set"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def parse(spec: Path) -> tuple[dict, list[tuple[str, str]]]:
    meta: dict[str, str] = {}
    blocks: list[tuple[str, str]] = []
    for ln in spec.read_text(encoding="utf-8").splitlines():
        if not ln.strip():
            continue
        if ln.startswith("@ "):
            k, v = ln[2:].split(":", 1)
            meta[k.strip()] = v.strip()
        elif re.match(r"^[^ |]{1,6} \| ", ln):
            kind, text = ln.split(" | ", 1)
            blocks.append((kind.strip(), text.strip()))
        elif ln.startswith("## "):
            blocks.append(("h", ln[3:]))
        elif ln.startswith("# "):
            blocks.append(("title", ln[2:]))
        elif " | " in ln:
            kind, text = ln.split(" | ", 1)
            blocks.append((kind.strip(), text.strip()))
        else:
            blocks.append(("runin", ln.strip()))
    return meta, blocks


def _is_item(kind: str) -> bool:
    return kind in ("*", "**", "#") or bool(re.fullmatch(r"\([a-z]{1,4}\)", kind))


def gold(blocks: list[tuple[str, str]]) -> list[str]:
    out: list[str] = []
    for k, (kind, text) in enumerate(blocks):
        text = re.sub(r"\^\d+", "", text)
        nxt = blocks[k + 1][0] if k + 1 < len(blocks) else ""
        if kind in ("title", "h", "runin", "TH"):
            continue
        if kind == "FN":
            out.append(text.split(" ", 1)[1])
        elif kind == "T":
            for cell in text.split(" || "):
                out.extend(item.strip().lstrip("* ").strip() for item in cell.split(" // ") if item.strip())
        elif text.endswith(":") and (_is_item(nxt) or nxt == "TH"):
            sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
            if len(sentences) > 1 and len(" ".join(sentences[:-1]).split()) > 2:
                out.append(" ".join(sentences[:-1]))
        else:
            out.append(text)
    return out


def furniture(meta: dict, pages: int) -> list[str]:
    out = []
    for page in range(1, pages + 1):
        for key in ("header", "footer"):
            line = " ".join(meta.get(key, "").split(" | "))  # left and right parts: one line of the page
            if line:
                out.append(line.replace("{page}", str(page)).replace("{pages}", str(pages)))
    return out


def render_reportlab(meta: dict, blocks: list[tuple[str, str]], path: Path, total: int = 0) -> int:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU + "DejaVuSans-Bold.ttf"))
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13.5, spaceAfter=6, alignment=TA_JUSTIFY,
                          allowWidows=1, allowOrphans=1)
    num = ParagraphStyle("num", parent=body, leftIndent=14 * mm, bulletIndent=0)
    sub = ParagraphStyle("sub", parent=body, leftIndent=24 * mm, bulletIndent=14 * mm, spaceAfter=4)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=24 * mm, bulletIndent=18 * mm, spaceAfter=3,
                            bulletFontName="DejaVu")
    head = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=6)
    runin = ParagraphStyle("runin", parent=body, fontName="DejaVu-Bold")
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=17, leading=22, spaceAfter=12)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=9, leading=11.5, leftIndent=4 * mm,
                          bulletIndent=0, spaceAfter=2, bulletFontName="DejaVu")
    cell_plain = ParagraphStyle("cellplain", fontName="DejaVu", fontSize=9, leading=11.5)
    cell_head = ParagraphStyle("cellhead", fontName="DejaVu-Bold", fontSize=9.5, leading=12)
    glyphs = meta.get("bullets", "•").split()
    glyph, glyph2 = glyphs[0], glyphs[1 % len(glyphs)]
    if glyph.startswith("dingbat:"):  # a bullet from a symbol font, extracted as a letter ("l", "n")
        glyph, glyph2 = glyph[8:], glyph2[8:]
        for st in (bullet, cell):
            st.bulletFontName = "ZapfDingbats"
    nested = ParagraphStyle("nested", parent=bullet, leftIndent=32 * mm, bulletIndent=26 * mm)
    if meta.get("spacing") == "none":  # paragraphs one under another, told apart only by their numbers
        for st in (body, num, sub, bullet, nested):
            st.spaceAfter = 0
    inline = ParagraphStyle("inline", parent=body, leftIndent=14 * mm, spaceAfter=body.spaceAfter)
    plain = ParagraphStyle("plain", parent=body)
    if meta.get("paragraphs") == "indent":  # paragraphs told apart by a first-line indent only
        plain.firstLineIndent = 8 * mm
    footnotes = {k: t for kind, t in blocks if kind == "FN" for k in [t.split(" ", 1)[0]]}
    cited: dict[int, list[str]] = {}

    class Citing(Paragraph):
        """A paragraph that cites footnotes: its page prints them at its foot."""

        def __init__(self, text, style, refs=(), **kw):
            super().__init__(text, style, **kw)
            self.refs = list(refs)

        def split(self, w, h):
            parts = super().split(w, h)
            if parts:
                parts[-1].refs = self.refs  # the footnote goes where the cue is: the paragraph's end
            return parts

        def draw(self):
            cited.setdefault(self.canv.getPageNumber(), []).extend(self.refs)
            super().draw()

    def text_of(t: str) -> tuple[str, list[str]]:
        refs = re.findall(r"\^(\d+)", t)
        return re.sub(r"\^(\d+)", r"<super>\1</super>", escape(re.sub(r"\^(\d+)", r"^\1", t))), refs

    story = []
    for kind, t in blocks:
        xml, refs = text_of(t)
        P = (lambda x, s, **kw: Citing(x, s, refs, **kw)) if refs else Paragraph
        if kind == "title":
            story.append(Paragraph(xml, title))
        elif kind == "h":
            story.append(Paragraph(xml, head))
        elif kind == "runin":
            story.append(Paragraph(xml, runin))
        elif kind == "P":
            story.append(P(xml, plain))
        elif kind == "*":
            story.append(P(xml, bullet, bulletText=glyph))
        elif kind == "**":
            story.append(P(xml, nested, bulletText=glyph2))
        elif re.fullmatch(r"\([a-z]{1,4}\)", kind) and meta.get("items") == "inline":
            story.append(P(f"{kind} {xml}", inline))  # "(a) text", its wrapped lines flush under the marker
        elif re.fullmatch(r"\([a-z]{1,4}\)", kind):
            story.append(P(xml, sub, bulletText=kind))
        elif re.fullmatch(r"[A-Z]{0,2}\d+(?:\.\d+)*\.?", kind) and meta.get("numbers") == "column":
            # the number in a margin column of a borderless table, as Word users lay it out
            flat = ParagraphStyle("flat", parent=body, spaceAfter=0)
            t = Table([[Paragraph(kind, flat), P(xml, flat)]], colWidths=[14 * mm, 156 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1 if meta.get("spacing") == "none" else 6)]))
            story.append(t)
        elif re.fullmatch(r"[A-Z]{0,2}\d+(?:\.\d+)*\.?", kind):
            story.append(P(xml, num, bulletText=kind))
        elif kind in ("TH", "T"):
            row = []
            for c in t.split(" || "):
                if kind == "TH":
                    row.append(Paragraph(escape(c), cell_head))
                else:
                    row.append([Paragraph(escape(i.strip().lstrip("* ")), cell, bulletText=glyph)
                                if i.strip().startswith("* ") else Paragraph(escape(i.strip()), cell_plain)
                                for i in c.split(" // ")])
            if kind == "TH" or not isinstance(story[-1], Table):
                story.append(Table([row], colWidths=[83 * mm, 83 * mm], repeatRows=1))
            else:
                old = story.pop()
                story.append(Table(old._cellvalues + [row], colWidths=[83 * mm, 83 * mm], repeatRows=1))
            ruled = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if meta.get("table") != "unruled" else []
            story[-1].setStyle(TableStyle(ruled + [
                                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd"))]))
            story[-1].hAlign = "LEFT"

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 8)
        parts = meta.get("header", "").split(" | ")
        canv.drawString(20 * mm, A4[1] - 12 * mm, parts[0])
        if len(parts) > 1:
            canv.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, parts[1])
        canv.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        fparts = [p.replace("{page}", str(doc.page)).replace("{pages}", str(total or "?"))
                  for p in meta.get("footer", "").split(" | ")]
        if len(fparts) == 1 and fparts[0].startswith("-"):
            canv.drawCentredString(A4[0] / 2, 10 * mm, fparts[0])  # "- 3 -"
        else:
            canv.drawString(20 * mm, 10 * mm, fparts[0])
        if len(fparts) > 1:
            canv.drawRightString(A4[0] - 20 * mm, 10 * mm, fparts[1])
        canv.restoreState()

    def on_page_end(canv, doc):
        notes = cited.get(canv.getPageNumber(), [])
        if notes:
            canv.saveState()
            canv.line(20 * mm, 27 * mm, 70 * mm, 27 * mm)
            canv.setFont("DejaVu", 7.5)
            y = 23 * mm
            for n in notes:
                canv.drawString(20 * mm, y, footnotes[n])
                y -= 10
            canv.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                          bottomMargin=32 * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(story)
    return doc.page


def render_docx(meta: dict, blocks: list[tuple[str, str]], path: Path) -> int:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    sec = d.sections[0]

    def field(par, instr: str) -> None:
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        par._p.append(fld)

    def runs(par, text: str) -> None:
        for k, part in enumerate(re.split(r"\{(page|pages)\}", text)):
            if k % 2:
                field(par, "PAGE" if part == "page" else "NUMPAGES")
            elif part:
                par.add_run(part)

    for key, container in (("header", sec.header), ("footer", sec.footer)):
        parts = meta.get(key, "").split(" | ")
        par = container.paragraphs[0]
        par.style.font.size = Pt(8)
        runs(par, parts[0])
        if len(parts) > 1:
            par.add_run("\t\t")
            runs(par, parts[1])

    def numbered(label: str, text: str, left: float, hang: float) -> None:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(left)
        p.paragraph_format.first_line_indent = Cm(-hang)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(left))
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.add_run(f"{label}\t{text}")

    table = None
    count = 0
    for kind, t in blocks:
        if kind != "T" and kind != "TH":
            table = None
        if kind != "#":
            count = 0
        if kind == "title" and meta.get("headings") == "styled":
            d.add_heading(t, level=0)
        elif kind == "h" and meta.get("headings") == "styled":
            d.add_heading(t, level=1)
        elif kind == "title":
            r = d.add_paragraph().add_run(t)
            r.bold, r.font.size = True, Pt(16)
        elif kind == "h":
            r = d.add_paragraph().add_run(t)
            r.bold, r.font.size = True, Pt(12)
        elif kind == "runin":
            d.add_paragraph().add_run(t).bold = True
        elif kind == "P":
            d.add_paragraph(t).paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "*":
            d.add_paragraph(t, style="List Bullet")
        elif kind == "**":
            d.add_paragraph(t, style="List Bullet 2")
        elif kind == "#":
            count += 1  # a numbered list: in the PDF, as Word prints its list numbers, "1." and a tab
            numbered(f"{count}.", t, 1.9, 0.63)
        elif re.fullmatch(r"\([a-z]{1,4}\)", kind):
            numbered(kind, t, 2.54, 1.27)
        elif re.fullmatch(r"[A-Z]{0,2}\d+(?:\.\d+)*\.?", kind):
            numbered(kind, t, 1.27, 1.27)
        elif kind in ("TH", "T"):
            cells = t.split(" || ")
            if table is None:
                table = d.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
            row = table.add_row().cells
            for c, value in zip(row, cells):
                if kind == "TH":
                    c.paragraphs[0].add_run(value).bold = True
                    continue
                items = [i.strip().lstrip("* ") for i in value.split(" // ")]
                c.paragraphs[0].text = items[0]
                c.paragraphs[0].style = d.styles["List Bullet"]
                for i in items[1:]:
                    c.add_paragraph(i, style="List Bullet")
    docx_path = path.with_suffix(".docx")
    d.save(str(docx_path))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(docx_path)], check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(tmp) / (docx_path.stem + ".pdf")), str(path))
    docx_path.unlink()
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def main() -> int:
    from reportlab import rl_config

    rl_config.invariant = 1  # the same spec gives the same PDF bytes
    (OUT / "docs").mkdir(parents=True, exist_ok=True)
    (OUT / "gold").mkdir(parents=True, exist_ok=True)
    rows = []
    for spec in sorted(SPECS.glob("*.txt")):
        meta, blocks = parse(spec)
        name = spec.stem
        pdf = OUT / "docs" / f"{name}.pdf"
        if meta.get("renderer") == "docx":
            pages = render_docx(meta, blocks, pdf)
        else:
            pages = render_reportlab(meta, blocks, pdf)
            pages = render_reportlab(meta, blocks, pdf, total=pages)  # now with "of N"
        with (OUT / "gold" / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for k, text in enumerate(gold(blocks), 1):
                f.write(json.dumps({"doc_id": name, "clause_id": f"g{k}", "text": text}, ensure_ascii=False) + "\n")
        (OUT / "gold" / f"{name}.furniture.txt").write_text("\n".join(furniture(meta, pages)) + "\n", encoding="utf-8")
        rows.append({"doc_id": name, "file": pdf.name, "council": meta.get("council", ""), "notes": ""})
        print(f"{pdf.relative_to(ROOT)}: {pages} pages")
    with (OUT / "docs" / "sources.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["doc_id", "file", "council", "notes"])
        w.writeheader()
        w.writerows(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
