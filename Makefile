# Everyday commands. Needs only Python 3.11+ and make; `make venv` installs everything else.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Extras to install: `make venv EXTRAS=test,postgres,redis` adds the PostgreSQL and Redis clients.
EXTRAS ?= test
comma := ,
STAMP := $(VENV)/.installed-$(subst $(comma),-,$(EXTRAS))
# `make demo` and `make serve` need Masthead alone: no test tools, browser driver or linters.
APP_STAMP := $(VENV)/.installed-app
DEMO_PASSWORD := masthead-demo-2025
ARGS ?=
# Where `make demo` and `make serve` listen.
BIND ?= 127.0.0.1:8000

.PHONY: venv demo serve test lint check messages clean bench bench-newsletter bench-ads bench-related bench-search bench-search-quality bench-import bench-redirects screenshots readme-image audit

venv: $(STAMP)

# Re-installs whenever pyproject.toml is newer than the stamp of the last install.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $@

# The same without extras (extras installed earlier stay).
$(APP_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# A newsroom with sample stories at http://$(BIND)/, and the task worker beside it, with two
# logins for the back office: an editor and an administrator (users, sections, ads). Both are
# printed once the site answers.
demo: $(APP_STAMP)
	$(BIN)/masthead migrate --noinput
	$(BIN)/masthead demo-data
	$(BIN)/masthead create-user --username editor --role editor --password $(DEMO_PASSWORD) >/dev/null
	$(BIN)/masthead create-user --username admin --role administrator --password $(DEMO_PASSWORD) >/dev/null
	@url=http://$(BIND); \
	( for i in $$(seq 150); do \
		$(BIN)/python -c "import sys, urllib.request as u; u.urlopen(sys.argv[1], timeout=2)" $$url/en/ 2>/dev/null && break; \
		sleep 0.2; \
	done; \
	printf '\n  The demo newsroom: %s/en/ and %s/ar/\n' $$url $$url; \
	printf '  Back office: %s/admin/\n' $$url; \
	printf '    editor / $(DEMO_PASSWORD)   writes, edits, publishes, sends the newsletter\n'; \
	printf '    admin  / $(DEMO_PASSWORD)   everything, with users, sections and ads\n'; \
	printf '  Ctrl-C stops it.\n\n' ) & \
	$(MAKE) --no-print-directory serve

# The site as it is (no demo data loaded) at http://$(BIND)/, and the task worker beside it.
# One Ctrl-C stops both: it reaches every process of the group, and the trap stops the worker
# in any case once the server is gone.
serve: $(APP_STAMP)
	@$(BIN)/masthead worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' INT TERM EXIT; \
	$(BIN)/masthead serve --bind $(BIND)

test: venv
	$(BIN)/python -m pytest $(ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# Exactly what CI checks (CI adds PostgreSQL and Redis runs of the tests).
check: lint
	$(BIN)/masthead makemigrations --check --dry-run
	$(MAKE) test

# Page speed (bench/run.py): home, story, section, tag, author, most read, search and a deep archive
# page, uncached, cached, and cached behind deploy/nginx.conf, at 32 and 256 connections, against
# nginx's ceiling and the targets, plus a 1,024-connection check of the cached home page; on SQLite
# with the file cache and, when PostgreSQL and Redis answer on 127.0.0.1, on PostgreSQL with the
# page cache in Redis, side by side (ARGS="--articles 100000" for the 100,000-story newsroom);
# then newsletter sending (bench/newsletter.py: a digest to 50,000 subscribers into an SMTP sink);
# then ad decisions a second at /ads/decide/ (bench/ads.py: 40 campaigns, 1 and 3 slots a request).
# Installs wrk and nginx with apt-get if missing; ARGS="--duration 3 --repeat 1 --warmup 2" for a
# quick look.
# Every part runs even when an earlier one misses its target; the exit status says if any did.
bench: venv
	@status=0; \
	$(BIN)/python bench/run.py $(ARGS) || status=1; \
	$(BIN)/python bench/newsletter.py || status=1; \
	$(BIN)/python bench/ads.py || status=1; \
	$(BIN)/python bench/newsday.py --bench-args "$(ARGS)" || status=1; \
	exit $$status

# The news day (bench/newsday.py): for 2 minutes a run, 64 readers making visits (a front or one
# of 1,000 stories, its ad decision, a view beacon for a story) while an editor publishes a story
# every 10 s; masthead serve alone and behind deploy/nginx.conf, on SQLite and on PostgreSQL +
# Redis; then req/s and p50/p99 per kind, errors, and stale pages seen after each publish's purge
# (ARGS="--duration 20 --articles 2000" for a quick look).
.PHONY: bench-newsday
bench-newsday: venv
	$(BIN)/python bench/newsday.py $(ARGS)

# Newsletter sending alone: messages a second and peak memory at 10,000, 25,000 and 50,000.
bench-newsletter: venv
	$(BIN)/python bench/newsletter.py $(ARGS)

# Ad decisions alone: decisions a second from `masthead serve`, and that nothing ended, paused or
# not yet begun is served and caps hold (bench/ads.py; ARGS="--duration 3" for a quick look).
bench-ads: venv
	$(BIN)/python bench/ads.py $(ARGS)

# Importing: a generated 10,000-post WordPress export with 10,000 pictures served on 127.0.0.1:
# posts a second without and with pictures, a re-run's time, and peak memory as the file grows
# (bench/imports.py; ARGS="--posts 2000" for a quick look).
bench-import: venv
	$(BIN)/python bench/imports.py $(ARGS)

# Old addresses: 100,000 redirects written by the importers' save_redirects, then a redirect, a
# missing page (404) and an uncached story page a second under wrk, and the ratio of the first to
# the last (bench/redirects.py; ARGS="--duration 3 --repeat 1" for a quick look).
bench-redirects: venv
	$(BIN)/python bench/redirects.py $(ARGS)

# "You May Also Like": Pearson r on the Lee et al. news-similarity set, precision@5, and the
# time to recompute one story among 100,000 (bench/related.py; ARGS="--skip-scale" for a quick look).
bench-related: venv
	$(BIN)/python bench/related.py $(ARGS)

# Full-text search: index build time and size for 100,000 stories, query p50/p95 on SQLite FTS5
# and (when reachable) PostgreSQL, and uncached results pages a second under wrk
# (bench/search.py; target p95 <= 30 ms; ARGS="--articles 20000" for a quick look).
bench-search: venv
	$(BIN)/python bench/search.py $(ARGS)

# Search quality on the demo newsroom: for each query of bench/search_queries.json (English and
# Arabic, typed as readers type them), the rank of the story it is meant to find, then recall@10
# and MRR per language; misspelt queries must offer the right "Did you mean" (bench/search_quality.py).
# Exits 1 if any story is missing from its first page of results.
bench-search-quality: venv
	$(BIN)/python bench/search_quality.py $(ARGS)

# Updates the Arabic catalogue and compiles it; the .po and .mo files are both committed.
messages: venv
	cd masthead && ../$(BIN)/masthead makemessages -l ar --ignore static
	cd masthead && ../$(BIN)/masthead compilemessages -l ar

# Removes the virtualenv, caches, build output and collected static files; keeps var/'s data and media.
clean:
	rm -rf $(VENV) build dist *.egg-info masthead.egg-info .pytest_cache .ruff_cache var/static
	find masthead -name __pycache__ -type d -prune -exec rm -rf {} +

# Screenshots of home, an article, a caricature, an opinion page, a section, a tag, an author, search
# and the newsletter page, in English and Arabic, at phone and desktop widths, the editor's desk and
# story form in both languages of the admin, and of the digest and alert mails (light and dark), into
# docs/screenshots/ (headless Debian chromium, installed if missing).
SHOTS_DIR := var/screenshots
screenshots: venv
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	MASTHEAD_DATA_DIR=$(SHOTS_DIR) $(BIN)/masthead migrate --noinput -v0
	MASTHEAD_DATA_DIR=$(SHOTS_DIR) $(BIN)/masthead demo-data
	MASTHEAD_DATA_DIR=$(SHOTS_DIR) $(BIN)/masthead create-user --username editor --role editor --password $(DEMO_PASSWORD) >/dev/null
	@MASTHEAD_DATA_DIR=$(SHOTS_DIR) $(BIN)/masthead serve --bind 127.0.0.1:8765 --workers 1 & server=$$!; \
	trap 'kill $$server 2>/dev/null; wait $$server 2>/dev/null' INT TERM EXIT; \
	for i in $$(seq 50); do $(BIN)/python -c "import urllib.request as u; u.urlopen('http://127.0.0.1:8765/en/', timeout=2)" 2>/dev/null && break; sleep 0.2; done; \
	MASTHEAD_DATA_DIR=$(SHOTS_DIR) MASTHEAD_SITE_URL=http://127.0.0.1:8765 $(BIN)/python bench/mail_preview.py --out $(SHOTS_DIR)/mail; \
	$(BIN)/python bench/screenshots.py --base-url http://127.0.0.1:8765 --out docs/screenshots --mail-dir $(SHOTS_DIR)/mail \
		--login editor:$(DEMO_PASSWORD)

# The README's picture, docs/images/home.png: the first screen of the demo's English home page at
# 1280x860, in bench/screenshots.py's 128-colour palette (small enough for the README). On the same
# newsroom as `make screenshots`; README_IMAGE_PORT if 8766 is taken.
README_IMAGE_PORT ?= 8766
readme-image: venv
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	MASTHEAD_DATA_DIR=$(SHOTS_DIR) $(BIN)/masthead migrate --noinput -v0
	MASTHEAD_DATA_DIR=$(SHOTS_DIR) $(BIN)/masthead demo-data
	@MASTHEAD_DATA_DIR=$(SHOTS_DIR) $(BIN)/masthead serve --bind 127.0.0.1:$(README_IMAGE_PORT) --workers 1 & server=$$!; \
	trap 'kill $$server 2>/dev/null; wait $$server 2>/dev/null' INT TERM EXIT; \
	url=http://127.0.0.1:$(README_IMAGE_PORT)/en/; \
	for i in $$(seq 150); do $(BIN)/python -c "import sys, urllib.request as u; u.urlopen(sys.argv[1], timeout=2)" $$url 2>/dev/null && break; sleep 0.2; done; \
	$(BIN)/python -c 'import sys; sys.path.insert(0, "bench"); from screenshots import CHROMIUM, shrink; \
	from playwright.sync_api import sync_playwright; p = sync_playwright().start(); \
	b = p.chromium.launch(executable_path=CHROMIUM); page = b.new_page(viewport={"width": 1280, "height": 860}); \
	page.goto(sys.argv[1], wait_until="networkidle"); page.screenshot(path=sys.argv[2]); b.close(); p.stop(); \
	shrink(sys.argv[2])' $$url docs/images/home.png; \
	ls -l docs/images/home.png

# Lighthouse on the demo newsroom (var/bench/audit/): home, a story, a section and a search page in
# English and Arabic, with the phone and desktop settings; SEO, accessibility, best practices and
# performance per page, the failing audits of any page under target (SEO 100, best practices 95),
# JSON reports in var/bench/audit/reports/ (bench/audit.py). Exits 1 if a target is missed.
# Headless Debian chromium, and Node with Lighthouse from bench/audit/package-lock.json, installed if
# missing; ARGS="--presets desktop --languages en" for a quicker look.
AUDIT_MODULES := bench/audit/node_modules/.package-lock.json
$(AUDIT_MODULES): bench/audit/package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq nodejs npm)
	npm ci --prefix bench/audit --no-audit --no-fund
	touch $@

audit: venv $(AUDIT_MODULES)
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	CHROME_PATH=$$(command -v chromium) $(BIN)/python bench/audit.py $(ARGS)
