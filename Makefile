# Two entry points for a fresh machine with Python 3.11: `make serve` and `make test`.
# The virtual environment is created and filled on first use, and refreshed when
# pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= db/notices.db
PORT ?= 8001
OUT ?= dist/catalog

.PHONY: serve publish build test score bench clean

# A new environment each time pyproject.toml changes: packages that a change swaps
# (opencc for opencc-python-reimplemented: one import name) must not sit side by side.
# pip replaces itself without compiling: a fresh clone once saw that step fail on pip's own
# assertion about the .pyc files it had just written, and the new pip runs as well without them.
$(STAMP): pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --no-compile --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/notices build corpus/ --db $(DB)

# The port is checked before the build, so a taken port fails at once, not after a rebuild.
serve: $(STAMP)
	@$(BIN)/python -c "import sys; from db.serve import port_problem; p = port_problem('127.0.0.1', $(PORT)); p and sys.exit('make serve: ' + p)"
	$(MAKE) build
	$(BIN)/notices serve --db $(DB) --port $(PORT)

# A folder that `datasette serve -i` runs as it is (see README, Publishing).
publish: build
	$(BIN)/notices publish --db $(DB) --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest

# The seeds the rules were first written against, the shared dev set, our own real corpus and
# the held-out sets (each README says how far it was looked at), each scored on its own.
score: $(STAMP)
	@echo "== seeds (corpus/)"; $(BIN)/notices evaluate corpus/ --gold tests/data/gold --links tests/data/links.json
	@echo "== shared dev set (tests/data/dev)"; $(BIN)/notices evaluate tests/data/dev/raw/ --gold tests/data/dev/gold
	@echo "== real corpus (tests/data/real)"; $(BIN)/notices evaluate tests/data/real/raw/ --gold tests/data/real/gold --links tests/data/real/links.json
	@for d in $$(ls -d tests/data/real/holdout* | sort -V); do echo "== held-out ($$d)"; \
	  $(BIN)/notices evaluate $$d/raw/ --gold $$d/gold $$( [ -f $$d/links.json ] && echo --links $$d/links.json ); done
	@for set in grow1 grow2 grow3 grow4; do d=tests/data/real/$$set; [ -d $$d ] || continue; echo "== development set ($$d)"; \
	  $(BIN)/notices evaluate $$d/raw/ --gold $$d/gold $$( [ -f $$d/links.json ] && echo --links $$d/links.json ); done

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(DB) *.egg-info
