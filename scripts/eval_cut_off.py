"""Cut-off detection on the endings written for the tests (tests/data/cut_off/endings.yaml): for each
format, how many cut-off documents are flagged and how many complete ones are flagged by mistake.

Each ending is saved as text, Markdown, HTML, Word and PDF by the tests' own writer and segmented.

Usage: python scripts/eval_cut_off.py [--details]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pipeline.ingest.complete import CUT_OFF  # noqa: E402
from test_cut_off import endings, run_case  # noqa: E402
from test_ingest_pages import FORMATS  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list each missed cut and each false alarm")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="eval_cut_off_"))
    cases = endings()
    print(f"{'format':8} {'flagged/cut':>11} {'false alarms/complete':>22}")
    for suffix in FORMATS:
        flagged = false = 0
        for kind in ("cut", "complete"):
            for k, case in enumerate(cases[kind]):
                try:
                    doc = run_case(case, suffix, tmp, name=f"{kind}{k}")
                    hit = CUT_OFF in doc.warnings
                except (AssertionError, Exception) as exc:  # a case that breaks is a miss, reported
                    print(f"{suffix}\t{case['name']}\terror: {type(exc).__name__}: {exc}", file=sys.stderr)
                    hit = kind == "complete"
                flagged += kind == "cut" and hit
                false += kind == "complete" and hit
                if args.details and hit != (kind == "cut"):
                    print(f"{suffix}\t{'missed' if kind == 'cut' else 'false alarm'}\t{case['name']}")
        print(f"{suffix[1:]:8} {flagged:>5}/{len(cases['cut']):<5} {false:>11}/{len(cases['complete']):<10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
