# The two commands of the README: `make build` and `make test`. Each sets up its own
# virtualenv on first use (pip only: no system fonts or libraries needed).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
# Reproducible builds: dates inside the PDFs follow the last commit unless SOURCE_DATE_EPOCH is set.
# Coverage data in the project, wherever a test's process (or its forked children) stands when it saves.
export COVERAGE_FILE ?= $(CURDIR)/.coverage
# The suite starts many Python processes (xdist workers, the smoke tests' real runs): let them share compiled
# bytecode (__pycache__/, ignored by git) even where the environment turns writing it off.
export PYTHONDONTWRITEBYTECODE :=
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 946684800)

.PHONY: build test check bench docs clean coverage mutate

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

build: $(BIN)/.installed
	$(BIN)/cardgen build content -o output

check: $(BIN)/.installed
	$(BIN)/cardgen check content

# The whole suite, with the line coverage of cardgen/ (real processes and forked children included) as its
# last line; `make coverage` lists the lines missed. A failing suite fails; coverage is shown, not enforced
# here (a test that skips, e.g. without chromium, lowers it), and make coverage fails under 90 %.
# --dist worksteal: a worker that runs out of tests takes over half of another's queue, so the few long
# tests do not leave a core idle at the end of the run.
test: $(BIN)/.installed
	@$(BIN)/python -m pytest -q -n auto --dist worksteal --cov=cardgen --cov-report=; status=$$?; \
	  if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; fi; \
	  if [ $$status -eq 0 ]; then echo "line coverage of cardgen/: $$($(BIN)/python -m coverage report --format=total) %"; fi; \
	  exit $$status

# Line coverage of cardgen/ (real processes and forked children included), every file below 100 % listed;
# fails under 90 %.
coverage: $(BIN)/.installed
	$(BIN)/python -m pytest -q -n auto --dist worksteal --cov=cardgen --cov-report=term-missing:skip-covered --cov-fail-under=90

# Mutation testing with mutmut over layout/ and the kinds (pyproject.toml [tool.mutmut]); results stay in
# mutants/ between runs. One module: make mutate MUTANTS='cardgen.layout.agenda.x_*'. See docs/testing.md.
MUTANTS ?=
$(BIN)/mutmut: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet 'mutmut>=3.3'

mutate: $(BIN)/mutmut
	@$(BIN)/mutmut run $(MUTANTS); status=$$?; $(BIN)/mutmut results; exit $$status

bench: $(BIN)/.installed
	$(BIN)/python bench/run.py

# docs/guides/*.md and their pictures, from the example files (tests/cli/test_docs.py checks they are current)
docs: $(BIN)/.installed
	$(BIN)/python docs/guides/generate.py

clean:
	rm -rf output $(VENV)
