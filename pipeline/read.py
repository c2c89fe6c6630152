"""Readers: one function per input format, all with the same signature.

``read_text``, ``read_html``, ``read_pdf`` and ``read_docx`` each take a path
and a document id and return a :class:`RawDocument`: the document's lines as
the format gives them (with page, indentation, table cells and whatever the
format says about headings and list numbering). ``read`` picks one by suffix.
Readers never decide what a clause is; that is :mod:`pipeline.segment`'s job.
"""

from __future__ import annotations

import codecs
import re
import statistics
import zipfile
from collections import Counter
from pathlib import Path
from typing import Callable

from .clean import BULLET_GLYPHS, fold_spaces, normalise
from .model import Furniture, IngestError, Line, RawDocument

MAX_DOCX_BYTES = 200 * 1024 * 1024  # uncompressed size of all parts of a .docx
MAX_DOCX_PART_BYTES = 50 * 1024 * 1024


# ---------------------------------------------------------------- text ----

def decode_bytes(data: bytes) -> str:
    """Decode text whatever its encoding: UTF-8 (with or without BOM), UTF-16, cp1252, latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if data and data.count(b"\x00") >= len(data) // 4:
        # UTF-16 without a byte-order mark: the zero bytes tell the order.
        even = data[0::2].count(b"\x00")
        odd = data[1::2].count(b"\x00")
        return data.decode("utf-16-be" if even > odd else "utf-16-le", errors="replace")
    if b"\x00" in data:
        raise IngestError("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _check_text(text: str) -> None:
    if not text.strip():
        raise IngestError("no text: the file is empty or blank")
    sample = text[:20000]
    junk = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if junk > max(8, len(sample) // 50):
        raise IngestError("binary data, not text")


def _indent_of(raw: str) -> int:
    n = 0
    for ch in raw:
        if ch == " " or ch == "\u00a0":
            n += 1
        else:
            break
    return n


def _mark_page_edges(lines: list[Line], edge: int = 2) -> None:
    """Mark the first and last non-blank lines of each page (running header/footer candidates)."""
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        if line.page is not None and line.text.strip():
            by_page.setdefault(line.page, []).append(line)
    for page_lines in by_page.values():
        for line in page_lines[:edge]:
            line.page_pos = "top"
        for line in page_lines[-edge:]:
            line.page_pos = "bottom"


def lines_from_text(text: str) -> tuple[list[Line], int | None]:
    """Split decoded text into lines; form feeds mark pages (text extracted from PDFs)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paged = "\f" in text.strip("\f\n ")
    lines: list[Line] = []
    page = 1
    for raw in text.split("\n"):
        parts = raw.split("\f")
        for i, part in enumerate(parts):
            if i > 0:
                page += 1
            if len(parts) > 1 and not part.strip():
                continue  # a form feed alone is a page break, not a line
            cleaned = normalise(part)
            lines.append(Line(text=cleaned, line_no=len(lines) + 1,
                              page=page if paged else None, indent=_indent_of(cleaned)))
    if paged:
        _mark_page_edges(lines)
    return lines, (page if paged else None)


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def read_text(path: Path, doc_id: str) -> RawDocument:
    """Plain text or Markdown, in any common encoding."""
    text = decode_bytes(path.read_bytes())
    _check_text(text)
    lines, pages = lines_from_text(text)
    if path.suffix.lower() in {".md", ".markdown"}:
        for line in lines:
            m = _MD_HEADING.match(line.text.strip())
            if m:
                line.text, line.style, line.level = m.group(2), "heading", len(m.group(1))
            line.text = _MD_EMPHASIS.sub(r"\2", line.text)
    return RawDocument(doc_id=doc_id, source=str(path), format="text", lines=lines, pages=pages)


# ---------------------------------------------------------------- html ----

_HTML_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "button", "select"}
_HTML_CHROME = {"nav": "site navigation", "header": "page header", "footer": "page footer",
                "aside": "sidebar", "form": "form"}
_HTML_ROLES = {"navigation": "site navigation", "banner": "page header",
               "contentinfo": "page footer", "search": "search", "complementary": "sidebar"}
_HTML_CHROME_CLASS = re.compile(
    r"(?:^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|skip|skiplink|cookie|cookies|"
    r"banner|sidebar|share|social|feedback|masthead|site-?header|site-?footer)(?:$|[\s_-])", re.I)
_HTML_BLOCK = {"p", "div", "section", "article", "main", "body", "blockquote", "dl", "dt", "dd",
               "pre", "figure", "figcaption", "address", "center", "fieldset", "details", "summary",
               "hr", "html"}
_HEADING_TAGS = {f"h{i}": i for i in range(1, 7)}


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


def _list_label(n: int, kind: str) -> str:
    if kind == "a":
        return chr(ord("a") + (n - 1) % 26)
    if kind == "A":
        return chr(ord("A") + (n - 1) % 26)
    if kind == "i":
        return _roman(n)
    if kind == "I":
        return _roman(n).upper()
    return str(n)


class _HtmlWalker:
    """Walks the content of a page in order, emitting one Line per block of text."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.buffer: list[str] = []
        self.link_only = True
        self.pending: dict | None = None  # marker/style for the next flushed block
        self.table_no = 0

    def emit(self, text: str, **kw) -> None:
        for i, part in enumerate(text.split("\n")):
            part = fold_spaces(normalise(part))
            if not part:
                continue
            extra = kw if i == 0 else {k: v for k, v in kw.items() if k in ("indent", "level")}
            self.lines.append(Line(text=part, line_no=len(self.lines) + 1, **extra))
            if i == 0:
                kw = {k: v for k, v in kw.items() if k not in ("marker", "style")}
        self.lines.append(Line(text="", line_no=len(self.lines) + 1, style="blank"))

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer = []
        if text.strip():
            kw = dict(self.pending or {})
            if self.link_only and not kw.get("style"):
                kw["style"] = "link"
            self.emit(text, **kw)
            self.pending = None
        self.link_only = True

    def inline(self, node, in_link: bool = False) -> None:
        from bs4 import NavigableString, Tag

        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child).__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                    continue
                text = str(child)
                if text.strip() and not in_link:
                    self.link_only = False
                self.buffer.append(text.replace("\n", " "))
            elif isinstance(child, Tag):
                self.node(child, in_link)

    def node(self, el, in_link: bool = False) -> None:
        name = el.name
        if name in _HEADING_TAGS:
            self.flush()
            self.inline(el)
            text = "".join(self.buffer)
            self.buffer = []
            if text.strip():
                self.emit(text, style="heading", level=_HEADING_TAGS[name])
            self.link_only = True
        elif name in ("ul", "ol"):
            self.flush()
            self.list(el, depth=1)
        elif name == "table":
            self.flush()
            self.table(el)
        elif name == "br":
            self.buffer.append("\n")
        elif name == "a":
            self.inline(el, in_link=True)
        elif name in _HTML_BLOCK or name in ("li", "tr", "td", "th"):
            self.flush()
            self.inline(el, in_link)
            self.flush()
        else:
            self.inline(el, in_link)

    def list(self, el, depth: int) -> None:
        kind = el.get("type") or "1"
        try:
            n = int(el.get("start", 1))
        except ValueError:
            n = 1
        for li in el.find_all("li", recursive=False):
            marker = (_list_label(n, kind) + ".") if el.name == "ol" else "•"
            n += 1
            self.pending = {"style": "item", "marker": marker, "indent": 2 * depth, "level": depth}
            for child in li.children:
                if getattr(child, "name", None) in ("ul", "ol"):
                    self.flush()
                    self.list(child, depth + 1)
                elif getattr(child, "name", None) is not None:
                    self.node(child)
                else:
                    self.inline_text(child)
            self.flush()
            self.pending = None

    def inline_text(self, text) -> None:
        if type(text).__name__ in ("Comment", "Doctype"):
            return
        if str(text).strip():
            self.link_only = False
        self.buffer.append(str(text).replace("\n", " "))

    def table(self, el) -> None:
        self.table_no += 1
        for tr in el.find_all("tr"):
            if tr.find_parent("table") is not el:
                continue
            cells = []
            for cell in tr.find_all(["td", "th"], recursive=False):
                parts = [fold_spaces(normalise(s)) for s in cell.get_text("\n").split("\n")]
                cells.append("\n".join(p for p in parts if p))
            if any(cells):
                self.lines.append(Line(text="\t".join(c.replace("\n", " ") for c in cells),
                                       line_no=len(self.lines) + 1, cells=cells, table=self.table_no))
        self.lines.append(Line(text="", line_no=len(self.lines) + 1, style="blank"))


def read_html(path: Path, doc_id: str) -> RawDocument:
    """A web page: the content area only; site chrome is recorded as furniture."""
    from bs4 import BeautifulSoup

    text = decode_bytes(path.read_bytes())
    _check_text(text)
    soup = BeautifulSoup(text, "html.parser")
    for el in soup.find_all(_HTML_DROP):
        el.decompose()
    removed: list[tuple[str, str]] = []

    def chrome_reason(el) -> str | None:
        if el.name in ("header", "footer") and el.find_parent(["main", "article"]) is not None:
            return None  # an article's own header holds its title, not site chrome
        if el.name in _HTML_CHROME:
            return _HTML_CHROME[el.name]
        role = (el.get("role") or "").lower()
        if role in _HTML_ROLES:
            return _HTML_ROLES[role]
        if el.get("aria-hidden") == "true" or el.get("hidden") is not None:
            return "hidden element"
        ident = " ".join(el.get("class") or []) + " " + (el.get("id") or "")
        m = _HTML_CHROME_CLASS.search(ident)
        if not m:
            return None
        name = m.group(1).lower()
        if name.startswith("breadcrumb"):
            return "breadcrumb"
        if name in ("nav", "navbar", "navigation", "menu", "skip", "skiplink"):
            return "site navigation"
        return f"site {name}"

    for el in list(soup.find_all(True)):
        if getattr(el, "decomposed", False):  # inside chrome removed a moment ago
            continue
        if el.name in ("html", "body", "main", "article"):
            continue
        reason = chrome_reason(el)
        if reason and el.parent is not None:
            for piece in el.get_text("\n").split("\n"):
                piece = fold_spaces(normalise(piece))
                if piece:
                    removed.append((piece, reason))
            el.decompose()
    root = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find("article") or soup.body or soup
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    walker = _HtmlWalker()
    walker.node(root)
    walker.flush()
    lines = walker.lines
    if not any(l.text for l in lines) and title:
        lines.append(Line(text=title, line_no=1, style="heading", level=1))
    furniture: list[Furniture] = []
    n = len(lines)
    for i, (piece, reason) in enumerate(removed):
        # Removed chrome gets line numbers after the content lines so every line is accounted for.
        furniture.append(Furniture(text=piece, line_no=n + i + 1, page=None, reason=reason))
    # outside <main>: whatever was not chrome still counts as removed page text
    if root is not soup.body and soup.body is not None and root is not soup:
        root_text = set(fold_spaces(normalise(p)) for p in root.get_text("\n").split("\n"))
        for piece in soup.body.get_text("\n").split("\n"):
            piece = fold_spaces(normalise(piece))
            if piece and piece not in root_text:
                furniture.append(Furniture(text=piece, line_no=n + len(furniture) + 1, page=None,
                                           reason="outside the main content"))
    return RawDocument(doc_id=doc_id, source=str(path), format="html", lines=lines, furniture=furniture)


# ----------------------------------------------------------------- pdf ----

def _bold(fontname: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold|demi", fontname or "", re.I))


def _split_cells(words: list[dict], size: float) -> list[tuple[float, str]]:
    """Group one line's words into cells wherever the gap between words is wide (an unruled table)."""
    cells: list[tuple[float, list[str]]] = []
    prev_x1 = None
    gap_limit = max(14.0, 1.6 * size)
    for w in words:
        if prev_x1 is None or w["x0"] - prev_x1 > gap_limit:
            cells.append((w["x0"], [w["text"]]))
        else:
            cells[-1][1].append(w["text"])
        prev_x1 = w["x1"]
    out = [(x, " ".join(ws)) for x, ws in cells]
    # a list marker set apart from its text by a tab stop is not a table cell
    while len(out) >= 2 and _MARKER_ONLY.fullmatch(out[0][1]):
        out[0:2] = [(out[0][0], out[0][1] + " " + out[1][1])]
    return out


_MARKER_ONLY = re.compile(r"(?:[" + BULLET_GLYPHS + r"\-–*o]|\(cid:\d+\)|\(?\d{1,3}(?:\.\d{1,3})*[.)]?|"
                          r"\(?[a-z][.)]|\(?[ivx]{1,4}[.)])")


def read_pdf(path: Path, doc_id: str) -> RawDocument:
    """A PDF with a text layer: lines with positions, fonts, pages, and ruled tables as cells."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    head = path.read_bytes()[:1024]
    if not head.strip():
        raise IngestError("no text: the file is empty")
    if b"%PDF" not in head:
        raise IngestError("not a PDF: the file has no PDF header")
    try:
        pdf = pdfplumber.open(path)
        pages = list(pdf.pages)
    except PDFPasswordIncorrect:
        raise IngestError("password-protected PDF: it needs a password to open") from None
    except Exception as exc:  # pdfminer raises many types for broken files, pdfplumber wraps them
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        name = type(inner).__name__
        if "Password" in name or "Encrypt" in name:
            raise IngestError("password-protected PDF: it needs a password to open") from None
        detail = fold_spaces(str(inner))[:80]
        raise IngestError(f"not a readable PDF ({name}{': ' + detail if detail else ''})") from None
    lines: list[Line] = []
    warnings: list[str] = []
    try:
        sizes: Counter = Counter()
        page_items: list[tuple[int, list[tuple[float, Line]]]] = []
        any_text = False
        images = 0
        for pno, page in enumerate(pages, 1):
            try:
                chars = page.chars
            except Exception as exc:
                raise IngestError(f"not a readable PDF (page {pno}: {type(exc).__name__})") from None
            images += len(page.images)
            if chars:
                any_text = True
            for ch in chars:
                sizes[round(ch.get("size", 0), 1)] += 1
        if not any_text:
            if images:
                raise IngestError("no text layer: OCR needed (the PDF holds only images)")
            raise IngestError("no text: the PDF has no text on any page")
        body_size = sizes.most_common(1)[0][0] if sizes else 10.0
        table_no = 0
        for pno, page in enumerate(pages, 1):
            items: list[tuple[float, Line]] = []
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]

            def outside(obj, boxes=boxes) -> bool:
                cx = (obj["x0"] + obj["x1"]) / 2
                cy = (obj["top"] + obj["bottom"]) / 2
                return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

            body = page.filter(outside) if boxes else page
            for t in tables:
                table_no += 1
                for row in t.extract():
                    cells = [normalise(c or "").strip() for c in row]
                    if not any(cells):
                        continue
                    items.append((t.bbox[1], Line(text="\t".join(fold_spaces(c.replace("\n", " ")) for c in cells), line_no=0,
                                                  page=pno, cells=cells, table=table_no)))
            words = body.extract_words(keep_blank_chars=False, use_text_flow=False,
                                       extra_attrs=["size", "fontname"])
            rows: list[list[dict]] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                if rows and abs(rows[-1][0]["top"] - w["top"]) <= 2.5:
                    rows[-1].append(w)
                else:
                    rows.append([w])
            for row in rows:
                row.sort(key=lambda w: w["x0"])
                size = statistics.median(w["size"] for w in row)
                cells = _split_cells(row, size)
                text = "\t".join(c for _, c in cells)
                bold = all(_bold(w["fontname"]) for w in row)
                style = "heading" if (bold or size >= body_size * 1.15) and len(row) <= 16 else "body"
                level = 1 if size >= body_size * 1.3 else 2
                line = Line(text=normalise(text), line_no=0, page=pno, style=style,
                            level=level if style == "heading" else 0)
                line._cols = [x for x, _ in cells]  # type: ignore[attr-defined]
                line._x0 = cells[0][0]  # type: ignore[attr-defined]
                line._bottom = max(w["bottom"] for w in row)  # type: ignore[attr-defined]
                line._x1 = max(w["x1"] for w in row)  # type: ignore[attr-defined]
                line._size = size  # type: ignore[attr-defined]
                top, bottom = row[0]["top"], max(w["bottom"] for w in row)
                if top < page.height * 0.09:
                    line.page_pos = "top"  # in the top margin: running header territory
                elif bottom > page.height * 0.92:
                    line.page_pos = "bottom"
                items.append((row[0]["top"], line))
            items.sort(key=lambda it: it[0])
            page_items.append((pno, items))
        lines = _layout_pdf_lines(page_items, pages)
    finally:
        pdf.close()
    return RawDocument(doc_id=doc_id, source=str(path), format="pdf", lines=lines,
                       pages=len(pages), warnings=warnings)


def _layout_pdf_lines(page_items, pages) -> list[Line]:
    """Order PDF lines, give them indentation, and insert paragraph breaks from vertical gaps."""
    xs = [ln._x0 for _, items in page_items for _, ln in items if ln.cells is None]
    margin = min(xs) if xs else 0.0
    if xs:
        # the left margin is the most common start position among the leftmost ones
        common = Counter(round(x) for x in xs).most_common()
        left = [x for x, _ in common if x <= margin + 40]
        margin = min(left) if left else margin
    x1s = sorted(ln._x1 for _, items in page_items for _, ln in items if ln.cells is None and not ln.page_pos)
    right = x1s[int(len(x1s) * 0.95)] if x1s else 0.0
    prev_full = False
    out: list[Line] = []

    def add(line: Line) -> None:
        line.line_no = len(out) + 1
        out.append(line)

    prev_text = ""
    prev_cols: list[float] = []  # column starts of the last unruled table row
    last_table: tuple | None = None  # (table id, columns, page) of the last ruled table row
    remap: dict[int, int] = {}  # table ids of continuation tables -> the table they continue
    for pno, items in page_items:
        prev_bottom = None
        gaps = []
        last = None
        for top, ln in items:
            if ln.cells is None and last is not None and last.cells is None:
                gaps.append(top - last._bottom)
            last = ln
        pitch = statistics.median(gaps) if gaps else 3.0
        first_on_page = True
        for idx, (top, ln) in enumerate(items):
            edge = idx < 2 or idx >= len(items) - 2  # running header/footer territory
            if ln.cells is None and ln.page_pos:
                # a line in the page margin (header/footer): it does not break paragraphs
                for attr in ("_x0", "_x1", "_bottom", "_size", "_cols"):
                    if hasattr(ln, attr):
                        delattr(ln, attr)
                add(ln)
                continue
            if ln.cells is None:
                size = ln._size
                ln.indent = max(0, round((ln._x0 - margin) / max(size * 0.5, 1)))
                if "\t" in ln.text and last_table and last_table[2] == pno and out and out[-1].table == last_table[0] \
                        and len(ln.text.split("\t")) == last_table[1]:
                    # the part of a ruled row that pdfplumber left out of the table (its rule is on the next page)
                    ln.cells = ln.text.split("\t")
                    ln.table = last_table[0]
                elif "\t" in ln.text:
                    if ln._x0 > margin + 3 * size:
                        ln.text = "\t" + ln.text  # a row whose first column is empty
                    prev_cols = ln._cols
                elif prev_cols and ln._x0 > margin + 2 * size:
                    # a wrapped line of an unruled table cell: put it in its column
                    k = min(range(len(prev_cols)), key=lambda c: abs(prev_cols[c] - ln._x0))
                    if k > 0 and abs(prev_cols[k] - ln._x0) < 2 * size:
                        ln.text = "\t" * k + ln.text
                    else:
                        prev_cols = []
                else:
                    prev_cols = []
                if not edge and ln.cells is None:
                    last_table = None
                if first_on_page:
                    # a paragraph carries on over the page break unless the last line stopped short
                    if out and re.search(r"[.!?:]$", prev_text) and not ln.text[:1].islower() and not prev_full:
                        add(Line(text="", line_no=0, page=pno, style="blank"))
                elif prev_bottom is not None and top - prev_bottom > max(pitch * 1.8, pitch + 0.6 * size):
                    add(Line(text="", line_no=0, page=pno, style="blank"))
                prev_bottom = ln._bottom
                prev_full = ln._x1 >= right - 4 * size
            else:
                if not first_on_page and out and out[-1].cells is None:
                    add(Line(text="", line_no=0, page=pno, style="blank"))
                ncols = len(ln.cells)
                if ln.table in remap:
                    ln.table = remap[ln.table]
                elif last_table and last_table[2] < pno and last_table[1] == ncols:
                    remap[ln.table] = last_table[0]  # the table continues from the previous page
                    ln.table = last_table[0]
                last_table = (ln.table, ncols, pno)
                prev_bottom = None
                prev_cols = []
            for attr in ("_x0", "_x1", "_bottom", "_size", "_cols"):
                if hasattr(ln, attr):
                    delattr(ln, attr)
            add(ln)
            prev_text = ln.text
            first_on_page = False
    return out


# ---------------------------------------------------------------- docx ----

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_docx(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "word/document.xml" not in names:
                raise IngestError("not a Word .docx file (the zip has no word/document.xml)")
            total = sum(i.file_size for i in infos)
            biggest = max((i.file_size for i in infos), default=0)
            if total > MAX_DOCX_BYTES or biggest > MAX_DOCX_PART_BYTES:
                raise IngestError("refused: a part of this .docx is too large to read safely")
    except zipfile.BadZipFile:
        raise IngestError("not a Word .docx file (not a zip archive)") from None


def _docx_numbering(doc):
    """Return a function (paragraph element) -> list label, following Word's numbering definitions."""
    try:
        numbering = doc.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return lambda p, style: None
    abstract = {}
    for an in numbering.findall(f"{_W}abstractNum"):
        levels = {}
        for lvl in an.findall(f"{_W}lvl"):
            ilvl = int(lvl.get(f"{_W}ilvl"))
            fmt = lvl.find(f"{_W}numFmt")
            text = lvl.find(f"{_W}lvlText")
            start = lvl.find(f"{_W}start")
            levels[ilvl] = (fmt.get(f"{_W}val") if fmt is not None else "decimal",
                            text.get(f"{_W}val") if text is not None else "%1.",
                            int(start.get(f"{_W}val")) if start is not None else 1)
        abstract[an.get(f"{_W}abstractNumId")] = levels
    nums = {}
    for num in numbering.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is not None:
            nums[num.get(f"{_W}numId")] = abstract.get(ref.get(f"{_W}val"), {})
    counters: dict[str, dict[int, int]] = {}

    def fmt(n: int, kind: str) -> str:
        return {"lowerLetter": _list_label(n, "a"), "upperLetter": _list_label(n, "A"),
                "lowerRoman": _list_label(n, "i"), "upperRoman": _list_label(n, "I")}.get(kind, str(n))

    def numpr_of(p, style):
        ppr = p.find(f"{_W}pPr")
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        while numpr is None and style is not None:
            sppr = style.element.find(f"{_W}pPr")
            numpr = sppr.find(f"{_W}numPr") if sppr is not None else None
            style = style.base_style
        return numpr

    def label(p, style) -> tuple[str, int] | None:
        numpr = numpr_of(p, style)
        if numpr is None:
            return None
        num_el = numpr.find(f"{_W}numId")
        lvl_el = numpr.find(f"{_W}ilvl")
        num_id = num_el.get(f"{_W}val") if num_el is not None else None
        ilvl = int(lvl_el.get(f"{_W}val")) if lvl_el is not None else 0
        if not num_id or num_id == "0" or num_id not in nums:
            return None
        levels = nums[num_id]
        kind, text, start = levels.get(ilvl, ("decimal", f"%{ilvl + 1}.", 1))
        state = counters.setdefault(num_id, {})
        state[ilvl] = state.get(ilvl, start - 1) + 1
        for deeper in [k for k in state if k > ilvl]:
            del state[deeper]
        if kind == "bullet" or kind == "none":
            return "•", ilvl
        out = text
        for k in range(ilvl + 1):
            lk, _, sk = levels.get(k, ("decimal", "", 1))
            out = out.replace(f"%{k + 1}", fmt(state.get(k, sk), lk))
        return out, ilvl

    return label


def read_docx(path: Path, doc_id: str) -> RawDocument:
    """A Word .docx: headings from paragraph styles, list numbers from Word's numbering, tables as cells."""
    _check_docx(path)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = docx.Document(str(path))
    except Exception as exc:
        raise IngestError(f"not a readable Word .docx file ({type(exc).__name__})") from None
    label = _docx_numbering(doc)
    lines: list[Line] = []
    table_no = 0

    def add(text: str, **kw) -> None:
        lines.append(Line(text=text, line_no=len(lines) + 1, **kw))

    for child in doc.element.body.iterchildren():
        if child.tag == f"{_W}p":
            para = Paragraph(child, doc)
            text = fold_spaces(normalise(para.text.replace("\n", " ")))
            if not text:
                continue
            style = para.style
            name = (style.name or "") if style is not None else ""
            m = re.match(r"(?:Heading|heading)\s*(\d)", name)
            found = label(child, style)
            runs = [r for r in para.runs if r.text.strip()]
            bold = bool(runs) and all(r.bold or (r.bold is None and style is not None and style.font.bold)
                                      for r in runs)
            if m or name == "Title":
                add(text, style="heading", level=int(m.group(1)) if m else 0)
            elif bold and len(text.split()) <= 12 and not text.rstrip().endswith((".", ";", ",")) and not found:
                add(text, style="heading", level=2)  # a bold short line in Normal style: a heading in all but name
            elif found:
                marker, ilvl = found
                add(text, style="item", marker=marker, indent=2 * (ilvl + 1), level=ilvl + 1)
            elif name.startswith("List"):
                add(text, style="item", marker="•", indent=2, level=1)
            else:
                add(text)
            add("", style="blank")
        elif child.tag == f"{_W}tbl":
            table_no += 1
            table = Table(child, doc)
            for row in table.rows:
                seen = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    parts = [fold_spaces(normalise(p.text)) for p in cell.paragraphs]
                    cells.append("\n".join(p for p in parts if p))
                if any(cells):
                    add("\t".join(c.replace("\n", " ") for c in cells), cells=cells, table=table_no)
            add("", style="blank")
    if not any(l.text for l in lines):
        raise IngestError("no text: the Word document is empty")
    return RawDocument(doc_id=doc_id, source=str(path), format="docx", lines=lines)


# -------------------------------------------------------------- choose ----

READERS: dict[str, Callable[[Path, str], RawDocument]] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}


def read(path: Path, doc_id: str | None = None) -> RawDocument:
    """Read any supported file; raise IngestError with a one-line reason when it cannot be read."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise IngestError(f"unsupported file type '{path.suffix or '(none)'}' "
                          f"(supported: {', '.join(sorted(READERS))})")
    if not path.is_file():
        raise IngestError("file not found")
    if path.stat().st_size == 0:
        raise IngestError("no text: the file is empty")
    return reader(path, doc_id or path.stem)
