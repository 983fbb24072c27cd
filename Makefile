# chronist: two commands on a fresh machine.
#   make demo   create .venv, install, ingest the bundled examples into demo.duckdb, print a summary
#   make test   create .venv, install, run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench bench-api clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,serve,ray]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f demo.duckdb
	$(BIN)/chronist ingest examples/ --db demo.duckdb --quiet
	@echo "--- the same folder again: every article is already stored ---"
	$(BIN)/chronist ingest examples/ --db demo.duckdb --quiet
	$(BIN)/chronist summary --db demo.duckdb

test: install
	bash scripts/install_browser.sh
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/throughput.py

bench-api: install
	$(BIN)/python benchmarks/api.py

clean:
	rm -rf $(VENV) demo.duckdb .pytest_cache .mypy_cache .ruff_cache
