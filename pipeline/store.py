"""Writing outputs safely: every file is written to a temporary file and renamed."""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_text(path: Path, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="\n")


def _fixed_zip(path: Path, core_date: str = "2000-01-01") -> None:
    """Rewrite a zip (xlsx, docx) with fixed entry times, so the same content gives the same bytes;
    the document properties' dates become ``core_date`` (an ISO date)."""
    import zipfile

    with zipfile.ZipFile(path) as zin:
        entries = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    stamp = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z")
    entries = [(name, stamp.sub(f"{core_date}T00:00:00Z".encode(), data) if name == "docProps/core.xml" else data)
               for name, data in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(df):
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


def write_csv(path: Path, df) -> None:
    """A frame as CSV for spreadsheets: lists joined with '|', formula-like cells neutralised."""
    write_text(path, spreadsheet_safe(df).to_csv(index=False, lineterminator="\n"))


def write_parquet(path: Path, df) -> None:
    with atomic_path(path) as tmp:
        df.to_parquet(tmp, index=False)


def write_workbook(path: Path, sheets: dict) -> None:
    """One sheet per frame, header row frozen and filterable; deterministic bytes.

    Written in openpyxl's write-only mode: rows stream to disk, so memory stays flat."""
    from datetime import datetime

    import pandas as pd
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    wb.properties.created = datetime(2000, 1, 1)
    wb.properties.modified = datetime(2000, 1, 1)
    for name, df in sheets.items():
        safe = spreadsheet_safe(df)
        values = safe.astype(object).where(pd.notna(safe), None).values.tolist()
        ws = wb.create_sheet(title=name[:31])
        ws.freeze_panes = "A2"
        last = get_column_letter(max(1, len(safe.columns)))
        ws.auto_filter.ref = f"A1:{last}{len(values) + 1}"
        for k, col in enumerate(safe.columns, 1):
            longest = max([len(str(col))] + [len(str(row[k - 1])) for row in values[:200] if row[k - 1] is not None])
            ws.column_dimensions[get_column_letter(k)].width = min(80, max(8, longest + 2))
        ws.append(list(safe.columns))
        for row in values:
            ws.append(row)
    with atomic_path(path) as tmp:
        wb.save(str(tmp))
        _fixed_zip(tmp)


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporary files a killed run left behind (".name.XXXX.tmp"); returns how many."""
    n = 0
    for p in Path(folder).rglob(".*.tmp"):
        try:
            p.unlink()
            n += 1
        except OSError:
            pass
    return n
