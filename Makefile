# probconv: the library, its figures and the chapter site.
#   make serve   create .venv, install everything, render figures, serve on 127.0.0.1:8000
#   make test    create .venv, install everything, run every test (library, figures, docs, browser)
#   make build   the strict site build into site/
#   make bench   the speed benchmark against numpy, scipy and icepool

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONHASHSEED := 0

.PHONY: install serve build test bench figures clean chromium

install: $(STAMP)

$(STAMP): requirements.txt requirements-test.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-test.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

chromium:
	@bash scripts/ensure_chromium.sh

figures: install
	$(BIN)/python scripts/build_figures.py

serve: install
	$(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

build: install
	$(BIN)/mkdocs build --strict

test: install chromium
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf site .cache docs/figures docs/assets/generated
