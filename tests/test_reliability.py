"""Bad input never stops a build; writes are atomic; rebuilds are incremental; -j changes nothing."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from conftest import RAW, ROOT
from pipeline.cli import main

pytestmark = pytest.mark.model

GOOD = "1. Roles\n\n1.1 Officers must give impartial advice to every councillor.\n\n1.2 Councillors must not bully staff.\n"


def _pdf(path: Path, *, user_password: str | None = None, image_only: bool = False) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    enc = StandardEncryption(user_password, ownerPassword="owner-secret") if user_password is not None else None
    c = canvas.Canvas(str(path), encrypt=enc)
    if image_only:
        from PIL import Image

        img = path.with_suffix(".png")
        Image.new("RGB", (200, 100), "white").save(img)
        c.drawImage(str(img), 72, 600, 200, 100)
        img.unlink()
    else:
        c.drawString(72, 720, "1.1 Officers must give impartial advice to every councillor.")
        c.drawString(72, 700, "1.2 Councillors must not bully staff.")
    c.showPage()
    c.save()


@pytest.fixture
def bad_corpus(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_text("   \n\n\t  \n")
    (raw / "junk.pdf").write_bytes(os.urandom(3000))
    whole = (RAW / "northvale_borough_protocol.pdf").read_bytes()
    (raw / "truncated.pdf").write_bytes(whole[: len(whole) // 3])
    _pdf(raw / "locked.pdf", user_password="secret")
    _pdf(raw / "open_locked.pdf", user_password="")
    _pdf(raw / "scanned.pdf", image_only=True)
    (raw / "windows.txt").write_bytes(GOOD.replace("impartial", "impartial – always").encode("cp1252"))
    (raw / "latin.txt").write_bytes(GOOD.replace("advice", "café advice").encode("latin-1"))
    (raw / "wide.txt").write_bytes(GOOD.encode("utf-16"))
    with zipfile.ZipFile(raw / "fake.docx", "w") as z:
        z.writestr("hello.txt", "not a word file")
    with zipfile.ZipFile(raw / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b"0" * (60 * 1024 * 1024))
    (raw / "notes.xyz").write_text("hello")
    (raw / "headings_only.txt").write_text("INTRODUCTION\n\nROLES OF MEMBERS\n")
    (raw / "dup.txt").write_text(GOOD)
    (raw / "dup.md").write_text(GOOD)
    (raw / "Protocole été 2024.txt").write_text(GOOD)
    with open(raw / "huge.txt", "wb") as fh:
        fh.truncate(60 * 1024 * 1024)
    (raw / "sources.csv").write_text(
        "doc_id,file,council,council_type,title,source,notes\n"
        "good,good.txt,Good Council,parish,Good,,\n"
        ",,Nameless,parish,,,\n"
        "ghost,ghost.txt,Ghost Council,parish,,,\n"
        "escape,../outside.txt,Evil Council,parish,,,\n")
    (tmp_path / "outside.txt").write_text(GOOD)
    return raw


EXPECTED = {
    "good": ("ok", None),
    "empty": ("failed", "no text: the file is empty"),
    "blank": ("failed", "no text: the file is empty or blank"),
    "junk": ("failed", "not a PDF: the file has no PDF header"),
    "truncated": ("failed", "not a readable PDF"),
    "locked": ("failed", "password-protected PDF: it needs a password to open"),
    "open_locked": ("ok", None),
    "scanned": ("failed", "no text layer: OCR needed"),
    "windows": ("ok", None),
    "latin": ("ok", None),
    "wide": ("ok", None),
    "fake": ("failed", "not a Word .docx file (the zip has no word/document.xml)"),
    "bomb": ("failed", "refused: a part of this .docx is too large to read safely"),
    "notes": ("failed", "unsupported file type '.xyz'"),
    "headings_only": ("failed", "no clauses recognised in the text"),
    "dup": ("ok", None),
    "dup__txt": ("ok", None),
    "Protocole été 2024": ("ok", None),
    "huge": ("failed", "file too large (60 MB; the limit is 50 MB)"),
    "ghost": ("failed", "listed in sources.csv but not found"),
    "escape": ("failed", "listed in sources.csv but outside the input folder; not read"),
}


def test_every_bad_input_is_reported_and_the_good_ones_are_built(bad_corpus, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(bad_corpus), "-o", str(out)])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    docs = pd.read_csv(out / "documents.csv", keep_default_na=False).set_index("doc_id")
    assert set(docs.index) == set(EXPECTED)
    for doc_id, (status, message) in EXPECTED.items():
        assert docs.loc[doc_id, "status"] == status, (doc_id, docs.loc[doc_id, "error"])
        if message:
            assert docs.loc[doc_id, "error"].startswith(message), (doc_id, docs.loc[doc_id, "error"])
            assert f"error: raw/{docs.loc[doc_id, 'source'].split('/', 1)[1]}: {docs.loc[doc_id, 'error']}" \
                in result.stderr
    failures = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(failures) == sum(1 for s, _ in EXPECTED.values() if s == "failed")
    clauses = pd.read_csv(out / "clauses.csv")
    built = {d for d, (s, _) in EXPECTED.items() if s == "ok"}
    assert set(clauses.doc_id) == built
    assert "Evil Council" not in (out / "report.html").read_text()  # ../outside.txt was never read
    text = dict(zip(clauses.doc_id + clauses.clause_id.astype(str), clauses.text))
    assert text["windows1.1"] == "Officers must give impartial – always advice to every councillor."
    assert text["latin1.1"] == "Officers must give impartial café advice to every councillor."
    warnings = result.stderr
    assert "row has no file name" in warnings
    assert "doc_id 'dup' is already used by dup.md; using 'dup__txt'" in warnings or \
        "doc_id 'dup' is already used by dup.txt; using 'dup__md'" in warnings


def test_abort_on_error_stops_with_a_one_line_reason(bad_corpus, tmp_path):
    result = CliRunner().invoke(main, ["build", str(bad_corpus), "-o", str(tmp_path / "out"), "--abort-on-error"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith("Error: stopped (--abort-on-error): raw/")


def test_parallel_build_is_byte_identical_and_cache_skips_unchanged_documents(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    one, two = tmp_path / "one", tmp_path / "two"
    r1 = CliRunner().invoke(main, ["build", str(raw), "-o", str(one)])
    r2 = CliRunner().invoke(main, ["build", str(raw), "-o", str(two), "-j", "2"])
    assert r1.exit_code == 0 and r2.exit_code == 0
    for name in ("clauses.csv", "clauses.parquet", "documents.csv", "coverage.csv", "report.html", "clauses.xlsx"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    again = CliRunner().invoke(main, ["build", str(raw), "-o", str(one), "-v"])
    assert "nothing changed: 9 documents" in again.stderr
    (raw / "little_brambling_parish.txt").write_text(
        (raw / "little_brambling_parish.txt").read_text() + "\nThe Clerk must keep the minutes safe.\n")
    changed = CliRunner().invoke(main, ["build", str(raw), "-o", str(one), "-v"])
    assert "(8 from cache)" in changed.stderr
    assert "ok: raw/little_brambling_parish.txt: 19 clauses\n" in changed.stderr


def _outputs_whole(out: Path) -> None:
    for name in ("clauses.csv", "documents.csv", "coverage.csv", "escalation.csv"):
        if (out / name).exists():
            pd.read_csv(out / name)
    if (out / "clauses.parquet").exists():
        pd.read_parquet(out / "clauses.parquet")
    if (out / "report.html").exists():
        assert (out / "report.html").read_text().rstrip().endswith("</html>")
    if (out / "clauses.xlsx").exists():
        zipfile.ZipFile(out / "clauses.xlsx").testzip()


def test_a_build_killed_at_any_moment_leaves_whole_outputs_and_the_next_build_recovers(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(raw), "-o", str(out)]).exit_code == 0
    before = (out / "clauses.csv").read_bytes()
    (raw / "extra.txt").write_text(GOOD)
    cmd = [sys.executable, "-m", "pipeline", "build", str(raw), "-o", str(out), "--no-cache"]
    for delay in (0.3, 0.9, 1.5, 2.1, 2.7, 3.3):
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _outputs_whole(out)
        now = (out / "clauses.csv").read_bytes()
        assert now == before or b"extra" in now  # the old file or the complete new one, never a mix
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert b"extra" in (out / "clauses.csv").read_bytes()
    assert not list(out.rglob(".*.tmp"))
