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
    "theme_evidence": "object",
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
    "hidden_chars": "Int64",  # bidi controls and invisible characters removed from the text
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


class DamagedDataset(ValueError):
    """A built dataset cannot be read back; the message names the file and what is wrong."""


def _list_cell(value) -> list:
    if isinstance(value, str):
        raise TypeError("a text where a list was expected")
    return [] if value is None else list(value)


def read_structured(structured_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A built dataset read back: clauses.parquet and documents.csv with the dtypes they were written with.
    Raises DamagedDataset (one line naming the file) when a file is unreadable or a column is
    missing or of the wrong type."""
    structured_dir = Path(structured_dir)
    clauses = read_clauses(structured_dir)
    path = structured_dir / "documents.csv"
    documents = _checked(path, lambda p: pd.read_csv(p, dtype=str, keep_default_na=False), DOCUMENT_DTYPES,
                         optional=("hidden_chars",))
    documents = documents.replace({"": None})
    try:
        for col in ("pages", "clauses", "headings", "furniture", "lines", "lines_traced", "hidden_chars"):
            documents[col] = pd.to_numeric(documents[col]).astype("Int64")
    except (TypeError, ValueError) as exc:
        raise DamagedDataset(f"{path}: wrong column types ({' '.join(str(exc).split())[:120]}); "
                             f"rebuild it with 'protocols build'") from None
    documents = documents.astype({k: v for k, v in DOCUMENT_DTYPES.items() if v == "string"})
    return clauses, documents[list(DOCUMENT_DTYPES)]


REQUIRED_CLAUSE_VALUES = ("doc_id", "clause_id", "text")


def read_clauses(structured_dir: Path) -> pd.DataFrame:
    """clauses.parquet of a built dataset, checked (DamagedDataset when it cannot be used)."""
    path = Path(structured_dir) / "clauses.parquet"
    clauses = _checked(path, lambda p: pd.read_parquet(p), CLAUSE_DTYPES)
    try:
        clauses["tags"] = clauses["tags"].map(_list_cell)
        clauses["themes"] = clauses["themes"].map(_list_cell)
        clauses["theme_evidence"] = clauses["theme_evidence"].map(_list_cell)
        clauses = clauses.astype({k: v for k, v in CLAUSE_DTYPES.items() if v != "object"})
    except (TypeError, ValueError) as exc:
        raise DamagedDataset(f"{path}: wrong column types ({' '.join(str(exc).split())[:120]}); "
                             f"rebuild it with 'protocols build'") from None
    for col in REQUIRED_CLAUSE_VALUES:  # a build never leaves these empty; comparisons and drafts need them
        empty = int(clauses[col].isna().sum())
        if empty:
            raise DamagedDataset(f"{path}: '{col}' is empty in {empty} row(s); rebuild it with 'protocols build'")
    return clauses


def _checked(path: Path, load, dtypes: dict[str, str], optional: tuple[str, ...] = ()) -> pd.DataFrame:
    """Load one file of a built dataset; its columns must be those of ``dtypes``."""
    if not path.is_file():
        raise DamagedDataset(f"{path}: not found (run 'protocols build' first)")
    try:
        df = load(path)
    except Exception as exc:  # pyarrow and the CSV parser raise many types for a damaged file
        raise DamagedDataset(f"{path}: unreadable ({type(exc).__name__}: {' '.join(str(exc).split())[:100]}); "
                             f"rebuild it with 'protocols build'") from None
    for col in optional:
        if col not in df.columns:
            df[col] = None  # written before the column existed
    missing = [c for c in dtypes if c not in df.columns]
    if missing:
        raise DamagedDataset(f"{path}: missing column(s) {', '.join(missing)}; rebuild it with 'protocols build'")
    return df
