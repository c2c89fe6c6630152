"""Readers: one module per input format, all with the same signature; `read` picks one by suffix.

``read_text`` (text.py), ``read_html`` (html.py), ``read_pdf`` (pdf.py) and
``read_docx`` (docx.py) each take a path and a document id and return a
:class:`RawDocument`: the document's lines as the format gives them (with page,
indentation, table cells and whatever the format says about headings and list
numbering). Readers never decide what a clause is; that is segment.py's job.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..model import IngestError, RawDocument
from .docx import read_docx
from .html import read_html
from .pdf import read_pdf
from .text import read_text

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


# What a file's first bytes say it is, for the formats a file is often misnamed as.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF", ".pdf"),
    (b"PK\x03\x04", "a zip archive (Word .docx or another Office file)", ".docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-format Office file (.doc, .xls)", ".doc"),
    (b"{\\rtf", "a Rich Text (.rtf) file", ".rtf"),
    (b"\x89PNG", "a PNG image", ".png"),
    (b"\xff\xd8\xff", "a JPEG image", ".jpg"),
    (b"GIF8", "a GIF image", ".gif"),
    (b"\x1f\x8b", "a gzip archive", ".gz"),
)


def content_type(head: bytes) -> tuple[str, str] | None:
    """What the first bytes of a file say it is (description, usual suffix), or None for text."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    for magic, what, suffix in _SIGNATURES:
        if head.startswith(magic) or stripped.startswith(magic):
            return what, suffix
    return None


def check_content(path: Path) -> None:
    """Raise IngestError when the file's content is not what its name says."""
    with open(path, "rb") as fh:
        head = fh.read(1024)
    found = content_type(head)
    suffix = path.suffix.lower()
    if found is None or found[1] == suffix:
        return
    what, usual = found
    if suffix == ".docx" and usual == ".docx":
        return
    raise IngestError(f"named {suffix} but the content is {what}; rename it to {usual} if that is what it is")


def read(path: Path, doc_id: str | None = None) -> RawDocument:
    """Read any supported file; raise IngestError with a one-line reason when it cannot be read
    (or when its content is not what its name says: a PDF named .html is not read as a web page)."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise IngestError(f"unsupported file type '{path.suffix or '(none)'}' "
                          f"(supported: {', '.join(sorted(READERS))})")
    if not path.is_file():
        raise IngestError("file not found")
    if path.stat().st_size == 0:
        raise IngestError("no text: the file is empty")
    check_content(path)
    return reader(path, doc_id or path.stem)
