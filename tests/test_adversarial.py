"""Adversarial review after issues 10-15: each test is a defect found by attacking the merged
build, draft and compare commands as a hostile or careless user would (the inputs are in the
closing note's table). Each asserts the status or exit code, the one-line message, and that
nothing outside OUT changed."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from conftest import snapshot
from pipeline.cli import main
from pipeline.store import JOURNAL, Staging, write_text

GOOD = ("1. Roles\n\n1.1 Officers must give impartial advice to every councillor.\n\n"
        "1.2 Councillors must not bully staff.\n\n1.3 The Clerk will raise concerns with the Chairman.\n")
SOURCES = "doc_id,file,council,council_type,title,source,notes\n"


def build(raw: Path, out: Path, *args):
    return CliRunner().invoke(main, ["build", str(raw), "-o", str(out), *args])


def docs(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "documents.csv", keep_default_na=False).set_index("doc_id")


pytestmark = pytest.mark.model


def test_a_first_build_swaps_in_the_report_folder_and_a_rebuild_drops_stale_council_files(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text(GOOD)
    (raw / "b.txt").write_text(GOOD.replace("Roles", "Duties"))
    (raw / "sources.csv").write_text(SOURCES + "a,a.txt,Alpha Parish Council,parish,,,\n"
                                               "b,b.txt,Beta Town Council,town,,,\n")
    r = build(raw, out)
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (out / "report_files").iterdir()) == ["council-0000.js", "council-0001.js"]
    assert not (out / ".staging").exists() and not (out / JOURNAL).exists()
    (raw / "b.txt").unlink()
    (raw / "sources.csv").write_text(SOURCES + "a,a.txt,Alpha Parish Council,parish,,,\n")
    r = build(raw, out)
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (out / "report_files").iterdir()) == ["council-0000.js"]


@pytest.mark.parametrize("inside", [".staging", "documents", ".cache/mine", "report_files"])
def test_raw_inside_a_folder_the_build_writes_or_clears_is_a_usage_error(tmp_path, inside):
    """RAW = OUT/.staging was deleted by the staging clean-up; RAW = OUT/documents got the records
    written into it and read them back as documents."""
    out = tmp_path / "out"
    raw = out / inside
    raw.mkdir(parents=True)
    (raw / "a.txt").write_text(GOOD)
    before = snapshot(tmp_path)
    r = build(raw, out)
    assert r.exit_code == 2, r.output
    assert [line for line in r.output.splitlines() if line.startswith("Error:")] == [
        f"Error: {raw}: the input folder is inside {out / inside.split('/')[0]}, which the build writes; "
        f"move the documents out of it"]
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("journal", [
    '{"files": [], "remove": ["../victim/keep.txt"]}',
    '{"files": ["../victim/keep.txt"], "remove": []}',
    '{"files": [], "remove": ["/VICTIM/keep.txt"]}',
    'not json {',
    '[1, 2]',
    '{"files": "clauses.csv", "remove": []}',
])
def test_a_damaged_swap_journal_is_one_line_and_removes_nothing_outside(tmp_path, journal):
    """A hand-edited or corrupted OUT/.swap.json made the next build delete a file outside OUT
    ('remove': ['../victim/keep.txt']) or stop with a traceback."""
    raw, out, victim = tmp_path / "raw", tmp_path / "out", tmp_path / "victim"
    raw.mkdir()
    victim.mkdir()
    (raw / "a.txt").write_text(GOOD)
    (victim / "keep.txt").write_text("precious")
    assert build(raw, out).exit_code == 0
    (out / JOURNAL).write_text(journal.replace("/VICTIM", str(victim)))
    before = snapshot(tmp_path)
    r = build(raw, out)
    assert r.exit_code == 1
    assert r.output.splitlines()[-1].startswith(f"Error: {out / JOURNAL}: ")
    assert "swap journal" in r.output and "remove it and build again" in r.output
    assert "Traceback" not in r.output
    assert snapshot(tmp_path) == before
    (out / JOURNAL).unlink()
    assert build(raw, out).exit_code == 0


def test_a_journal_a_build_wrote_is_still_finished(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    staging = Staging(out)
    write_text(staging.start() / "documents" / "a.json", "{}")
    write_text(out / JOURNAL, json.dumps({"files": ["documents/a.json"], "remove": []}))
    assert Staging(out).recover()
    assert (out / "documents" / "a.json").read_text() == "{}"


@pytest.mark.parametrize("command", ["build", "compare"])
def test_report_files_as_a_link_out_of_out_is_not_written_through(tmp_path, command):
    raw, out, elsewhere = tmp_path / "raw", tmp_path / "out", tmp_path / "elsewhere"
    raw.mkdir()
    elsewhere.mkdir()
    (raw / "a.txt").write_text(GOOD)
    assert build(raw, out).exit_code == 0
    import shutil
    shutil.rmtree(out / "report_files")
    (out / "report_files").symlink_to(elsewhere)
    args = ["build", str(raw), "-o", str(out)] if command == "build" else ["compare", str(out)]
    (raw / "a.txt").write_text(GOOD + "\n1.4 Officers will reply within ten days.\n")
    r = CliRunner().invoke(main, args)
    assert r.exit_code == (2 if command == "build" else 1), r.output  # build: as for documents/ (UnsafeOutput)
    assert "report_files is a symbolic link" in r.output.splitlines()[-1]
    assert list(elsewhere.iterdir()) == []


def test_a_long_name_in_a_multibyte_script_fails_only_its_row_or_is_shortened(tmp_path):
    """150 'é' is a valid doc_id by count but 300 bytes: the record's file name was too long for
    the file system and the whole build stopped ('File name too long'), losing every document."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text(GOOD)
    (raw / "b.txt").write_text(GOOD)
    (raw / ("ü" * 120 + ".txt")).write_text(GOOD)  # 240 bytes: a valid file name
    (raw / "sources.csv").write_text(SOURCES + "é" * 150 + ",a.txt,Alpha Parish Council,parish,,,\n")
    r = build(raw, out)
    assert r.exit_code == 1, r.output
    table = docs(out)
    assert table.loc["é" * 150, "status"] == "failed"
    assert "at most 200 bytes in UTF-8" in table.loc["é" * 150, "error"]
    assert table.loc["ü" * 100, "status"] == "ok" and table.loc["b", "status"] == "ok"
    assert (out / "documents" / ("ü" * 100 + ".json")).exists()


def test_ids_that_differ_only_by_case_or_normal_form_get_distinct_records(tmp_path):
    """'Foo' and 'foo' (or a composed and a decomposed 'é') are one file on macOS and Windows:
    the records overwrote each other once the folder was copied there."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "Foo.txt").write_text(GOOD)
    (raw / "foo.txt").write_text(GOOD)
    (raw / "caf\u00e9.txt").write_text(GOOD)
    (raw / "cafe\u0301.txt").write_text(GOOD)
    r = build(raw, out)
    assert r.exit_code == 0, r.output
    names = sorted(p.name.casefold() for p in (out / "documents").iterdir())
    assert len(names) == 4 and len(set(names)) == 4
    assert "doc_id 'foo' is already used by Foo.txt; using 'foo__txt'" in r.output


@pytest.fixture(scope="module")
def structured(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("built")
    raw, out = tmp / "raw", tmp / "out"
    raw.mkdir()
    (raw / "a.txt").write_text(GOOD)
    (raw / "sources.csv").write_text(SOURCES + "a,a.txt,Alpha Parish Council,parish,,,\n")
    assert build(raw, out).exit_code == 0
    return out


@pytest.mark.parametrize("content, message", [
    (b"council: \xff\xfe X\ncouncil_type: parish\n", "not UTF-8 text (byte 9)"),
    (b"council: X\ncouncil_type: parish\ndraft_date: 2025-13-01\n", "not valid YAML (month must be in 1..12)"),
    (b"council: " + b"[" * 100000 + b"]" * 100000 + b"\n", "not valid YAML (nested too deeply)"),
])
def test_a_draft_config_that_is_not_yaml_text_is_one_line(structured, tmp_path, content, message):
    """Invalid UTF-8, a date YAML reads as a bad timestamp and deep nesting gave tracebacks."""
    config = tmp_path / "c.yaml"
    config.write_bytes(content)
    r = CliRunner().invoke(main, ["draft", "--structured", str(structured), "--config", str(config),
                                  "-o", str(tmp_path / "d.md")])
    assert r.exit_code == 1 and isinstance(r.exception, SystemExit), r.exception
    assert r.output.strip() == f"Error: {config}: {message}"
    assert not (tmp_path / "d.md").exists()


def test_a_draft_config_that_is_a_pipe_is_refused_not_waited_on(structured, tmp_path):
    config = tmp_path / "c.yaml"
    os.mkfifo(config)
    r = CliRunner().invoke(main, ["draft", "--structured", str(structured), "--config", str(config),
                                  "-o", str(tmp_path / "d.md")])
    assert r.exit_code == 1
    assert r.output.strip() == f"Error: {config}: not a regular file"


@pytest.mark.parametrize("column", ["clause_id", "text", "doc_id"])
@pytest.mark.parametrize("command", ["compare", "draft"])
def test_a_dataset_with_empty_required_cells_is_one_line(structured, tmp_path, column, command):
    """A clauses.parquet whose text or clause_id cells are null gave a traceback in compare and draft."""
    import shutil
    damaged = tmp_path / "s"
    shutil.copytree(structured, damaged)
    df = pd.read_parquet(damaged / "clauses.parquet")
    df.loc[df.index[0], column] = None
    df.to_parquet(damaged / "clauses.parquet")
    args = (["compare", str(damaged)] if command == "compare" else
            ["draft", "--structured", str(damaged), "--council", "X", "--council-type", "parish",
             "-o", str(tmp_path / "d.md")])
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 1 and isinstance(r.exception, SystemExit), r.output
    assert r.output.strip() == (f"Error: {damaged / 'clauses.parquet'}: '{column}' is empty in 1 row(s); "
                                f"rebuild it with 'protocols build'")
    assert not (tmp_path / "d.md").exists()


def test_a_utf8_file_with_one_bad_byte_keeps_its_accents_and_is_partial(tmp_path):
    """One invalid byte made the whole file decode as cp1252: every accent and curly quote became
    mojibake ('Officersâ advice', 'CafÃ©') in every clause, with status ok."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    text = GOOD.replace("impartial advice", "impartial advice – the Clerk’s “fair” view") + "\n1.4 Café fee \xff here.\n"
    (raw / "a.txt").write_bytes(text.replace("\xff", "@@").encode("utf-8").replace(b"@@", b"\xff"))
    (raw / "latin.txt").write_bytes(GOOD.replace("Roles", "Rôles Café").encode("cp1252"))
    r = build(raw, out)
    assert r.exit_code == 0, r.output
    clauses = pd.read_csv(out / "clauses.csv", keep_default_na=False)
    a = " ".join(clauses[clauses.doc_id == "a"].text)
    assert "the Clerk’s “fair” view" in a and "Café fee \ufffd here." in a
    table = docs(out)
    assert table.loc["a", "status"] == "partial"
    assert table.loc["a", "error"] == "1 byte(s) are not valid UTF-8 and were replaced by U+FFFD: the file may be damaged"
    assert table.loc["latin", "status"] == "ok"
    assert "Rôles Café" in " ".join(clauses[clauses.doc_id == "latin"].section)


def test_a_draft_date_yaml_reads_as_a_date_is_accepted(structured, tmp_path):
    """'draft_date: 2025-01-01' in --config (YAML makes it a date) was refused as 'not a text value'."""
    config = tmp_path / "c.yaml"
    config.write_text("council: Alpha Parish Council\ncouncil_type: parish\ndraft_date: 2025-01-01\n")
    r = CliRunner().invoke(main, ["draft", "--structured", str(structured), "--config", str(config),
                                  "-o", str(tmp_path / "d.md")])
    assert r.exit_code == 0, r.output
    assert "1 January 2025" in (tmp_path / "d.md").read_text()


def test_ingest_as_csv_keeps_every_field_of_a_record(tmp_path):
    """'protocols tag --format csv' crashed ('dict contains fields not in fieldnames: theme_evidence')."""
    (tmp_path / "a.txt").write_text(GOOD)
    r = CliRunner().invoke(main, ["tag", str(tmp_path / "a.txt"), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "theme_evidence" in r.output.splitlines()[0].split(",")


def test_a_lock_file_that_is_a_link_is_not_followed(tmp_path):
    """OUT/.lock as a link made the build create (or touch) the link's target outside OUT."""
    raw, out, elsewhere = tmp_path / "raw", tmp_path / "out", tmp_path / "elsewhere"
    raw.mkdir()
    elsewhere.mkdir()
    out.mkdir()
    (raw / "a.txt").write_text(GOOD)
    (out / ".lock").symlink_to(elsewhere / "created")
    r = build(raw, out)
    assert r.exit_code == 1
    assert r.output.strip() == f"Error: {out}: cannot write the outputs ({out / '.lock'} is a symbolic link; remove it)"
    assert list(elsewhere.iterdir()) == []


def test_a_short_line_repeated_thousands_of_times_is_checked_in_linear_time(tmp_path):
    """The running-header test rescanned the whole text (and searched a list) for every repeated
    line: 3,000 numbered paragraphs each followed by 'See the Clerk' took over 100 s."""
    import time

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    path = tmp_path / "rep.txt"
    path.write_text("\n".join(f"{i}. Members must act fairly in case {i}.\nSee the Clerk" for i in range(1, 3001)))
    start = time.process_time()
    doc = segment(read(path, "rep"))
    assert time.process_time() - start < 20
    assert len(doc.clauses) == 3000


def test_twenty_thousand_nested_list_levels_are_read_in_seconds(tmp_path):
    """Found by the adversarial review: 20,000 nested <ul><li> never finished (the contents-list
    check rescanned the rest of the document for every short entry)."""
    import time

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    n = 20000
    page = tmp_path / "deep.html"
    page.write_text("<html><body><main>" + "".join(f"<ul><li>Entry {i}" for i in range(n))
                    + "</li></ul>" * n + "</main></body></html>")
    start = time.process_time()
    doc = segment(read(page, "deep"))
    assert time.process_time() - start < 60
    assert len(doc.clauses) + len(doc.furniture) >= n  # every entry is accounted for


# ---------------------------------------------------------------------------------------------
# Adversarial review, round 2 (cut-off rewrite, clutter rules, Word headers, nations, pledges,
# set-aside lists, sentence-encoder similarity and pair blocking, actors.yaml regexes).


def _segment_seconds(path: Path):
    import time

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment

    start = time.process_time()
    doc = segment(read(path, path.stem))
    return time.process_time() - start, doc


def test_a_run_of_twenty_thousand_spaces_inside_a_line_is_read_in_seconds(tmp_path):
    """A line with a run of spaces before its last word made the furniture patterns' '\\s*' parts
    backtrack over the run: 20,000 spaces took about 40 s, 50,000 never finished."""
    path = tmp_path / "spaces.txt"
    path.write_text("1. Roles\n\n1.1 Officers must give advice to" + " " * 20000 + "every councillor.\n")
    seconds, doc = _segment_seconds(path)
    assert seconds < 5
    assert [c.text for c in doc.clauses] == ["Officers must give advice to every councillor."]


def test_a_paragraph_of_ten_thousand_wrapped_lines_is_read_in_linear_time(tmp_path):
    """Each wrapped line copied the rest of its paragraph twice (the flattened-table check and the
    hyphenation check): 10,000 short lines of one paragraph took 57 s, 40,000 over ten minutes."""
    path = tmp_path / "wrapped.txt"
    path.write_text("1. Roles\n\n1.1 Officers will copy\n" + "\n".join(f"item {i} and" for i in range(10000))
                    + "\nthe Clerk.\n")
    seconds, doc = _segment_seconds(path)
    assert seconds < 15
    assert len(doc.clauses) == 1 and doc.clauses[0].text.endswith("item 9999 and the Clerk.")


def test_a_list_of_offices_in_the_protocol_is_text_and_a_minutes_attendance_list_is_not(tmp_path):
    """The attendance-list rule took any comma list of capitalised words for names: a protocol's
    escalation route ('Escalation: Line Manager, Head of Service, Director, Chief Executive.'), its
    statutory officers and the bodies officers support were recorded as furniture, not clauses."""
    path = tmp_path / "offices.txt"
    path.write_text("Working with Councillors\n\nThe statutory officers are the following.\n\n"
                    "Chief Executive, Monitoring Officer, Section 151 Officer.\n\n"
                    "Officers will support the following bodies.\n\nFull Council, Cabinet, Scrutiny Committees, "
                    "Area Panels.\n\nEscalation: Line Manager, Head of Service, Director, Chief Executive.\n\n"
                    "Officers must not be asked to do work for political groups.\n")
    _, doc = _segment_seconds(path)
    texts = [c.text for c in doc.clauses]
    assert "Chief Executive, Monitoring Officer, Section 151 Officer." in texts
    assert "Full Council, Cabinet, Scrutiny Committees, Area Panels." in texts
    assert "Escalation: Line Manager, Head of Service, Director, Chief Executive." in texts
    assert not doc.furniture
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Minutes of the Standards Committee\n\nPresent: Cllr A Price (Chair), Cllr B Okafor, "
                       "Cllr C Dunn\n\nOfficers: Chief Executive, Monitoring Officer, Democratic Services Officer\n\n"
                       "1. The Committee noted the Member/Officer Protocol. Officers must give impartial advice.\n")
    _, doc = _segment_seconds(minutes)
    assert [f.reason for f in doc.furniture] == ["attendance list", "attendance list"]


def test_a_sentence_of_the_body_that_the_word_page_header_repeats_stays_a_clause(tmp_path):
    """Every body line equal to a line of the Word page header or footer was recorded as a running
    header, sentences and numbered paragraphs too: a header repeating '1. Officers must give
    impartial advice ...' took that clause out of the protocol. The title it repeats is still one."""
    import docx

    d = docx.Document()
    d.add_paragraph("Member/Officer Protocol")
    d.add_paragraph("1. Officers must give impartial advice to every councillor.")
    d.add_paragraph("2. Councillors must not bully staff.")
    d.sections[0].header.add_paragraph("Member/Officer Protocol")
    d.sections[0].header.add_paragraph("1. Officers must give impartial advice to every councillor.")
    d.sections[0].footer.add_paragraph("Councillors must not bully staff.")
    path = tmp_path / "headers.docx"
    d.save(str(path))
    _, doc = _segment_seconds(path)
    assert [c.text for c in doc.clauses] == ["Officers must give impartial advice to every councillor.",
                                             "Councillors must not bully staff."]
    assert sorted((f.reason, f.text) for f in doc.furniture) == [
        ("page footer", "Councillors must not bully staff."),
        ("page header", "1. Officers must give impartial advice to every councillor."),
        ("page header", "Member/Officer Protocol"), ("running header", "Member/Officer Protocol")]


def test_a_character_xml_refuses_in_one_document_does_not_stop_the_build(tmp_path):
    """U+FFFF (a UTF-8 file's bytes EF BF BF) passed every cleaner and made the workbook writer
    raise: the whole build stopped with a traceback and wrote nothing. It is an invisible
    character like the others now, removed and counted; in a draft parameter it is refused."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text(GOOD.replace("every councillor", "every \uffffcouncillor\ufffe"), encoding="utf-8")
    (raw / "b.txt").write_text(GOOD)
    (raw / "sources.csv").write_text(SOURCES + "a,a.txt,Alpha \uffffParish Council,parish,,,\n", encoding="utf-8")
    r = build(raw, out)
    assert r.exit_code == 0 and r.exception is None, r.output
    table = docs(out)
    assert table.loc["a", "hidden_chars"] == 2 and table.loc["a", "council"] == "Alpha  Parish Council"
    assert "control characters in 'council' replaced by spaces" in r.output
    assert "Officers must give impartial advice to every councillor." in set(pd.read_excel(out / "clauses.xlsx").text)
    r = CliRunner().invoke(main, ["draft", "--structured", str(out), "--council", "Gamma\uffff Parish Council",
                                  "--council-type", "parish", "-o", str(tmp_path / "d.docx")])
    assert r.exit_code == 1 and isinstance(r.exception, SystemExit), r.output
    assert r.output.strip() == "Error: 'council' contains a control character (line break, tab...); give it on one line"


def test_a_list_set_aside_names_every_council_whose_list_it_stands_for(tmp_path):
    """Two councils' lists under lead-ins that count four items had three items each: the appendix
    of points that could not be used whole named one council's list, and the other's went nowhere."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    text = ("1. Roles\n\n1.1 Councillors have the following four duties:\n\n(a) to represent the residents of "
            "the ward;\n\n(b) to take part in meetings of the council;\n\n(c) to respect the impartiality of officers.\n")
    (raw / "a.txt").write_text(text)
    (raw / "b.txt").write_text(text.replace("four duties", "four main duties"))
    (raw / "sources.csv").write_text(SOURCES + "a,a.txt,Alpha Parish Council,parish,,,\n"
                                               "b,b.txt,Beta Parish Council,parish,,,\n")
    assert build(raw, out).exit_code == 0
    r = CliRunner().invoke(main, ["draft", "--structured", str(out), "--council", "Gamma Parish Council",
                                  "--council-type", "parish", "-o", str(tmp_path / "d.md")])
    assert r.exit_code == 0, r.output
    appendix = (tmp_path / "d.md").read_text().split("## Appendix: points that could not be used whole")[1]
    entry = appendix.strip().splitlines()[0]
    assert "Alpha Parish Council clause 1.1" in entry and "Beta Parish Council clause 1.1" in entry, entry


@pytest.mark.parametrize("council_type, nation, message", [
    ("community", "scotland", None),
    ("community", None, None),
    ("community", "england", "Error: a community council is in Wales or Scotland, not England"),
    ("welsh", "scotland", "Error: a welsh council is in Wales, not Scotland"),
    ("scottish", "wales", "Error: a scottish council is in Scotland, not Wales"),
])
def test_a_scottish_community_council_can_have_a_draft(structured, tmp_path, council_type, nation, message):
    """Scotland has community councils as well as Wales (nations.yaml says so), but 'community'
    settled Wales: a draft for a Scottish community council stopped with 'a community council is in
    Wales, not Scotland'."""
    out = tmp_path / "d.md"
    r = CliRunner().invoke(main, ["draft", "--structured", str(structured), "--council", "Cove Community Council",
                                  "--council-type", council_type, *(["--nation", nation] if nation else []),
                                  "-o", str(out)])
    if message:
        assert r.exit_code == 1 and r.output.strip() == message and not out.exists()
    else:
        assert r.exit_code == 0, r.output
        assert f"council in {(nation or 'wales').capitalize()} are used" in out.read_text()


def test_a_draft_from_a_thousand_councils_compiles_their_names_once():
    """With 1,000 councils, every clause and item a draft keeps was checked against each council's
    place name and had the names substituted by patterns compiled afresh (Python's pattern cache
    holds 512): a draft from 1,000 councils took over six minutes, 80% of it compiling patterns."""
    import time

    from pipeline.render.draft import options_for, substitute_terms
    from pipeline.render.fit import foreign_names, place_name

    names = [f"Place{k} Parish Council" for k in range(1000)]
    places = tuple(sorted(place_name(n) for n in names))
    opts = options_for({"council": "Zed Parish Council", "council_type": "parish"})
    start = time.process_time()
    for k in range(100):
        text, _ = substitute_terms(f"Officers of Place{k} Parish Council give advice {k}.", opts, names)
        assert text == f"Officers of Zed Parish Council give advice {k}."
        assert foreign_names(f"As agreed in Place{k + 1} the Clerk will reply.", "Zed Parish Council",
                             places=places) == [f"Place{k + 1}"]
    assert time.process_time() - start < 3


def test_a_long_clause_compared_with_thousands_of_others_is_read_once():
    """The same-point test searched both texts for a set-form point on every candidate pair: with
    1,000 councils (1.1 million pairs) that was a fifth of the draft's time; it is asked once per text."""
    import time

    from pipeline.render.similarity import same_point

    long = " ".join(f"Officers give advice on matter {k} to councillors and committees." for k in range(300))
    a = {"text": long, "tag": "role", "actor": "officer", "themes": []}
    b = {"text": long.replace("advice", "guidance"), "tag": "role", "actor": "officer", "themes": []}
    start = time.process_time()
    assert all(same_point(a, b) for _ in range(5000))
    assert time.process_time() - start < 2


# ------------------------------------------------- round 3: today's changes ----

@pytest.mark.parametrize("run", ["=" * 8000, "$" * 8000, "(" * 6000, "10:30" * 16000, '"' * 8000])
def test_a_long_run_of_marks_without_spaces_in_a_clause_is_tagged_in_seconds(tmp_path, run):
    """spaCy's tokenizer is quadratic in a run without spaces made of its prefix or suffix marks or of
    colons: a clause with 8,000 '=' took 24 seconds to tag, 80,000 characters of '10:30' 18 seconds
    (a 1 MB run would take hours). The clause is tagged whole and its text kept."""
    import time

    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    from pipeline.nlp.tag import load_nlp, tag_documents

    nlp = load_nlp()
    page = tmp_path / "runs.txt"
    page.write_text(GOOD + f"\n1.4 Officers must keep the signature line {run} safe.\n")
    doc = segment(read(page, "runs"))
    start = time.process_time()
    tag_documents([doc], nlp)
    assert time.process_time() - start < 4
    assert doc.clauses[-1].text == f"Officers must keep the signature line {run} safe."
    assert doc.clauses[-1].tag and doc.clauses[-1].actor == "officer"


@pytest.mark.parametrize("marks", ["**x ", "__x ", "~~x ", "[a ", "<https:a"])
def test_markup_that_never_closes_is_stripped_from_a_draft_in_linear_time(marks):
    """plain_text (drafts drop inline Markdown) scanned from every unclosed '**', '~~', '[' or
    '<https:' to the end of the line: a 96 KB clause took 17 of a draft's 20 seconds."""
    import time

    from pipeline.render.common import plain_text

    def timed(n: int) -> float:
        text = "Officers must read " + marks * n + " the **Code** and [the guide](https://x.org)."
        start = time.process_time()
        assert plain_text(text).endswith(" the Code and the guide.")
        return time.process_time() - start

    small, large = timed(2_000), timed(16_000)
    assert large < 0.5 or large < 20 * small, (small, large)  # eight times longer: linear ~8x, quadratic ~64x


def test_a_source_address_cannot_close_the_markdown_link_and_open_html(tmp_path):
    """sources.csv's source_url passed link_url (http, a host) with '>' and '<script>' in it; the
    Markdown draft printed it as <address>, so its '>' ended the link and the script was raw HTML."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text(GOOD)
    (raw / "sources.csv").write_text(SOURCES + 'a,a.txt,Alpha Parish Council,parish,,'
                                               '"https://x.org/p a><script>alert(1)</script>",\n')
    assert build(raw, out).exit_code == 0
    before = snapshot(tmp_path, skip=tmp_path / "d.md")
    r = CliRunner().invoke(main, ["draft", "--structured", str(out), "--council", "Zed Parish Council",
                                  "--council-type", "parish", "-o", str(tmp_path / "d.md")])
    assert r.exit_code == 0, r.output
    text = (tmp_path / "d.md").read_text()
    assert "<script>" not in text
    assert "- Alpha Parish Council: <https://x.org/p%20a%3E%3Cscript%3Ealert(1)%3C/script%3E>" in text.splitlines()
    assert 'href="https://x.org/p%20a%3E%3Cscript%3Ealert(1)%3C/script%3E"' in (out / "report.html").read_text()
    assert snapshot(tmp_path, skip=tmp_path / "d.md") == before


def test_one_list_of_twenty_thousand_items_is_drafted_in_seconds():
    """Items of a list were tested for the same point pair by pair, also the pairs of one council's own
    list, which never merge: a list of 10,000 items under one lead-in took 20 seconds to draft, 20,000 108."""
    import time

    from pipeline.render.draft import build_draft, options_for

    verbs = ["respond", "reply", "write", "listen", "report", "attend", "advise", "record"]

    def timed(n: int) -> float:
        rows = [{"doc_id": "a", "council": "Alpha Parish Council", "council_type": "parish", "clause_id": f"2.{k}",
                 "parent": "2", "kind": "item", "lead_in": "Councillors have these areas of responsibility:",
                 "tag": "role", "actor": "member", "themes": [], "confidence": 0.99, "complete": True,
                 "section": "Roles of Councillors",
                 "text": f"{verbs[k % 8]} to councillor query number {k} within ten working days"}
                for k in range(n)]
        opts = options_for({"council": "Zed Parish Council", "council_type": "parish", "draft_date": "2027-01-01"})
        start = time.process_time()
        build_draft(pd.DataFrame(rows), opts)
        return time.process_time() - start

    small, large = timed(2_000), timed(10_000)
    # five times longer: linear ~5x, quadratic ~25x (the ratio, not the machine's speed: 10,000 items
    # take about 10 s of CPU here, and a benchmark in scripts/ measures that)
    assert large < 12 * max(small, 0.2), (small, large)


# ---------------------------------------------------------------------------------------------
# Adversarial review, round 4 (clutter and furniture rules, Q&A questions, wrapped lines, drafts).


@pytest.mark.parametrize("line", [
    "[" * 100_000,                      # an unclosed link text: the Markdown-link pattern rescanned the rest per '['
    "[a](" * 25_000,                    # an unclosed link address, 25,000 times
    "(" * 100_000,                      # an unclosed bracket: the name-list check rescanned the rest per '('
    "Next: " + "a" * 100_000,           # a pager-like line of one long word: the cut-off check's email pattern
    "a." * 50_000,                      # a dotted run: the clutter check's email pattern from every word
    "." * 100_000 + "1",                # a dotted run ending in a digit: the signature pattern (round 6 review)
    ".|>?(" * 20_000,
], ids=["brackets", "link-address", "parens", "pager-word", "dotted", "dots-digit", "mixed-marks"])
def test_a_hundred_thousand_character_line_of_marks_is_read_in_a_second(tmp_path, line):
    """Found by the round-4 review: a 100,000-character line took 118 s or more ('['), 44 s ('Next: '
    and one long word), 8 s ('('), because a pattern with an unbounded run ('[^\\]]*', '[^)]*',
    '[\\w.+-]+@') was tried again from every position of the line. The line is kept, as a clause, a
    heading or recorded furniture, next to the protocol's own clause."""
    path = tmp_path / "marks.txt"
    path.write_text("1. Roles\n\n1.1 Officers must give impartial advice to every councillor.\n\n" + line + "\n")
    seconds, doc = _segment_seconds(path)
    assert seconds < 2
    assert doc.clauses[0].text == "Officers must give impartial advice to every councillor."
    assert {t.line_no for t in doc.trace} >= {1, 3, 5}


def test_markdown_links_and_emails_are_still_read_after_the_linear_patterns(tmp_path):
    """The linear patterns still see a link row and a contact line as clutter: a footer of links and
    a contact line under the protocol are furniture, its clauses stay."""
    path = tmp_path / "page.md"
    path.write_text("# Member/Officer Protocol\n\n1. Roles\n\n1.1 Officers must give impartial advice to every "
                    "councillor.\n\n1.2 Councillors must not bully staff.\n\n"
                    "[Home](https://example.org/) | [Contact us](https://example.org/contact)\n\n"
                    "clerk@ashby-parish.gov.uk | 01632 960 123\n")
    _, doc = _segment_seconds(path)
    assert [c.text for c in doc.clauses] == ["Officers must give impartial advice to every councillor.",
                                             "Councillors must not bully staff."]
    texts = " ".join(f.text for f in doc.furniture)
    assert "Contact us" in texts and "clerk@ashby-parish.gov.uk" in texts


def test_an_anonymised_source_is_never_labelled_with_another_councils_name():
    """Found by the round-4 review: a council whose own name is an anonymised source's label ('A parish
    council', 'A parish council (1)') shared that label in the draft's notes, so a note citing one could
    not be told from a note citing the other. Every label is now distinct from every council's name."""
    from pipeline.render.draft import _council_labels

    df = pd.DataFrame({"doc_id": ["anon", "real"], "council": ["(a parish council)", "A Parish Council"],
                       "council_type": ["parish", "parish"]})
    labels = _council_labels(df)
    assert labels[1] == "A Parish Council" and labels[0].lower() != "a parish council"
    df = pd.DataFrame({"doc_id": ["a1", "a2", "real"],
                       "council": ["(a parish council)", "(a parish council)", "A parish council (1)"],
                       "council_type": ["parish", "parish", "parish"]})
    labels = _council_labels(df)
    assert labels[2] == "A parish council (1)"
    assert len({x.lower() for x in labels}) == 3 and all(x.startswith("A parish council (") for x in labels)


def test_a_bidi_override_in_a_council_name_is_removed_before_it_reaches_a_draft_note(tmp_path):
    """Found by the round-4 review: sources.csv values lost their control characters but kept hidden
    ones; a U+202E RIGHT-TO-LEFT OVERRIDE in one council's name reached the draft's notes, where it
    displays the councils cited after it on the same note backwards ('A parish council\\u202e | …')."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text(GOOD)
    (raw / "b.txt").write_text(GOOD)
    (raw / "sources.csv").write_text(SOURCES + "a,a.txt,(a parish council\u202e),parish,,,\n"
                                               "b,b.txt,Ashby\u200b Parish Council,parish,,,\n", encoding="utf-8")
    r = build(raw, out)
    assert r.exit_code == 0, r.output
    assert "hidden characters in 'council' removed" in r.output
    assert list(docs(out).council) == ["(a parish council)", "Ashby Parish Council"]
    draft = tmp_path / "draft.md"
    r = CliRunner().invoke(main, ["draft", "--council", "Zed Parish Council", "--council-type", "parish",
                                  "--structured", str(out), "-o", str(draft)])
    assert r.exit_code == 0, r.output
    text = draft.read_text(encoding="utf-8")
    assert "A parish council clause" in text and "Ashby Parish Council clause" in text
    assert "\u202e" not in text and "\u200b" not in text


@pytest.mark.parametrize("run", ["_" * 20_000, "1." * 10_000, "a." * 10_000],
                         ids=["underscores", "dotted-digits", "dotted-letters"])
def test_a_clause_with_a_long_run_of_word_marks_is_drafted_in_seconds(run):
    """Found by the round-4 review: the draft's own-arrangements rule looks for an e-mail address with
    '[\\w.+-]+@' and tried it from every character of a run of word characters: a clause holding a
    20,000-character blank to fill in ('____…') took 12 s to draft, '1.1.1.…' 5.5 s."""
    import time

    from pipeline.render.draft import build_draft, options_for

    rows = [{"doc_id": d, "council": f"{d.title()} Parish Council", "council_type": "parish", "clause_id": "1.1",
             "parent": "1", "kind": "paragraph", "lead_in": "", "tag": "expectation", "actor": "officer",
             "themes": [], "confidence": 0.9, "complete": True, "section": "Roles",
             "text": f"Officers must give impartial advice to councillors {run} at all times."} for d in ("a", "b")]
    opts = options_for({"council": "Zed Parish Council", "council_type": "parish", "draft_date": "2027-01-01"})
    start = time.process_time()
    build_draft(pd.DataFrame(rows), opts)
    assert time.process_time() - start < 3



def test_the_furniture_patterns_read_a_run_of_twenty_thousand_spaces_in_linear_time():
    """Found at the end of round 4: the page-number and running-footer line patterns, the
    contents-entry leader and the breadcrumb split entered a run of spaces from every position
    (4-16 s on one line). The readers cap a run of spaces at a few today; the patterns must not
    rely on that."""
    import time

    from pipeline.ingest.blocks import _patterns
    from pipeline.ingest.clutter import _rules
    from pipeline.ingest.furniture import _DOTTED

    runs = [" " * 20_000, "a" + " " * 20_000 + "!", "." * 20_000 + "x", "\t" * 20_000 + "x"]
    rules = _rules()
    start = time.process_time()
    for run in runs:
        for rx, _ in _patterns()["lines"]:
            rx.match(run)
        _DOTTED.search(run)
        rules["crumbs"].split(run)
        rules["items"].split(run)
    assert time.process_time() - start < 3
    assert [rx.match("12  of 40") is not None for rx, r in _patterns()["lines"] if r == "page number"].count(True) == 1
    assert _DOTTED.search("Roles of members ....... 12") and _DOTTED.search("Roles of members   12")
    assert rules["crumbs"].split("Home > About  >  Policies") == ["Home", "About", "Policies"]
    assert rules["items"].split("Accessibility | | Privacy") == ["Accessibility", "", "Privacy"]


# ---------------------------------------------------------------------------------------------
# Adversarial review, round 6 (the day's new furniture patterns, tables, running headers, list items).


def test_a_wrapped_line_that_starts_like_a_caption_or_a_cover_field_stays_in_its_clause(seg):
    """The new line patterns took lower-case middle lines of wrapped paragraphs ("source: a complainant …",
    "Table 2 - delegations …", "author: no councillor …") and cut the clause, the document still 'ok'."""
    doc = seg("1.1 Officers must protect the identity of anyone who gives information in confidence, and a\n"
              "source: a complainant, a whistleblower or a witness must never be named to councillors\n"
              "without their written consent.\n\n"
              "1.2 Delegated powers are set out in the Scheme of Delegation at\n"
              "Table 2 - delegations to officers and councillors must not seek to exercise them.\n\n"
              "1.3 Each report names the officer responsible for it, known as the\n"
              "contact officer: councillors with questions should speak to that officer first.\n\n"
              "Induction training for new councillors | May 2025 and every councillor must attend it\n")
    texts = [c.text for c in doc.clauses]
    assert texts[0].endswith("a source: a complainant, a whistleblower or a witness must never be named to "
                             "councillors without their written consent.")
    assert "at Table 2 - delegations" in texts[1] and "known as the contact officer:" in texts[2]
    assert any("every councillor must attend it" in t for t in texts)
    assert not doc.furniture


@pytest.mark.parametrize("table", [
    "| Stage | Description | Contact |\n|---|---|---|\n"
    "| 1 | Raise the matter informally with the line manager, who must reply within 5 working days. | Line manager |\n"
    "| 2 | Put the complaint in writing to the Director, who will investigate it. | Director |\n",
    "| Version | Date | Author |\n|---|---|---|\n"
    "| Officers must reply within ten days. | Members must give notice. | Officers will keep records. |\n",
], ids=["escalation-ladder", "rules-under-a-control-header"])
def test_a_table_of_the_protocols_own_rules_is_never_document_control(seg, table):
    doc = seg("# Protocol\n\n2.1 A councillor who is unhappy should follow these stages.\n\n" + table, ".md")
    assert not [f for f in doc.furniture if f.reason == "document control"]
    assert len(doc.clauses) >= 4


def test_a_long_running_header_beside_page_labels_is_read_in_linear_time(tmp_path):
    """Every occurrence of a 9-20-word repeated line walked every other occurrence: 1,000 pages took 18 s."""
    def seconds(n: int) -> float:
        parts = ["Member/Officer Protocol\n\n1. Introduction\n\n1.1 This protocol must be followed by all.\n\n"]
        for k in range(n):
            parts.append(f"Ambridge Parish Council Member Officer Protocol adopted by full council in the spring\n"
                         f"Page {k + 1} of {n}\n\n{k + 2}.1 Councillors must treat officers with courtesy in paragraph {k}.\n\n")
        path = tmp_path / f"hdr{n}.txt"
        path.write_text("".join(parts))
        took, doc = _segment_seconds(path)
        assert len(doc.clauses) == n + 1
        return took

    small, large = seconds(200), seconds(1000)
    assert large < 12 * max(small, 0.2), (small, large)


def test_a_list_printed_twice_is_checked_for_contents_in_linear_time(tmp_path):
    """The contents rule scanned to each entry's last occurrence: 4,000 short lines printed twice took 14 s."""
    def seconds(n: int) -> float:
        e = [f"Officers reply to query {k} within ten days" for k in range(n)]
        path = tmp_path / f"toc{n}.txt"
        path.write_text("1.1 This protocol must be followed by all.\n\n" + "\n\n".join(e + e) + "\n\n1.2 Officers must be "
                        "impartial at all times.\n")
        return _segment_seconds(path)[0]

    small, large = seconds(500), seconds(2500)
    assert large < 12 * max(small, 0.2), (small, large)


def test_a_repeated_step_beside_its_own_number_is_not_a_running_header(seg):
    """Item numbers alone on their lines (PDF copied as text) looked like page numbers to the new rule, and
    both copies of a repeated step were dropped as a running header."""
    steps = ("1\nRaise the concern informally with the officer's line manager in the first instance\n\n"
             "2\nPut the complaint in writing to the Director if it is not resolved informally\n\n")
    doc = seg("2. Summary of the steps\n\n" + steps + "3. The steps in detail\n\n" + steps)
    assert not [f for f in doc.furniture if "line manager" in f.text or "Director" in f.text]
    assert sum("line manager in the first instance" in c.text for c in doc.clauses) == 2


def test_a_linked_list_item_that_binds_is_text(seg):
    doc = seg("1.1 Officers must be impartial.\n\n"
              "- [Councillors must declare any close personal relationship with an officer to the Monitoring "
              "Officer](https://example.gov.uk/a)\n"
              "- [Officers must not canvass for any candidate in an election](https://example.gov.uk/b)\n", ".md")
    assert not [f for f in doc.furniture if f.reason == "related links"]


@pytest.mark.parametrize("line", ["Council" + "\t" * 100_000 + "Protocol", "Council" + "\u3000" * 100_000 + "Protocol",
                                  "\t" * 100_000 + "Protocol"], ids=["tabs", "ideographic-spaces", "indent"])
def test_a_run_of_a_hundred_thousand_tabs_or_wide_spaces_is_read_in_a_second(tmp_path, line):
    """Found by the round-6 review: runs of spaces were capped, runs of tabs or U+3000 not (40 s and 206 s)."""
    path = tmp_path / "runs.txt"
    path.write_text("1.1 Officers must give impartial advice to every councillor.\n\n" + line + "\n")
    seconds, doc = _segment_seconds(path)
    assert seconds < 2
    assert doc.clauses[0].text == "Officers must give impartial advice to every councillor."
    assert "Protocol" in " ".join([c.text for c in doc.clauses] + [h.text for h in doc.headings] +
                                  [f.text for f in doc.furniture])


def test_a_short_one_line_page_that_opens_with_a_cookie_banner_keeps_its_points(seg):
    doc = seg("This website uses cookies. Accept Read more 1. Purpose 1.1 This protocol sets out how councillors "
              "and the Clerk work. 1.2 It should be read with the Code. 2. The Clerk 2.1 The Clerk is employed by "
              "the Council.\n")
    assert {"1.1", "1.2", "2.1"} <= {c.clause_id for c in doc.clauses}


def test_a_one_line_page_of_thousands_of_numbered_points_is_read_in_near_linear_time(tmp_path):
    """Found by the round-6 review (already there before it): each point of a page run into one line
    folded the whole line again to find its own line; 1,000 points took 10.8 s, 10,000 never finished."""
    def seconds(n: int) -> float:
        path = tmp_path / f"one{n}.txt"
        path.write_text(" ".join(f"1.{k} Councillors must treat officer number {k} with courtesy at all times."
                                 for k in range(1, n + 1)) + "\n")
        took, doc = _segment_seconds(path)
        assert len(doc.clauses) == n
        return took

    small, large = seconds(800), seconds(4000)
    assert large < 12 * max(small, 0.2), (small, large)


# Round 7's review of the one-line page's menu and footer, HTML chrome by class, captions and cover fields
_POINTS = " ".join(f"{n}. Councillors and officers of the council will keep rule number {n} of this protocol at all "
                   "times." for n in range(1, 7))


@pytest.mark.parametrize("last,kept", [
    ("7. Councillors and officers will work together. Any councillor who breaks this protocol faces a complaint to "
     "the Monitoring Officer. Download this policy (PDF) Print this page Home Contact Us Privacy © Town Council",
     "faces a complaint to the Monitoring Officer."),
    ("7. Review. The Chief Executive and Monitoring Officer review this Protocol annually.", "Protocol annually."),
    ("7. Councillors and Officers share responsibility for the Council's Reputation.", "Council's Reputation."),
    ("7. The protocol applies to all Committees and Sub-Committees on", "Sub-Committees on"),
    ("7. Rule seven. Download this policy (PDF) Wrayford Town Council, 8 Market Place, Wrayford WR1 2AA Tel: 01632 "
     "555 010 © Wrayford Town Council 2026 Cookie settings", "Rule seven."),
])
def test_a_one_line_pages_last_point_keeps_its_sentences(seg, last, kept):
    doc = seg(_POINTS + " " + last + "\n")
    assert [c.clause_id for c in doc.clauses] == [str(n) for n in range(1, 8)]
    assert doc.clauses[-1].text.endswith(kept)


def test_a_one_line_pages_opening_sentence_and_a_number_in_its_menu(seg):
    doc = seg("This Protocol applies to all Councillors, Co-opted Members and Officers of the Council " + _POINTS + "\n")
    assert "This Protocol applies to all Councillors" in " ".join(c.text for c in doc.clauses)
    doc = seg("Skip to content Home Council Tax Step 1 Register Your Interest About Us Policies " + _POINTS + "\n")
    assert doc.clauses[0].clause_id == "1" and doc.clauses[0].text.startswith("Councillors and officers")
    assert [f.reason for f in doc.furniture] == ["site menu"]


@pytest.mark.parametrize("wrapper", ["<div class='related-protocol'>", "<div class='content with-toolbar'>",
                                     "<div class='page has-related-links'>"])
def test_a_wrapper_whose_class_names_chrome_keeps_the_protocol(seg, wrapper):
    doc = seg(f"<html><body>{wrapper}<h1>Protocol</h1><p>1. Officers give impartial advice to every councillor at "
              "all times.</p><p>2. Councillors must not ask officers to do party political work.</p></div></body></html>",
              suffix=".html")
    assert len(doc.clauses) == 2


def test_a_caption_holding_the_protocols_text_is_text(seg):
    doc = seg("<html><body><main><p>1. Officers give impartial advice.</p><figure><img src='f.png' alt=''><figcaption>"
              "Step 1: raise the concern with the Clerk. Step 2: write to the Chair.</figcaption></figure><figure>"
              "<table><tr><td>Member</td></tr></table><figcaption>2. Councillors must not instruct officers.</figcaption>"
              "</figure></main></body></html>", suffix=".html")
    assert "Councillors must not instruct officers." in [c.text for c in doc.clauses]
    assert any("raise the concern with the Clerk" in c.text for c in doc.clauses)


@pytest.mark.parametrize("space", ["\u1680", "\u2028", "\u0085"])
def test_cover_fields_padded_with_rare_spaces_are_read_in_linear_time(tmp_path, space):
    path = tmp_path / "cover.txt"
    path.write_text("Distribution:" + space * 3000 + "x\n\n1. Officers give impartial advice.\n", encoding="utf-8")
    took, doc = _segment_seconds(path)
    assert took < 2 and doc.clauses[-1].text == "Officers give impartial advice."


def test_a_wrapped_sentence_opening_with_circulation_is_text(seg):
    doc = seg("1. Officers give impartial advice.\n\nCirculation: the Clerk sends agendas to every councillor five "
              "clear days\nbefore each meeting.\n")
    assert doc.clauses[-1].text == "Circulation: the Clerk sends agendas to every councillor five clear days before " \
                                   "each meeting."


# Round 8's review: the new line patterns, the footer row of a table, a one-line page's title-case sentence
@pytest.mark.parametrize("line", [
    "1.8 The Clerk will publish the register on page 3 of 10 of the annual report.",
    "Further copies of this protocol are available from the Clerk, who must also keep the signed declarations.",
    "Officers in attendance: the Clerk records the advice given, and members need not ask twice.",
    "Related: councillors must declare any gifts offered by applicants."])
def test_a_rule_shaped_like_clutter_stays_a_clause(seg, line):
    doc = seg(f"1. Officers give impartial advice to every councillor.\n\n{line}\n\n2. Councillors set policy.\n")
    assert line.split(" ", 1)[1] in " ".join(c.text for c in doc.clauses) or line in [c.text for c in doc.clauses]


def test_a_wrapped_dear_and_a_one_row_table_with_a_minute_number_stay(seg):
    doc = seg("1. Officers give impartial advice.\n\nDear\nCouncillor, the Clerk must be given notice.\n")
    assert not doc.furniture  # (a lone first word read as a heading is an older, separate weakness)
    doc = seg("<html><body><main><p>1. Officers give impartial advice.</p><table><tr><td>Councillors must not "
              "instruct staff.</td><td>24/041</td></tr></table></main></body></html>", suffix=".html")
    assert "Councillors must not instruct staff." in [c.text for c in doc.clauses]


def test_a_one_line_pages_title_case_last_sentence_stays(seg):
    doc = seg(_POINTS + " 7. Data protection. Share Personal Data Only With Officers Who Need It. "
              "Download this policy (PDF) Print this page © Town Council 2026 Cookie settings\n")
    assert doc.clauses[-1].text.endswith("Who Need It.")


def test_a_one_line_pages_footer_of_many_sentence_ends_is_weighed_in_linear_time(tmp_path):
    path = tmp_path / "slow.txt"
    path.write_text(_POINTS + " 7. Rule seven. " + "Home. " * 700 + "© Council\n")
    took, _ = _segment_seconds(path)
    assert took < 3


# ---- round 9 attack on the new input handling (run-on pages, layout tables, bold titles, tab rows, furniture lines,
# the chair term, Markdown escaping, a looping link)


def test_a_signature_block_inside_a_run_on_page_takes_only_itself(seg):
    points = " ".join(f"1.{k} Officers must give impartial advice, point {k}." for k in range(1, 11))
    rest = " ".join(f"1.{k} Officers must give impartial advice, point {k}." for k in range(11, 21))
    doc = seg(f"PROTOCOL\n{points} Signed ........................ Chairman Date ................... {rest}\n")
    assert len(doc.clauses) == 20 and doc.clauses[-1].text == "Officers must give impartial advice, point 20."
    assert [f.text for f in doc.furniture if f.reason == "signature block"] == \
        ["Signed ........................ Chairman Date ..................."]


def test_an_inline_page_mark_takes_a_title_never_the_text_after_it(seg):
    doc = seg("PROTOCOL\n1.1 The protocol applies to every councillor and every officer of the council. 1.2 Councillors "
              "must not instruct officers. Page 2 of 4 The Clerk must reply within 10 Working Days of any request. 1.3 "
              "Officers must give impartial advice to every councillor.\n")
    assert doc.clauses[1].text == "Councillors must not instruct officers. The Clerk must reply within 10 Working Days " \
                                  "of any request."
    assert [f.text for f in doc.furniture] == ["Page 2 of 4"]


def test_nested_layout_tables_and_bold_blocks_are_read_in_linear_time(seg):
    import time

    depth = 3000
    tables = "<table><tr><td>" * depth + "<p>Officers must give impartial advice.</p>" + "</td></tr></table>" * depth
    bold = "<div><strong>" * depth + "Officers must give impartial advice." + "</strong></div>" * depth
    for body in (tables, bold):
        start = time.process_time()
        doc = seg(f"<html><body><h1>Protocol</h1>{body}</body></html>", suffix=".html")
        assert time.process_time() - start < 10
        assert [c.text for c in doc.clauses] == ["Officers must give impartial advice."]


def test_a_bold_sentence_or_continuation_is_text_not_a_heading(seg):
    doc = seg("<html><body><h1>Protocol</h1><p><b>Officers will</b></p><p>give impartial advice to every councillor.</p>"
              "<p><b>officers must never be asked to campaign</b></p><p><b>Declarations of Interest</b></p>"
              "<p>Councillors must declare their interests.</p></body></html>", suffix=".html")
    texts = [c.text for c in doc.clauses]
    assert "officers must never be asked to campaign" in texts and any(t.startswith("Officers will") for t in texts)
    assert "Declarations of Interest" in [h.text for h in doc.headings]


def test_sentences_that_open_on_a_label_word_and_a_last_word_end_stay_text(seg):
    doc = seg("Protocol\n\n1.1 Effective communication between councillors and officers is essential. Effective working "
              "relationships depend on trust.\n\n1.2 The Clerk and the councillor will meet and try to bring the "
              "disagreement to an\nend.\n\n1.3 Download the Code of Conduct from the website and read it before your "
              "first meeting.\n")
    assert [c.clause_id for c in doc.clauses] == ["1.1", "1.2", "1.3"]
    assert doc.clauses[1].text.endswith("to an end.") and not doc.furniture


def test_a_version_table_of_tab_rows_stays_a_table(seg):
    doc = seg("Protocol\n\nDocument control\n\nVersion\tDate\n1.0\t12 May 2020\n1.1\tAdopted by Council on 3 March 2022\n\n"
              "1. Principles\n\n1.1\tCouncillors must treat officers with respect.\n")
    assert [c.text for c in doc.clauses] == ["Councillors must treat officers with respect."]
    assert not any(h.text.startswith("Adopted") or h.text == "12 May 2020" for h in doc.headings)


def test_markdown_escapes_a_backslash_before_a_tag():
    from pipeline.render.common import markdown_text

    assert markdown_text(r"\<img src=x onerror=alert(1)>") == r"\\\<img src=x onerror=alert(1)\>"


def test_the_chair_term_is_one_of_the_offices_names_and_is_never_taken_for_one_councils_setup():
    from pipeline.render.draft import DraftError, options_for

    with pytest.raises(DraftError, match="chair_term must be one of Chair, Chairman, Chairperson"):
        options_for({"council": "X Parish Council", "council_type": "parish", "chair_term": "Town Mayor"})
    assert options_for({"council": "X Parish Council", "council_type": "parish", "chair_term": "chairperson"}).chair_term \
        == "Chairperson"


def test_a_link_that_loops_is_one_failed_document_not_a_traceback(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "p.txt").write_text("1.1 Officers must give councillors impartial advice.\n", encoding="utf-8")
    os.symlink("loop.txt", raw / "loop.txt")
    result = build(raw, out)
    assert result.exit_code == 1 and "loop.txt" in result.output and "loops" in result.output
    assert "Traceback" not in result.output and (out / "clauses.csv").exists()


def test_a_clause_longer_than_the_parsers_limit_is_tagged_on_its_start_and_kept_whole(tmp_path):
    """A page that never breaks can make a clause of more than a million characters, spaCy's limit: the document
    failed ("tagging failed ... [E088]") and lost every clause. The tagger reads its first characters."""
    from pipeline.ingest.read import read
    from pipeline.ingest.segment import segment
    from pipeline.nlp.tag import MAX_TAG_CHARS, load_nlp, tag_documents

    body = "Officers must treat councillors with courtesy " + "and respect " * 90_000 + "always."
    page = tmp_path / "huge.txt"
    page.write_text("1. Conduct\n\n1.1 " + body + "\n")
    doc = segment(read(page, "huge"))
    assert len(doc.clauses[-1].text) > max(1_000_000, MAX_TAG_CHARS)
    tag_documents([doc], load_nlp())
    assert doc.clauses[-1].text == body and doc.clauses[-1].tag and doc.clauses[-1].actor == "officer"


def test_a_file_name_with_a_line_feed_cannot_forge_a_line_of_the_build_log(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "bad\nwarning: forged.txt").write_text("1.1 Councillors must treat the Clerk with courtesy when they deal with")
    r = build(raw, tmp_path / "out")
    assert r.exit_code == 0
    lines = r.output.splitlines()
    assert not any(line.startswith("warning: forged.txt") for line in lines)
    assert any("bad\\nwarning: forged.txt" in line and "ends mid-sentence" in line for line in lines)


def test_a_long_coordinated_subject_is_read_in_linear_time():
    # adversarial review 18: "the Leader and the Chief Executive and " x 3200 took 33 s per list item
    import time

    from pipeline.nlp.rules import _modal_subject, load_tag_rules

    rules = load_tag_rules()
    start = time.perf_counter()
    actor = _modal_subject("the Leader and the Chief Executive and " * 3200 + "members should:", rules)
    assert time.perf_counter() - start < 3.0 and actor == "both"


def test_a_wrapped_paragraph_with_thousands_of_inline_bullets_is_split_in_linear_time(seg):
    # adversarial review 18: 272 KB took 83 s (each piece looked up every line of the paragraph)
    import time

    lines = ["Councillors should: \u2022 keep to the facts of the case in every message they send to officers"] + \
        [f"and to staff \u2022 write to the Clerk about item {k} of the agenda before the meeting starts" for k in range(3000)]
    start = time.perf_counter()
    doc = seg("\n".join(lines) + ".\n")
    assert time.perf_counter() - start < 30.0
    assert len(doc.clauses) > 3000


def test_abort_on_error_names_a_file_with_a_line_feed_on_one_line(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "b\nwarning: forged.txt").write_text("")
    r = build(raw, tmp_path / "out", "--abort-on-error")
    assert r.exit_code != 0
    assert not any(line.startswith("warning: forged") for line in r.output.splitlines())
