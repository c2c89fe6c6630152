"""The batch run: every document in a folder through read -> segment (-> tag), with a status each.

Nothing here prints; the CLI reports. A document that fails is recorded with its
reason and the others carry on.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .model import Document, IngestError, Source
from .read import READERS, read
from .segment import segment

SOURCE_COLUMNS = ("doc_id", "file", "council", "council_type", "title", "source", "notes")


@dataclass
class DocResult:
    file: str
    doc_id: str
    status: str  # ok | partial | failed
    error: str | None = None
    document: Document | None = None
    source: Source | None = None

    def row(self) -> dict:
        d = self.document
        src = self.source
        lines = len({t.line_no for t in d.trace}) if d else None
        return {
            "doc_id": self.doc_id,
            "source": self.file,
            "format": d.format if d else None,
            "council": src.council if src else None,
            "council_type": src.council_type if src else None,
            "title": (src.title if src and src.title else (d.title if d else None)),
            "pages": d.pages if d else None,
            "clauses": len(d.clauses) if d else 0,
            "headings": len(d.headings) if d else None,
            "furniture": len(d.furniture) if d else None,
            "lines": _count_lines(d) if d else None,
            "lines_traced": lines,
            "status": self.status,
            "error": self.error,
        }


def _count_lines(doc: Document) -> int:
    content = sum(1 for ln in doc.text.split("\n") if ln.strip())
    extra = sum(1 for f in doc.furniture if f.line_no > doc.text.count("\n") + 1)
    return content + extra


@dataclass
class SourcesTable:
    by_file: dict[str, Source] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def load_sources(raw_dir: Path) -> SourcesTable:
    """Read raw_dir/sources.csv; bad rows become warnings, never a crash."""
    table = SourcesTable()
    path = Path(raw_dir) / "sources.csv"
    if not path.exists():
        return table
    from .read import decode_bytes

    text = decode_bytes(path.read_bytes())
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in reader.fieldnames:
        table.warnings.append(f"{path}: no 'file' column; metadata ignored")
        return table
    root = Path(raw_dir).resolve()
    for n, row in enumerate(reader, start=2):
        if row.get(None):
            table.warnings.append(f"{path}:{n}: {len(reader.fieldnames) + len(row[None])} fields where the header "
                                  f"has {len(reader.fieldnames)} (quote values that contain commas); extra values ignored")
        name = (row.get("file") or "").strip()
        if not name:
            table.warnings.append(f"{path}:{n}: row has no file name; skipped")
            continue
        target = (root / name).resolve()
        if root != target and root not in target.parents:
            table.warnings.append(f"{path}:{n}: '{name}' points outside {raw_dir}; skipped")
            continue
        if not target.exists():
            table.warnings.append(f"{path}:{n}: '{name}' does not exist; skipped")
            continue
        values = {k: ((row.get(k) or "").strip() or None) for k in SOURCE_COLUMNS}
        values["file"] = name
        values["doc_id"] = values["doc_id"] or Path(name).stem
        table.by_file[str(target.relative_to(root))] = Source(**values)
    return table


def discover(raw_dir: Path) -> list[Path]:
    """The input files of a folder (recursively), in a stable order; hidden files skipped."""
    raw_dir = Path(raw_dir)
    files = []
    for p in sorted(raw_dir.rglob("*")):
        rel = p.relative_to(raw_dir)
        if any(part.startswith(".") for part in rel.parts) or not p.is_file():
            continue
        if p.name == "sources.csv":
            continue
        files.append(p)
    return files


def ingest_file(path: Path, doc_id: str, source: Source | None = None, display: str | None = None) -> DocResult:
    """Read and segment one file. Never raises for bad input: the result says what went wrong."""
    display = display or str(path)
    try:
        raw = read(path, doc_id)
        doc = segment(raw)
    except IngestError as exc:
        return DocResult(display, doc_id, "failed", str(exc), source=source)
    except (OSError, ValueError, KeyError, IndexError, RecursionError, MemoryError) as exc:
        return DocResult(display, doc_id, "failed", f"{type(exc).__name__}: {exc}".splitlines()[0][:200],
                         source=source)
    doc.source = display
    for c in doc.clauses:
        c.source = display
    if source is not None:
        doc.council, doc.council_type = source.council, source.council_type
        doc.title = source.title or doc.title
    if not doc.clauses:
        return DocResult(display, doc_id, "failed", "no clauses recognised in the text", doc, source)
    status = "partial" if doc.warnings else "ok"
    return DocResult(display, doc_id, status, "; ".join(doc.warnings) or None, doc, source)


def plan(raw_dir: Path) -> tuple[list[tuple[Path, str, Source | None, str]], list[str]]:
    """Which files to process, with their doc ids and metadata; duplicate ids are made unique."""
    raw_dir = Path(raw_dir)
    sources = load_sources(raw_dir)
    warnings = list(sources.warnings)
    jobs = []
    seen: dict[str, str] = {}
    for path in discover(raw_dir):
        rel = str(path.relative_to(raw_dir))
        src = sources.by_file.get(rel)
        doc_id = src.doc_id if src else path.stem
        if doc_id in seen:
            new_id = f"{doc_id}__{path.suffix.lstrip('.').lower() or 'file'}"
            k = 2
            while new_id in seen:
                new_id = f"{doc_id}__{k}"
                k += 1
            warnings.append(f"{rel}: doc_id '{doc_id}' is already used by {seen[doc_id]}; using '{new_id}'")
            doc_id = new_id
        seen[doc_id] = rel
        jobs.append((path, doc_id, src, rel))
    return jobs, warnings


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def document_json(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True)


ProgressFn = Callable[[DocResult], None]


def run(raw_dir: Path, progress: ProgressFn | None = None) -> tuple[list[DocResult], list[str]]:
    """Ingest every file of ``raw_dir``; returns one result per file and the metadata warnings."""
    jobs, warnings = plan(raw_dir)
    results = []
    for path, doc_id, src, rel in jobs:
        res = ingest_file(path, doc_id, src, display=str(Path(raw_dir).name + "/" + rel))
        results.append(res)
        if progress:
            progress(res)
    return results, warnings
