# The README's two commands: `make serve` and `make test`. Both run the
# set-up first (scripts/setup.sh skips what is already installed).
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
# wasm-opt comes from npm (binaryen); it must win over any other on PATH.
export PATH := $(CURDIR)/e2e/node_modules/.bin:$(CARGO_BIN):$(PATH)

ADDRESS ?= 127.0.0.1
PORT ?= 8080
WASM := --target wasm32-unknown-unknown

.PHONY: help setup build serve test fmt-check clippy test-native \
	test-wasm release e2e e2e-host smoke size hydration-check bench

help:
	@echo "make serve   set up, build the release and serve it on http://$(ADDRESS):$(PORT)/"
	@echo "make test    set up, then run every check and test layer"
	@echo "make bench   sizes, Lighthouse budgets and the diary benchmarks (not tests)"

setup:
	@bash scripts/setup.sh

# Two Trunk builds: the diary's WebAssembly first (into target/, one
# folder per profile, where src/bin/prerender/ looks), then the main
# one, whose post-build step renders every page and copies the diary's
# files in.
DIARY_DIST := target/diary-dist
TOOLS_DIST := target/tools-dist
TRUNK_RELEASE := trunk build diary.html --release \
	--dist $(DIARY_DIST)/release \
	&& trunk build tools.html --release --dist $(TOOLS_DIST)/release \
	&& trunk build --release

build: setup
	@echo "==> trunk build --release (diary, tools, then main)"
	$(TRUNK_RELEASE)

serve: build
	ADDRESS=$(ADDRESS) PORT=$(PORT) node scripts/serve.mjs dist

# Each step stops the run at its first failure; each runner prints its
# own summary.
test: setup
	@$(MAKE) --no-print-directory fmt-check clippy test-native test-wasm \
		release e2e e2e-host smoke size hydration-check
	@echo "==> make test: all layers passed"

fmt-check:
	@echo "==> cargo fmt --check"
	cargo fmt --all --check

clippy:
	@echo "==> cargo clippy (native and wasm32)"
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --no-default-features --features ssr \
		-- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings
	cargo clippy --bins $(WASM) --no-default-features --features hydrate \
		-- -D warnings

test-native:
	@echo "==> cargo test (native)"
	cargo test
	cargo test --no-default-features --features ssr --bin prerender

test-wasm:
	@echo "==> wasm-bindgen-test in headless Chromium"
	cargo test $(WASM) --test web

release:
	@echo "==> trunk build --release (diary, tools, then main)"
	$(TRUNK_RELEASE)

e2e:
	@echo "==> Playwright against dist/"
	cd e2e && npx playwright test

# The host layer: the @host tests (offline, headers, cache, MIME, 404)
# against Debian's nginx serving dist/ with the server block the build
# wrote (target/deploy/nginx.conf).
e2e-host:
	@echo "==> Playwright against dist/ served by nginx"
	cd e2e && npx playwright test -c playwright.nginx.config.js

# The essentials in WebKit (Safari's engine) and Firefox, through
# WebDriver: Playwright here drives only Chromium.
smoke:
	@echo "==> Smoke tests in WebKit and Firefox against dist/"
	@bash scripts/smoke.sh dist

size:
	@bash scripts/size.sh dist

# Release builds trust that the markup matches and stay quiet; a debug
# build reports any hydration mismatch. Built into target/ so dist/ stays
# the release.
hydration-check:
	@echo "==> debug build, every page hydrated without a mismatch"
	trunk build diary.html --dist $(DIARY_DIST)/debug \
		&& trunk build tools.html --dist $(TOOLS_DIST)/debug \
		&& trunk build --dist target/dev-dist
	cd e2e && node hydration-check.mjs ../target/dev-dist

# Benchmarks, not tests: bytes on the wire per file and for a first
# visit, Lighthouse's mobile audit against a plain page with budgets
# (fails if one is missed), then the stored size of 10 years of diary data
# and how long it takes to read, natively and in the app (medians).
BENCH_PORT ?= 8097
# Every part runs even when an earlier one misses a budget; the target
# fails at the end if any did.
# The bench builds as a deploy would: with the site's origin, so the
# hreflang links are absolute (here the bench's own server).
bench: setup
	@echo "==> trunk build --release, SITE_ORIGIN=$${SITE_ORIGIN:-http://127.0.0.1:8211}"
	export SITE_ORIGIN=$${SITE_ORIGIN:-http://127.0.0.1:8211}; $(TRUNK_RELEASE)
	@status=0; bash scripts/bench.sh || status=1; \
	cargo run --release --quiet --bin diary_bench -- \
		--write target/decade.json || status=1; \
	PORT=$(BENCH_PORT) node scripts/serve.mjs dist >/dev/null & server=$$!; \
	trap 'kill $$server' EXIT; sleep 1; \
	(cd e2e && node bench-diary.mjs http://127.0.0.1:$(BENCH_PORT) \
		../target/decade.json) || status=1; \
	exit $$status
