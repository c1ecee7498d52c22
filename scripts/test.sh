#!/usr/bin/env bash
# Runs every test of Hover. Installs what is missing first and skips what is present, so it
# works on a fresh Debian machine with only rustup/cargo, and is quick on a prepared one.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
# Every temporary file of the run (the tests', ClickHouse's, the browsers' profiles, which
# chromedriver leaves behind) goes in one folder, removed when the run ends, pass or fail.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export TMPDIR=$scratch

step "toolchain and test dependencies"
ensure_wasm_target
ensure_apt_packages clickhouse-server chromium chromium-driver firefox-esr
# ZooKeeper for the replicated cluster tests (run by Java directly; no system service).
ensure_apt_packages --no-install-recommends zookeeper
ensure_wasm_tools
ensure_node_packages
ensure_chdb
ensure_statsmodels
ensure_client_packages
ensure_shared_data

step "the core builds for wasm32 (it must stay free of I/O)"
cargo build --quiet -p hover-core --target wasm32-unknown-unknown --release

step "formatting and lints"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings

step "unit, property, reference-vector, miner-accuracy, store-conformance (real ClickHouse, one server and a 2x2 cluster), chDB, CLI, server, cluster-fault and real-client tests"
log=$(mktemp)
cargo test --workspace --release 2>&1 | tee "$log"

step "the wasm package, in headless Chrome and Firefox"
build_wasm_package
ls -l pkg/hover_bg.wasm
# The browser downloads it: keep it within its 250 KB budget (BENCHMARKS.md).
wasm_bytes=$(stat -c %s pkg/hover_bg.wasm)
if [ "$wasm_bytes" -gt 250000 ]; then
  echo "pkg/hover_bg.wasm is $wasm_bytes bytes, over its 250,000-byte budget" >&2
  exit 1
fi
(cd crates/hover-wasm && wasm-pack test --headless --chrome --release) 2>&1 | tee -a "$log"
(cd crates/hover-wasm && wasm-pack test --headless --firefox --release) 2>&1 | tee -a "$log"

step "the page test: www-test/ in headless Chromium against hover serve --demo"
cargo build --quiet --release -p hover
npm test --prefix www-test 2>&1 | tee -a "$log"
step "the Grafana panel: types, lints, jest, the built plugin in headless Chromium, levitate"
ensure_panel_packages
(cd grafana-panel && npm run --silent typecheck && npm run --silent lint && npm run --silent test:ci &&
  npm run --silent build && npm run --silent test:browser && npm run --silent levitate) 2>&1 | tee -a "$log"

# node's runner prints "# pass N" / "# fail N", jest "Tests: [F failed, ]P passed, T total":
# count them with cargo's.
awk '/^# pass / { print "test result: ok. " $3 " passed; 0 failed" } /^# fail / { print "test result: x. 0 passed; " $3 " failed" }
     /^Tests: / { p = f = 0; for (i = 2; i <= NF; i++) { if ($(i+1) ~ /^passed/) p = $i; if ($(i+1) ~ /^failed/) f = $i }
                  print "test result: x. " p " passed; " f " failed" }' "$log" >> "$log"
# One closing line for the whole run: the sum of every test binary's result line.
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "\n%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
