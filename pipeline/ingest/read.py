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
