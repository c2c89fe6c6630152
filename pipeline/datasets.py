"""Structured datasets: one function per table, each with a declared column order and dtypes."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from .model import RECORD_FIELDS, Document

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
}


def _frame(rows: list[dict], dtypes: dict[str, str]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(dtypes))
    return df.astype(dtypes)


def clauses_frame(docs: Iterable[Document]) -> pd.DataFrame:
    """One row per clause, in document then reading order."""
    rows = [rec for doc in docs for rec in doc.records()]
    return _frame(rows, CLAUSE_DTYPES)


def documents_frame(rows: list[dict]) -> pd.DataFrame:
    """One row per input file, with its status and the reason it failed."""
    return _frame(rows, DOCUMENT_DTYPES)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy for CSV/Excel: lists joined with '|', and text cells that a spreadsheet
    would run as a formula (starting =, +, -, @) prefixed with an apostrophe."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(lambda v: "|".join(v) if isinstance(v, list) else v)
        if out[col].dtype == object or str(out[col].dtype) == "string":
            out[col] = out[col].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v
            ).astype(out[col].dtype)
    return out
