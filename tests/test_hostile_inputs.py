"""Issue 12: a build stays inside its folders, loses nothing it was given, and survives hostile files.

Each case asserts the status or exit code, the one-line message, and that nothing outside OUT
changed (``outside_unchanged``).
"""

from __future__ import annotations

import json

import fcntl
import hashlib
import os
import stat
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import snapshot
from pipeline.build import run_build
from pipeline.cli import main
from pipeline.ingest.clean import counting_hidden, normalise
from pipeline.ingest.read import read
from pipeline.ingest.segment import segment
from pipeline.ingest.text import decode_bytes
from pipeline.store import JOURNAL, STAGING, Staging, write_text

GOOD = ("1. Roles\n\n1.1 Officers must give impartial advice to every councillor.\n\n"
        "1.2 Councillors must not bully staff.\n\n1.3 The Clerk will raise concerns with the Chairman.\n")
SOURCES = "doc_id,file,council,council_type,title,source,notes\n"


@pytest.fixture
def world(tmp_path):
    """A raw folder with one good document, an OUT path, and a check that nothing else changed."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD)
    out = tmp_path / "out"

    class World:
        def __init__(self):
            self.raw, self.out, self.tmp = raw, out, tmp_path
            self.before = None

        def freeze(self):
            self.before = snapshot(tmp_path, out)

        def build(self, *args):
            self.freeze()
            return CliRunner().invoke(main, ["build", str(raw), "-o", str(out), *args])

        def outside_unchanged(self):
            assert snapshot(tmp_path, out) == self.before

        def docs(self):
            return pd.read_csv(out / "documents.csv", keep_default_na=False).set_index("doc_id")

    return World()


pytestmark = pytest.mark.model


# ---------------------------------------------------------------- containment ----

@pytest.mark.parametrize("bad_id", ["../../escaped", "/tmp/abs_escaped", "a/b", ".hidden", "a\\\\b", "x" * 151])
def test_an_unsafe_doc_id_is_a_failed_row_and_writes_nothing_outside(world, bad_id):
    (world.raw / "evil.txt").write_text(GOOD)
    (world.raw / "sources.csv").write_text(SOURCES + f'"{bad_id}",evil.txt,Evil Council,parish,,,\n')
    result = world.build()
    assert result.exit_code == 1
    docs = world.docs()
    row = docs[docs.source == "raw/evil.txt"].iloc[0]
    assert row.status == "failed" and row.error.startswith("unsafe doc_id")
    assert f"error: raw/evil.txt: unsafe doc_id" in result.stderr
    assert docs.loc["good", "status"] == "ok"
    assert sorted(p.name for p in (world.out / "documents").iterdir()) == ["good.json"]
    world.outside_unchanged()
    assert not Path("/tmp/abs_escaped.json").exists()


def test_a_link_to_a_file_outside_raw_is_never_read(world):
    secret = world.tmp / "secret.txt"
    secret.write_text("1. Secret\n\n1.1 The password of the server is hunter2 and officers must keep it.\n")
    (world.raw / "link.txt").symlink_to(secret)
    for args in ((), ("--follow-symlinks",)):
        result = world.build(*args)
        assert result.exit_code == 1
        assert "error: raw/link.txt: a symbolic link to a file outside the input folder; not read" in result.stderr
        assert world.docs().loc["link", "status"] == "failed"
        assert "hunter2" not in (world.out / "report.html").read_text()
        assert "hunter2" not in (world.out / "clauses.csv").read_text()
        world.outside_unchanged()


def test_a_link_inside_raw_is_read_only_with_follow_symlinks(world):
    (world.raw / "alias.txt").symlink_to(world.raw / "good.txt")
    result = world.build()
    assert result.exit_code == 1
    assert "raw/alias.txt: a symbolic link; not followed (use --follow-symlinks" in result.stderr
    result = world.build("--follow-symlinks")
    assert result.exit_code == 0, result.stderr
    assert world.docs().loc["alias", "status"] == "ok"
    world.outside_unchanged()


def test_sources_csv_cannot_reach_outside_through_a_link(world):
    (world.tmp / "outside.txt").write_text(GOOD.replace("Clerk", "Outsider"))
    (world.raw / "sub").mkdir()
    (world.raw / "sub" / "up").symlink_to(world.tmp, target_is_directory=True)
    (world.raw / "sources.csv").write_text(SOURCES + "x,sub/up/outside.txt,X Council,parish,,,\n")
    result = world.build()
    assert result.exit_code == 1
    assert "listed in sources.csv but outside the input folder; not read" in result.stderr
    assert "Outsider" not in (world.out / "clauses.csv").read_text()
    world.outside_unchanged()


def test_only_this_builds_own_temporary_files_are_removed(world):
    world.out.mkdir()
    keep = [world.out / ".notes.abcdefgh.tmp", world.out / "mine" / ".draft.md.abcdefgh.tmp",
            world.out / ".my-editor.tmp"]
    for p in keep:
        p.parent.mkdir(exist_ok=True)
        p.write_text("the user's")
    ours = world.out / ".clauses.csv.abcdefgh.tmp"
    ours.write_text("left by a killed build")
    assert world.build().exit_code == 0
    assert all(p.read_text() == "the user's" for p in keep)
    assert not ours.exists()
    world.outside_unchanged()


@pytest.mark.parametrize("where", ["same", "inside"])
def test_out_inside_or_equal_to_raw_is_a_usage_error(world, where):
    out = world.raw if where == "same" else world.raw / "structured"
    world.freeze()
    result = CliRunner().invoke(main, ["build", str(world.raw), "-o", str(out)])
    assert result.exit_code == 2
    assert "the output folder is inside the input folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(world.tmp, world.tmp / "nothing") == {k: v for k, v in world.before.items()}


def test_no_documents_is_one_line_and_exit_1(world):
    (world.raw / "good.txt").unlink()
    result = world.build()
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {world.raw}: no documents found"
    world.outside_unchanged()


def test_a_row_whose_file_is_missing_fails_and_an_unknown_council_type_is_read_without_one(world):
    (world.raw / "city.txt").write_text(GOOD)
    (world.raw / "odd.txt").write_text(GOOD)
    (world.raw / "sources.csv").write_text(
        SOURCES + "ghost,ghost.txt,Ghost Council,parish,,,\ncity,city.txt,Harbour City Council,City,,,\n"
        "odd,odd.txt,Odd Council,hamlet,,,\n")
    result = world.build()
    assert result.exit_code == 1
    docs = world.docs()
    assert (docs.loc["ghost", "status"], docs.loc["ghost", "error"]) == ("failed", "listed in sources.csv but not found")
    assert docs.loc["city", "status"] == "ok" and docs.loc["city", "council_type"] == "city"
    assert docs.loc["odd", "status"] == "ok" and not docs.loc["odd", "council_type"]
    assert "unknown council_type 'hamlet' (one of: parish, town, community, city," in result.stderr
    assert "odd.txt is read without a council type" in result.stderr
    world.outside_unchanged()


def test_the_usual_other_names_of_a_council_type_are_understood(world):
    for name in ("lb", "cb", "pc", "ca", "alc"):
        (world.raw / f"{name}.txt").write_text(GOOD)
    (world.raw / "sources.csv").write_text(
        SOURCES + "lb,lb.txt,Wandle Council,london_borough,,,\ncb,cb.txt,Cwm Council,County Borough Council,,,\n"
        "pc,pc.txt,Ashby Parish Council,Parish Council,,,\nca,ca.txt,Westmoor Combined Authority,combined_authority,,,\n"
        "alc,alc.txt,Wealdshire Association of Local Councils,association,,,\n")
    result = world.build()
    assert result.exit_code == 0, result.stderr
    docs = world.docs()
    assert [docs.loc[n, "council_type"] for n in ("lb", "cb", "pc", "ca", "alc")] == ["borough", "welsh", "parish",
                                                                                   "metropolitan", "parish"]


# -------------------------------------------------------------- whole builds ----

def test_a_second_build_into_the_same_folder_refuses_while_the_first_holds_the_lock(world):
    assert world.build().exit_code == 0
    before = (world.out / "clauses.csv").read_bytes()
    with open(world.out / ".lock", "a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        (world.raw / "more.txt").write_text(GOOD.replace("Clerk", "Proper Officer"))
        result = world.build()
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    assert result.exit_code == 1
    assert "another build is writing to this folder" in result.stderr
    assert (world.out / "clauses.csv").read_bytes() == before
    world.outside_unchanged()


def test_a_build_that_fails_writing_leaves_the_previous_outputs_whole(world, monkeypatch):
    assert world.build().exit_code == 0
    before = {p.name: p.read_bytes() for p in world.out.iterdir() if p.is_file() and p.name != ".lock"}
    (world.raw / "more.txt").write_text(GOOD.replace("Clerk", "Proper Officer"))
    import pipeline.store as store

    real = store.write_workbook

    def disk_full(path, sheets):
        real(path, sheets)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "write_workbook", disk_full)
    result = world.build()
    assert result.exit_code == 1
    assert "cannot write the outputs (No space left on device" in result.stderr
    assert "the previous outputs are unchanged" in result.stderr
    after = {p.name: p.read_bytes() for p in world.out.iterdir() if p.is_file() and p.name != ".lock"}
    assert after == before
    assert not (world.out / STAGING).exists()
    world.outside_unchanged()


def test_a_swap_cut_short_is_finished_by_the_next_build(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.csv").write_text("old a")
    (out / "b.csv").write_text("old b")
    staging = Staging(out)
    stage = staging.start()
    write_text(stage / "a.csv", "new a")
    write_text(stage / "b.csv", "new b")
    write_text(out / JOURNAL, '{"files": ["a.csv", "b.csv"], "remove": []}')
    os.replace(stage / "a.csv", out / "a.csv")  # the process died here, half-way through the swap
    assert Staging(out).recover()
    assert (out / "a.csv").read_text() == "new a" and (out / "b.csv").read_text() == "new b"
    assert not (out / JOURNAL).exists() and not (out / STAGING).exists()


def test_records_of_documents_that_left_raw_are_removed_and_others_kept(world):
    (world.raw / "second.txt").write_text(GOOD)
    assert world.build().exit_code == 0
    assert (world.out / "documents" / "second.json").exists()
    (world.out / "documents" / "my_notes.json").write_text("{}")  # not the build's: kept
    (world.raw / "second.txt").unlink()
    assert world.build().exit_code == 0
    assert sorted(p.name for p in (world.out / "documents").iterdir()) == ["good.json", "my_notes.json"]
    assert list(world.docs().index) == ["good"]
    world.outside_unchanged()


def test_outputs_have_the_users_usual_mode(world):
    old = os.umask(0o022)
    try:
        assert world.build().exit_code == 0
    finally:
        os.umask(old)
    for name in ("clauses.csv", "report.html", "clauses.xlsx", "documents/good.json"):
        assert stat.S_IMODE((world.out / name).stat().st_mode) == 0o644, name


# ----------------------------------------------------------- honest content ----

def test_bidi_controls_and_invisible_characters_are_removed_counted_and_explained(world):
    (world.raw / "good.txt").write_text("1. Pay\n\n1.1 Officers must pay \u202e0001\u202c pounds to the "
                                        "Clerk with\u2060in five days and co\u00adoperate.\n")
    assert world.build().exit_code == 0
    clauses = pd.read_csv(world.out / "clauses.csv")
    assert clauses.text.tolist() == ["Officers must pay 0001 pounds to the Clerk within five days and cooperate."]
    assert world.docs().loc["good", "hidden_chars"] == 4
    explained = CliRunner().invoke(main, ["ingest", "--explain", str(world.raw / "good.txt")])
    assert "# removed 4 hidden characters" in explained.output
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in explained.output
    world.outside_unchanged()


def test_text_hidden_with_css_is_furniture_not_content(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><style>.sneaky { display: none } @media print { .screen { display: none } }"
                    "</style></head><body><main><p>1. Officers must give impartial advice.</p>"
                    "<p style='display:none'>2. Councillors may instruct staff directly.</p>"
                    "<p class='sneaky'>3. Officers need not answer councillors.</p>"
                    "<p class='screen'>4. Councillors must treat officers with respect.</p></main></body></html>")
    doc = segment(read(page, "page"))
    assert [c.text for c in doc.clauses] == ["Officers must give impartial advice.",
                                             "Councillors must treat officers with respect."]
    hidden = [(f.text, f.reason) for f in doc.furniture]
    assert ("2. Councillors may instruct staff directly.", "hidden with CSS") in hidden
    assert ("3. Officers need not answer councillors.", "hidden with CSS") in hidden


def _pdf(path: Path, rotate: bool = False) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    if rotate:
        c.rotate(90)
        for k in range(12):
            c.drawString(72, -100 - 14 * k, f"1.{k + 1} Officers must give impartial advice to councillors.")
    else:
        c.drawString(72, 720, "1.1 Officers must give impartial advice to every councillor.")
    c.showPage()
    c.save()


def test_the_file_type_comes_from_the_content(world):
    _pdf(world.raw / "page.html")
    _pdf(world.raw / "notes.txt")
    result = world.build()
    assert result.exit_code == 1
    assert "error: raw/page.html: named .html but the content is a PDF; rename it to .pdf" in result.stderr
    assert world.docs().loc["notes", "error"].startswith("named .txt but the content is a PDF")
    assert "%PDF" not in (world.out / "clauses.csv").read_text()
    world.outside_unchanged()


def test_a_pdf_of_mostly_rotated_text_is_partial(world):
    _pdf(world.raw / "rotated.pdf", rotate=True)
    result = world.build()
    assert world.docs().loc["rotated", "status"] == "partial"
    assert "warning: raw/rotated.pdf: most of the text is rotated (100% of characters)" in result.stderr
    world.outside_unchanged()


def test_one_to_three_bytes_are_text_not_utf16():
    assert decode_bytes(b"a") == "a" and decode_bytes(b"ab") == "ab" and decode_bytes(b"abc") == "abc"
    assert decode_bytes("1.1 Hi".encode("utf-16-le")) == "1.1 Hi"


def test_hidden_characters_are_counted_only_while_counting():
    with counting_hidden() as seen:
        assert normalise("a\u202eb\u2066c") == "abc"
    assert seen == {"U+202E RIGHT-TO-LEFT OVERRIDE": 1, "U+2066 LEFT-TO-RIGHT ISOLATE": 1}
    assert normalise("a\u202eb") == "ab"


# ---------------------------------------------------------- one line, never a traceback ----

def test_control_characters_in_a_file_name_and_in_sources_csv_still_give_a_workbook(world):
    (world.raw / "bell\x07name.txt").write_text(GOOD)
    (world.raw / "sources.csv").write_text(SOURCES + "good,good.txt,Good\x01 Council,parish,Title\x1b,,\n")
    result = world.build()
    assert result.exit_code == 0, result.stderr
    assert "control characters in 'council' replaced by spaces" in result.stderr
    docs = world.docs()
    assert docs.loc["good", "council"] == "Good  Council".replace("  ", " ") or docs.loc["good", "council"]
    assert "bell_name" in docs.index
    wb = load_workbook(world.out / "clauses.xlsx")
    assert wb["documents"].max_row == 3
    assert (world.out / "report.html").exists()
    world.outside_unchanged()


@pytest.mark.parametrize("kind", ["nul", "folder", "huge field"])
def test_an_unreadable_sources_csv_is_a_failed_row_and_the_documents_are_built(world, kind):
    src = world.raw / "sources.csv"
    if kind == "nul":
        src.write_bytes(b"doc_id,file\x00\x00,council\ngood,good.txt,\x00X\n")
    elif kind == "folder":
        src.mkdir()
    else:
        src.write_text(SOURCES + "good,good.txt,Good Council,parish,," + "n" * 200_000 + ",\n")
    result = world.build()
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    docs = world.docs()
    assert docs.loc["sources.csv", "status"] == "failed"
    assert docs.loc["sources.csv", "error"].startswith("unreadable (")
    assert "no metadata was used" in docs.loc["sources.csv", "error"]
    assert docs.loc["good", "status"] == "ok"
    world.outside_unchanged()


def test_a_cell_over_excels_limit_is_clipped_with_a_note(world):
    long = "Officers must keep records of " + " ".join(["every meeting"] * 4000) + "."
    (world.raw / "good.txt").write_text(f"1. Records\n\n1.1 {long}\n\n1.2 Councillors must not bully staff.\n")
    assert world.build().exit_code == 0
    ws = load_workbook(world.out / "clauses.xlsx")["clauses"]
    col = [c.value for c in ws[1]].index("text")
    cell = ws.cell(row=2, column=col + 1).value
    assert len(cell) == 32767 and cell.endswith("characters; the whole text is in the CSV and Parquet files]")
    assert pd.read_csv(world.out / "clauses.csv").text[0] == long
    world.outside_unchanged()


def test_compare_on_a_damaged_dataset_is_one_line(world):
    assert world.build().exit_code == 0
    clauses = pd.read_parquet(world.out / "clauses.parquet").drop(columns=["tag"])
    clauses.to_parquet(world.out / "clauses.parquet")
    result = CliRunner().invoke(main, ["compare", str(world.out)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {world.out / 'clauses.parquet'}: missing column(s) tag; " \
                                    "rebuild it with 'protocols build'"
    clauses["tag"] = 5
    clauses.to_parquet(world.out / "clauses.parquet")
    (world.out / "documents.csv").write_text("doc_id,clauses\ngood,many\n")
    result = CliRunner().invoke(main, ["compare", str(world.out)])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert "documents.csv: missing column(s)" in result.stderr
    world.outside_unchanged()


@pytest.fixture
def built(world):
    (world.raw / "good.txt").write_text(GOOD + "\n1.4 Officers must not use {{ config }} or {% raw %} in "
                                               "letters to councillors.\n")
    assert world.build().exit_code == 0
    return world


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_braces_in_a_clause_are_printed_never_rendered(built, suffix):
    target = built.out / f"draft{suffix}"
    result = CliRunner().invoke(main, ["draft", "--structured", str(built.out), "--council", "Ambridge Parish Council",
                                       "--council-type", "parish", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert "{{ config }} or {% raw %}" in target.read_text()
    built.outside_unchanged()


@pytest.mark.parametrize("args, code, message", [
    (["--council", "A" * 300, "-o", "{out}/d.docx"], 1, "'council' is 300 characters long; the limit is 200"),
    (["--council", "Ambridge\nParish", "-o", "{out}/d.docx"], 1, "'council' contains a control character"),
    (["--council", "Ambridge", "--review-years", "0", "-o", "{out}/d.md"], 1,
     "review_years must be a whole number of years from 1 to 20"),
    (["--council", "Ambridge", "--base", "good", "--diff", "-o", "{out}/d.pdf"], 2,
     "--diff writes Markdown; the suffix must be .md"),
])
def test_draft_parameters_that_cannot_be_written_are_one_line(built, args, code, message):
    args = [a.replace("{out}", str(built.out)) for a in args]
    result = CliRunner().invoke(main, ["draft", "--structured", str(built.out), "--council-type", "parish", *args])
    assert result.exit_code == code
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not list(built.out.glob("d.*"))
    built.outside_unchanged()


def test_a_draft_config_with_a_list_value_is_one_line(built):
    config = built.out / "draft.yaml"
    config.write_text("council: [Ambridge, Parish]\ncouncil_type: city\n")
    result = CliRunner().invoke(main, ["draft", "--structured", str(built.out), "--config", str(config)])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: 'council' must be a single text value, not a list"
    built.outside_unchanged()


def test_tag_on_a_clause_too_long_for_the_parser_tags_it_on_its_start(tmp_path):
    # (a clause over spaCy's million characters failed its file: "tagging failed ... [E088]"; now the tagger reads its
    # first characters and the clause is kept whole)
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "huge.txt").write_text("1. Huge\n\n1.1 Officers must " + "keep records " * 90_000 + "safely.\n")
    result = CliRunner().invoke(main, ["tag", str(tmp_path / "huge.txt"), str(tmp_path / "good.txt")])
    assert result.exit_code == 0 and "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines() if line]
    assert len(records) == 4 and sum(r["doc_id"] == "good" for r in records) == 3
    huge = next(r for r in records if r["doc_id"] == "huge")
    assert len(huge["text"]) > 1_000_000 and huge["tag"] and huge["actor"] == "officer"


# ------------------------------------------------------------------ cost ----

def test_deeply_nested_html_is_read_in_linear_time(tmp_path):
    def timed(depth: int) -> float:
        page = tmp_path / f"deep{depth}.html"
        page.write_text("<html><body><main><p>1. Officers must give impartial advice.</p>" + "<div>" * depth
                        + "2. Councillors must not bully staff." + "</div>" * depth + "</main></body></html>")
        start = time.process_time()  # CPU time: steady on a shared machine
        doc = segment(read(page, "deep"))
        assert [c.text for c in doc.clauses][-1] == "Councillors must not bully staff."
        return time.process_time() - start

    small, large = timed(2_000), timed(20_000)
    assert large < 40 * max(small, 0.05), (small, large)  # ten times deeper: linear is ~10x, quadratic ~100x


def test_draft_options_are_escaped_in_the_markdown_heading(built):
    target = built.out / "d.md"
    result = CliRunner().invoke(main, ["draft", "--structured", str(built.out), "--council-type", "parish",
                                       "--council", "Ambridge <img src=x> [x](y)", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert target.read_text().splitlines()[0] == "# Ambridge \\<img src=x\\> \\[x\\](y)"
    built.outside_unchanged()


def test_a_link_inside_out_is_not_written_through(world):
    elsewhere = world.tmp / "elsewhere"
    elsewhere.mkdir()
    world.out.mkdir()
    (world.out / "documents").symlink_to(elsewhere, target_is_directory=True)
    result = world.build()
    assert result.exit_code == 2
    assert "documents is a symbolic link; remove it or choose another folder" in result.stderr
    assert not list(elsewhere.iterdir())
    world.outside_unchanged()
