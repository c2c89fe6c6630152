"""The `protocols` command line: parses options, calls the library, prints.

stdout carries data only; progress, warnings and errors go to stderr.
Exit codes: 0 success, 1 a document or the run failed, 2 usage error.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import click

from . import __version__
from .build import DocResult, document_json, ingest_file, run
from .datasets import clauses_frame, documents_frame, spreadsheet_safe
from .model import RECORD_FIELDS
from .store import atomic_path, write_text

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _err(message: str) -> None:
    click.echo(message, err=True)


def _records_out(records: list[dict], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(RECORD_FIELDS), lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow({k: ("|".join(v) if isinstance(v, list) else v) for k, v in r.items()})
    return buf.getvalue()


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="protocols")
def main() -> None:
    """Read, tag and compare council Member/Officer protocols.

    The pipeline runs read -> segment -> tag -> render over text, Markdown,
    web pages (.html), Word (.docx) and PDF files.

    Example:

        protocols build raw_docs -o structured
    """


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="Output format of the clause records.")
@click.option("--explain", is_flag=True, help="Instead of records, show where every line of each file went.")
def ingest(paths: tuple[Path, ...], fmt: str, explain: bool) -> None:
    """Extract clauses from protocol files and print one record per clause.

    Each record follows the clause schema (tag fields stay empty: use
    `protocols tag` for tagged records). A file that cannot be read is reported
    on stderr with the reason, and the other files carry on.

    Example:

        protocols ingest raw_docs/001_1f081a388ec1c2bb.txt --format csv

        protocols ingest --explain raw_docs/protocol.pdf
    """
    failed = 0
    records: list[dict] = []
    for path in paths:
        res = ingest_file(path, path.stem)
        if res.document is None:
            _err(f"error: {path}: {res.error}")
            failed += 1
            continue
        if res.status != "ok":
            _err(f"warning: {path}: {res.error}")
        if explain:
            click.echo(_explain(res))
        else:
            records.extend(res.document.records())
    if not explain:
        sys.stdout.write(_records_out(records, fmt))
    if failed:
        sys.exit(1)


def _explain(res: DocResult) -> str:
    doc = res.document
    out = [f"# {res.file}: {len(doc.clauses)} clauses, {len(doc.headings)} headings, "
           f"{len(doc.furniture)} furniture lines"]
    for t in doc.trace:
        text = t.text if len(t.text) <= 70 else t.text[:67] + "..."
        out.append(f"{t.line_no:5d}  {t.dest:9s} {t.ref[:40]:40s}  {text}")
    return "\n".join(out)


@main.command(context_settings=CONTEXT)
@click.argument("raw_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("structured"),
              show_default=True, help="Folder for the structured outputs.")
@click.option("-v", "--verbose", is_flag=True, help="Print a line per document.")
def build(raw_dir: Path, out_dir: Path, verbose: bool) -> None:
    """Process every document in RAW_DIR into the structured datasets in OUT_DIR.

    Writes clauses.csv, clauses.parquet, documents.csv (one row per input file
    with its status and error) and documents/<doc_id>.json (the full record of
    each document, with where every line went). Metadata comes from
    RAW_DIR/sources.csv. Every file is written atomically. Exit code 1 when any
    document failed; the others are still processed and written.

    Example:

        protocols build raw_docs -o structured
    """

    def progress(res: DocResult) -> None:
        if res.status == "failed":
            _err(f"error: {res.file}: {res.error}")
        elif res.status == "partial":
            _err(f"warning: {res.file}: {res.error}")
        elif verbose:
            _err(f"ok: {res.file}: {len(res.document.clauses)} clauses")

    results, warnings = run(raw_dir, progress)
    for w in warnings:
        _err(f"warning: {w}")
    docs = [r.document for r in results if r.document is not None and r.status != "failed"]
    out_dir.mkdir(parents=True, exist_ok=True)
    clauses = clauses_frame(docs)
    documents = documents_frame([r.row() for r in results])
    with atomic_path(out_dir / "clauses.parquet") as tmp:
        clauses.to_parquet(tmp, index=False)
    write_text(out_dir / "clauses.csv", spreadsheet_safe(clauses).to_csv(index=False, lineterminator="\n"))
    write_text(out_dir / "documents.csv", spreadsheet_safe(documents).to_csv(index=False, lineterminator="\n"))
    for doc in docs:
        write_text(out_dir / "documents" / f"{doc.doc_id}.json", document_json(doc) + "\n")
    n_failed = sum(r.status == "failed" for r in results)
    _err(f"built {len(docs)} of {len(results)} documents, {len(clauses)} clauses -> {out_dir}"
         + (f" ({n_failed} failed)" if n_failed else ""))
    if n_failed:
        sys.exit(1)
