"""PDF: `read_pdf(path, doc_id) -> RawDocument`, lines with positions and fonts from pdfplumber, tables as cells."""

from __future__ import annotations

import bisect
import itertools
import math
import re
import statistics
from collections import Counter
from pathlib import Path

from ..model import IngestError, Line, RawDocument
from .clean import BULLET_GLYPHS, fold_spaces, normalise
from .numbering import parse_marker


def _bold(fontname: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold|demi", fontname or "", re.I))


_LABELLED = re.compile(r"[A-Z][\w'’ /()-]{0,40}:\s+\S")  # "Approved: Council, 14 May 2026", "Document owner: …"


_NUMBERED_TITLE = re.compile(r"\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z][A-Za-z'’ -]{1,60}")


def _margin_titles(rows: list[list[dict]], width: float, height: float) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    """Rows that open with a section title set in the page's left margin ("Purpose and status   1.1 This Protocol
    sets out …"): row index -> (how many of its words the title holds, and the rows below that carry the title on
    as (row index, how many of its words): "Close personal" / "relationships", alone in the margin or beside the
    paragraph's next line). The page's text stands right of the margin (below the first title, no long line of body
    text starts where the titles do), and two or more rows carry one; a title is short, with no sentence's full stop
    and no list marker."""
    found: dict[int, tuple[int, float, float]] = {}
    for k, row in enumerate(rows):
        row = sorted(row, key=lambda w: w["x0"])
        cells = _split_cells(row, statistics.median(w["size"] for w in row))
        if len(cells) >= 3 and re.fullmatch(r"\d{1,3}", cells[-1][1]):
            continue  # a contents line: "Introduction   1. Purpose and scope of this protocol   2"
        words = [w for w in row if w["x0"] < cells[1][0]] if len(cells) >= 2 else row
        if len(words) >= 2 and re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*\.?", words[-1]["text"]):
            words = words[:-1]  # "Relationship with the Codes 1.3": the paragraph's number set close to the title
        if len(words) == len(row):
            continue
        first, split = " ".join(w["text"] for w in words), row[len(words)]["x0"]
        # (beside the paragraph's text, which stands in the left half of the page: "constructively to concerns raised
        # at Stage      1." is a line wrapped short, its last word set apart; and the text beside it opens a numbered
        # paragraph: "Concern | Who to contact" is a table, "Councillors | must not instruct the Clerk" a sentence set
        # with a gap)
        rest = " ".join(w["text"] for w in row[len(words):])
        marker, _, said = parse_marker(rest)
        # (a title may carry its section's number: "1 Introduction   1.1 This Protocol ...", b175 first run)
        if len(words) <= 6 and not re.search(r"[.;:!?,]$", first) and (
                parse_marker(first)[0] is None and first[:1].isalpha() or _NUMBERED_TITLE.fullmatch(first)) \
                and split - row[0]["x0"] >= 60 and split <= 0.45 * width \
                and marker is not None and marker.kind in ("num", "dec") and len(said.split()) >= 3 \
                and said[:1].isupper():
            found[k] = (len(words), row[0]["x0"], split)
    if len(found) < 2:
        return {}
    margin = min(x for _, x, _ in found.values())
    body = min(x for _, _, x in found.values())
    out: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    for k, row in enumerate(rows):
        left = min(w["x0"] for w in row)
        if k < min(found) or left >= body - 30 or not (height * 0.09 <= row[0]["top"] <= height * 0.92 or k in found):
            continue
        above = max((j for j in out if j < k), default=None)
        beside = [w for w in sorted(row, key=lambda w: w["x0"]) if w["x1"] < body - 10]
        # (a title's next line, alone in the margin or beside the paragraph's next line: a few words that carry on the
        # title above, in lower case or after its dangling last word, "Close personal" / "relationships", "Officers'
        # conduct towards" / "Members")
        title_above = " ".join(w["text"] for w in rows[above][:out[above][0]]) if above is not None else ""
        goes_on = above is not None and k not in found and abs(left - margin) <= 6 and k - above <= 3 \
            and 1 <= len(beside) <= 4 and (beside[0]["text"][:1].islower() or re.search(
                r"\b(?:of|to|and|the|for|with|towards|between|on|in|by|from|or)$", title_above, re.I))
        if goes_on:
            out[above][1].append((k, len(beside)))
        elif k in found:
            if abs(found[k][1] - margin) <= 6 and (row[0]["text"][:1].isupper() or row[0]["text"][:1].isdigit()):
                out[k] = (found[k][0], [])
        elif len(row) >= 8 and not _LABELLED.match(" ".join(w["text"] for w in row)):
            return {}  # a line of text that starts in the margin: no margin of titles here (a details line may:
            # "Document owner: Monitoring Officer | Next review: May 2028" under the last paragraph)
    return out


def _margin_titles_apart(rows: list[list[dict]], width: float, height: float) -> list[list[dict]]:
    """The page's rows with each margin title (``_margin_titles``) set apart as rows of its own above its paragraph's
    first line, its words marked ``_title`` (read as the heading it is, bold or not, and never a running header); what
    stands beside a title's second line stays where it is."""
    rows = list(rows)
    titled = _margin_titles(rows, width, height)
    for k in sorted(titled, reverse=True):
        n, more = titled[k]
        row = sorted(rows[k], key=lambda w: w["x0"])
        titles = [row[:n]] + [sorted(rows[j], key=lambda w: w["x0"])[:m] for j, m in more]
        top = min(w["top"] for w in row) - 0.01  # (above its paragraph's first line, set a point higher: b175)
        for w in (w for line in titles for w in line):
            w["_title"] = True
            w["top"] = top
        for j, m in sorted(more, reverse=True):
            rest = sorted(rows[j], key=lambda w: w["x0"])[m:]
            if rest:
                rows[j] = rest
            else:
                del rows[j]
        rows[k:k + 1] = titles + [row[n:]]
    return rows


def _split_cells(words: list[dict], size: float, columns: bool = False) -> list[tuple[float, str]]:
    """Group one line's words into cells wherever the gap between words is wide (an unruled table). On a page of
    two columns (``columns``), justified prose in a narrow column stretches the spaces of a line of few words:
    "Governance,    as    Monitoring" is one line of text where its spaces are alike."""
    cells: list[tuple[float, list[str]]] = []
    prev_x1 = None
    gap_limit = max(14.0, 1.6 * size)
    gaps = [b["x0"] - a["x1"] for a, b in zip(words, words[1:])]
    if columns and len(gaps) == 2 and max(gaps) <= 1.3 * min(gaps):
        gap_limit = float("inf")
    elif len(gaps) >= 3:
        # the spaces of a line are alike (justified text stretches them all); a column's gap stands
        # out: over a body space and several times the line's usual space
        usual = statistics.median(gaps)
        gap_limit = min(gap_limit, max(0.9 * size, 3 * usual))
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


FRAME_LINES = 15  # lines of text in one cell of a page-sized table that make it the page's frame, not a table
_SYMBOL_FONT = re.compile(r"dingbat|wingding|webding|symbol", re.I)
_CUE = re.compile(r"[\d*†‡]{1,3}")  # a footnote cue: "1", "12", "*"
_CID_ONLY = re.compile(r"\(cid:\d+\)")


def _is_cue(w: dict, size: float) -> bool:
    """A small digit or star, smaller than body text: a footnote cue, or a footnote's number."""
    return bool(_CUE.fullmatch(w["text"])) and w["size"] <= 0.8 * size


_MAX_SHAPES = 400  # small shapes a page is searched for drawn bullets (a chart's markers are no list)


def _drawn_bullets(body, words: list[dict]) -> list[dict]:
    """Bullets drawn as small round or square shapes just left of a line's first word (a slide deck or a Word list
    printed to PDF draws them; pdfplumber gives no character for them, and the points of a slide ran together as one
    clause, b207's first run): each becomes a "•" mark on its line."""
    shapes = [o for o in (list(body.curves) + list(body.rects))[:_MAX_SHAPES * 4]
              if 2 <= o["x1"] - o["x0"] <= 8 and 2 <= o["bottom"] - o["top"] <= 8
              and abs((o["x1"] - o["x0"]) - (o["bottom"] - o["top"])) <= 1.5]
    if not shapes or len(shapes) > _MAX_SHAPES:
        return []
    by_line: dict[int, list[dict]] = {}
    for w in words:
        by_line.setdefault(int(w["top"] // 4), []).append(w)
    out = []
    for sh in shapes:
        mid = (sh["top"] + sh["bottom"]) / 2
        near = [w for k in (int(mid // 4) - 3 + i for i in range(7)) for w in by_line.get(k, [])
                if w["top"] - 1 <= mid <= w["bottom"] + 1 and 0.5 <= w["x0"] - sh["x1"] <= 15]
        first = min(near, key=lambda w: w["x0"], default=None)
        if first is None or any(w["x1"] <= sh["x0"] and w["top"] - 1 <= mid <= w["bottom"] + 1
                                for k in (int(mid // 4) - 3 + i for i in range(7)) for w in by_line.get(k, [])):
            continue  # (only a shape that starts its line: not "Items marked ● are confidential", "Yes ☐ No ☐")
        out.append({"text": "•", "_glyph": "•", "x0": sh["x0"], "x1": sh["x1"], "top": first["top"],
                    "bottom": first["bottom"], "size": first["size"], "fontname": first.get("fontname") or ""})
    return out


def _attach_marks(rows: list[list[dict]], marks: list[dict]) -> list[list[dict]]:
    """Put marks printed above or below the line back on it: a symbol-font bullet set a little
    higher than its text, a small digit (a footnote cue, or a footnote's own number). Grouped by
    height alone they would make lines of their own. A cue raised right after a word ("… the
    Constitution.¹") is dropped: it is no part of the sentence."""
    for m in sorted(marks, key=lambda w: (w["top"], w["x0"])):
        overlap = [(min(m["bottom"], max(w["bottom"] for w in r)) - max(m["top"], min(w["top"] for w in r)), k)
                   for k, r in enumerate(rows)]
        best = max(overlap, default=(0.0, -1))
        if best[0] <= 0:
            rows.append([m])
            continue
        row = rows[best[1]]
        before = [w for w in row if w["x1"] <= m["x0"] + 0.5]
        prev = max(before, key=lambda w: w["x1"], default=None)
        if not m.get("_glyph") and prev is not None and m["x0"] - prev["x1"] < 2 and m["top"] < prev["top"] - 1 \
                and m["size"] <= 0.8 * prev["size"]:
            continue  # a superscript cue
        if m.get("_glyph") and prev is not None and m["x0"] - prev["x1"] < 2:
            m = {**m, "text": m["_glyph"]}  # a symbol inside a word ("Tŷ" drawn from a symbol font) is no bullet
        row.append(m)
    rows.sort(key=lambda r: min(w["top"] for w in r))
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _unreadable(text: str) -> bool:
    """A glyph the PDF gives no Unicode for: "(cid:N)", U+FFFD, or a control character."""
    return text.startswith("(cid:") or text == "\ufffd" or (len(text) == 1 and ord(text) < 32)


_MARKER_ONLY = re.compile(r"(?:[" + BULLET_GLYPHS + r"\-–*o]|\(cid:\d+\)|\(?\d{1,6}(?:\.\d{1,3})*[.)]?|"
                          r"\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|[A-Z]{1,2}\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[A-Z][.)])")


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
        n_chars = rotated = unreadable = 0
        for pno, page in enumerate(pages, 1):
            try:
                chars = page.chars
            except Exception as exc:
                raise IngestError(f"not a readable PDF (page {pno}: {type(exc).__name__})") from None
            images += len(page.images)
            if chars:
                any_text = True
            for ch in chars:
                if not ch.get("text", "").isspace():
                    n_chars += 1
                    rotated += not ch.get("upright", True)
                    unreadable += _unreadable(ch.get("text", ""))
        if not any_text:
            if images:
                raise IngestError("no text layer: OCR needed (the PDF holds only images)")
            raise IngestError("no text: the PDF has no text on any page")
        if n_chars and rotated / n_chars > 0.5:
            warnings.append(f"most of the text is rotated ({100 * rotated // n_chars}% of characters); "
                            f"its lines and clauses may be garbled")
        if n_chars and unreadable / n_chars > 0.3:
            warnings.append(f"most of the text is unreadable ({100 * unreadable // n_chars}% of characters have "
                            f"no Unicode mapping); OCR may be needed")
        laid_out = []  # each page's tables, and the page without them
        for page in pages:
            tables = [t for t in page.find_tables()
                      if not _page_frame(t, page.width, page.height) and not _layout_box(t, page.width)]
            boxes = [t.bbox for t in tables]

            def outside(obj, boxes=boxes) -> bool:
                cx = (obj["x0"] + obj["x1"]) / 2
                cy = (obj["top"] + obj["bottom"]) / 2
                return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

            body = page.filter(outside) if boxes else page
            marks = _watermark(body.chars)
            if marks:
                # a watermark set at a slant across the page ("DRAFT"): its letters would fall into the words they
                # cross ("CouncTil"); it is read apart, as a line of its own that the furniture pass records
                ids = {id(ch) for ch in marks}
                body = body.filter(lambda obj, ids=ids: id(obj) not in ids)
            laid_out.append((tables, body, marks))
            for ch in body.chars:
                sizes[round(ch.get("size", 0), 1)] += 1
        # the body text's size is the commonest outside the tables: an audit report's findings table in small type
        # holds more characters than its paragraphs, which were then read as headings, every line of them
        body_size = sizes.most_common(1)[0][0] if sizes else 10.0
        table_no = 0
        for pno, (page, (tables, body, slanted)) in enumerate(zip(pages, laid_out), 1):
            items: list[tuple[float, Line]] = []
            if slanted:
                mark = Line(text=fold_spaces("".join(ch["text"] for ch in sorted(slanted, key=lambda c: c["x0"]))),
                            line_no=0, page=pno, style="watermark")
                mark.page_pos = "top"
                mark._x0 = min(ch["x0"] for ch in slanted)  # type: ignore[attr-defined]
                mark._x1 = max(ch["x1"] for ch in slanted)  # type: ignore[attr-defined]
                mark._bottom = max(ch["bottom"] for ch in slanted)  # type: ignore[attr-defined]
                mark._size = max(ch.get("size", 0) for ch in slanted)  # type: ignore[attr-defined]
                items.append((min(ch["top"] for ch in slanted), mark))
            page_words = _LazyWords(page)  # read once a page, only if a cell may hold two paragraphs
            for t in tables:
                table_no += 1
                for row, boxes_of_row in zip(t.extract(), t.rows):
                    cells = [normalise(_hard_breaks(page_words, box, c) if c and box and _ENDS_AT_BREAK.search(c)
                                       else c or "").strip() for c, box in zip(row, boxes_of_row.cells)]
                    if not any(cells):
                        continue
                    items.append((t.bbox[1], Line(text="\t".join(fold_spaces(c.replace("\n", " ")) for c in cells), line_no=0,
                                                  page=pno, cells=cells, table=table_no)))
            words = body.extract_words(keep_blank_chars=False, use_text_flow=False,
                                       extra_attrs=["size", "fontname"])
            for w in words:
                if _SYMBOL_FONT.search(w["fontname"] or "") and len(w["text"]) <= 2:
                    w["_glyph"] = w["text"]  # a Dingbats/Wingdings bullet, whose code reads as a letter ("n", "§")
                    w["text"] = "•"
                elif _CID_ONLY.fullmatch(w["text"]) and w["size"] < body_size:
                    w["_glyph"] = "•"  # a bullet the PDF gives no Unicode for, smaller than the text and set a little
                    w["text"] = "•"  # lower than its line ("(cid:127)" on b282's slides made lines of its own)
            words += _drawn_bullets(body, words)
            marks = [w for w in words if w.get("_glyph") or _is_cue(w, body_size)]
            rows = _rows_of(w for w in words if not (w.get("_glyph") or _is_cue(w, body_size)))
            rows = _attach_marks(rows, marks)
            gutter = _gutter(rows, page.width, page.height)
            if gutter is not None:
                rows = _read_columns(rows, gutter, page.height)
            else:
                rows = _margin_titles_apart(rows, page.width, page.height)
            for row in rows:
                row.sort(key=lambda w: w["x0"])
                size = statistics.median(w["size"] for w in row)
                cells = _split_cells(row, size, columns=gutter is not None)
                text = "\t".join(c for _, c in cells)
                bold = all(_bold(w["fontname"]) or w.get("_title") for w in row)
                style = "heading" if (bold or size >= body_size * 1.15) and len(row) <= 16 else "body"
                level = 1 if size >= body_size * 1.3 else 2
                line = Line(text=normalise(text), line_no=0, page=pno, style=style,
                            level=level if style == "heading" else 0)
                line._cols = [x for x, _ in cells]  # type: ignore[attr-defined]
                # where each cell's text ends, and how wide its first word is: whether a cell's text
                # reached its column's edge (and may wrap) or stopped short (its row ends there)
                bounds = [x for x, _ in cells[1:]] + [float("inf")]
                line._ends = [max(w["x1"] for w in row if x <= w["x0"] < b) for (x, _), b in zip(cells, bounds)]  # type: ignore[attr-defined]
                line._firsts = [next(w["x1"] - w["x0"] for w in row if w["x0"] >= x) for x, _ in cells]  # type: ignore[attr-defined]
                line._x0 = cells[0][0]  # type: ignore[attr-defined]
                line._bottom = max(w["bottom"] for w in row)  # type: ignore[attr-defined]
                line._x1 = max(w["x1"] for w in row)  # type: ignore[attr-defined]
                line._size = size  # type: ignore[attr-defined]
                top, bottom = row[0].get("_top", row[0]["top"]), max(w.get("_bottom", w["bottom"]) for w in row)
                if row[0].get("_title"):
                    line.page_pos = None  # a margin title, at the top of its page or not, is no running header
                elif top < page.height * 0.09:
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


def _rows_of(words) -> list[list[dict]]:
    """Words grouped into the lines they print on, top to bottom, each line left to right: tops within 2.5 points, or
    the same foot (within 1.5) where a word in a smaller or larger type stands on the line's baseline. (A paragraph's
    number in a smaller type than its text, "1." beside "This Protocol sets out ...", has its top 2.8 points lower: it
    stood as a line of its own under the paragraph's first, which became a heading, in b363's 12-page protocol.)"""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        # (the foot compared is the line's own, that of most of its words: a tall step number beside two lines of
        # text has its foot on the second line's, and joined the two lines into one, their words interleaved:
        # adversarial review 80)
        if rows and (abs(rows[-1][0]["top"] - w["top"]) <= 2.5 or (
                w["top"] > rows[-1][0]["top"] and abs(_line_foot(rows[-1]) - w["bottom"]) <= 1.5)):
            rows[-1].append(w)
        else:
            rows.append([w])
    for row in rows:
        if any(a["x0"] > b["x0"] for a, b in zip(row, row[1:])):
            row.sort(key=lambda w: w["x0"])
    return rows


def _line_foot(row: list[dict]) -> float:
    """Where most of a line's words stand: the median of their feet."""
    return statistics.median_low(w["bottom"] for w in row)


_ENDS_AT_BREAK = re.compile(r"[.!?][\"”’')]*\n[\"“‘(]?[A-Z]")  # a sentence ending at a line's end, another opening


class _LazyWords:
    """A page's words, extracted the first time a table cell asks for them."""

    def __init__(self, page) -> None:
        self.page, self.words = page, None

    def within(self, box: tuple) -> list[dict]:
        if self.words is None:
            self.words = self.page.extract_words()
        x0, top, x1, bottom = box
        return [w for w in self.words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom]


def _hard_breaks(page_words: _LazyWords, box: tuple, text: str) -> str:
    """A table cell's text with a blank line where the author broke it, not where it wrapped: after a sentence's end,
    before a capital, where the next line's first word would have fitted on the line ("Consider officers' advice
    carefully before" / "taking a decision." / "Do not press an officer …": "Do" fitted; the cell holds two
    statements). The other line breaks are wraps, kept as they are."""
    rows = _rows_of(page_words.within(box))
    lines = text.split("\n")
    if len(rows) != len(lines) or len(rows) < 2:
        return text
    for r in rows:
        r.sort(key=lambda w: w["x0"])
    right = max(r[-1]["x1"] for r in rows)  # the text's own right edge: its widest line (a cell may be indented)
    out = [lines[0]]
    for above, below, line in zip(rows, rows[1:], lines[1:]):
        first = below[0]["x1"] - below[0]["x0"]
        room = right - above[-1]["x1"]
        ended = re.search(r"[.!?][\"”’')]*$", out[-1].rstrip()) and re.match(r"[\"“‘(]?[A-Z]", line.strip())
        out.append(("\n\n" if ended and room > first + 0.3 * (above[-1]["bottom"] - above[-1]["top"]) else "\n") + line)
    return "".join(out)


def _layout_box(table, width: float) -> bool:
    """Ruled boxes of one column, across half the page or more, most of whose boxes run to several lines (a slide drawn
    in its frame on a handout page, a bordered box of bullet points): pdfplumber reads each as a table of one cell,
    and a slide's title and all its bullets became one clause (b207's first run); read as the page's text, its lines
    are its title and its points. (Not a one-column table of dates or amounts with one wrapped cell, nor a column of
    boxed names beside another: adversarial review 43.)"""
    rows = table.extract()
    filled = [[c for c in row if c and c.strip()] for row in rows]
    cells = [f[0] for f in filled if f]
    return bool(cells) and all(len(row) == 1 for row in rows) and all(len(f) <= 1 for f in filled) \
        and table.bbox[2] - table.bbox[0] >= 0.5 * width and 2 * sum("\n" in c for c in cells) >= len(cells)


def _page_frame(table, width: float, height: float) -> bool:
    """A ruled box around the whole page (a filed copy's frame, a margin rule), which pdfplumber reads as a table of
    one cell holding the page's text: it covers most of the page and its one filled cell runs to many lines (one page
    read as one clause, its paragraphs merged: b111's first run)."""
    x0, top, x1, bottom = table.bbox
    if (x1 - x0) * (bottom - top) < 0.6 * width * height:
        return False
    # (one filled cell: a full-page Members | Officers table of long bulleted cells is a table)
    filled = [c for row in table.extract() for c in row if c and c.strip()]
    return len(filled) == 1 and filled[0].count("\n") >= FRAME_LINES


def _gutter(rows: list[list[dict]], width: float, height: float) -> tuple[float, float] | None:
    """The middle and the width of the gap between a page's two columns of text, or None for a page of one
    column. Two columns: in the body of the page (its margins aside) no line of words crosses the gap but for a few
    spanning ones (a heading, a title), most lines have prose on both sides of it, and both sides are wide columns,
    not a table's narrow cells."""
    body = [r for r in rows if r[0]["top"] > height * 0.09 and max(w["bottom"] for w in r) < height * 0.92]
    if len(body) < 12:
        return None
    # (the widest run of x that at most a tenth of the lines cross: a ragged column end or a word starting late in a
    # line leaves a narrower gap beside the gutter)
    crossing = {g: sum(1 for r in body if _crosses(r, g)) for g in range(int(width * 0.35), int(width * 0.65) + 1, 2)}
    runs = _runs([g for g, n in crossing.items() if n <= 0.1 * len(body)])
    if not runs:
        return None
    widest = max(runs, key=len)
    # (the gutter is where fewest lines cross, within that run: beside it a column's hanging paragraph numbers stand
    # out to the left of its text, and the run's middle fell among them, so that every numbered line of the right
    # column read as a line across the page)
    fewest = min(crossing[g] for g in widest)
    near = fewest + max(1, int(0.02 * len(body)))  # (a title across the page crosses it too)
    clear = max(_runs([g for g in widest if crossing[g] <= near]), key=len)
    g = clear[len(clear) // 2]
    halves = [([w for w in r if w["x1"] < g], [w for w in r if w["x0"] > g]) for r in body if not _crosses(r, g)]
    lefts, rights = [a for a, _ in halves if a], [b for _, b in halves if b]
    # (a page's last stretch of two columns may leave its right column short: where no line crosses the gutter, a
    # quarter of the lines will do; counted among the lines that do not cross it, as a leaflet's introduction and its
    # closing box across the page are none of either column's: b258's two-column parish leaflet)
    # (where no line at all crosses it, six lines of a column are enough: b281's page whose right column held only the
    # last lines of a section beside a long left one read line across line; five, b301's, whose right column's first
    # line stood in the top margin beside the left column's first heading)
    least = 0.25 if fewest == 0 else 0.4
    if min(len(lefts), len(rights)) < least * len(halves) and not (fewest == 0 and min(len(lefts), len(rights)) >= 5):
        return None
    # (each column's own width, from its lines' starts to their ends: prose fills its column, a table's cells do not;
    # a list's line indented under its label that runs on to the column's end fills it too: b269's page of two columns
    # of lettered items, each wrapped under its label, read line across line; not a short heading set flush right
    # beside its paragraph, nor a borderless table's third column starting far in, adversarial review 58)
    for side in (lefts, rights):
        left = min(w["x0"] for r in side for w in r)
        wide = max(w["x1"] for r in side for w in r) - left
        ends = [(min(w["x0"] for w in r), max(w["x1"] for w in r)) for r in side]
        full = sum(1 for start, end in ends
                   if end >= start + 0.8 * wide or (end >= left + 0.8 * wide and start <= left + 0.25 * wide))
        if wide < 0.28 * width or full < 0.35 * len(side):
            return None
    # (the gap itself, measured on the lines with words on both sides of it: its width is the usual gap between their
    # two parts, and lines whose parts stand closer are spanning lines broken at a space, not two columns' lines)
    pairs = [(max(w["x1"] for w in a), min(w["x0"] for w in b)) for a, b in halves if a and b]
    usual = statistics.median(hi - lo for lo, hi in pairs) if pairs else 0.0
    columns = [(lo, hi) for lo, hi in pairs if hi - lo >= 0.5 * usual]
    # (... and the lines of one column alone: where the columns' lines stand at different heights, few lines have
    # words on both sides, and none of them may start with the right column's hanging number; where none has, the
    # lines of each column alone give the gap: b301's page whose right column was set half a line lower than the left
    # read line across line)
    left_ends = [lo for lo, _ in columns] + [max(w["x1"] for w in a) for a, b in halves if a and not b]
    right_starts = [hi for _, hi in columns] + [min(w["x0"] for w in b) for a, b in halves if b and not a]
    if not left_ends or not right_starts:
        return None
    lo, hi = max(left_ends), min(right_starts)
    return ((lo + hi) / 2, hi - lo) if hi - lo >= 6 else None


def _runs(xs: list[int], step: int = 2) -> list[list[int]]:
    """Sorted x values grouped into runs of neighbours ``step`` apart."""
    runs: list[list[int]] = []
    for x in xs:
        if runs and runs[-1][-1] == x - step:
            runs[-1].append(x)
        else:
            runs.append([x])
    return runs


def _crosses(row: list[dict], x: float) -> bool:
    """Does a word of the line run across ``x``?"""
    return any(w["x0"] < x < w["x1"] for w in row)


def _read_columns(rows: list[list[dict]], gap: tuple[float, float], height: float | None = None) -> list[list[dict]]:
    """A two-column page's lines in reading order: each run of lines between spanning ones (a title, a running
    header or footer, a heading across the page) is read down its left column, then down its right. The right
    column's words are moved under the left one (their y after the left column's last line, their x by the columns'
    offset), so that indents and paragraph gaps read as in one column; each word keeps its place on the page
    (``_top``, ``_bottom``) for telling the page's margins."""
    gutter, wide = gap

    def spanning(r: list[dict]) -> bool:
        # a word across the gap, or words either side of it no further apart than a line's spaces (a centred title)
        left = [w["x1"] for w in r if w["x1"] <= gutter]
        right = [w["x0"] for w in r if w["x0"] >= gutter]
        return _crosses(r, gutter) or (bool(left and right) and min(right) - max(left) < 0.5 * wide)

    def moved(r: list[dict], down: float, across: float = 0.0) -> list[dict]:
        return [dict(w, top=w["top"] + down, bottom=w["bottom"] + down, x0=w["x0"] - across, x1=w["x1"] - across,
                     _top=w["top"], _bottom=w["bottom"]) for w in r]

    out: list[list[dict]] = []
    shift = 0.0  # how far down the page's lines have moved so far
    # (a stretch of blank page across both columns, of five lines or more, ends a run too: what stands below it, a
    # leaflet's closing box whose heading is in the left column alone, is read after both columns, not inside the
    # left one: b258's two-column parish leaflet)
    line_height = statistics.median(max(w["bottom"] for w in r) - min(w["top"] for w in r) for r in rows) if rows else 0
    blank = 5 * line_height
    # (the page's foot, a line or three in its bottom margin set apart below the columns by a gap of a few lines, is
    # the page's furniture, not the last lines of the left column: "Protocol on Member/Officer Relations - Issue 5 -
    # March 2025" at the left margin put the right column's first line under it, read as the next page's head: b260's
    # first run; a closing section of the left column higher up stays in it, adversarial review 57)
    foot = len(rows)  # (without the page's height, no foot is read)
    for j in range(len(rows) - 1, max(len(rows) - 4, 0), -1) if height else ():
        if rows[j][0]["top"] > 0.9 * height \
                and rows[j][0]["top"] - max(w["bottom"] for r in rows[max(0, j - 3):j] for w in r) > 2.5 * line_height:
            foot = j
            break
    # (... and its head, the lines in its top margin above the columns: "Pentref Aeron Community Council" at the left
    # and its Welsh name at the right of a leaflet's header band were read as the first lines of each column, where
    # on the next page they stood as one line, and neither was known for the running header it is: b285's first run;
    # its top twentieth only, where a page's first lines of text may start higher than the margin's usual 9 %: b260's
    # right column opened at 7 % and its first line was read across the left column's heading)
    # ... and set apart from what follows by more than a line's height (a page whose columns start high reads its first
    # lines as columns still: adversarial review 62)
    head = 0
    while height and head < len(rows) and max(w["bottom"] for w in rows[head]) < 0.05 * height:
        head += 1
    if head and head < len(rows) and rows[head][0]["top"] - max(w["bottom"] for w in rows[head - 1]) < line_height:
        head = 0
    # (a heading set across the page but short enough to end before the gutter stands in the left column alone; the
    # right column breaks beside it, a gap of more than two lines above and below it, where a column that runs on past a
    # heading of the left one has no such gap: round 83's two-column PDF read the left column's sections 1 and 2 before
    # the right column's 1.4 and 1.5)
    # (the columns' own rows, not the page's head or foot; and a heading is set apart from the line above it, where a
    # column's last line beside the other's end is not: b400's last page)
    right_rows = sorted((min(w["top"] for w in r if w["x0"] >= gutter), max(w["bottom"] for w in r if w["x0"] >= gutter))
                        for r in rows[head:foot] if not spanning(r) and any(w["x0"] >= gutter for w in r))
    left_bottoms = [max(w["bottom"] for w in r) for r in rows]
    right_tops = [t for t, _ in right_rows]
    reach = list(itertools.accumulate((b for _, b in right_rows), max))  # the lowest bottom of the rows so far

    body_size = statistics.median(w.get("size", 0.0) for r in rows for w in r) if rows else 0.0

    def heading_like(r: list[dict]) -> bool:
        # (a heading's look: a few words, no sentence's end, in bold or larger type, or numbered "2." as a section; a
        # paragraph's first line beside a gap of the other column is none: adversarial review 86)
        text = " ".join(w["text"] for w in r)
        if len(text.split()) > 10 or re.search(r"[.,;:]$", text):
            return False
        bold = all("bold" in str(w.get("fontname", "")).lower() for w in r)
        larger = body_size and min(w.get("size", 0.0) for w in r) > 1.1 * body_size
        return bool(bold or larger or re.match(r"\d{1,2}\.?\s+[A-Z][a-z]", text))

    def across_break(k: int) -> bool:
        r = rows[k]
        if any(w["x0"] >= gutter for w in r) or k == 0 or r[0]["top"] - left_bottoms[k - 1] < 0.8 * line_height \
                or not heading_like(r):
            return False
        top, bottom = min(w["top"] for w in r), max(w["bottom"] for w in r)
        n = bisect.bisect_left(right_tops, bottom)  # the right column's rows that start above this row's foot: [:n]
        # (rows of it above and below, none beside it, and a gap of more than two lines and a half between them)
        return 0 < n < len(right_rows) and reach[n - 1] <= top and right_tops[n] - reach[n - 1] > 2.5 * line_height

    breaks = {k for k in range(head, foot) if across_break(k)}  # (each row judged once)
    k = 0
    while k < len(rows):
        if spanning(rows[k]) or k in breaks or k >= foot or k < head:
            out.append(moved(rows[k], shift))
            k += 1
            continue
        band, band_bottom = [], 0.0  # (the band's lowest word so far, kept as it grows: no rescan per line)
        while k < foot and not spanning(rows[k]) and k not in breaks \
                and not (band and rows[k][0]["top"] - band_bottom > blank):
            band.append(rows[k])
            band_bottom = max(band_bottom, max(w["bottom"] for w in rows[k]))
            k += 1
        lefts = [r for r in ([w for w in r if w["x1"] <= gutter] for r in band) if r]
        rights = [r for r in ([w for w in r if w["x0"] >= gutter] for r in band) if r]
        out += [moved(r, shift) for r in lefts]
        if rights:
            # (the right column starts a line's pitch below the left column's last line)
            pitches = [b[0]["top"] - a[0]["top"] for a, b in zip(lefts, lefts[1:]) if b[0]["top"] > a[0]["top"]]
            pitch = min(pitches) if pitches else 12.0
            end_left = max((w["bottom"] for r in lefts for w in r), default=band[0][0]["top"])
            down = end_left + (pitch - (lefts[-1][0]["bottom"] - lefts[-1][0]["top"]) if lefts else 0.0) \
                - min(r[0]["top"] for r in rights)
            across = min(w["x0"] for r in rights for w in r) - min((w["x0"] for r in lefts for w in r), default=0.0)
            out += [moved(r, shift + down, across) for r in rights]
            shift += max(0.0, max(w["bottom"] for r in rights for w in r) + down - band_bottom)
    return out


def _layout_pdf_lines(page_items, pages) -> list[Line]:
    """Order PDF lines, give them indentation, and insert paragraph breaks from vertical gaps."""
    xs = [ln._x0 for _, items in page_items for _, ln in items if ln.cells is None]
    margin = min(xs) if xs else 0.0
    if xs:
        # the left margin is the most common start position among the leftmost ones
        common = Counter(round(x) for x in xs).most_common()
        left = [x for x, _ in common if x <= margin + 40]
        margin = min(left) if left else margin
    _body_in_top_margin(page_items)
    x1s = sorted(ln._x1 for _, items in page_items for _, ln in items if ln.cells is None and not ln.page_pos)
    right = x1s[int(len(x1s) * 0.95)] if x1s else 0.0
    prev_full = False
    out: list[Line] = []

    def add(line: Line) -> None:
        line.line_no = len(out) + 1
        out.append(line)

    sizes = Counter(round(ln._size, 1) for _, items in page_items for _, ln in items if ln.cells is None and not ln.page_pos)
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    pending: list[Line] = []  # the footnotes of a page, set after the paragraph that runs on past them

    def blank(pno: int) -> None:
        for k, note in enumerate(pending):
            if k == 0 or _FOOTNOTE.match(note.text):
                add(Line(text="", line_no=0, page=note.page, style="blank"))
            note.style, note.level = "footnote", 0
            add(note)
        pending.clear()
        add(Line(text="", line_no=0, page=pno, style="blank"))

    prev_text = ""
    prev_cols: list[float] = []  # column starts of the last unruled table row
    prev_row_ends: list[float] = []  # where its cells' text ends
    last_table: tuple | None = None  # (table id, columns, page) of the last ruled table row
    remap: dict[int, int] = {}  # table ids of continuation tables -> the table they continue
    for pno, items in page_items:
        prev_bottom = None
        gap_above: float | None = None  # the gap over the last line, within its paragraph
        gaps = []
        last = None
        for top, ln in items:
            if ln.cells is None and last is not None and last.cells is None:
                gaps.append(top - last._bottom)
            last = ln
        # the line pitch is the smallest gap that recurs (the gap inside a paragraph); the median
        # would be a paragraph gap on a page of one-line paragraphs, and join them all
        recurring = [g for g, n in Counter(round(g * 2) / 2 for g in gaps if g > 0.5).items() if n >= 2]
        pitch = min(recurring) if recurring else statistics.median(gaps) if gaps else 3.0
        notes = _footnotes(items, body_size)
        first_on_page = True
        for idx, (top, ln) in enumerate(items):
            if id(ln) in notes:
                for attr in ("_x0", "_x1", "_bottom", "_size", "_cols", "_ends", "_firsts"):
                    delattr(ln, attr)
                pending.append(ln)
                continue
            edge = idx < 2 or idx >= len(items) - 2  # running header/footer territory
            if ln.cells is None and ln.page_pos:
                # a line in the page margin (header/footer): it does not break paragraphs. In the top
                # margin, in a smaller type than the body and no sentence, it is the running header
                # even on a page of its own (a two-page PDF cannot show it repeated)
                if ln.page_pos == "top" and ln._size < 0.9 * body_size and len(ln.text.split()) <= 15 \
                        and not re.search(r"[.;:,!?]$", ln.text.strip()):
                    ln.style = "margin"
                for attr in ("_x0", "_x1", "_bottom", "_size", "_cols", "_ends", "_firsts"):
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
                    if prev_cols and prev_row_ends and out and out[-1].text and _row_ended(
                            prev_cols, prev_row_ends, ln._cols, ln._firsts, right, size):
                        blank(pno)  # every cell of the row above stopped short of its column's edge
                    if ln._x0 > margin + 3 * size:
                        ln.text = "\t" + ln.text  # a row whose first column is empty
                    prev_cols = ln._cols
                    prev_row_ends = ln._ends
                elif len(prev_cols) > 1 and prev_row_ends and abs(ln._x0 - prev_cols[0]) < size \
                        and ln._x1 < prev_cols[1] - 0.5 * size and prev_bottom is not None \
                        and top - prev_bottom <= _paragraph_gap(pitch, size) \
                        and not _row_ended(prev_cols[:2], prev_row_ends[:1], [ln._x0], ln._firsts[:1], right, size):
                    # a wrapped line of an unruled table's first column: the cell above reached its edge
                    ln.text = ln.text + "\t"
                    prev_row_ends = [ln._x1] + prev_row_ends[1:]
                elif prev_cols and ln._x0 > margin + 2 * size:
                    # a wrapped line of an unruled table cell: put it in its column
                    k = min(range(len(prev_cols)), key=lambda c: abs(prev_cols[c] - ln._x0))
                    if k > 0 and abs(prev_cols[k] - ln._x0) < 2 * size:
                        ln.text = "\t" * k + ln.text
                        if k < len(prev_row_ends):
                            prev_row_ends = prev_row_ends[:k] + [ln._x1] + prev_row_ends[k + 1:]
                    else:
                        prev_cols = []
                else:
                    prev_cols = []
                if not edge and ln.cells is None:
                    last_table = None
                # (the line above ends a sentence and this one opens like a paragraph)
                sentence_break = bool(re.search(r"[.!?:]$", prev_text)) and not ln.text[:1].islower()
                if first_on_page:
                    # a paragraph carries on over the page break unless the last line stopped short
                    if out and sentence_break and not prev_full:
                        blank(pno)
                    gap_above = None
                elif prev_bottom is not None and top - prev_bottom > _paragraph_gap(pitch, size, gap_above,
                                                                                   sentence_break):
                    blank(pno)
                    gap_above = None
                else:
                    gap_above = None if prev_bottom is None else top - prev_bottom
                prev_bottom = ln._bottom
                prev_full = ln._x1 >= right - 4 * size
            else:
                if not first_on_page and out and out[-1].cells is None:
                    blank(pno)
                ncols = len(ln.cells)
                if ln.table in remap:
                    ln.table = remap[ln.table]
                elif last_table and last_table[2] < pno and last_table[1] == ncols:
                    remap[ln.table] = last_table[0]  # the table continues from the previous page
                    ln.table = last_table[0]
                last_table = (ln.table, ncols, pno)
                prev_bottom = None
                prev_cols = []
            for attr in ("_x0", "_x1", "_bottom", "_size", "_cols", "_ends", "_firsts"):
                if hasattr(ln, attr):
                    delattr(ln, attr)
            add(ln)
            prev_text = ln.text
            first_on_page = False
    if pending:
        blank(pending[-1].page or 0)
        out.pop()
    return out


def _watermark(chars: list[dict]) -> list[dict]:
    """A page's watermark: its letters set at a slant of 15 to 75 degrees, in type at least twice the page's common
    size or in a pale fill ("DRAFT" in grey across the page). Slanted text in body type and colour (a page scanned
    askew, a table's turned column headings) is the page's own."""
    sizes = Counter(round(ch.get("size", 0), 1) for ch in chars if not ch.get("text", "").isspace())
    if not sizes:
        return []
    common = sizes.most_common(1)[0][0]
    return [ch for ch in chars if _slanted(ch) and not ch.get("text", "").isspace()
            and (ch.get("size", 0) >= 2 * common or _pale(ch.get("non_stroking_color")))]


def _slanted(ch: dict) -> bool:
    """A character turned between 15 and 75 degrees from upright."""
    a, b = (ch.get("matrix") or (1, 0, 0, 1, 0, 0))[:2]
    angle = abs(math.degrees(math.atan2(b, a))) % 90
    return 15 <= angle <= 75


def _pale(color) -> bool:
    """A fill as light as a watermark's: grey, RGB or CMYK near white."""
    if isinstance(color, (int, float)):
        color = (color,)
    if not isinstance(color, (tuple, list)) or not color or not all(isinstance(v, (int, float)) for v in color):
        return False
    if len(color) == 4:  # CMYK: little ink
        return max(color) <= 0.3
    return min(color) >= 0.6


def _body_in_top_margin(page_items) -> None:
    """A page's first line of body text set in the top margin (a document with narrow margins) is body, not running
    header territory: it is in body type, the next line follows it at a line's pitch, and no other page opens with it
    ("5.5 Where the concern is about the Chief Executive, the part given to the Chief Executive in paragraph" / "5.3 will
    be taken by ...", at 70 points on an A4 page whose header sits at 40)."""
    sizes = Counter(round(ln._size, 1) for _, items in page_items for _, ln in items if ln.cells is None)
    if not sizes:
        return
    body_size = sizes.most_common(1)[0][0]
    tops = Counter(re.sub(r"\d+", "#", ln.text.strip().lower()) for _, items in page_items for _, ln in items
                   if ln.page_pos == "top")
    for _, items in page_items:
        # (from the foot up: the right column's first two lines of a two-column page both stand in the top margin, and
        # the second, found body, lets the first be: b260's first run read a blank line between them)
        for k in range(len(items) - 1, -1, -1):
            ln = items[k][1]
            if ln.page_pos != "top" or ln.cells is not None or ln.style != "body" or ln._size < 0.9 * body_size \
                    or tops[re.sub(r"\d+", "#", ln.text.strip().lower())] > 1:
                continue
            nxt = next(((t, n) for t, n in items[k + 1:] if not n.page_pos), None)
            if nxt is not None and nxt[1].cells is None and nxt[0] - ln._bottom <= 0.6 * ln._size \
                    and abs(nxt[1]._size - ln._size) < 0.5:
                ln.page_pos = None


def _paragraph_gap(pitch: float, size: float, above: float | None = None, between_sentences: bool = False) -> float:
    """The least gap between two lines that starts a new paragraph: well over the line pitch, or nearly half a
    line's height over it; or, under lines set at the page's pitch (``above``, the gap over the line before, within
    a tenth of a line of it), a third of a line's height over it ("5.3 We have given the Clerk ..." / 7 points /
    "Yes. The contract was reissued ...", where the lines are 3 points apart), and three tenths of it between a
    sentence's end and a line that opens like a paragraph (a checklist's opening paragraphs, 15 points apart at a
    12-point pitch in 9.5-point type; a line set a little low inside a sentence stays in it). A paragraph set wider
    than the page's single-spaced notes keeps its lines together."""
    if above is not None and above <= pitch + 0.1 * size:
        return max(pitch * 1.8, pitch + (0.3 if between_sentences else 0.35) * size)
    return max(pitch * 1.8, pitch + 0.45 * size)


def _row_ended(cols: list[float], ends: list[float], cur: list[float], firsts: list[float], right: float,
               size: float) -> bool:
    """Does an unruled table row end above this one? Yes when, in every column this line fills,
    the cell above stopped short: the first word of this line would have fitted after it."""
    for x, first in zip(cur, firsts):
        k = min(range(len(cols)), key=lambda c: abs(cols[c] - x))
        if abs(cols[k] - x) > 2 * size or k >= len(ends):
            return False
        edge = cols[k + 1] - 1.5 * size if k + 1 < len(cols) else right  # less the gutter
        if ends[k] + 0.3 * size + first < edge:
            continue
        return False
    return True


_FOOTNOTE = re.compile(r"^(?:\d{1,2}|[*†‡])\s+\S")


def _footnotes(items: list[tuple[float, Line]], body_size: float) -> set[int]:
    """The footnotes at the foot of a page: below its last line of body text, lines in a smaller
    type, the first opening with a footnote number ("1 See the Code ..."), each further line
    either a note of its own or close under the one above (the footer below stands apart)."""
    lines = [(top, ln) for top, ln in items if ln.cells is None]
    last_body = max((k for k, (_, ln) in enumerate(lines) if ln._size > 0.9 * body_size and not ln.page_pos),
                    default=None)
    if last_body is None:
        return set()
    notes: list[tuple[float, Line]] = []
    for top, ln in lines[last_body + 1:]:
        if ln._size > 0.9 * body_size:
            break
        if _FOOTNOTE.match(ln.text) and (not notes or top - notes[-1][1]._bottom < 2.5 * ln._size):
            notes.append((top, ln))
        elif notes and top - notes[-1][1]._bottom < 0.6 * ln._size and abs(ln._size - notes[-1][1]._size) < 0.3:
            notes.append((top, ln))  # a note's wrapped line
        else:
            break
    return {id(ln) for _, ln in notes}