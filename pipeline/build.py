"""The library build: every document in a folder through ingest -> nlp -> render, with a status each.

``run_build(raw_dir, out_dir, ...) -> BuildReport`` is the whole of ``protocols build``
(cache, no-op check, datasets, document records, comparison and report);
``run_compare(structured_dir, ...)`` is ``protocols compare``. Nothing here prints; the
caller gets callbacks and a report. A document that fails is recorded with its reason and
the others carry on.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .ingest.read import read
from .ingest.segment import segment
from .model import Document, IngestError, Source

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


def load_sources(raw_dir: Path) -> SourcesTable:
    """Read raw_dir/sources.csv; bad rows become warnings, never a crash."""
    table = SourcesTable()
    path = Path(raw_dir) / "sources.csv"
    if not path.exists():
        return table
    from .ingest.text import decode_bytes

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
        raw = read(path, doc_id)
        doc = segment(raw)
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


def document_json(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True)


ProgressFn = Callable[[DocResult], None]


def run(raw_dir: Path, progress: ProgressFn | None = None) -> tuple[list[DocResult], list[str]]:
    """Ingest (read + segment, no tagging) every file of ``raw_dir``; one result per file."""
    jobs, warnings = plan(raw_dir)
    results = []
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
    from .nlp.tag import tag_documents

    results = [ingest_file(path, doc_id, src, display) for path, doc_id, src, display in items]
    ready = [r for r in results if r.document is not None and r.status != "failed"]
    try:
        tag_documents([r.document for r in ready], nlp or _WORKER_NLP)
    except Exception:  # tag one by one, so that only the document that breaks the tagger fails
        import traceback

        for r in ready:
            try:
                tag_documents([r.document], nlp or _WORKER_NLP)
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
                    use_cache: bool = True) -> tuple[list[DocResult], list[str]]:
    """Read, segment and tag every file of ``raw_dir`` (results in plan order, whatever ``jobs`` is).

    Results are cached under ``out_dir/.cache`` by content hash, so an unchanged document
    is not processed again, and the spaCy model is loaded only if some document needs it.
    """
    from concurrent.futures import ProcessPoolExecutor

    raw_dir = Path(raw_dir)
    planned, warnings = plan(raw_dir)
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
    return [r for r in results if r is not None], warnings


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

    @property
    def built(self) -> int:
        return sum(r.document is not None and r.status != "failed" for r in self.results)

    @property
    def failed(self) -> int:
        return sum(r.status == "failed" for r in self.results)

    @property
    def cached(self) -> int:
        return sum(r.cached for r in self.results)


def run_build(raw_dir: Path, out_dir: Path, jobs: int = 1, model: str | None = None, use_cache: bool = True,
              abort_on_error: bool = False, progress: ProgressFn | None = None,
              warn: Callable[[str], None] | None = None, phase: Callable[[str], None] | None = None,
              templates: str | Path | None = None) -> BuildReport:
    """Build ``out_dir`` from every document of ``raw_dir``: clauses.csv/.parquet, documents.csv,
    documents/<doc_id>.json and the comparison outputs (see ``run_compare``).

    ``progress`` is called with each document's result, ``warn`` with each warning about the
    folder (sources.csv, duplicate ids), ``phase`` with the name of each phase as it ends.
    When every document comes from the cache and the outputs are there, nothing is rewritten
    (``report.up_to_date``). Raises ModelNotInstalled, and BuildAborted with ``abort_on_error``."""
    from .render.datasets import clauses_frame, documents_frame
    from .store import remove_stale_temporaries, write_csv, write_parquet

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out_dir)
    results, warnings = build_documents(raw_dir, out_dir, jobs=jobs, model=model, abort_on_error=abort_on_error,
                                        progress=progress, use_cache=use_cache)
    for w in warnings:
        if warn:
            warn(w)
    if phase:
        phase("read, segment and tag")
    report = BuildReport(out_dir, results, warnings)
    fingerprint = _fingerprint(results, warnings)
    stamp = out_dir / ".cache" / "last_build"
    if all(r.cached for r in results) and stamp.exists() and stamp.read_text() == fingerprint \
            and all((out_dir / name).exists() for name in BUILD_OUTPUTS):
        report.up_to_date = True
        return report
    from .store import write_text

    docs = [r.document for r in results if r.document is not None and r.status != "failed"]
    clauses = clauses_frame(docs)
    documents = documents_frame([r.row() for r in results])
    write_parquet(out_dir / "clauses.parquet", clauses)
    write_csv(out_dir / "clauses.csv", clauses)
    write_csv(out_dir / "documents.csv", documents)
    for doc in docs:
        write_text(out_dir / "documents" / f"{doc.doc_id}.json", document_json(doc) + "\n")
    if phase:
        phase("datasets")
    write_comparison(clauses, documents, out_dir, jobs, templates)
    write_text(stamp, fingerprint)
    if phase:
        phase("comparison and report")
    report.clauses = len(clauses)
    return report


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
    from .render.datasets import read_structured

    structured_dir = Path(structured_dir)
    parquet = structured_dir / "clauses.parquet"
    if not parquet.exists():
        raise MissingInput(f"{parquet}: not found (run 'protocols build' first)")
    clauses, documents = read_structured(structured_dir)
    target = Path(out_dir or structured_dir)
    target.mkdir(parents=True, exist_ok=True)
    write_comparison(clauses, documents, target, jobs, templates)
    return CompareReport(target, int(documents.doc_id.nunique()))
