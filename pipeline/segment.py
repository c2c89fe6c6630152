"""Segmentation: the lines of a RawDocument become headings, furniture and clauses.

``segment(raw) -> Document`` runs four small passes:

1. furniture: page numbers, running headers/footers, site chrome, tables of contents;
2. blocks: lines grouped into paragraphs, list items and table rows (wrapped lines
   joined, hyphenation repaired, list markers and paragraph numbers parsed);
3. structure: headings build the section path, numbering builds the clause ids,
   lead-ins ("Officers can expect:") are attached to their items;
4. tables: rows become cells and cells become clause statements.

Every non-blank line is traced to where it went (``Document.trace``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from .clean import clause_text, fold_spaces, join_wrapped
from .model import Clause, Document, Furniture, Heading, Line, RawDocument, Trace


@lru_cache(maxsize=None)
def load_rules(name: str) -> dict:
    """Load one of the YAML rule files shipped in pipeline/resources."""
    text = resources.files("pipeline.resources").joinpath(name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"pipeline/resources/{name}: expected a mapping at the top level")
    return data


@lru_cache(maxsize=None)
def _patterns():
    furn = load_rules("furniture.yaml")
    struct = load_rules("structure.yaml")
    full = lambda p: re.compile(r"^\s*(?:" + p + r")\s*$", re.I)  # noqa: E731
    return {
        "lines": [(full(e["pattern"]), e["reason"]) for e in furn["lines"]],
        "labels": [(full(e["pattern"]), e["reason"]) for e in furn["labels"]],
        "toc": full("|".join(furn["toc_headings"])),
        "parties": {k: full(v) for k, v in struct["table_parties"].items()},
        "openers": [re.compile(r"(?<=[a-z,])(?<!\band)(?<!\bor) (?=" + p + ")") for p in struct["statement_openers"]],
        "dangling": set(struct["dangling_words"]),
        "lead_in": re.compile(r"(?:" + "|".join(struct["lead_in_endings"]) + r")\s*$", re.I),
    }


# ------------------------------------------------------------- markers ----

_BULLET = re.compile(r"^(?:[-–—*•●○◦▪■►➢·∙‣⁃]|o(?=\s+[A-Za-z]))\s*(?=\S)")
_DEC = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?(?:\s+|(?=[A-Z(“\"'‘])|$)")
_NUM = re.compile(r"^(\d{1,3})(?:[.)]|(?=\s+[A-Z]))(?:\s+|$)")
_PNUM = re.compile(r"^\((\d{1,3})\)\s*")
_ROMAN_RE = r"(?=[ivxl])(?:x{0,3})(?:ix|iv|v?i{0,3})"
_PROMAN = re.compile(r"^\((" + _ROMAN_RE + r")\)\s*")
_ROMAN = re.compile(r"^(" + _ROMAN_RE + r")[.)]\s+")
_PALPHA = re.compile(r"^\(([a-z])\)\s*")
_ALPHA = re.compile(r"^([a-z])[.)]\s+")
_UALPHA = re.compile(r"^\(?([A-Z])[.)]\s+")
_UROMAN = re.compile(r"^\(?((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s+")
_ALNUM = re.compile(r"^([A-Z]\d{1,3}(?:\.\d{1,3})*)[.)]?(?:\s+|$)")
_STEP = re.compile(r"^(?:step|stage)\s+(\d{1,2}|one|two|three|four|five|six)\s*[:.)–—-]\s*", re.I)


@dataclass
class Marker:
    kind: str  # dec | num | pnum | roman | alpha | ualpha | uroman | bullet
    label: str  # as printed, without punctuation ("2.2.3", "a", "ii")


def parse_marker(text: str) -> tuple[Marker | None, bool, str]:
    """Split a leading list marker or paragraph number off a line.

    Returns (marker, had_bullet, rest). "- 1.1 Text" gives a ``dec`` marker 1.1
    with ``had_bullet`` true: a bullet before a number is a rendering artefact.
    """
    rest = text.strip()
    had_bullet = False
    m = _BULLET.match(rest)
    if m and not re.match(r"^-\s*\d+\s*-$", rest):
        had_bullet = True
        rest = rest[m.end():]
    for kind, rx in (("dec", _DEC), ("dec", _ALNUM), ("step", _STEP), ("pnum", _PNUM), ("roman", _PROMAN), ("alpha", _PALPHA),
                     ("num", _NUM), ("roman", _ROMAN), ("alpha", _ALPHA), ("uroman", _UROMAN),
                     ("ualpha", _UALPHA)):
        m = rx.match(rest)
        if m:
            return Marker(kind, m.group(1)), had_bullet, rest[m.end():].strip()
    if had_bullet:
        return Marker("bullet", "•"), True, rest.strip()
    return None, False, rest


def _bare_marker(text: str) -> Marker | None:
    """A paragraph number standing alone on its line ("8.63", "12.", "(a)")."""
    s = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})+\.?", s):
        return Marker("dec", s.rstrip("."))
    if re.fullmatch(r"\d{1,3}[.)]", s):
        return Marker("num", s[:-1])
    if re.fullmatch(r"\((\d{1,3}|[a-z]|" + _ROMAN_RE + r")\)", s):
        inner = s[1:-1]
        kind = "pnum" if inner.isdigit() else ("roman" if re.fullmatch(_ROMAN_RE, inner) and inner != "i" or inner in ("ii", "iii") else "alpha")
        return Marker(kind, inner)
    return None


# ---------------------------------------------------------------- blocks ----

@dataclass
class Block:
    kind: str  # para | heading | row
    lines: list[Line]
    text: str = ""
    marker: Marker | None = None
    indent: int = 0
    style: str = "body"
    level: int = 0
    cells: list[str] | None = None
    table: int | None = None
    gap_before: bool = True  # a blank line (or the start) stands before this block

    @property
    def page(self) -> int | None:
        return self.lines[0].page if self.lines else None

    @property
    def line_nos(self) -> list[int]:
        return [ln.line_no for ln in self.lines]


@dataclass
class _State:
    furniture: list[Furniture] = field(default_factory=list)
    trace: list[Trace] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)

    def drop(self, line: Line, reason: str) -> None:
        self.furniture.append(Furniture(text=line.text.strip(), line_no=line.line_no, page=line.page, reason=reason))
        self.trace.append(Trace(line.line_no, line.text.strip(), "furniture", reason))


def _norm_digits(text: str) -> str:
    return re.sub(r"\d+", "#", fold_spaces(text).lower())


def _is_table_line(line: Line) -> bool:
    if line.cells is not None:
        return True
    parts = [p for p in line.text.split("\t") if p.strip()]
    return "\t" in line.text and (len(parts) >= 2 or line.text.startswith("\t"))


def _remove_furniture(lines: list[Line], st: _State) -> list[Line]:
    """Pass 1: drop page furniture, recording each removed line and why."""
    pats = _patterns()
    keep: list[Line] = []
    pages = {ln.page for ln in lines if ln.page is not None}
    edge_pages: dict[str, set] = defaultdict(set)
    for ln in lines:
        if ln.page_pos and ln.text.strip():
            edge_pages[_norm_digits(ln.text)].add(ln.page)
    repeat_min = 2 if len(pages) <= 4 else max(2, int(len(pages) * 0.3))
    # repeated short lines in unpaged text (headers/footers of a PDF pasted as text)
    counts = Counter(_norm_digits(ln.text) for ln in lines if ln.text.strip() and ln.cells is None)
    skip_next = False
    label_reason = ""  # the reason of a label line ("Page updated:") whose value is on the next line
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if not text:
            keep.append(ln)
            continue
        if skip_next:
            skip_next = False
            if len(text.split()) <= 6:
                st.drop(ln, label_reason)
                continue
        if ln.cells is None:
            reason = next((r for rx, r in pats["lines"] if rx.match(text)), None)
            if reason:
                st.drop(ln, reason)
                continue
            label = next((r for rx, r in pats["labels"] if rx.match(text)), None)
            if label:
                st.drop(ln, label)
                skip_next, label_reason = True, label
                continue
            key = _norm_digits(text)
            if ln.page_pos and re.fullmatch(r"\d{1,4}", text):
                st.drop(ln, "page number")
                continue
            body_like = bool(_DEC.match(text)) or (text.endswith(".") and len(text.split()) > 6)
            if ln.page_pos and len(edge_pages[key]) >= repeat_min and len(text.split()) <= 15 and not body_like:
                st.drop(ln, "running header" if ln.page_pos == "top" else "running footer")
                continue
            if (not pages and counts[key] >= 3 and len(text.split()) <= 12
                    and ("#" in key or (len(text.split()) <= 8 and not re.search(r"[.;:,!?]$", text)))
                    and not _BULLET.match(text) and not parse_marker(text)[0] and not text.endswith((";", ",", ":"))):
                st.drop(ln, "repeated header/footer")
                continue
            if not pages and re.fullmatch(r"\d{1,4}", text):
                nxt = next((l.text.strip() for l in lines[i + 1:] if l.text.strip()), "")
                prv = next((l.text.strip() for l in reversed(lines[:i]) if l.text.strip()), "")
                if nxt[:1].islower() or not re.search(r"[.:;!?]$", prv) or parse_marker(nxt)[0]:
                    st.drop(ln, "page number")
                    continue
        keep.append(ln)
    return keep


def _wrap_width(lines: list[Line]) -> int:
    lengths = sorted(len(ln.text.strip()) for ln in lines if ln.text.strip() and ln.cells is None
                     and "\t" not in ln.text)
    if len(lengths) < 5:
        return 10_000
    return lengths[int(len(lengths) * 0.9) - 1]


def _build_blocks(lines: list[Line], st: _State, known_words: set[str]) -> list[Block]:
    """Pass 2: group lines into paragraphs, items and table rows."""
    width = _wrap_width(lines)
    body = [len(ln.text.strip()) for ln in lines if ln.text.strip() and "\t" not in ln.text]
    near_full = sum(1 for n in body if n >= width - 15)
    hard_wrapped = width <= 120 and near_full >= max(3, 0.3 * len(body))
    blocks: list[Block] = []
    cur: Block | None = None
    pending: tuple[Marker, Line] | None = None
    in_table = False
    gap = True  # a blank line since the last block
    run_mode = False  # consecutive lines after a lead-in: one item per line

    for ln in lines:
        raw = ln.text
        text = raw.strip()
        if not text or ln.style == "blank":
            cur = None
            gap = True
            run_mode = False
            continue
        if _is_table_line(ln) or (in_table and raw.startswith("\t")):
            cur = None
            cells = ln.cells if ln.cells is not None else raw.split("\t")
            blocks.append(Block("row", [ln], text=fold_spaces(raw), cells=list(cells), table=ln.table, gap_before=gap))
            in_table = True
            gap = False
            continue
        in_table = False
        bare = _bare_marker(text) if ln.marker is None and ln.style not in ("heading",) else None
        if bare:
            cur = None
            if pending is not None:
                st.drop(pending[1], "stray number")
            pending = (bare, ln)
            continue
        marker, had_bullet, rest = parse_marker(text)
        if ln.marker and ln.style == "item":
            # the format numbered this item itself; a number typed in the text wins
            if marker is None or marker.kind == "bullet":
                fmt_marker, _, _ = parse_marker(ln.marker + " x")
                marker = fmt_marker or Marker("bullet", "•")
                rest = text if marker.kind != "bullet" or not had_bullet else rest
        pending_line = None
        if pending is not None:
            if marker is None:
                marker, rest = pending[0], text
                pending_line = pending[1]
            else:
                st.drop(pending[1], "stray number")
        starts_new = (marker is not None or ln.style in ("heading", "item", "link") or cur is None
                      or cur.kind != "para" or cur.style == "heading" or pending_line is not None)
        if not starts_new and cur.marker is not None and ln.indent > cur.indent:
            starts_new = False  # a hanging indent continues the item above
        elif not starts_new:
            prev = cur.lines[-1].text.strip()
            full_prev = hard_wrapped and len(prev) >= width - 15
            lower_next = text[:1].islower() or text[:1] in "(\"'“‘"
            if _patterns()["lead_in"].search(prev):
                starts_new = True
                run_mode = True
            elif full_prev and not re.search(r"[:;]$", prev):
                starts_new = False
            elif run_mode:
                starts_new = True
            elif lower_next and not re.search(r"[.;!?]$", prev):
                starts_new = False
            elif not re.search(r"[.;:!?,]$", prev) and not _looks_like_heading(prev) and len(prev.split()) > 6:
                starts_new = False
            else:
                starts_new = True
        if starts_new:
            body = rest if marker is not None else text
            cur = Block("para", [ln], text=body, marker=marker, indent=ln.indent, style=ln.style,
                        level=ln.level, gap_before=gap or pending_line is not None)
            if pending_line is not None:
                cur.lines.insert(0, pending_line)
            blocks.append(cur)
            pending = None
            gap = False
        else:
            cur.lines.append(ln)
            cur.text = join_wrapped(cur.text, text, known_words)
    if pending is not None:
        st.drop(pending[1], "stray number")
    return blocks


def _looks_like_heading(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 12:
        return False
    if re.search(r"[.;:,!]$", text):
        return False
    first = text.lstrip("\"'“‘(")[:1]
    return first.isupper() or first.isdigit()


def _split_run_on(blocks: list[Block]) -> list[Block]:
    """Split "…work together 1.3 The Protocol must…" where the next paragraph number ran on."""
    out: list[Block] = []
    for b in blocks:
        while b.kind == "para" and b.marker is not None and b.marker.kind == "dec":
            parts = b.marker.label.split(".")
            if not parts[-1].isdigit():
                break
            nxt = ".".join(parts[:-1] + [str(int(parts[-1]) + 1)])
            child = b.marker.label + ".1"
            m = re.search(r"(?<=[\w.;:,)])\s+(" + re.escape(nxt) + "|" + re.escape(child) + r")\.?\s+(?=[A-Z])", b.text)
            if not m:
                break
            head = Block("para", b.lines, text=b.text[:m.start()].strip(), marker=b.marker, indent=b.indent,
                         style="run-on", level=b.level)
            out.append(head)
            b = Block("para", b.lines[-1:], text=b.text[m.end():].strip(), marker=Marker("dec", m.group(1)),
                      indent=b.indent, style=b.style, level=b.level)
        out.append(b)
    return out


# ------------------------------------------------------------- structure ----

_ITEM_KINDS = {"bullet", "alpha", "roman", "pnum", "ualpha", "uroman"}


def _is_heading(b: Block, nxt: Block | None, in_items: bool) -> bool:
    text = b.text.strip()
    words = text.split()
    if not words or len(b.lines) > 2 or b.style == "run-on":
        return False
    if b.style == "heading":  # a bold or styled line: still not a heading if it reads as a sentence
        return len(words) <= 25 and not (re.search(r"[.;]$", text) and len(words) > 6)
    if b.marker is not None and b.marker.kind in ("ualpha", "uroman") and len(b.lines) == 1 \
            and _looks_like_heading(b.text) and len(words) <= 8 and not in_items:
        return True  # "A. General principles", "IV. Breaches"
    if b.marker is not None and b.marker.kind in _ITEM_KINDS:
        return False
    if b.style in ("item", "link"):
        return False
    if in_items and b.marker is None:
        return False
    if len(b.lines) > 1:
        return False
    if re.search(r"[.;:,!]$", text) or _patterns()["lead_in"].search(text) or len(words) > 12:
        return False
    first = text.lstrip("\"'“‘(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if b.marker is not None:  # "1. Background", "2.1. Councillors"
        return True
    if text.isupper() and len(words) <= 15:
        return True
    # an unnumbered short line: a heading when what follows is not its continuation
    if nxt is None:
        return len(words) <= 8
    if nxt.kind == "para" and nxt.lines[0].line_no == b.lines[-1].line_no + 1 and nxt.marker is None \
            and nxt.text[:1].islower():
        return False
    return len(words) <= 10


def _is_item_candidate(b: Block) -> bool:
    if b.kind != "para":
        return False
    if b.marker is not None:
        return b.marker.kind in _ITEM_KINDS
    return b.style == "item"


def _is_bare_item(b: Block) -> bool:
    """An unmarked line in a list after a lead-in ("a working partnership;")."""
    if b.kind != "para" or b.marker is not None or b.style == "heading":
        return False
    text = b.text.strip()
    if text[:1].islower():
        return True
    if re.search(r"(;|,|;\s*(and|or)|\band|\bor)$", text):
        return True
    return len(text.split()) <= 14 and not text.endswith(".") and len(b.lines) == 1


@dataclass
class _ListFrame:
    text: str
    base: str | None  # id the items hang from
    indent: int
    section: list[str]
    count: int = 0
    bare: bool = False
    numbered: bool = False  # items are "1." "2." (num markers), not letters or bullets
    last_num: int = 0


def _starts_items(b: Block) -> bool:
    """Can this block be the first item of a list after a lead-in?"""
    if b.kind != "para" or b.style == "heading":
        return False
    if b.marker is not None and b.marker.kind == "num":
        return not _looks_like_heading(b.text) or b.style == "item"
    return _is_item_candidate(b) or _is_bare_item(b)


def _frame_takes(frame: _ListFrame, b: Block) -> bool:
    """Does block ``b`` continue the list that ``frame`` introduced?"""
    if b.kind != "para" or b.style == "heading":
        return False
    if b.marker is not None:
        if b.marker.kind == "dec":
            return False
        if b.marker.kind == "num" and not frame.numbered:
            return False
        return b.indent >= frame.indent - 1 or b.style == "item"
    if b.style == "item":
        return True
    if not frame.bare or not _is_bare_item(b):
        return False
    text = b.text.strip()
    strong = text[:1].islower() or bool(re.search(r"(;|,|;\s*(and|or)|\band|\bor)$", text))
    return strong or not b.gap_before


def segment(raw: RawDocument) -> Document:
    """Turn a read document into headings, furniture and clauses, tracing every line."""
    st = _State()
    st.furniture.extend(raw.furniture)
    for f in raw.furniture:
        st.trace.append(Trace(f.line_no, f.text, "furniture", f.reason))
    text = "\n".join(ln.text for ln in raw.lines)
    offsets: dict[int, tuple[int, int]] = {}
    pos = 0
    for ln in raw.lines:
        offsets[ln.line_no] = (pos, pos + len(ln.text))
        pos += len(ln.text) + 1
    words = set(re.findall(r"\b\w+-\w+\b", text.lower()))

    lines = _remove_furniture(raw.lines, st)
    blocks = _split_run_on(_build_blocks(lines, st, words))
    _mark_tables_of_contents(blocks, st)
    blocks = _split_title([b for b in blocks if b.kind != "toc"])

    doc = Document(doc_id=raw.doc_id, source=raw.source, format=raw.format, text=text, pages=raw.pages,
                   warnings=list(raw.warnings))
    _structure(blocks, st, doc, offsets)
    doc.clauses = st.clauses
    doc.headings = st.headings
    doc.furniture = st.furniture
    doc.trace = sorted(st.trace, key=lambda t: t.line_no)
    _strip_titles(doc)
    return doc


def _strip_titles(doc: Document) -> None:
    """Headings above the first clause, all but the last, are the document's titles:
    level 0, and not part of any clause's section path."""
    firsts = [c.line_nos[0] for c in doc.clauses if c.line_nos]
    if not doc.headings:
        return
    first = min(firsts) if firsts else 10**9
    before = [h for h in doc.headings if h.line_no < first]
    titles = before[:-1] if len(before) > 1 else []
    if titles:
        doc.title = titles[0].text
    elif before and not firsts:
        doc.title = before[0].text
    for h in titles:
        h.level = 0
    names = [h.text for h in titles]
    for c in doc.clauses:
        k = 0
        while c.section and k < len(names) and c.section[0] == names[k]:
            c.section = c.section[1:]
            k += 1
        # a title may sit above only some clauses
        c.section = [s for s in c.section if s not in names] if names else c.section


def _split_title(blocks: list[Block]) -> list[Block]:
    """A document's first line, when it reads as a title, is a heading even if a paragraph follows it."""
    if not blocks or blocks[0].kind != "para" or blocks[0].marker is not None or blocks[0].style == "heading":
        return blocks
    first = blocks[0]
    line = first.lines[0].text.strip()
    if len(first.lines) < 2 or not _looks_like_title(line):
        return blocks
    title = Block("para", first.lines[:1], text=line, style="heading", level=1)
    rest_text = " ".join(ln.text.strip() for ln in first.lines[1:])
    rest = Block("para", first.lines[1:], text=rest_text, indent=first.indent)
    return [title, rest] + blocks[1:]


def _looks_like_title(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 25 and not re.search(r"[.;:,!]$", text) and text[:1].isupper()


def _mark_tables_of_contents(blocks: list[Block], st: _State) -> None:
    """Tables of contents and "In this section" lists are not clauses: mark them furniture."""
    pats = _patterns()
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "para" and pats["toc"].match(parse_marker(b.text)[2] or b.text) and len(b.lines) == 1:
            b.kind = "toc"
            for ln in b.lines:
                st.drop(ln, "table of contents")
            j = i + 1
            kind0 = blocks[j].marker.kind if j < len(blocks) and blocks[j].marker else None
            dotted = j < len(blocks) and bool(_DOTTED.search(blocks[j].text))
            seen: set[str] = set()
            while j < len(blocks) and blocks[j].kind == "para" and _toc_entry(blocks[j]) \
                    and blocks[j].style != "heading" and (blocks[j].marker.kind if blocks[j].marker else None) == kind0 \
                    and (not dotted or _DOTTED.search(blocks[j].text)) \
                    and _toc_key(blocks[j].text) not in seen:
                seen.add(_toc_key(blocks[j].text))
                blocks[j].kind = "toc"
                for ln in blocks[j].lines:
                    st.drop(ln, "table of contents")
                j += 1
            i = j
            continue
        # a run of short unpunctuated entries, some of which recur later as headings
        if b.kind == "para" and _toc_entry(b):
            j = i
            kind0 = b.marker.kind if b.marker else None
            while j < len(blocks) and blocks[j].kind == "para" and _toc_entry(blocks[j]) \
                    and (blocks[j].marker.kind if blocks[j].marker else None) == kind0:
                j += 1
            run = blocks[i:j]
            if len(run) >= 3:
                texts = [fold_spaces(parse_marker(r.text)[2] if r.marker else r.text).lower() for r in run]
                later = [b2 for b2 in blocks[j:] if b2.kind == "para"]
                later_texts = {fold_spaces(b2.text).lower() for b2 in later}
                recurs = sum(1 for t in texts if t in later_texts)
                dotted = sum(1 for r in run if re.search(r"(\.{3,}|…)\s*\d+$|\s\d{1,3}$", r.text))
                links = sum(1 for r in run if r.style == "link")
                if recurs >= 1 or dotted >= 2 or links == len(run):
                    for r in run:
                        r.kind = "toc"
                        for ln in r.lines:
                            st.drop(ln, "table of contents" if links < len(run) else "link list")
                    i = j
                    continue
        i += 1


_DOTTED = re.compile(r"(\.{3,}|…|\s{2,}|\t)\s*\d{1,3}$")


def _toc_key(text: str) -> str:
    return re.sub(r"[\s.…]*\d*$", "", text).strip().lower()


def _toc_entry(b: Block) -> bool:
    text = b.text.strip()
    if re.search(r"(\.{3,}|…)\s*\d+$", text):
        return True
    if b.marker is not None and b.marker.kind not in ("bullet", "dec", "num"):
        return False
    if len(b.lines) > 1 or len(text.split()) > 20:
        return False
    return not re.search(r"[.;:,!]$", text)


def _structure(blocks: list[Block], st: _State, doc: Document, offsets) -> None:
    """Pass 3: headings, numbering, lead-ins and items become clauses."""
    pats = _patterns()
    sections: list[tuple[int, str, str | None]] = []  # (level, text, number)
    used: Counter = Counter()
    numbered: list[tuple[str, str, int]] = []  # stack of (kind, id, indent) for the current list nesting
    frame: _ListFrame | None = None
    plain_count: Counter = Counter()
    restart_nums = sum(1 for b in blocks if b.kind == "para" and b.marker and b.marker.kind == "num"
                       and b.marker.label == "1") > 1
    i = 0
    last_num_label: dict[int, str] = {}

    def section_path() -> list[str]:
        return [t for _, t, _ in sections]

    def heading_number() -> str | None:
        for _, _, n in reversed(sections):
            if n:
                return n
        return None

    def generated(base: str | None) -> str:
        """Id of an unnumbered paragraph or bullet: its nearest number and a count ("2.3-1"), or "p1"."""
        plain_count[base] += 1
        return f"{base}-{plain_count[base]}" if base else f"p{plain_count[base]}"

    def unique(cid: str) -> str:
        used[cid] += 1
        return cid if used[cid] == 1 else f"{cid}#{used[cid]}"

    def emit(b: Block, cid: str, parent: str | None, kind: str, lead_in: str | None, text: str | None = None,
             extra_section: list[str] | None = None) -> None:
        body = clause_text(text if text is not None else b.text)
        if not re.search(r"\w", body):
            for ln in b.lines:
                st.drop(ln, "no text")
            return
        cid = unique(cid)
        spans = [offsets[n] for n in b.line_nos if n in offsets]
        st.clauses.append(Clause(
            doc_id=doc.doc_id, clause_id=cid, text=body, parent=parent,
            section=section_path() + (extra_section or []), page=b.page,
            span_start=min(s for s, _ in spans) if spans else 0, span_end=max(e for _, e in spans) if spans else 0,
            source=doc.source, kind=kind, lead_in=lead_in, line_nos=b.line_nos))
        for ln in b.lines:
            st.trace.append(Trace(ln.line_no, ln.text.strip(), "clause", cid))

    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.kind == "row":
            j = i
            while j < len(blocks) and blocks[j].kind == "row" and (blocks[j].table == b.table):
                j += 1
            _table(blocks[i:j], st, doc, offsets, section_path(), unique)
            frame = None
            i = j
            continue
        in_items = frame is not None and (_frame_takes(frame, b))
        if _is_heading(b, nxt, in_items and not (b.marker and b.marker.kind in ("dec", "num"))):
            number = b.marker.label if b.marker and b.marker.kind in ("dec", "num", "uroman", "ualpha") else None
            if b.marker and b.marker.kind in ("uroman", "ualpha"):
                b.marker = Marker("num", b.marker.label)  # a lettered heading is a top-level section
            title = clause_text(b.text)
            if number and b.marker.kind in ("dec", "num"):
                level = number.count(".") + 1
            elif b.style == "heading" and b.level:
                level = b.level
            else:
                top_num = next((lv for lv, _, n in reversed(sections) if n), 0)
                level = top_num + 1 if top_num else 1
            while sections and sections[-1][0] >= level:
                sections.pop()
            sections.append((level, title, number))
            st.headings.append(Heading(text=title, number=number, level=level, line_no=b.lines[0].line_no, page=b.page))
            for ln in b.lines:
                st.trace.append(Trace(ln.line_no, ln.text.strip(), "heading", title))
            numbered = []
            frame = None
            i += 1
            continue

        # a lead-in: ends with ':' (or 'as follows') and items follow
        if pats["lead_in"].search(b.text.strip()) and nxt is not None and _starts_items(nxt):
            base = _own_id(b, numbered, heading_number(), restart_nums)
            if b.marker is not None and b.marker.kind in ("dec", "num"):
                cid = base
                numbered = [(b.marker.kind, cid, b.indent)]
            elif b.marker is not None and b.marker.kind != "bullet":
                cid = _relative_id(b, numbered, frame, heading_number())
            elif nxt.marker is not None and nxt.marker.kind != "bullet":
                cid = generated(heading_number())  # labelled items hang from the lead-in's own id
            else:
                cid = None
            parent_base = cid or (frame.base if frame and _is_item_candidate(b) else None) or \
                (numbered[-1][1] if numbered else heading_number())
            lead_text = clause_text(b.text)
            sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead_text)
            if len(sentences) > 1:
                # "Senior officers can be invited to brief a group. When they do so:" -- the first
                # sentence is also a clause of its own; the items keep the whole lead-in as context
                emit(b, parent_base or generated(heading_number()), None, "paragraph", None,
                     text=" ".join(sentences[:-1]))
            frame = _ListFrame(text=lead_text, base=parent_base, indent=b.indent,
                               section=section_path(), bare=nxt.marker is None and nxt.style != "item",
                               numbered=nxt.marker is not None and nxt.marker.kind == "num")
            refs = f"lead-in of {parent_base or 'the list that follows'}"
            for ln in b.lines:
                st.trace.append(Trace(ln.line_no, ln.text.strip(), "lead-in", refs))
            i += 1
            continue

        if frame is not None and _frame_takes(frame, b):
            frame.count += 1
            if b.marker is not None and b.marker.kind != "bullet":
                label = b.marker.label
                if b.marker.kind == "num":
                    # an HTML ordered list pasted as text shows "1." for every item
                    if label == "1" and frame.last_num >= 1:
                        label = str(frame.last_num + 1)
                    frame.last_num = int(label)
                cid = f"{frame.base}.{label}" if frame.base else label
            else:
                cid = generated(frame.base)
            emit(b, cid, frame.base, "item", frame.text)
            i += 1
            continue
        frame = None

        if b.marker is not None and b.marker.kind in ("dec", "num"):
            cid = _own_id(b, numbered, heading_number(), restart_nums, last_num_label)
            parent = _dec_parent(cid, heading_number())
            numbered = [(b.marker.kind, cid, b.indent)]
            emit(b, cid, parent, "paragraph", None)
        elif b.marker is not None and b.marker.kind == "step":
            base = numbered[-1][1] if numbered else heading_number()
            label = "step" + _step_number(b.marker.label)
            cid = f"{base}.{label}" if base else label
            emit(b, cid, base, "step", None)
        elif b.marker is not None and b.marker.kind != "bullet":
            cid = _relative_id(b, numbered, None, heading_number())
            parent = cid.rsplit(".", 1)[0] if "." in cid else None
            emit(b, cid, parent, "item", None)
        else:
            base = numbered[-1][1] if numbered else heading_number()
            emit(b, generated(base), base, "item" if b.marker is not None else "paragraph", None)
        i += 1


def _step_number(label: str) -> str:
    words = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
    return words.get(label.lower(), label)


def _own_id(b: Block, numbered, heading_num, restart_nums, last_num_label=None) -> str:
    if b.marker is None:
        return ""
    label = b.marker.label
    if b.marker.kind == "num":
        if last_num_label is not None:
            prev = last_num_label.get(0)
            # an HTML ordered list pasted as text repeats "1." for every item
            if prev is not None and label == "1" and prev.split(".")[-1].isdigit() and numbered \
                    and numbered[-1][0] == "num" and numbered[-1][1].split(".")[-1] == prev.split(".")[-1] \
                    and not restart_nums:
                label = str(int(prev.split(".")[-1]) + 1)
            last_num_label[0] = label
        if restart_nums and heading_num:
            return f"{heading_num}.{label}"
    return label


def _relative_id(b: Block, numbered: list, frame, heading_num) -> str:
    """Id of an (a)/(i)/(1) item: its label appended to the paragraph it belongs to."""
    kind = b.marker.kind
    label = b.marker.label
    # a roman "i" is a letter when it follows "h"
    for k, cid, _ in reversed(numbered):
        if k == kind:
            while numbered and numbered[-1][0] != kind:
                numbered.pop()
            numbered.pop()
            break
    parent = numbered[-1][1] if numbered else heading_num
    cid = f"{parent}.{label}" if parent else label
    numbered.append((kind, cid, b.indent))
    return cid


def _dec_parent(cid: str, heading_num: str | None) -> str | None:
    if "." in cid:
        return cid.rsplit(".", 1)[0]
    return heading_num if heading_num and heading_num != cid else None


# ----------------------------------------------------------------- tables ----

_WORD = re.compile(r"[a-z0-9]+")


def _party_of(text: str) -> str | None:
    for party, rx in _patterns()["parties"].items():
        if rx.match(text.strip().rstrip(":")):
            return party
    return None


def _garbled_duplicate(a: str, b: str) -> tuple[bool, str]:
    """Is cell ``a`` a garbled copy of cell ``b``: its words, some cut short, in ``b``'s order?

    PDF extraction of overlapping table cells yields text like "their relationship with
    othe advance their personal inte" beside the full cell. Returns (garbled, the words
    of ``a`` that lead into ``b``'s first word, which are kept).
    """
    ta = _WORD.findall(a.lower())
    tb = _WORD.findall(b.lower())
    if len(ta) < 3 or len(tb) < len(ta) * 0.8:
        return False, ""
    matched = 0
    truncated = 0
    pos = 0
    first_hit = None
    for n, w in enumerate(ta):
        for k in range(pos, len(tb)):
            if tb[k] == w or (len(w) >= 2 and tb[k].startswith(w)):
                matched += 1
                truncated += tb[k] != w
                pos = k + 1
                if first_hit is None:
                    first_hit = n
                break
    ratio = matched / len(ta)
    if not (ratio >= 0.9 or (ratio >= 0.7 and truncated >= 1)):
        return False, ""
    lead = a.split()[:first_hit] if first_hit else []
    return True, " ".join(lead) if 0 < len(lead) <= 4 else ""


def _split_statements(cell: str) -> list[str]:
    """A cell may hold several statements: bullets, or sentences run together without punctuation."""
    parts = [p for p in re.split(r"\s*(?:\n\s*[•\-–*]\s*|(?:^|\s)•\s*)", cell) if p and p.strip()]
    out: list[str] = []
    for part in parts:
        lines = [l.strip() for l in part.split("\n") if l.strip()]
        merged = ""
        for l in lines:
            merged = join_wrapped(merged, l)
        pieces = [merged]
        for rx in _patterns()["openers"]:
            pieces = [s for p in pieces for s in rx.split(p) if s is not None]
        out.extend(p.strip() for p in pieces if p.strip())
    return out


def _clean_cell(cell: str) -> str:
    return "\n".join(fold_spaces(l) for l in cell.split("\n") if fold_spaces(l))


def _is_header_row(cells: list[str], rest: list[list[str]]) -> bool:
    """A first row of short, unpunctuated cells over longer ones is the table's header."""
    filled = [c for c in cells if c]
    if len(filled) < 2 or any(len(c.split()) > 5 or re.search(r"[.;:]\s*-?$", c) for c in filled):
        return False
    if any(_party_of(c) for c in filled):
        return True
    return any(len(c.split()) > 5 for row in rest for c in row)


def _is_open(cell: str) -> bool:
    """Does a cell's text stop mid-sentence (no closing punctuation, not a lead-in)?"""
    return bool(cell) and not re.search(r"[.!?;]$|:\s*-?$", cell)


def _table(rows: list[Block], st: _State, doc: Document, offsets, section: list[str], unique) -> None:
    """Pass 4: a table's rows become cells, and each cell's statements become clauses."""
    pats = _patterns()
    table_no = len({c.clause_id.split(".")[0] for c in st.clauses if c.kind == "cell"}) + 1
    per_line = doc.format == "pdf" and all(r.lines[0].cells is None for r in rows)  # an unruled PDF table

    def drop_text(row: Block, text: str, reason: str) -> None:
        ln = row.lines[0]
        st.drop(Line(text=text, line_no=ln.line_no, page=ln.page), reason)

    grid: list[tuple[Block, list[str]]] = []
    for row in rows:
        cells = [_clean_cell(c) for c in (row.cells or [])]
        while cells and not cells[-1]:
            cells.pop()
        for k, c in enumerate(cells):
            if c and not re.search(r"[A-Za-z]{2,}|\d", c):
                drop_text(row, c, "table noise")
                cells[k] = ""
        if not any(cells):
            if not any(t.line_no == row.lines[0].line_no for t in st.trace):
                st.drop(row.lines[0], "table rule")
            continue
        grid.append((row, cells))

    page_refs = sum(1 for _, cells in grid if len(cells) >= 2 and re.fullmatch(r"\d{1,3}", cells[-1] or ""))
    if grid and page_refs >= max(2, 0.6 * len(grid)):
        for row, _ in grid:  # "Introduction ...... 3" laid out as two columns
            for ln in row.lines:
                st.drop(ln, "table of contents")
        return
    header: list[str] | None = None
    if grid and _is_header_row(grid[0][1], [c for _, c in grid[1:4]]):
        header = grid[0][1]
        row = grid.pop(0)[0]
        for ln in row.lines:
            st.trace.append(Trace(ln.line_no, ln.text.strip(), "heading", "table header: " + " | ".join(c for c in header if c)))
        key = [c.lower() for c in header]
        kept = []
        for row, cells in grid:
            if [c.lower() for c in cells] == key:  # the header repeated after a page break
                for ln in row.lines:
                    st.drop(ln, "repeated table header")
            else:
                kept.append((row, cells))
        grid = kept

    columns = [h for h in header if h] if header else []
    width = len(columns)
    # align each row to the header: an extra leading cell is a row label
    aligned: list[tuple[Block, list[str], str | None]] = []
    has_label = bool(header) and len(header) >= 2 and not _party_of(header[0]) and \
        all(len(c[0].split()) <= 5 and not re.search(r"[.;]$", c[0]) for _, c in grid if c and c[0])
    for row, cells in grid:
        lab = None
        if width and len(cells) > width:
            lab = cells[0] or None
            cells = cells[1:1 + width] if len(cells) - width >= 1 else cells
        elif has_label and cells:
            lab = cells[0] or None
            cells = [""] + cells[1:]
        aligned.append((row, cells, lab))

    # continuation rows: they carry on the cells of the row above
    merged: list[list] = []
    for row, cells, lab in aligned:
        nonempty = [(k, c) for k, c in enumerate(cells) if c]
        prev = merged[-1] if merged else None
        cont = False
        if prev is not None and not lab and nonempty:
            if all(c[:1].islower() for _, c in nonempty) and any(_is_open(pc) for pc in prev[1]):
                cont = True
            elif per_line and all(k < len(prev[1]) and _is_open(prev[1][k]) for k, _ in nonempty):
                cont = True
        if cont:
            for k, c in nonempty:
                target = k if k < len(prev[1]) and _is_open(prev[1][k]) else None
                if target is None:
                    open_cells = [m for m, pc in enumerate(prev[1]) if _is_open(pc)]
                    target = open_cells[-1] if open_cells else None
                if target is None:
                    while len(prev[1]) <= k:
                        prev[1].append("")
                    prev[1][k] = (prev[1][k] + "\n" + c).strip()
                else:
                    prev[1][target] = join_wrapped(prev[1][target], c)
            prev[0] = prev[0] + [row]
            continue
        merged.append([[row], list(cells), lab])

    label = None
    leadins: dict[int, str] = {}
    for r, (row_blocks, cells, lab) in enumerate(merged, 1):
        if lab:
            label = clause_text(lab)
            leadins = {}
        # a sentence split across two cells of the row: "…responsibilities of" + "the statutory officers"
        for k, c in enumerate(cells):
            last = c.split()[-1].lower() if c.split() else ""
            if last in pats["dangling"]:
                for m, other in enumerate(cells):
                    if m != k and other and other[:1].islower() and not other.endswith(":-"):
                        cells[k] = join_wrapped(c, other)
                        cells[m] = ""
                        break
        # garbled cells: truncated duplicates of a neighbour's text
        for k, c in enumerate(cells):
            if not c:
                continue
            for m, other in enumerate(cells):
                if m == k or not other or len(other) <= len(c):
                    continue
                garbled, lead = _garbled_duplicate(c, other)
                if garbled:
                    if lead:
                        cells[m] = lead + " " + other
                    drop_text(row_blocks[0], c, "garbled duplicate of a neighbouring cell")
                    cells[k] = ""
                    break
        block = Block("row", [ln for b in row_blocks for ln in b.lines])
        spans = [offsets[n] for n in block.line_nos if n in offsets]
        for k, c in enumerate(cells):
            if not c:
                continue
            column = columns[k] if k < len(columns) else None
            if re.search(r":\s*-?\s*$", c) and len(c.split()) <= 8:
                leadins[k] = clause_text(c)
                for ln in block.lines:
                    st.trace.append(Trace(ln.line_no, ln.text.strip(), "lead-in", f"table {table_no} column {k + 1}"))
                continue
            statements = _split_statements(c)
            for s_no, statement in enumerate(statements, 1):
                body = clause_text(statement)
                if not re.search(r"\w", body):
                    continue
                cid = unique(f"t{table_no}.r{r}.c{k + 1}" + (f".s{s_no}" if len(statements) > 1 else ""))
                st.clauses.append(Clause(
                    doc_id=doc.doc_id, clause_id=cid, text=body, parent=None,
                    section=section + ([label] if label else []), page=block.page,
                    span_start=min(s for s, _ in spans) if spans else 0,
                    span_end=max(e for _, e in spans) if spans else 0,
                    source=doc.source, kind="cell", lead_in=leadins.get(k), column=column,
                    line_nos=block.line_nos))
                for ln in block.lines:
                    st.trace.append(Trace(ln.line_no, ln.text.strip(), "clause", cid))
        if lab:
            for ln in block.lines:
                st.trace.append(Trace(ln.line_no, ln.text.strip(), "heading", "row label: " + label))
