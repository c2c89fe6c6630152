"""Structured datasets: one function per table, each with a declared column order and dtypes."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd

from ..model import Document, RECORD_FIELDS
from .common import typed_frame

CLAUSE_DTYPES: dict[str, str] = {
    "doc_id": "string",
    "council": "string",
    "council_type": "string",
    "clause_id": "string",
    "parent": "string",
    "section": "string",
    "text": "string",
    "tag": "string",
    "tags": "object",
    "actor": "string",
    "themes": "object",
    "evidence": "string",
    "confidence": "Float64",
    "page": "Int64",
    "source": "string",
    "complete": "boolean",
    "source_url": "string",
    "kind": "string",
    "lead_in": "string",
    "column": "string",
    "span_start": "Int64",
    "span_end": "Int64",
}
assert tuple(CLAUSE_DTYPES) == RECORD_FIELDS

DOCUMENT_DTYPES: dict[str, str] = {
    "doc_id": "string",
    "source": "string",
    "source_url": "string",
    "format": "string",
    "council": "string",
    "council_type": "string",
    "title": "string",
    "pages": "Int64",
    "clauses": "Int64",
    "headings": "Int64",
    "furniture": "Int64",
    "lines": "Int64",
    "lines_traced": "Int64",
    "status": "string",
    "error": "string",
    "notes": "string",
}


def clauses_frame(docs: Iterable[Document]) -> pd.DataFrame:
    """One row per clause, in document then reading order."""
    rows = [rec for doc in docs for rec in doc.records()]
    return typed_frame(rows, CLAUSE_DTYPES)


def documents_frame(rows: list[dict]) -> pd.DataFrame:
    """One row per input file, with its status and the reason it failed."""
    return typed_frame(rows, DOCUMENT_DTYPES)


def read_structured(structured_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A built dataset read back: clauses.parquet and documents.csv with the dtypes they were written with."""
    clauses = pd.read_parquet(Path(structured_dir) / "clauses.parquet")
    clauses["tags"] = clauses["tags"].map(list)
    clauses["themes"] = clauses["themes"].map(list)
    documents = pd.read_csv(Path(structured_dir) / "documents.csv", dtype=str, keep_default_na=False)
    documents = documents.replace({"": None})
    for col in ("pages", "clauses", "headings", "furniture", "lines", "lines_traced"):
        documents[col] = pd.to_numeric(documents[col]).astype("Int64")
    documents = documents.astype({k: v for k, v in DOCUMENT_DTYPES.items() if v == "string"})
    return clauses, documents
