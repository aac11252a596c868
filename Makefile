# framing: the two commands a reader needs are `make reproduce` and `make test`.
#   make reproduce   set up .venv (pinned) and execute every notebook, writing figures/ and data/processed/
#   make test        set up .venv if missing and run the whole test suite
#   make lint        ruff
#   make docs        the API reference from the docstrings (pdoc) in build/docs/; a warning fails it
#   make browser     install headless Chromium (Debian's chromium) for the evidence-page test, if missing
#   make lock        re-pin requirements.lock from .venv and regenerate environment.yml
#   make clean       remove build outputs (figures/, data/processed/ tables, build/), keep the parse cache
# Only what changed is rebuilt: each notebook re-runs when it, the library, or the data it reads change.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.framing-installed
SRC := $(shell find src/framing -name '*.py' -o -name '*.csv' | sort)
RAW := $(wildcard data/raw/*)
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
EXECUTED := $(patsubst notebooks/%,build/notebooks/%,$(NOTEBOOKS))

.PHONY: all setup reproduce notebooks test lint lock clean docs browser
all: reproduce

setup: $(STAMP)

$(STAMP): requirements.lock requirements-model.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip==26.3
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

PARSE_SRC := src/framing/corpus.py src/framing/clean.py src/framing/nlp.py src/framing/parse.py

reproduce: $(STAMP) build/parse.stamp
	@$(MAKE) --no-print-directory notebooks
	$(PY) tools/render_readme.py

# Make works out which notebooks are out of date; with QUEUE set, their rules
# only list them, and one run_notebooks.py process then runs the list, JOBS
# kernels at a time (one Python start and one nbclient import, not one per notebook).
# Three kernels keep two cores busy: a kernel waits while its outputs are relayed.
STALE := build/stale-notebooks.txt
JOBS ?= 3
notebooks: $(STAMP)
	@mkdir -p build && rm -f $(STALE)
	@$(MAKE) -s --no-print-directory QUEUE=$(STALE) $(EXECUTED)
	@if [ -s $(STALE) ]; then $(PY) tools/run_notebooks.py --jobs $(JOBS) $$(cat $(STALE)); fi

# Parse the corpus once (warm cache) before notebooks run side by side.
build/parse.stamp: $(RAW) $(PARSE_SRC) $(STAMP)
	$(PY) -c "import framing; framing.parse(framing.load_corpus('data/raw'), cache_dir='data/processed/cache')"
	@mkdir -p build && touch $@

# Each notebook computes from data/raw (none reads another's tables), so they are
# independent: a notebook re-runs when it, the library, data/raw, or a study or
# validation file it names changes (build/deps.mk, read from the notebooks' code).
build/notebooks/%.ipynb: notebooks/%.ipynb $(SRC) $(RAW) $(STAMP) tools/run_notebooks.py
	$(if $(QUEUE),@echo $< >> $(QUEUE),$(PY) tools/run_notebooks.py $<)

build/deps.mk: $(NOTEBOOKS) tools/notebook_deps.py
	@mkdir -p build
	python3 tools/notebook_deps.py > $@

-include build/deps.mk

test: $(STAMP) browser
	$(PY) -m pytest

# tests/test_evidence.py opens evidence.html in headless Chromium (skipped without it,
# except on CI, where it fails): install Debian's package when it is missing and we may.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	elif sudo -n true 2>/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq chromium; \
	else echo "make browser: chromium is missing and installing it needs root (apt-get install chromium)"; fi

# The API reference, made by pdoc from the numpy-style docstrings of the public API
# (framing, plus the pipeline's Analysis and registry and the evidence page's helpers).
# -W error: any warning (an annotation pdoc cannot read, a deprecated call) fails the build.
DOCS_DIR ?= build/docs
DOCS_MODULES ?= framing framing.pipeline framing.evidence
docs: $(STAMP)
	rm -rf $(DOCS_DIR)
	$(PY) -W error -m pdoc --docformat numpy --output-directory $(DOCS_DIR) $(DOCS_MODULES)

lint: $(STAMP)
	$(PY) -m ruff check src tests tools benchmarks

lock: $(STAMP)
	{ sed -n '1,/^# The spaCy/p' requirements.lock; $(PY) -m pip freeze --all --exclude-editable | grep -v "^pip==" | grep -vi '^en[-_]core[-_]web' | sort -f; } > requirements.lock.tmp
	mv requirements.lock.tmp requirements.lock
	$(PY) tools/sync_environment.py

clean:
	rm -rf build figures/*.png figures/*.pdf
	find data/processed -maxdepth 1 -type f ! -name README.md -delete
