"""Writing outputs safely: every file is written to a temporary file and renamed; a whole build
is written to a staging folder and swapped in under a lock (``build_lock``, ``Staging``)."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Iterator


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the user's usual mode (0644)
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


def _umask() -> int:
    """The process umask (reading it means setting it; it is put straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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


EXCEL_CELL_LIMIT = 32767  # characters Excel holds in one cell


def excel_cell(value):
    """A value Excel can hold: characters XML forbids become U+FFFD, and text over the cell
    limit is clipped with a note saying how much was cut and where the whole text is."""
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    if len(value) > EXCEL_CELL_LIMIT:
        note = f" [clipped: {len(value):,} characters; the whole text is in the CSV and Parquet files]"
        value = value[:EXCEL_CELL_LIMIT - len(note)] + note
    return value


def write_workbook(path: Path, sheets: dict) -> None:
    """One sheet per frame, header row frozen and filterable; deterministic bytes. Cells over
    Excel's 32,767-character limit are clipped with a note (``excel_cell``).

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
        ws.append([excel_cell(str(c)) for c in safe.columns])
        for row in values:
            ws.append([excel_cell(v) for v in row])
    with atomic_path(path) as tmp:
        wb.save(str(tmp))
        _fixed_zip(tmp)


_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}\.tmp$")


def remove_stale_temporaries(folder: Path, names) -> int:
    """Delete the temporary files a killed run of ours left in ``folder`` (not below it): only
    ".NAME.XXXXXXXX.tmp" where ``names(NAME)`` says NAME is one of our outputs. Returns how many."""
    n = 0
    folder = Path(folder)
    if not folder.is_dir():
        return 0
    for p in folder.iterdir():
        m = _TEMPORARY.match(p.name)
        if m and names(m.group("name")) and p.is_file() and not p.is_symlink():
            try:
                p.unlink()
                n += 1
            except OSError:
                pass
    return n


# ------------------------------------------------------- whole builds ----

class OutputBusy(Exception):
    """Another build holds the lock of this output folder."""


class DamagedJournal(ValueError):
    """The swap journal of an output folder is not one a build wrote; the message names it."""


@contextmanager
def build_lock(out_dir: Path, wait: bool = False) -> Iterator[None]:
    """Hold ``out_dir/.lock`` for a build; a second build refuses (OutputBusy) or, with ``wait``, waits.
    The lock is the kernel's (flock): it is released when the process ends, however it ends."""
    import fcntl

    import errno

    out_dir = Path(out_dir)
    lock = out_dir / ".lock"
    try:  # never through a link: opening it would create or touch a file outside out_dir
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o666)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, f"{lock} is a symbolic link; remove it") from None
        raise
    with os.fdopen(fd, "a+") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise OutputBusy(f"{out_dir}: another build is writing to this folder; try again when it ends") from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


STAGING = ".staging"
JOURNAL = ".swap.json"


class Staging:
    """A build's outputs are written under ``out_dir/.staging`` and swapped in at the end.

    The swap first writes a journal (the files to move in and the files to remove), then
    renames each staged file over its output. Renames within one folder need no space and
    cannot fail half-way through a file; if the process dies during the swap, ``recover``
    (run by the next build, under the lock) finishes it from the journal. So the outputs are
    always those of one whole build. The staging folder is inside ``out_dir``, on the same
    file system, so nothing is ever written outside ``out_dir``."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.root = self.out_dir / STAGING

    def recover(self) -> bool:
        """Finish a swap a killed build left half-done, or drop a staging folder it never swapped.
        Returns True when a swap was finished."""
        journal = self.out_dir / JOURNAL
        if journal.exists():
            self._apply(self._journal(journal))
            return True
        if self.root.exists() and not self.root.is_symlink():
            shutil.rmtree(self.root)
        return False

    def _journal(self, journal: Path) -> dict:
        """The journal's plan, if it is one this class wrote: lists of paths inside out_dir.
        A damaged or edited journal is refused (DamagedJournal), never followed out of out_dir."""
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DamagedJournal(f"{journal}: unreadable swap journal ({type(exc).__name__}); "
                                 f"remove it and build again") from None
        root = self.out_dir.resolve()
        lists = isinstance(plan, dict) and all(isinstance(plan.get(k), list) for k in ("files", "remove"))
        for rel in plan["files"] + plan["remove"] if lists else [plan]:
            if not (lists and isinstance(rel, str) and rel and not PurePosixPath(rel).is_absolute()
                    and ".." not in PurePosixPath(rel).parts and root in (root / rel).resolve().parents):
                shown = str(rel).encode("unicode_escape").decode("ascii")[:80]
                what = f"'{shown}' is not an output inside {self.out_dir}" if lists else "not lists of files"
                raise DamagedJournal(f"{journal}: damaged swap journal ({what}); remove it and build again")
        return plan

    def start(self) -> Path:
        self.recover()
        self.root.mkdir(parents=True, exist_ok=True)
        return self.root

    def path(self, rel: str) -> Path:
        return self.root / rel

    def commit(self, files: list[str], remove: list[str]) -> None:
        """Swap the staged ``files`` (paths relative to out_dir) in and delete ``remove``."""
        for rel in files:
            if not (self.root / rel).is_file():
                raise FileNotFoundError(f"{self.root / rel}: staged output missing")
        write_text(self.out_dir / JOURNAL, json.dumps({"files": files, "remove": remove}))
        self._apply({"files": files, "remove": remove})

    def discard(self) -> None:
        if self.root.exists() and not self.root.is_symlink() and not (self.out_dir / JOURNAL).exists():
            shutil.rmtree(self.root, ignore_errors=True)

    def _apply(self, plan: dict) -> None:
        for rel in plan["files"]:
            src = self.root / rel
            if src.is_file():
                dst = self.out_dir / rel
                dst.parent.mkdir(parents=True, exist_ok=True)
                os.replace(src, dst)
        for rel in plan["remove"]:
            target = self.out_dir / rel
            if target.is_file() and not target.is_symlink():
                target.unlink()
        _fsync_dir(self.out_dir)
        (self.out_dir / JOURNAL).unlink()
        if self.root.exists():
            shutil.rmtree(self.root, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
