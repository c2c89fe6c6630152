"""Shared test helpers: paths, and a way to segment a snippet of text written to a file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from pipeline.ingest.read import read
from pipeline.ingest.segment import segment

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw_docs"
DATA = Path(__file__).resolve().parent / "data"

# Set UPDATE_GOLDEN=1 to rewrite golden files from the current output (then review the diff).
UPDATE_GOLDEN = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture
def seg(tmp_path):
    """Segment a snippet: seg(text, suffix='.txt', encoding='utf-8') -> Document."""

    def run(text: str | bytes, suffix: str = ".txt", encoding: str = "utf-8", name: str = "doc"):
        path = tmp_path / f"{name}{suffix}"
        path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
        return segment(read(path))

    return run


def by_id(doc):
    return {c.clause_id: c for c in doc.clauses}


def furniture_reasons(doc) -> dict[str, str]:
    """Each furniture line of a segmented document (stripped) and the reason it is furniture."""
    return {f.text.strip(): f.reason for f in doc.furniture}


def snapshot(root: Path, skip: Path | None = None) -> dict[str, str]:
    """Every file and folder under ``root`` except ``skip``, with a hash of its content
    (to assert that nothing outside a build's output folder changed)."""
    out = {}
    for folder, dirs, files in os.walk(root):
        if skip is not None and (Path(folder) == skip or skip in Path(folder).parents):
            continue
        for name in dirs + files:
            p = Path(folder) / name
            if p == skip:
                continue
            out[str(p.relative_to(root))] = (hashlib.sha256(p.read_bytes()).hexdigest()
                                             if p.is_file() and not p.is_symlink() else "dir/link")
    return out
