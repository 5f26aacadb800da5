# probconv: the library, its figures and the chapter site.
#   make serve   create .venv, install everything, render figures, serve on 127.0.0.1:8000
#   make test    create .venv, install everything, lint, run every test (library, figures, docs, browser)
#   make check   lint and the quick tests (no browser, no site build, no full figure render): under a minute
#   make lint    ruff and mypy
#   make build   the strict site build into site/
#   make bench   the speed benchmark against numpy, scipy and icepool
#   make lock    recompile requirements.lock from requirements.txt and requirements-test.txt
#   make reproducible   two clean builds under load, compared byte for byte
#   make edit-loop      time mkdocs serve's rebuilds after saving a page and a figure
#   make audit   Lighthouse 12 on every page, served with gzip: the median of three runs against the targets

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Temml (typesets the formulas at build time) and the math font, from the npm registry.
NODE_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONHASHSEED := 0

.PHONY: install serve build test check lint lock bench figures reproducible edit-loop audit clean chromium node

install: $(STAMP) $(NODE_STAMP)

$(STAMP): requirements.lock pyproject.toml site_tools/pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e . -e site_tools
	@touch $@

# Every transitive dependency pinned, for Python 3.11 on Linux (pymdown-extensions needs 3.11.5 or later);
# run after editing a requirements file. uv comes pinned from the current lock.
lock: install
	$(BIN)/uv pip compile --quiet --python-version 3.11.5 --python-platform linux \
		--output-file requirements.lock requirements.txt requirements-test.txt

$(NODE_STAMP): package.json package-lock.json
	@bash scripts/ensure_node.sh
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

# Node.js is needed to build the site; installed with apt-get when it is missing.
node:
	@bash scripts/ensure_node.sh

chromium:
	@bash scripts/ensure_chromium.sh

figures: install
	$(BIN)/python -m probconv_site.figures

serve: install
	$(BIN)/mkdocs serve --strict -a 127.0.0.1:8000

build: install
	$(BIN)/mkdocs build --strict

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

check: lint
	$(BIN)/python -m pytest -m "not browser and not build"

test: install chromium lint
	$(BIN)/python -m pytest -n auto --durations=15

# Two clean builds while busy processes hold every core: byte-identical or exit 1.
reproducible: install
	$(BIN)/python -m probconv_site.reproducible

# mkdocs serve's rebuild times after saving a page (budget 1.5 s) and a figure module (3 s).
edit-loop: install
	$(BIN)/python -m probconv_site.edit_loop

# Lighthouse comes from the npm registry into audit/node_modules, apart from the site's own packages.
AUDIT_STAMP := audit/node_modules/.installed

$(AUDIT_STAMP): audit/package.json audit/package-lock.json
	@bash scripts/ensure_node.sh
	npm ci --prefix audit --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

# Lighthouse scores depend on timing: a report, never part of `make test`.
audit: install chromium $(AUDIT_STAMP)
	$(BIN)/python -m probconv_site.audit

bench: install
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf site .cache docs/figures docs/assets/generated node_modules audit/node_modules
