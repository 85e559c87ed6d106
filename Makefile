# Tandem: the two commands most people need are `make run` and `make test`.
# Both do their own set-up on a fresh machine.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
BIN_DIR = .build/debug

.PHONY: run test assets build format format-check test-sqlite test-postgres test-browser bench clean

## make run: fetch the NHS.UK frontend, build, migrate the embedded SQLite database
## (tandem.sqlite, or TANDEM_DATABASE_PATH; PostgreSQL when DATABASE_URL is set),
## load demo data on first start, and serve on http://127.0.0.1:8080.
## A line for the database instead of one per migration; VERBOSE=1 shows them all.
run: build
	@log=$$(mktemp); \
	if [[ -n "$${VERBOSE:-}" ]]; then $(BIN_DIR)/tandem migrate --yes; \
	elif $(BIN_DIR)/tandem migrate --yes --log warning > "$$log" 2>&1; then \
	  n=$$(grep -c '^+ ' "$$log" || true); \
	  if [[ "$$n" -gt 0 ]]; then echo "Database: $$n migrations applied."; else echo "Database: up to date."; fi; \
	else cat "$$log"; rm -f "$$log"; exit 1; fi; \
	rm -f "$$log"
	$(BIN_DIR)/tandem demo --if-empty
	$(BIN_DIR)/tandem serve

## make test: unit and server tests on SQLite, the server tests again on a
## throwaway PostgreSQL, then the browser tests in Chromium with axe.
test: assets format-check
	swift build --build-tests
	$(MAKE) test-sqlite
	$(MAKE) test-postgres
	$(MAKE) test-browser

test-sqlite:
	@echo "== Unit and server tests on SQLite"
	swift test --skip-build

test-postgres:
	@echo "== Server tests on PostgreSQL"
	scripts/with-postgres.sh swift test --skip-build --skip TandemCoreTests

test-browser:
	@echo "== Browser tests (Chromium, Selenium, axe-core)"
	scripts/browser-tests.sh

## make format: lay out the Swift sources as .swift-format says (lines of at most 130 characters).
format:
	swift format --in-place --recursive --parallel Sources Tests

format-check:
	@echo "== Layout of the Swift sources (swift format lint; make format mends it)"
	swift format lint --strict --recursive --parallel Sources Tests

## make assets: fetch the NHS.UK frontend into Public/vendor/nhsuk/ (skipped when present).
assets:
	@scripts/fetch-assets.sh

build: assets
	swift build

clean:
	rm -rf .build Public/vendor Tests/browser/screenshots
