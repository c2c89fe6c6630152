"""Plain text and Markdown: `read_text(path, doc_id) -> RawDocument`, and the text decoding every reader shares."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..model import IngestError, Line, RawDocument
from .clean import normalise


def decode_bytes(data: bytes) -> str:
    """Decode text whatever its encoding: UTF-8 (with or without BOM), UTF-16, cp1252, latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if len(data) >= 4 and data.count(b"\x00") >= len(data) // 4:
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
    mostly = data.decode("utf-8", errors="replace")
    if _damaged_utf8(mostly):  # a UTF-8 file with a few bad bytes: reading it all as cp1252 garbles every accent
        return mostly
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _damaged_utf8(text: str) -> bool:
    """Text decoded as UTF-8 with replacements is UTF-8 with damaged bytes, not another encoding,
    when its well-formed non-ASCII characters outnumber the bytes that could not be decoded."""
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good > bad


def invalid_utf8_note(text: str) -> str | None:
    """The warning for a text decoded as damaged UTF-8 (``decode_bytes``), or None."""
    bad = text.count("\ufffd")
    if bad and _damaged_utf8(text):
        return f"{bad} byte(s) are not valid UTF-8 and were replaced by U+FFFD: the file may be damaged"
    return None


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
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>[ \t]?)+")  # a blockquote's marks: "> (a) ..." is the item "(a) ..."
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![\w*])")  # "*approved on 19 March 2026*"


def read_text(path: Path, doc_id: str) -> RawDocument:
    """Plain text or Markdown, in any common encoding."""
    text = decode_bytes(path.read_bytes())
    _check_text(text)
    lines, pages = lines_from_text(text)
    if path.suffix.lower() in {".md", ".markdown"}:
        for line in lines:
            line.text = _MD_QUOTE.sub("", line.text)
            m = _MD_HEADING.match(line.text.strip())
            if m:
                line.text, line.style, line.level = m.group(2), "heading", len(m.group(1))
            line.text = _MD_ITALIC.sub(r"\2", _MD_EMPHASIS.sub(r"\2", line.text))
    note = invalid_utf8_note(text)
    return RawDocument(doc_id=doc_id, source=str(path), format="text", lines=lines, pages=pages,
                       warnings=[note] if note else [])
