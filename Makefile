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
$(STAMP): pyproject.toml
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
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
	@for set in holdout holdout2 holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 holdout9 holdout10 holdout11 holdout12 holdout13 holdout14 holdout15 holdout16 holdout17 holdout18 holdout19 holdout20 holdout21 holdout22 holdout23 holdout24 holdout25 holdout26 holdout27 holdout28 holdout29 holdout30 holdout31 holdout32 holdout33 holdout34 holdout35 holdout36 holdout37 holdout38 holdout39 holdout40 holdout41 holdout42 holdout43 holdout44 holdout45 holdout46 holdout47 holdout48 holdout49 holdout50 holdout51 holdout52 holdout53 holdout54 holdout55 holdout56 holdout57 holdout58 holdout59 holdout60 holdout61 holdout62 holdout63 holdout64 holdout65 holdout66 holdout67 holdout68 holdout69 holdout70 holdout71 holdout72 holdout73 holdout74; do d=tests/data/real/$$set; echo "== held-out ($$d)"; \
	  $(BIN)/notices evaluate $$d/raw/ --gold $$d/gold $$( [ -f $$d/links.json ] && echo --links $$d/links.json ); done
	@for set in grow1 grow2 grow3 grow4; do d=tests/data/real/$$set; [ -d $$d ] || continue; echo "== development set ($$d)"; \
	  $(BIN)/notices evaluate $$d/raw/ --gold $$d/gold $$( [ -f $$d/links.json ] && echo --links $$d/links.json ); done

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(DB) *.egg-info
