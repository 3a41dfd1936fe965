# Two commands for a new user (see README):
#   make demo   - create .venv, install dyads (no test tools), code the bundled reference article, store it in dyads.duckdb
#   make test   - create .venv, install dyads with test tools, run ruff and the whole test suite
PYTHON ?= python3
VENV ?= .venv
STAMP := $(VENV)/.installed-stamp
# the test tools (pytest, ruff, playwright, hypothesis, httpx): only for `make test`
TEST_STAMP := $(VENV)/.test-tools-stamp
EXAMPLE := src/dyads/examples/socialist-worker-2561-mission-accomplished.txt
# The example page says "This article is over 6 years, 7 months old"; it was saved in early 2024.
EXAMPLE_RETRIEVED := 2024-02-20

.PHONY: demo test install clean train

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(VENV)/bin/python -m pip install --quiet -e ".[test]"
	touch $(TEST_STAMP)

demo: $(STAMP)
	$(VENV)/bin/dyads code $(EXAMPLE) --retrieved $(EXAMPLE_RETRIEVED) --db dyads.duckdb

test: $(TEST_STAMP)
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/python -m pytest

clean:
	rm -rf $(VENV) dyads.duckdb .pytest_cache

# Rebuild the learned event layer (src/dyads/data/events/models/) from the evaluation kit's dev
# splits and the openly licensed training sets in ../shared (docs/decisions/0004-learned-event-layer.md).
KIT ?= ../shared
train: $(STAMP)
	$(VENV)/bin/python -m pip install --quiet -e ".[train]"
	$(VENV)/bin/python scripts/train_event_models.py --kit $(KIT)
