# Two commands do everything on a machine with only Python 3 and make:
#   make demo   creates .venv, installs, runs kamerstuk offline on a real letter
#   make test   creates .venv, installs, runs the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean lark-range

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's metadata changes, so repeated runs are quick.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kamerstuk find examples/kamerbrief-nucleaire-risicobeperking.txt
	$(BIN)/kamerstuk check examples/kamerbrief-nucleaire-risicobeperking.txt
	$(BIN)/kamerstuk parse < examples/citations.txt

# The suite in TEST_JOBS processes (pytest-xdist): about 1.8x faster on two cores. TEST_JOBS=0
# runs it in this process alone (a debugger, -x).
TEST_JOBS ?= 2
test: $(STAMP)
	$(BIN)/python -m pytest -q -n $(TEST_JOBS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict kamerstuk tests tools benchmarks examples docs/hooks

# The engine reads Lark's tables (grammar/engine.py, lark_tables): its tests run against the lowest
# and the newest Lark that pyproject.toml allows, each in a small venv of its own.
LARK_VERSIONS := 1.1.9 1.3.1
lark-range:
	@for v in $(LARK_VERSIONS); do \
	  test -x .venv-lark-$$v/bin/python || $(PYTHON) -m venv .venv-lark-$$v || exit 1; \
	  .venv-lark-$$v/bin/python -m pip install --quiet "lark==$$v" "attrs>=23.2" pytest hypothesis \
	    || exit 1; \
	  echo "lark $$v:"; \
	  PYTHONPATH=. .venv-lark-$$v/bin/python -m pytest -q -p no:cacheprovider \
	    tests/test_engine.py tests/test_parse.py tests/test_find.py || exit 1; \
	done

# benchmarks/find.py times find() against wetsuite's finder in one process. wetsuite is no
# dependency of the project: it goes in a venv of its own, with this checkout (editable).
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed
$(BENCH_STAMP): pyproject.toml
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet -e . wetsuite
	touch $(BENCH_STAMP)

bench: $(STAMP) $(BENCH_STAMP)
	$(BIN)/python benchmarks/parse.py
	$(BENCH_VENV)/bin/python benchmarks/find.py
	$(BIN)/python benchmarks/kinds.py
	$(BIN)/python benchmarks/identifiers.py
	$(BIN)/python benchmarks/resolve.py
	$(BIN)/python benchmarks/checks.py
	$(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/find_memory.py
	$(BIN)/python benchmarks/check_speed.py
	$(BIN)/python benchmarks/memory.py

# The documentation site (into site/, warnings are errors) and the tour notebook, executed offline.
# Its extra (.[docs]) is installed on first use only, so `make test` stays quick.
DOCS_STAMP := $(VENV)/.installed-docs
.PHONY: docs clean-site

$(DOCS_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,lint,docs]'
	touch $(DOCS_STAMP)

# Material for MkDocs prints a banner about its future on every build; it is not a warning of ours.
docs: export NO_MKDOCS_2_WARNING := 1
docs: $(DOCS_STAMP)
	$(BIN)/mkdocs build --strict --site-dir site
	$(BIN)/python -m pytest -q tests/test_docs.py tests/test_examples.py tests/test_readme_commands.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) .venv-lark-* .pytest_cache .mypy_cache .ruff_cache .hypothesis

# The built site goes with the rest of the generated files.
clean: clean-site
clean-site:
	rm -rf site
