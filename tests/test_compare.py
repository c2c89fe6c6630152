"""Comparison outputs: determinism, golden files, escaping, the workbook."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import DATA, RAW, UPDATE_GOLDEN
from pipeline.cli import main

pytestmark = pytest.mark.model

GOLDEN = DATA / "golden" / "two_councils"
COMPARED = ["clauses.csv", "documents.csv", "coverage.csv", "escalation.csv", "shared_wording.csv", "report.html",
            "report_files/council-0000.js", "report_files/council-0001.js"]


def build(raw: Path, out: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(raw), "-o", str(out)])
    assert result.exit_code == 0, result.output


def test_golden_files_for_a_small_case(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(GOLDEN / "raw", raw)
    out = tmp_path / "out"
    build(raw, out)
    expected = GOLDEN / "expected"
    for name in COMPARED:
        got = (out / name).read_text(encoding="utf-8")
        if UPDATE_GOLDEN:
            (expected / name).parent.mkdir(parents=True, exist_ok=True)
            (expected / name).write_text(got, encoding="utf-8")
        assert got == (expected / name).read_text(encoding="utf-8"), f"{name} differs from its golden file"


def test_golden_update_switch_is_off():
    assert not UPDATE_GOLDEN, "UPDATE_GOLDEN=1 rewrites golden files; unset it before committing"


def test_same_inputs_give_byte_identical_outputs(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build(RAW, a)
    build(RAW, b)
    for name in COMPARED + ["clauses.parquet", "clauses.xlsx"]:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_report_names_every_council_and_escapes_clause_text(tmp_path):
    build(GOLDEN / "raw", tmp_path)
    html = (tmp_path / "report.html").read_text()
    assert "<script>alert" not in html  # clause text is in the councils' data files, escaped for a script
    assert "Riverside &lt;b&gt;District&lt;/b&gt; Council" in html
    assert "Oakley Parish Council" in html
    assert html.count("<script>") == 2  # only the report's own: its index of councils, and its code
    assert "<script>evil" not in html  # markup in a council name is escaped in the page
    data = (tmp_path / "report_files" / "council-0001.js").read_text()
    assert "<script>" not in data and "\\u003cscript\\u003ealert" in data  # clause text, escaped for a script
    sources = pd.read_csv(RAW / "sources.csv")
    out = tmp_path / "full"
    build(RAW, out)
    full = (out / "report.html").read_text()
    for council in sources.council:
        assert council.replace("(", "(") in full or council in full
    docs = pd.read_csv(out / "documents.csv")
    clauses = pd.read_csv(out / "clauses.csv")
    assert set(docs.doc_id) == set(clauses.doc_id)


def test_coverage_marks_silence_and_escalation_keeps_order(tmp_path):
    build(GOLDEN / "raw", tmp_path)
    cov = pd.read_csv(tmp_path / "coverage.csv")
    oakley = cov[cov.doc_id == "oakley_parish"].set_index("theme")
    assert oakley.loc["press_media", "status"] == "silent"
    assert oakley.loc["respect_courtesy", "status"] == "covered"
    esc = pd.read_csv(tmp_path / "escalation.csv")
    steps = esc[esc.doc_id == "oakley_parish"]
    assert steps.step.tolist() == [1, 2]
    assert steps.level.tolist()[0] == "informal"
    assert "formal" in steps.level.tolist()[1]
    assert steps.to_whom.tolist()[0] == "Chairman"
    groups = pd.read_csv(tmp_path / "shared_wording.csv")
    assert groups.group.nunique() >= 1
    assert set(groups[groups.group == 1].doc_id) == {"oakley_parish", "riverside_district"}


def test_workbook_has_a_sheet_per_table_with_frozen_filterable_headers(tmp_path):
    build(GOLDEN / "raw", tmp_path)
    wb = load_workbook(tmp_path / "clauses.xlsx")
    assert wb.sheetnames == ["clauses", "documents", "coverage", "escalation", "shared_wording"]
    ws = wb["clauses"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert [c.value for c in ws[1]][:4] == ["doc_id", "council", "council_type", "clause_id"]


def test_compare_command_rebuilds_from_structured(tmp_path):
    build(GOLDEN / "raw", tmp_path / "s")
    before = (tmp_path / "s" / "report.html").read_text()
    result = CliRunner().invoke(main, ["compare", str(tmp_path / "s"), "-o", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "c" / "report.html").read_text() == before
    missing = CliRunner().invoke(main, ["compare", str(tmp_path)])
    assert missing.exit_code == 1 and "run 'protocols build' first" in missing.stderr


def test_the_reports_key_explains_every_tag_and_actor_and_no_two_elements_share_an_id(tmp_path):
    import re
    from markupsafe import escape as html_escape

    from pipeline.model import ACTORS, TAGS
    from pipeline.resources import load_rules

    labels = load_rules("labels.yaml")
    assert set(labels["tags"]) == set(TAGS) and set(labels["actors"]) == set(ACTORS) | {"(none)"}
    build(GOLDEN / "raw", tmp_path)
    html = (tmp_path / "report.html").read_text()
    ids = re.findall(r'\sid="([^"]+)"', html)
    # (the actor tables' box once had its heading's id: drawing the tables replaced the heading)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for text in list(labels["tags"].values()) + list(labels["actors"].values()):
        assert str(html_escape(text)) in html
    # every id the script looks up is in the page
    for looked_up in re.findall(r'getElementById\("([^"]+)"\)', html):
        assert looked_up in ids, looked_up


def test_minutes_are_marked_as_a_record_not_a_protocol_in_the_report(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(GOLDEN / "raw", raw)
    (raw / "oakley_minutes.txt").write_text(
        "Minutes of the meeting of Oakley Parish Council held on 4 March 2026\n\n"
        "1. The Chair welcomed members and noted apologies from Cllr Hart.\n\n"
        "2. The minutes of the meeting held on 5 February 2026 were approved as a correct record.\n\n"
        "3. The Clerk reported that the staffing committee had met twice since the last meeting.\n\n"
        "4. Members had received the draft protocol on councillor and clerk relations.\n\n"
        "5. RESOLVED that the protocol be adopted with immediate effect.\n\n"
        "6. The Chair reminded members that the next meeting would be held on 1 April 2026.\n", encoding="utf-8")
    build(raw, tmp_path / "out")
    html = (tmp_path / "out" / "report.html").read_text()
    assert html.count("a record, not a protocol:") == 1  # the minutes, and neither protocol


def test_a_cells_modality_is_the_clauses_own_verb_where_it_has_one():
    from pipeline.render.compare import modality
    # the report reader of round 41: "Members should not ..." tagged by the model was counted as "must not"
    assert modality("prohibition", "Members should not criticise officers in public.") == "should not"
    assert modality("prohibition", "Councillors must not bully staff.") == "must not"
    assert modality("expectation", "Group leaders may ask for a briefing.") == "may"
    # ... and this session's: "will" and "can expect" were shown as "must", a clause with no such word as "must not"
    assert modality("expectation", "Officers will reply within five working days.") == "will"
    assert modality("prohibition", "Officers will not comment on political matters.") == "will not"
    assert modality("expectation", "treat the Clerk with courtesy") is None
    assert modality("prohibition", "Not to be subjected to bullying or harassment.") is None
    assert modality("role", "The Clerk must keep the minutes.") is None


def test_a_bare_figure_counts_for_no_theme_on_the_map():
    import pandas as pd

    from pipeline.render.compare import coverage

    rows = [{"doc_id": "d", "council": "Wexcombe District Council", "clause_id": f"t1.r{k}.c2", "tag": "context",
             "evidence": "", "themes": ["complaints_route"], "text": str(k), "lead_in": None, "theme_evidence": None}
            for k in range(1, 6)]
    rows.append({"doc_id": "d", "council": "Wexcombe District Council", "clause_id": "3.1", "tag": "escalation",
                 "evidence": "", "themes": ["complaints_route"], "text": "Complaints go to the Monitoring Officer.",
                 "lead_in": None, "theme_evidence": None})
    cov = coverage(pd.DataFrame(rows)).set_index("theme")
    assert cov.loc["complaints_route", "clauses"] == 1 and cov.loc["complaints_route", "clause_ids"] == "3.1"


def test_whom_a_step_goes_to_is_read_in_any_case_and_in_full():
    from pipeline.render.compare import _TARGET

    cases = {"An officer should raise it with their line manager, who may speak to the Group Leader.": "line manager",
             "Complaints go to the Public Services Ombudsman for Wales.": "Public Services Ombudsman for Wales",
             "The Clerk may contact the Chair of the Staffing Committee.": "Chair of the Staffing Committee",
             "A complaint will be dealt with by the officer's Director.": "officer's Director",
             "The Chair may refer it to the Society of Local Council Clerks.": "Society of Local Council Clerks"}
    for text, whom in cases.items():
        assert _TARGET.search(text).group(2) == whom, text
    assert _TARGET.search("Councillors should treat officers with courtesy.") is None


def test_a_cells_modality_reads_no_may_should_under_no_circumstances_and_the_main_clause():
    from pipeline.render.compare import modality

    assert modality("prohibition", "No councillor may instruct an officer.") == "must not"
    assert modality("prohibition", "Under no circumstances should a councillor instruct an officer.") == "should not"
    assert modality("expectation", "Officers are obliged to remain politically neutral.") == "must"
    assert modality("expectation", "Councillors are expected to treat officers with respect.") == "should"
    assert modality("expectation", "Where a councillor will be absent, they must send apologies to the Clerk.") == "must"
    assert modality("expectation", "Officers can expect councillors to treat them with respect.") is None


def test_whom_a_step_goes_to_is_not_who_raises_it_nor_a_verb_phrase():
    from pipeline.render.compare import _TARGET

    cases = {"Complaints by officers about the conduct of a councillor should be made to the Monitoring Officer.":
             "Monitoring Officer",
             "Councillors should take care not to criticise officers in public and should raise any concern with the "
             "Chief Executive.": "Chief Executive",
             "A councillor may complain to the Local Government and Social Care Ombudsman.":
             "Local Government and Social Care Ombudsman",
             "Concerns should be raised with the Head of Legal and Democratic Services.":
             "Head of Legal and Democratic Services"}
    for text, whom in cases.items():
        assert _TARGET.search(text).group(2) == whom, text
    assert _TARGET.search("Where a complaint is made by an officer about a councillor, the Monitoring Officer will "
                          "decide how it is dealt with.") is None
