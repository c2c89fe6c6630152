"""The library build: every document in a folder through ingest -> nlp -> render, with a status each.

``run_build(raw_dir, out_dir, ...) -> BuildReport`` is the whole of ``protocols build``
(cache, no-op check, datasets, document records, comparison and report);
``run_compare(structured_dir, ...)`` is ``protocols compare``. Nothing here prints; the
caller gets callbacks and a report. A document that fails is recorded with its reason and
the others carry on.

Over 600 lines on purpose: planning the folder, the per-document cache and workers, and the
whole-build staging, lock and swap are one sequence that reads best in one place.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .ingest.clean import HIDDEN, LINE_CONTROL, counting_hidden
from .ingest.council import EDGE_REASONS, council_of
from .ingest.read import read
from .ingest.segment import segment
from .model import COUNCIL_TYPES, Document, IngestError, Source, council_type_of

SOURCE_COLUMNS = ("doc_id", "file", "council", "council_type", "title", "source", "notes")


@dataclass
class DocResult:
    file: str
    doc_id: str
    status: str  # ok | partial | failed
    error: str | None = None
    document: Document | None = None
    source: Source | None = None
    traceback: str | None = None
    cached: bool = False
    cache_key: str | None = None

    def row(self) -> dict:
        d = self.document
        src = self.source
        lines = len({t.line_no for t in d.trace}) if d else None
        return {
            "doc_id": self.doc_id,
            "source": self.file,
            "source_url": src.source if src else None,
            "format": d.format if d else None,
            "council": d.council if d else (src.council if src else None),  # (read from the text when no row names it)
            "council_type": d.council_type if d else (src.council_type if src else None),
            "title": (src.title if src and src.title else (d.title if d else None)),
            "pages": d.pages if d else None,
            "clauses": len(d.clauses) if d else 0,
            "headings": len(d.headings) if d else None,
            "furniture": len(d.furniture) if d else None,
            "lines": _count_lines(d) if d else None,
            "lines_traced": lines,
            "hidden_chars": sum(d.hidden_chars.values()) if d else None,
            "status": self.status,
            "error": self.error,
            "notes": "; ".join(d.notes) if d and d.notes else None,
        }


def _count_lines(doc: Document) -> int:
    content = sum(1 for ln in doc.text.split("\n") if ln.strip())
    extra = sum(1 for f in doc.furniture if f.line_no > doc.text.count("\n") + 1)
    return content + extra


@dataclass
class SourcesTable:
    by_file: dict[str, Source] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # rows that name a file which cannot be read as listed: (file as listed, doc_id, reason)
    failures: list[tuple[str, str, str]] = field(default_factory=list)
    error: str | None = None  # sources.csv itself cannot be read: the reason


SOURCES_MAX_BYTES = 16 * 1024 * 1024
_SAFE_ID = re.compile(r"[^\W_][\w.+\-'&(), ]{0,149}")
_UNSAFE_ID_CHARS = re.compile(r"[^\w.+\-'&(), ]")
MAX_ID_BYTES = 200  # '.<doc_id>.json.XXXXXXXX.tmp' must fit a file name (255 bytes)


def doc_id_problem(doc_id: str) -> str | None:
    """Why ``doc_id`` cannot name an output file, or None. A safe id is one path component of at
    most 150 characters: letters, digits and _ . + - ' & ( ) , and spaces, starting with a
    letter or digit (so never '..', an absolute path, a hidden file or a control character)."""
    if _SAFE_ID.fullmatch(doc_id) and doc_id.strip() == doc_id and len(doc_id.encode("utf-8")) <= MAX_ID_BYTES:
        return None
    shown = doc_id.encode("unicode_escape").decode("ascii")[:60]
    return (f"unsafe doc_id '{shown}' (use up to 150 letters, digits, spaces and _ . + - ' & ( ) , "
            f"starting with a letter or digit, at most {MAX_ID_BYTES} bytes in UTF-8)")


def doc_id_from_name(stem: str) -> str:
    """A safe doc_id from a file name: characters a doc_id cannot hold become '_'."""
    out = _UNSAFE_ID_CHARS.sub("_", unicodedata.normalize("NFC", stem)).strip()[:150].strip()
    while len(out.encode("utf-8")) > MAX_ID_BYTES:
        out = out[:-1].strip()
    out = re.sub(r"^[\W_]+", "", out)
    return out or "document"


def _sources_error(exc: BaseException) -> str:
    if isinstance(exc, IsADirectoryError):
        return "it is a folder, not a file"
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return " ".join(str(exc).split())[:120] or type(exc).__name__


def load_sources(raw_dir: Path) -> SourcesTable:
    """Read raw_dir/sources.csv; bad rows become warnings or failures, never a crash."""
    table = SourcesTable()
    path = Path(raw_dir) / "sources.csv"
    if not (path.exists() or path.is_symlink()):
        return table
    from .ingest.text import decode_bytes

    root = Path(raw_dir).resolve()
    try:
        try:
            real = path.resolve()
        except RuntimeError:
            raise ValueError("it is a symbolic link that loops") from None
        if root not in real.parents:
            raise ValueError("it is a link to a file outside the input folder")
        if not real.is_file():
            raise ValueError("it is a folder, not a file" if real.is_dir() else "not a regular file")
        if real.stat().st_size > SOURCES_MAX_BYTES:
            raise ValueError(f"over {SOURCES_MAX_BYTES // 2**20} MB")
        text = decode_bytes(real.read_bytes())
        reader = csv.DictReader(io.StringIO(text))
        rows = list(reader)
    except (OSError, ValueError, IngestError, csv.Error, UnicodeError) as exc:
        table.error = f"unreadable ({_sources_error(exc)}); no metadata was used"
        return table
    if not reader.fieldnames or "file" not in reader.fieldnames:
        table.warnings.append(f"{path}: no 'file' column; metadata ignored")
        return table
    for n, row in enumerate(rows, start=2):
        if row.get(None):
            table.warnings.append(f"{path}:{n}: {len(reader.fieldnames) + len(row[None])} fields where the header "
                                  f"has {len(reader.fieldnames)} (quote values that contain commas); extra values ignored")
        name = (row.get("file") or "").strip()
        if not name:
            table.warnings.append(f"{path}:{n}: row has no file name; skipped")
            continue
        values = {k: ((row.get(k) or "").strip() or None) for k in SOURCE_COLUMNS}
        for k, v in values.items():
            if v and LINE_CONTROL.search(v):
                values[k] = LINE_CONTROL.sub(" ", v).strip() or None
                table.warnings.append(f"{path}:{n}: control characters in '{k}' replaced by spaces")
            if values[k] and HIDDEN.search(values[k]):  # a bidi override would disguise a note's other names
                values[k] = HIDDEN.sub("", values[k]).strip() or None
                table.warnings.append(f"{path}:{n}: hidden characters in '{k}' removed")
        name = values["file"] or name
        doc_id = values["doc_id"] or doc_id_from_name(Path(name).stem)
        target = (root / name).resolve()
        if root != target and root not in target.parents:
            table.failures.append((name, doc_id, "listed in sources.csv but outside the input folder; not read"))
            continue
        if not target.is_file():
            table.failures.append((name, doc_id, "listed in sources.csv but not found"))
            continue
        problem = doc_id_problem(doc_id)
        if problem is None and values["council_type"]:
            known = council_type_of(values["council_type"])
            if known is None:  # (a fire authority's protocol is still read: b241 had "other", and lost the document)
                table.warnings.append(f"{path}:{n}: unknown council_type '{values['council_type'].lower()[:40]}' "
                                      f"(one of: {', '.join(COUNCIL_TYPES)}); {name} is read without a council type")
            values["council_type"] = known
        if problem:
            table.failures.append((name, doc_id, problem))
            continue
        values["file"] = name
        values["doc_id"] = doc_id
        table.by_file[str(target.relative_to(root))] = Source(**values)
    return table


@dataclass
class Entry:
    """A file found in the input folder; ``problem`` says why it is not read (a link, not a file)."""
    path: Path
    rel: str
    problem: str | None = None


def discover(raw_dir: Path) -> list[Path]:
    """The files of a folder a build reads (``scan_folder`` without links and the like)."""
    return [e.path for e in scan_folder(raw_dir) if e.problem is None]


def scan_folder(raw_dir: Path, follow_symlinks: bool = False) -> list[Entry]:
    """The input files of a folder (recursively), in a stable order; hidden files skipped.

    Symbolic links are never followed out of the folder; links to files inside it are read
    only with ``follow_symlinks``; links to folders are never followed (their files, if inside,
    are read where they are)."""
    raw_dir = Path(raw_dir)
    root = raw_dir.resolve()
    entries: list[Entry] = []
    for folder, dirs, files in os.walk(raw_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in list(dirs):
            if (Path(folder) / name).is_symlink():
                dirs.remove(name)
                p = Path(folder) / name
                entries.append(Entry(p, str(p.relative_to(raw_dir)), "a link to a folder; not followed"))
        for name in files:
            if name.startswith(".") or (Path(folder) == raw_dir and name == "sources.csv"):
                continue
            p = Path(folder) / name
            rel = str(p.relative_to(raw_dir))
            problem = None
            if p.is_symlink():
                try:
                    target = p.resolve()
                except (RuntimeError, OSError):  # a link to itself, or a loop of links (Python < 3.13 raises RuntimeError)
                    entries.append(Entry(p, rel, "a symbolic link that loops; not read"))
                    continue
                if not target.exists():
                    problem = "a broken symbolic link"
                elif root not in target.parents:
                    problem = "a symbolic link to a file outside the input folder; not read"
                elif not follow_symlinks:
                    problem = "a symbolic link; not followed (use --follow-symlinks to read links inside the input folder)"
            if problem is None and not p.is_file():
                problem = "not a regular file"
            entries.append(Entry(p, rel, problem))
    return sorted(entries, key=lambda e: e.rel)


MAX_INPUT_BYTES = 50 * 1024 * 1024  # larger files are refused, so memory stays bounded


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__


def ingest_file(path: Path, doc_id: str, source: Source | None = None, display: str | None = None) -> DocResult:
    """Read and segment one file. Never raises for bad input: the result says what went wrong."""
    display = display or str(path)
    try:
        size = Path(path).stat().st_size if Path(path).is_file() else 0
        if size > MAX_INPUT_BYTES:
            raise IngestError(f"file too large ({size / 2**20:.0f} MB; the limit is {MAX_INPUT_BYTES // 2**20} MB)")
        with counting_hidden() as hidden:
            raw = read(path, doc_id)
            doc = segment(raw)
        doc.hidden_chars = dict(sorted(hidden.items()))
    except IngestError as exc:
        return DocResult(display, doc_id, "failed", str(exc), source=source)
    except Exception as exc:  # a reader library failing on a malformed file must not stop the build
        import traceback

        result = DocResult(display, doc_id, "failed", f"unexpected error ({_one_line(exc)})", source=source)
        result.traceback = traceback.format_exc()
        return result
    doc.source = display
    for c in doc.clauses:
        c.source = display
    if source is not None:
        doc.council, doc.council_type = source.council, source.council_type
        doc.title = source.title or doc.title
        doc.source_url = source.source
    if not doc.council:
        # no sources.csv row names the council: the one the document names itself (ingest/council.py)
        edges = [f.text for f in doc.furniture if f.reason in EDGE_REASONS]
        doc.council, found_type = council_of(doc.title, doc.text, edges)
        doc.council_type = doc.council_type or found_type
        if doc.council:
            doc.notes.append(f"council read from the text: {doc.council}"
                             + (f" ({doc.council_type})" if doc.council_type else ""))
    if not doc.clauses:
        return DocResult(display, doc_id, "failed", "no clauses recognised in the text", doc, source)
    status = "partial" if doc.warnings else "ok"
    return DocResult(display, doc_id, status, "; ".join(doc.warnings) or None, doc, source)


@dataclass
class Plan:
    """What a build will do: the files to process (path, doc_id, metadata, name in the folder),
    the files or rows that fail before reading (with the reason), and warnings about the folder."""
    jobs: list[tuple[Path, str, Source | None, str]]
    failures: list[DocResult]
    warnings: list[str]


def _id_key(doc_id: str) -> str:
    """Ids that name the same file on a case-insensitive or normalising file system (macOS,
    Windows, a zip opened there) are the same id: 'Foo' and 'foo', 'é' composed or not."""
    return unicodedata.normalize("NFC", doc_id).casefold()


def plan_folder(raw_dir: Path, follow_symlinks: bool = False) -> Plan:
    """Which files to process, with their doc ids and metadata; duplicate ids are made unique."""
    raw_dir = Path(raw_dir)
    sources = load_sources(raw_dir)
    warnings = list(sources.warnings)
    failures: list[DocResult] = []
    if sources.error:
        failures.append(DocResult(f"{raw_dir.name}/sources.csv", "sources.csv", "failed", sources.error))
    failed_files = {}
    for name, doc_id, reason in sources.failures:
        failed_files[str(Path(os.path.normpath(name)))] = (doc_id, reason)
    jobs = []
    seen: dict[str, str] = {}
    for entry in scan_folder(raw_dir, follow_symlinks):
        path, rel = entry.path, entry.rel
        display = f"{raw_dir.name}/{rel}"
        if rel in failed_files:
            doc_id, reason = failed_files.pop(rel)
            failures.append(DocResult(display, doc_id, "failed", reason))
            continue
        if entry.problem:
            failures.append(DocResult(display, doc_id_from_name(path.stem), "failed", entry.problem))
            continue
        src = sources.by_file.get(rel) or sources.by_file.get(str(path.resolve().relative_to(raw_dir.resolve())))
        doc_id = src.doc_id if src else doc_id_from_name(path.stem)
        if not src and doc_id != path.stem:
            warnings.append(f"{rel}: the file name cannot be a doc_id as it is; using '{doc_id}'")
        if _id_key(doc_id) in seen:
            new_id = f"{doc_id}__{path.suffix.lstrip('.').lower() or 'file'}"
            k = 2
            while _id_key(new_id) in seen:
                new_id = f"{doc_id}__{k}"
                k += 1
            warnings.append(f"{rel}: doc_id '{doc_id}' is already used by {seen[_id_key(doc_id)]}; using '{new_id}'")
            doc_id = new_id
        seen[_id_key(doc_id)] = rel
        jobs.append((path, doc_id, src, rel))
    for name, (doc_id, reason) in failed_files.items():  # listed files that are not there
        failures.append(DocResult(f"{raw_dir.name}/{name}", doc_id, "failed", reason))
    return Plan(jobs, failures, warnings)


def plan(raw_dir: Path, follow_symlinks: bool = False) -> tuple[list[tuple[Path, str, Source | None, str]], list[str]]:
    """The files to process and the folder's warnings (``plan_folder`` without the failures)."""
    p = plan_folder(raw_dir, follow_symlinks)
    return p.jobs, p.warnings


def document_json(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True)


ProgressFn = Callable[[DocResult], None]


def run(raw_dir: Path, progress: ProgressFn | None = None) -> tuple[list[DocResult], list[str]]:
    """Ingest (read + segment, no tagging) every file of ``raw_dir``; one result per file."""
    p = plan_folder(raw_dir)
    jobs, warnings = p.jobs, p.warnings
    results = list(p.failures)
    for path, doc_id, src, rel in jobs:
        res = ingest_file(path, doc_id, src, display=str(Path(raw_dir).name + "/" + rel))
        results.append(res)
        if progress:
            progress(res)
    return results, warnings


# ------------------------------------------------------------- the build ----

def code_version(model: str) -> str:
    """A hash of everything that decides a document's result: the pipeline's code, its rule
    files and the model name. A cached result is used only while this is unchanged."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(model.encode())
    for p in sorted(list(root.rglob("*.py")) + list((root / "resources").glob("*"))):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def cache_key(path: Path, doc_id: str, src: Source | None, display: str, version: str) -> str:
    h = hashlib.sha256()
    for part in (version, doc_id, display, json.dumps(src.__dict__ if src else None, sort_keys=True)):
        h.update(part.encode())
        h.update(b"\0")
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


_WORKER_NLP = None
BATCH = 8  # documents per task: large enough for full spaCy batches, small enough to spread over workers


def _worker_init(model: str | None) -> None:
    global _WORKER_NLP
    from .nlp.tag import load_nlp

    _WORKER_NLP = load_nlp(model)


def process_files(items: list[tuple[Path, str, Source | None, str]], nlp=None) -> list[DocResult]:
    """Read, segment and tag a batch of files (in this process or a worker); the batch is
    tagged in one pass, which keeps spaCy's batches full."""
    results = [ingest_file(path, doc_id, src, display) for path, doc_id, src, display in items]
    return tag_results(results, nlp or _WORKER_NLP)


def tag_results(results: list[DocResult], nlp) -> list[DocResult]:
    """Tag the documents of ``results`` in one pass; if the tagger fails, tag them one by one,
    so only the document that breaks it fails (with the reason) and the others keep their tags."""
    from .nlp.tag import tag_documents

    ready = [r for r in results if r.document is not None and r.status != "failed"]
    try:
        tag_documents([r.document for r in ready], nlp)
    except Exception:  # tag one by one, so that only the document that breaks the tagger fails
        import traceback

        for r in ready:
            try:
                tag_documents([r.document], nlp)
            except Exception as exc:
                r.status, r.error = "failed", f"tagging failed ({_one_line(exc)})"
                r.traceback = traceback.format_exc()
    return results


def _from_cache(cache_dir: Path, key: str, display: str, doc_id: str, src: Source | None) -> DocResult | None:
    f = cache_dir / f"{key}.json"
    if not f.exists():
        return None
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
        doc = Document.from_dict(data["document"]) if data.get("document") else None
    except (ValueError, KeyError, TypeError):
        return None  # a damaged cache entry is ignored and rebuilt
    res = DocResult(display, doc_id, data["status"], data.get("error"), doc, src, cached=True)
    return res


def _to_cache(cache_dir: Path, key: str, res: DocResult) -> None:
    from .store import write_text

    if res.traceback:  # unexpected errors are not cached: the next build tries again
        return
    data = {"status": res.status, "error": res.error,
            "document": res.document.to_dict() if res.document is not None else None}
    write_text(cache_dir / f"{key}.json", json.dumps(data, ensure_ascii=False))


class BuildAborted(Exception):
    """--abort-on-error: a document failed; the message names it."""


def build_documents(raw_dir: Path, out_dir: Path, jobs: int = 1, model: str | None = None,
                    abort_on_error: bool = False, progress: ProgressFn | None = None,
                    use_cache: bool = True, follow_symlinks: bool = False) -> tuple[list[DocResult], list[str]]:
    """Read, segment and tag every file of ``raw_dir`` (results in plan order, whatever ``jobs`` is).

    Results are cached under ``out_dir/.cache`` by content hash, so an unchanged document
    is not processed again, and the spaCy model is loaded only if some document needs it.
    """
    from concurrent.futures import ProcessPoolExecutor

    raw_dir = Path(raw_dir)
    the_plan = plan_folder(raw_dir, follow_symlinks)
    planned, warnings = the_plan.jobs, the_plan.warnings
    for res in the_plan.failures:  # files and rows that fail before reading
        if progress:
            progress(res)
        if abort_on_error:
            raise BuildAborted(f"{res.file}: {res.error}")
    cache_dir = Path(out_dir) / ".cache"
    version = code_version(model or _model_name())
    results: list[DocResult | None] = [None] * len(planned)
    todo = []
    for n, (path, doc_id, src, rel) in enumerate(planned):
        display = f"{raw_dir.name}/{rel}"
        key = None
        if use_cache:
            try:
                key = cache_key(path, doc_id, src, display, version)
            except OSError:
                key = None
        hit = _from_cache(cache_dir, key, display, doc_id, src) if key else None
        if hit is not None:
            hit.cache_key = key
            results[n] = hit
        else:
            todo.append((n, path, doc_id, src, display, key))

    def finish(n: int, res: DocResult, key: str | None) -> None:
        res.cache_key = key
        results[n] = res
        if key:
            _to_cache(cache_dir, key, res)
        if progress:
            progress(res)
        if abort_on_error and res.status == "failed":
            raise BuildAborted(f"{res.file}: {res.error}")

    for n, res in enumerate(results):
        if res is not None and progress:
            progress(res)
            if abort_on_error and res.status == "failed":
                raise BuildAborted(f"{res.file}: {res.error}")
    if todo:
        from .nlp.tag import load_nlp

        batches = [todo[i:i + BATCH] for i in range(0, len(todo), BATCH)]
        if jobs <= 1 or len(batches) == 1:
            nlp = load_nlp(model)
            for batch in batches:
                done = process_files([(p, d, s, disp) for _, p, d, s, disp, _ in batch], nlp)
                for (n, *_, key), res in zip(batch, done):
                    finish(n, res, key)
        else:
            _check_model(model)
            with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(model,)) as pool:
                futures = [(batch, pool.submit(process_files, [(p, d, s, disp) for _, p, d, s, disp, _ in batch]))
                           for batch in batches]
                try:
                    for batch, fut in futures:
                        for (n, *_, key), res in zip(batch, fut.result()):
                            finish(n, res, key)
                except BuildAborted:
                    for _, fut in futures:
                        fut.cancel()
                    raise
    return the_plan.failures + [r for r in results if r is not None], warnings


def _model_name() -> str:
    import os

    from .nlp.tag import DEFAULT_MODEL, MODEL_ENV

    return os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def _check_model(model: str | None) -> None:
    """Fail before starting workers when the model is not installed (one clear line, not one per worker)."""
    import importlib.util

    from .nlp.tag import model_missing

    name = model or _model_name()
    if not (importlib.util.find_spec(name) or Path(name).exists()):
        raise model_missing(name)


# ------------------------------------------------------- the whole build ----

BUILD_OUTPUTS = ("clauses.csv", "clauses.parquet", "documents.csv", "coverage.csv", "escalation.csv",
                 "shared_wording.csv", "clauses.xlsx", "report.html", "report_files")
REPORT_DATA = "report_files"  # the report's folder of per-council scripts (render.report.REPORT_FILES)
_REPORT_SCRIPT = re.compile(r"report_files/council-\d{4,}\.js")


class MissingInput(Exception):
    """A built dataset that a comparison needs is not there; the message names it."""


@dataclass
class BuildReport:
    """What a build did: one result per input file, the warnings about the folder, and counts."""
    out_dir: Path
    results: list[DocResult]
    warnings: list[str]
    clauses: int = 0
    up_to_date: bool = False  # nothing changed: no output was rewritten
    removed: list[str] = field(default_factory=list)  # records of documents that left the input folder

    @property
    def built(self) -> int:
        return sum(r.document is not None and r.status != "failed" for r in self.results)

    @property
    def failed(self) -> int:
        return sum(r.status == "failed" for r in self.results)

    @property
    def cached(self) -> int:
        return sum(r.cached for r in self.results)


class UnsafeOutput(ValueError):
    """The output folder would overlap the input folder; the message says how."""


class NoDocuments(ValueError):
    """The input folder holds no document to build."""


class OutputError(OSError):
    """The outputs cannot be written (read-only folder, disk full); the previous outputs are kept."""


def check_folders(raw_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder equal to or inside the input folder: the build would read its own
    outputs back in and write into the input."""
    raw, out = Path(raw_dir).resolve(), Path(out_dir).resolve()
    if out == raw or raw in out.parents:
        raise UnsafeOutput(f"-o {out_dir}: the output folder is inside the input folder {raw_dir}; "
                           f"choose a folder outside it")
    for sub in OWN_FOLDERS:  # the build writes into these and clears .staging: never an input
        if raw == out / sub or (out / sub) in raw.parents:
            raise UnsafeOutput(f"{raw_dir}: the input folder is inside {out_dir / sub}, which the build writes; "
                               f"move the documents out of it")


def _ours(name: str) -> bool:
    return name in BUILD_OUTPUTS or name.endswith(".json") or name in ("last_build", MANIFEST)


OWN_FOLDERS = ("documents", ".cache", ".staging", "report_files")  # folders of OUT the build writes

MANIFEST = ".manifest.json"  # the files the last whole build wrote, so that stale ones can be removed


def run_build(raw_dir: Path, out_dir: Path, jobs: int = 1, model: str | None = None, use_cache: bool = True,
              abort_on_error: bool = False, progress: ProgressFn | None = None,
              warn: Callable[[str], None] | None = None, phase: Callable[[str], None] | None = None,
              templates: str | Path | None = None, follow_symlinks: bool = False,
              wait: bool = False) -> BuildReport:
    """Build ``out_dir`` from every document of ``raw_dir``: clauses.csv/.parquet, documents.csv,
    documents/<doc_id>.json and the comparison outputs (see ``run_compare``).

    ``progress`` is called with each document's result, ``warn`` with each warning about the
    folder (sources.csv, duplicate ids), ``phase`` with the name of each phase as it ends.
    The outputs are written to ``out_dir/.staging`` and swapped in at the end, under a lock on
    ``out_dir`` (a second build refuses with OutputBusy, or waits with ``wait``), so the folder
    always holds one whole build; records of documents that left ``raw_dir`` are removed.
    When every document comes from the cache and the outputs are there, nothing is rewritten
    (``report.up_to_date``). Raises UnsafeOutput, NoDocuments, OutputError, OutputBusy,
    ModelNotInstalled, and BuildAborted with ``abort_on_error``."""
    from .store import DamagedJournal, Staging, build_lock

    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    check_folders(raw_dir, out_dir)
    for sub in OWN_FOLDERS:
        if (out_dir / sub).is_symlink():  # writing through it would write outside OUT
            raise UnsafeOutput(f"-o {out_dir}: {out_dir / sub} is a symbolic link; remove it or choose another folder")
    if not (raw_dir / "sources.csv").exists() and not any(True for _ in scan_folder(raw_dir, follow_symlinks)):
        raise NoDocuments(f"{raw_dir}: no documents found")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        lock = build_lock(out_dir, wait)
        lock.__enter__()
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write the outputs ({_sources_error(exc)})") from None
    staging = Staging(out_dir)
    try:
        return _build_locked(raw_dir, out_dir, staging, jobs, model, use_cache, abort_on_error, progress, warn,
                             phase, templates, follow_symlinks)
    except DamagedJournal as exc:  # the folder is not as a build left it: touch nothing more
        raise OutputError(str(exc)) from None
    except OSError as exc:
        staging.discard()
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        raise OutputError(f"{out_dir}: cannot write the outputs ({_sources_error(exc)}{where}); "
                          f"the previous outputs are unchanged") from None
    except BaseException:
        staging.discard()
        raise
    finally:
        lock.__exit__(None, None, None)


def _build_locked(raw_dir, out_dir, staging, jobs, model, use_cache, abort_on_error, progress, warn, phase,
                  templates, follow_symlinks) -> BuildReport:
    from .render.datasets import clauses_frame, documents_frame
    from .store import remove_stale_temporaries, write_csv, write_parquet, write_text

    staging.recover()  # a build killed during its swap is finished first
    remove_stale_temporaries(out_dir, _ours)
    remove_stale_temporaries(out_dir / "documents", _ours)
    remove_stale_temporaries(out_dir / ".cache", _ours)
    results, warnings = build_documents(raw_dir, out_dir, jobs=jobs, model=model, abort_on_error=abort_on_error,
                                        progress=progress, use_cache=use_cache, follow_symlinks=follow_symlinks)
    for w in warnings:
        if warn:
            warn(w)
    if phase:
        phase("read, segment and tag")
    report = BuildReport(out_dir, results, warnings)
    if not results:
        raise NoDocuments(f"{raw_dir}: no documents found")
    fingerprint = _fingerprint(results, warnings)
    stamp = out_dir / ".cache" / "last_build"
    if all(r.cached for r in results) and stamp.exists() and stamp.read_text() == fingerprint \
            and all((out_dir / name).exists() for name in BUILD_OUTPUTS):
        report.up_to_date = True
        return report

    stage = staging.start()
    docs = [r.document for r in results if r.document is not None and r.status != "failed"]
    clauses = clauses_frame(docs)
    documents = documents_frame([r.row() for r in results])
    write_parquet(stage / "clauses.parquet", clauses)
    write_csv(stage / "clauses.csv", clauses)
    write_csv(stage / "documents.csv", documents)
    records = [f"documents/{doc.doc_id}.json" for doc in docs]
    for doc, rel in zip(docs, records):
        write_text(stage / rel, document_json(doc) + "\n")
    if phase:
        phase("datasets")
    write_comparison(clauses, documents, stage, jobs, templates)
    write_text(stage / ".cache" / "last_build", fingerprint)
    # report_files/ is a folder: its council scripts are swapped in (and stale ones removed) one by one
    report_data = sorted(f"{REPORT_DATA}/{f.name}" for f in (stage / REPORT_DATA).glob("council-*.js"))
    files = [n for n in BUILD_OUTPUTS if n != REPORT_DATA] + report_data + records + [".cache/last_build"]
    previous = _previous_outputs(out_dir)
    write_text(stage / MANIFEST, json.dumps(sorted(files), ensure_ascii=False))
    stale = sorted(set(previous) - set(files))
    staging.commit(files + [MANIFEST], stale)
    if phase:
        phase("comparison and report")
    report.clauses = len(clauses)
    report.removed = stale
    return report


def _previous_outputs(out_dir: Path) -> list[str]:
    """The document records the last build wrote (from its manifest; before manifests existed,
    the records of the doc_ids in its documents.csv)."""
    manifest = out_dir / MANIFEST
    try:
        if manifest.exists():
            names = json.loads(manifest.read_text(encoding="utf-8"))
        elif (out_dir / "documents.csv").exists():
            with open(out_dir / "documents.csv", encoding="utf-8", newline="") as fh:
                names = [f"documents/{row.get('doc_id')}.json" for row in csv.DictReader(fh)]
        else:
            names = []
    except (OSError, ValueError, csv.Error):
        return []
    # only records inside documents/ with a safe name, and the report's council scripts, are ever removed
    return [n for n in names if isinstance(n, str) and (_REPORT_SCRIPT.fullmatch(n) or (
            n.startswith("documents/") and n.endswith(".json")
            and doc_id_problem(n[len("documents/"):-len(".json")]) is None))]


def _fingerprint(results: list[DocResult], warnings: list[str]) -> str:
    """What a build's outputs depend on: every document's cache entry, status and place, and the warnings."""
    h = hashlib.sha256(code_version("").encode())
    for r in results:
        h.update(f"{r.file}|{r.doc_id}|{r.status}|{r.error}|{r.cache_key}\n".encode())
    for w in warnings:
        h.update(w.encode())
    return h.hexdigest()


def write_comparison(clauses, documents, out_dir: Path, jobs: int = 1, templates: str | Path | None = None) -> None:
    """The comparison tables, workbook and report; with jobs > 1 the workbook is written
    in a second process while this one renders the report."""
    from .render.compare import coverage, escalation, shared_wording
    from .render.report import render_report, write_report
    from .store import write_csv, write_workbook

    cov = coverage(clauses)
    esc = escalation(clauses)
    groups = shared_wording(clauses)
    write_csv(out_dir / "coverage.csv", cov)
    write_csv(out_dir / "escalation.csv", esc)
    write_csv(out_dir / "shared_wording.csv", groups)
    sheets = {"clauses": clauses, "documents": documents, "coverage": cov, "escalation": esc,
              "shared_wording": groups}
    if jobs > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            workbook = pool.submit(write_workbook, out_dir / "clauses.xlsx", sheets)
            write_report(out_dir, render_report(clauses, documents, cov, esc, groups, templates=templates))
            workbook.result()
    else:
        write_workbook(out_dir / "clauses.xlsx", sheets)
        write_report(out_dir, render_report(clauses, documents, cov, esc, groups, templates=templates))


@dataclass
class CompareReport:
    out_dir: Path
    documents: int


def run_compare(structured_dir: Path, out_dir: Path | None = None, jobs: int = 1,
                templates: str | Path | None = None) -> CompareReport:
    """``protocols compare``: from a built clauses.parquet and documents.csv, write coverage.csv,
    escalation.csv, shared_wording.csv, clauses.xlsx and report.html to ``out_dir`` (default:
    ``structured_dir``). Raises MissingInput when the dataset has not been built."""
    from .render.datasets import DamagedDataset, read_structured

    structured_dir = Path(structured_dir)
    parquet = structured_dir / "clauses.parquet"
    if not parquet.exists():
        raise MissingInput(f"{parquet}: not found (run 'protocols build' first)")
    try:
        clauses, documents = read_structured(structured_dir)
    except DamagedDataset as exc:
        raise MissingInput(str(exc)) from None
    target = Path(out_dir or structured_dir)
    if (target / REPORT_DATA).is_symlink():  # writing through it would write outside the folder
        raise OutputError(f"{target}: {target / REPORT_DATA} is a symbolic link; remove it or choose another folder")
    try:
        target.mkdir(parents=True, exist_ok=True)
        write_comparison(clauses, documents, target, jobs, templates)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write the comparison ({_sources_error(exc)})") from None
    return CompareReport(target, int(documents.doc_id.nunique()))
