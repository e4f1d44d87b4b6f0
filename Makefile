# Tòa Soạn — the README's two commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STATIC_MANIFEST := staticfiles/staticfiles.json
STATIC_SOURCES := $(shell find site/static themes -type f 2>/dev/null)
# The reader stylesheet is built from its components and committed (see site/build_css.py).
CSS_BUNDLE := site/static/css/site.css
CSS_COMPONENTS := $(sort $(wildcard site/static/css/components/*.css))
# Tests always run on cms.settings.test (a DJANGO_SETTINGS_MODULE in the environment
# would otherwise win over pyproject.toml and put the suite on the dev settings).
PYTEST := $(PY) -m pytest --ds=cms.settings.test

.PHONY: layers css bench-import bench-spike bench-forums bench-grouping test-cache run dev test test-fast test-browser test-db lint format bench bench-search messages migrations-check clean-db

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

## Set up (venv, packages, database, static files, demo content, admin user) and serve on
## 127.0.0.1:$(PORT) with the production server: gunicorn, one worker per core (WEB_CONCURRENCY),
## DEBUG off (cms.settings.embedded), scheduled jobs in one process
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: export DJANGO_SETTINGS_MODULE = cms.settings.embedded
run: $(VENV)/.runtime-installed $(STATIC_MANIFEST)
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py load_demo
	$(PY) manage.py ensure_admin
	$(PY) manage.py set_site_port $(PORT)
	$(PY) manage.py serve 127.0.0.1:$(PORT)

## For developers: Django's development server (DEBUG, autoreload; cms.settings.dev) with the same jobs
dev: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
dev: export DJANGO_SETTINGS_MODULE = cms.settings.dev
dev: $(VENV)/.runtime-installed
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py load_demo
	$(PY) manage.py ensure_admin
	$(PY) manage.py set_site_port $(PORT)
	$(PY) manage.py dev 127.0.0.1:$(PORT)

## The reader stylesheet: site/static/css/site.css rebuilt from site/static/css/components/*.css
## (committed, so a fresh clone needs no build; tests/static fails when it is stale). Standard library only.
css: $(CSS_BUNDLE)

$(CSS_BUNDLE): $(CSS_COMPONENTS) site/build_css.py
	$(PYTHON) site/build_css.py
	@touch $@

# Static files collected (hashed names, gzip and Brotli) again only when they or the packages change.
$(STATIC_MANIFEST): $(VENV)/.runtime-installed $(STATIC_SOURCES) $(CSS_BUNDLE) cms/core/static_storage.py
	DJANGO_SETTINGS_MODULE=cms.settings.embedded $(PY) manage.py collectstatic --no-input -v 0
	touch $@

# Issue 12: Lighthouse 12 (Node 20; Lighthouse 13 wants Node 22) for the browser tests, from its lock file.
LIGHTHOUSE_STAMP := tools/lighthouse/node_modules/.package-lock.json

$(LIGHTHOUSE_STAMP): tools/lighthouse/package.json tools/lighthouse/package-lock.json
	@if command -v npm >/dev/null; then cd tools/lighthouse && npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the Lighthouse browser test will skip (install Node.js 18.16+)"; fi

## The whole suite: unit, API, browser tests (browser/PostgreSQL tests skip with a reason where absent)
test: $(VENV)/.dev-installed $(LIGHTHOUSE_STAMP)
	$(PYTEST) -m "not browser and not concurrency" -n 2
	$(PYTEST) -m concurrency
	$(PYTEST) -m browser

## Quick iteration: everything except the browser tests, in parallel
test-fast: $(VENV)/.dev-installed
	$(PYTEST) -m "not browser and not concurrency" -n 2 -q

test-browser: $(VENV)/.dev-installed $(LIGHTHOUSE_STAMP)
	$(PYTEST) -m browser

## Everything the database decides (all but the browser tests): CI runs it on PostgreSQL, where the
## browser step would repeat the SQLite run's pages and checks for a quarter of CI's time
test-db: $(VENV)/.dev-installed
	$(PYTEST) -m "not browser and not concurrency" -n 2
	$(PYTEST) -m concurrency

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m tests.architecture.import_graph --check

## Issue 14: the import graph between the apps of cms/ (cycles, imports inside functions, lines per app)
layers:
	$(PY) -m tests.architecture.import_graph

format: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrations-check: $(VENV)/.dev-installed
	$(PY) manage.py makemigrations --check --dry-run

## Benchmarks: throughput, SQL queries per article, view-counting cost
bench: $(VENV)/.dev-installed
	DJANGO_SETTINGS_MODULE=cms.settings.bench $(PY) -m cms.bench.run
	DJANGO_SETTINGS_MODULE=cms.settings.bench $(PY) -m cms.bench.comments

## Issue 15: one forum with 1,000,000 opinions against one with 1,000 (BENCH_FORUM_OPINIONS; DATABASE_URL for PostgreSQL)
bench-forums: $(VENV)/.dev-installed
	DJANGO_SETTINGS_MODULE=cms.settings.bench $(PY) -m cms.bench.forums

## Issue 15: grouping similar opinions, precision/recall on the labelled set and opinions/s (BENCH_GROUPING_OPINIONS)
bench-grouping: $(VENV)/.dev-installed
	DJANGO_SETTINGS_MODULE=cms.settings.bench $(PY) -m cms.bench.grouping

## Search benchmark: 100,000 Vietnamese documents, embedded vs Wagtail's stock backend vs bare FTS5 (BENCH_SEARCH_DOCS)
bench-search: $(VENV)/.dev-installed
	DJANGO_SETTINGS_MODULE=cms.settings.bench_search $(PY) -m cms.bench.search

## Refresh the Vietnamese admin catalogue against the installed Wagtail and list what is untranslated
messages: $(VENV)/.dev-installed
	$(PY) manage.py update_vi_catalogue

clean-db:
	rm -f db.sqlite3 db.sqlite3-wal db.sqlite3-shm
	rm -rf var/cache  # the shared page and settings cache belongs to that database

## Issue 11: the cache, purge and edge tests alone (CI runs them on PostgreSQL + REDIS_URL)
test-cache: $(VENV)/.dev-installed
	$(PYTEST) tests/core/test_cache_backends.py tests/core/test_page_cache.py tests/core/test_page_views.py tests/core/test_shared_tokens.py tests/core/test_fragments.py -q
	$(PYTEST) tests/edge -q

## Issue 16: a NukeViet database of BENCH_IMPORT_ARTICLES articles (100,000) and twice as many comments in
## MariaDB, imported into a throw-away SQLite installation: items/s and memory
bench-import: $(VENV)/.dev-installed
	DJANGO_SETTINGS_MODULE=cms.settings.bench $(PY) -m cms.nukeviet.bench

## Issue 11: the breaking-news spike with wrk (Debian's `wrk`): origin, page cache, Varnish
bench-spike: $(VENV)/.dev-installed
	BENCH_SPIKE=1 DJANGO_SETTINGS_MODULE=cms.settings.bench $(PY) -m cms.bench.spike
