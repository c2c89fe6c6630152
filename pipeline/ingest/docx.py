"""Word: `read_docx(path, doc_id) -> RawDocument`, heading styles, Word's own list numbering, tables,
footnotes and endnotes (after the body, numbered as Word numbers them), and the page headers and footers
(recorded as furniture, so the same text in the body is too)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..model import Furniture, IngestError, Line, RawDocument
from .clean import fold_spaces, normalise
from .html import _list_label

MAX_DOCX_BYTES = 200 * 1024 * 1024  # uncompressed size of all parts of a .docx
MAX_DOCX_PART_BYTES = 50 * 1024 * 1024
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
        letter = {"lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I"}.get(kind)
        return _list_label(n, letter) if letter else str(n)

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


# a paragraph's number alone in its cell ("7", "7.", "3.2", "(a)"), and the header of that column ("No.", "Para")
_NUMBER_CELL = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(?[a-z]\)|\(?[ivx]{1,5}\)", re.I)
# (a decimal number or one with its full stop: "24 hours' notice is needed …" and "12 councillors completed …" are
# sentences that open on a figure)
_TYPED_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3}){1,3}\.?|\d{1,3}\.)[ \t]+(?=[A-Z])")
_NUMBER_HEAD = re.compile(r"(?:no\.?|number|para(?:graph)?\.?|ref\.?|#|item|clause|section)", re.I)


def _numbered_paragraphs(rows: list[list[str]]) -> list[tuple[str | None, list[str]]] | None:
    """The rows of a Word table that numbers paragraphs ("No. | Provision"), each as (its number, the paragraphs of
    its text), (None, [heading]) for a row of one merged cell between them ("Roles"), or ("", paragraphs) for a row
    whose number cell is empty (its text goes on as a paragraph); None for a table of data. Every row but a header is
    a number and a text, or one merged cell; at least three are numbered, the numbers are no times of day ("10.00 |
    Welcome and apologies."), and most of their texts end as sentences do (a numbered table of short duties, "1 | Give
    impartial advice", is data)."""
    if rows and len(rows[0]) == 2 and _NUMBER_HEAD.fullmatch(rows[0][0].strip()) and len(rows[0][1].split()) <= 4:
        rows = rows[1:]
    out: list[tuple[str | None, list[str]]] = []
    for cells in rows:
        if not any(cells):
            continue
        typed = _TYPED_NUMBER.match(cells[0]) if len(cells) == 1 else None
        if typed:  # a one-column table, a paragraph a row with its number typed ("1.1 This protocol …", "2. The Council")
            out.append((typed.group(1) if typed.group(1).endswith(".") else typed.group(1) + ".",
                        cells[0][typed.end():].split("\n")))
        elif len(cells) == 1:  # one cell merged across the row
            if "\n" in cells[0] or len(cells[0].split()) > 10 or re.search(r"[.;:,]$", cells[0]):
                return None
            out.append((None, [cells[0]]))
        elif len(cells) == 2 and cells[1] and not cells[0].strip():
            out.append(("", cells[1].split("\n")))
        elif len(cells) == 2 and cells[1] and _NUMBER_CELL.fullmatch(cells[0].strip()) \
                and not re.fullmatch(r"\d{1,2}[.:][0-5]\d", cells[0].strip()):
            marker = cells[0].strip()
            out.append((marker if not marker[-1].isdigit() else marker + ".", cells[1].split("\n")))
        else:
            return None
    texts = [p[0] for m, p in out if m]
    ends = sum(1 for t in texts if re.search(r"[.;:!?][\"”’')]*$", t))
    # (one or two rows do, where every row is a decimal paragraph number and a sentence: a section's "1.1 | The
    # Parish Council employs …" in a document laid out a table to each section)
    few = texts and len(texts) == len(out) and ends == len(texts) and all(len(t.split()) >= 6 for t in texts) \
        and all(re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){1,3}\.", m or "") for m, _ in out)
    return out if (len(texts) >= 3 and ends * 3 >= len(texts) * 2) or few else None


def _box_of(el):
    """The text box (w:txbxContent) an element stands in, the innermost one; None outside any."""
    parent = el.getparent()
    while parent is not None and parent.tag != f"{_W}txbxContent":
        parent = parent.getparent()
    return parent


def _box_text(para, box) -> str:
    """A text box paragraph's own text: its w:t elements that stand in ``box`` itself, not in a box inside it."""
    return fold_spaces(normalise("".join(t.text or "" for t in para.iter(f"{_W}t") if _box_of(t) is box)))


def _cell_lines(tc) -> list[str]:
    """A table cell's text, a line a paragraph; a table inside the cell read row by row, its cells joined by " | "
    (python-docx's cell.paragraphs skips it: its text was lost)."""
    from docx.text.paragraph import Paragraph

    out = []
    for sub in tc.iterchildren(f"{_W}p", f"{_W}tbl"):
        if sub.tag == f"{_W}p":
            text = fold_spaces(normalise(Paragraph(sub, None).text))
            if text:
                out.append(text)
        else:
            for tr in sub.iterchildren(f"{_W}tr"):
                cells = [" ".join(_cell_lines(c)) for c in tr.iterchildren(f"{_W}tc")]
                if any(cells):
                    out.append(" | ".join(c for c in cells if c))
    return out


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
    styles: dict = {}

    def add(text: str, **kw) -> None:
        lines.append(Line(text=text, line_no=len(lines) + 1, **kw))

    def block(child) -> None:
        """One paragraph or table of the body, or of a cell of a layout table."""
        if child.tag == f"{_W}p":
            # a text box anchored in the paragraph ("Key principles" boxed at the top): its paragraphs, read before
            # the paragraph's own text; Word stores each box twice in one paragraph (a drawing and its fallback),
            # read once there; a box inside a box is read as its own, its text not again as its host's
            boxes_read: set[tuple[str, ...]] = set()
            for box in child.iter(f"{_W}txbxContent"):
                texts = tuple(t for t in (_box_text(bp, box) for bp in box.iter(f"{_W}p") if _box_of(bp) is box) if t)
                if texts and texts not in boxes_read:
                    boxes_read.add(texts)
                    for t in texts:
                        add(t)
                        add("", style="blank")
            para = Paragraph(child, doc)
            text = fold_spaces(normalise(para.text.replace("\n", " ")))
            if not text:
                return
            if child.style not in styles:  # python-docx scans every style for each lookup: once per style id
                styles[child.style] = para.style
            style = styles[child.style]
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
                # a list style of a deeper level ("List Number 2", "List Bullet 3") is often a list of its own at
                # Word's level 0, indented by its style: its name gives the depth
                depth = max(ilvl + 1, int(name[-1]) if re.search(r"^List.*\s[1-9]$", name) else 0)
                add(text, style="item", marker=marker, indent=2 * depth, level=depth)
            elif name.startswith("List"):
                # a list style without Word numbering: its level is in its name ("List Bullet 2", "List Number 3")
                depth = int(name[-1]) if re.search(r"\s[1-9]$", name) else 1
                add(text, style="item", marker="•", indent=2 * depth, level=depth)
            else:
                add(text)
            add("", style="blank")
        elif child.tag == f"{_W}tbl":
            table = Table(child, doc)
            rows, tcs = [], []
            for row in table.rows:
                seen = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    tcs.append(cell._tc)
                    cells.append("\n".join(_cell_lines(cell._tc)))
                rows.append(cells)
            if all(len(cells) == 1 for cells in rows) and any("\n" in cells[0] or tc.find(f"{_W}tbl") is not None
                                                             for cells, tc in zip(rows, tcs)):
                # a table of one column whose cells hold paragraphs or tables lays out the body (a bordered box round
                # each section): its paragraphs and tables are read as the page's own, headings, numbers and lists as
                # elsewhere (a one-column table of one line a row, "Officers will" over short duties, stays a table)
                for tc in tcs:
                    for sub in tc.iterchildren(f"{_W}p", f"{_W}tbl"):
                        block(sub)
                add("", style="blank")
                return
            numbered = _numbered_paragraphs(rows)
            if numbered is not None:
                # a table that only lays out numbered paragraphs ("No. | Provision", a merged row for each section's
                # heading): its rows are the paragraphs and headings, read as the page would be without the table
                for marker, paragraphs in numbered:
                    if marker is None:
                        add(paragraphs[0], style="heading", level=2)
                    else:
                        for k, text in enumerate(paragraphs):
                            add(f"{marker} {text}" if k == 0 and marker else text)
                            add("", style="blank")
                add("", style="blank")
                return
            nonlocal table_no
            table_no += 1
            for cells in rows:
                if any(cells):
                    add("\t".join(c.replace("\n", " ") for c in cells), cells=cells, table=table_no)
            add("", style="blank")
    for child in doc.element.body.iterchildren():
        block(child)
    # the footnotes and endnotes: the protocol's own text at the foot of its pages ("A complaint may also be made
    # by any person directly to the Monitoring Officer"), read as footnotes after the body, each with its number
    notes, unread = _notes(doc)
    if notes:  # (under a heading of their own: not the section of the body's last heading, an appendix's glossary)
        add("", style="blank")
        add("Notes", style="heading", level=1)
        add("", style="blank")
    for number, text in notes:
        add(f"{number} {text}", style="footnote")
        add("", style="blank")
    if not any(l.text for l in lines):
        raise IngestError("no text: the Word document is empty")
    # page headers and footers come after the body's lines, so every line has its own number
    furniture = [Furniture(text=text, line_no=len(lines) + k + 1, page=None, reason=reason)
                 for k, (text, reason) in enumerate(_headers_and_footers(doc))]
    return RawDocument(doc_id=doc_id, source=str(path), format="docx", lines=lines, furniture=furniture,
                       warnings=[f"its {kind}s could not be read ({why}): they are left out" for kind, why in unread])


def _notes(doc) -> tuple[list[tuple[int, str]], list[tuple[str, str]]]:
    """The text of each footnote, then each endnote, numbered in the order the body refers to them (as Word
    numbers them; a note the body never refers to follows, numbered on), and the kinds of note whose part could not
    be read, with why (a warning: never a silent loss). Word's separator notes are left out; a tab or a line break
    in a note is a space; entities are not expanded, and the text after one is kept."""
    from lxml import etree

    out: list[tuple[int, str]] = []
    unread: list[tuple[str, str]] = []
    for kind in ("footnote", "endnote"):
        part = next((rel.target_part for rel in doc.part.rels.values()
                     if not rel.is_external and rel.reltype.endswith(f"/{kind}s")), None)
        if part is None:
            continue
        try:
            root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
        except etree.XMLSyntaxError as exc:
            unread.append((kind, f"not well-formed XML: {str(exc)[:80]}"))
            continue
        notes: list[tuple[str, str]] = []  # (id, text), in the part's order; two notes may share an id
        for note in root.iter(f"{_W}{kind}"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            paras = [fold_spaces(normalise(_run_text(p))) for p in note.iter(f"{_W}p")]
            text = " ".join(p for p in paras if p)
            if text:
                notes.append((note.get(f"{_W}id") or "", text))
        order = list(dict.fromkeys(ref.get(f"{_W}id") for ref in doc.element.body.iter(f"{_W}{kind}Reference")))
        rank = {k: n for n, k in enumerate(order)}
        ranked = sorted(range(len(notes)), key=lambda n: (rank.get(notes[n][0], len(rank)), n))
        out += [(len(out) + k, notes[n][1]) for k, n in enumerate(ranked, 1)]
    return out, unread


def _run_text(p) -> str:
    """A paragraph's text as Word shows it: its text runs, a tab or a line break a space (and the text that
    follows an unexpanded entity)."""
    parts: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if el.tag == f"{_W}t":
            # (a line feed inside a text run shows in Word as a space: it must not become a line, or a heading, of
            # the note's text in a Markdown draft)
            parts.append(" ".join((el.text or "").splitlines()))
            parts.extend(" ".join((child.tail or "").splitlines()) for child in el)
        else:
            parts.append("-" if el.tag == f"{_W}noBreakHyphen" else " ")
    return "".join(parts)


def _headers_and_footers(doc) -> list[tuple[str, str]]:
    """The text lines of every section's page headers and footers (first-page and even-page ones
    too), each once, with "page header" or "page footer"."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for section in doc.sections:
        for reason, parts in (("page header", ("first_page_header", "header", "even_page_header")),
                              ("page footer", ("first_page_footer", "footer", "even_page_footer"))):
            for name in parts:
                part = getattr(section, name)
                if part.is_linked_to_previous and section is not doc.sections[0]:
                    continue
                element = part._element if part._has_definition else None
                if element is None:
                    continue
                for p in element.iter(f"{_W}p"):
                    text = fold_spaces(normalise("".join(t.text or "" for t in p.iter(f"{_W}t"))))
                    if text and text not in seen:
                        seen.add(text)
                        out.append((text, reason))
    return out
