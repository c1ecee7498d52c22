#!/usr/bin/env bash
# Runs every test of Hover. Installs what is missing first and skips what is present, so it
# works on a fresh Debian machine with only rustup/cargo, and is quick on a prepared one.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

step "toolchain and test dependencies"
ensure_wasm_target
ensure_apt_packages clickhouse-server
ensure_chdb
ensure_shared_data

step "the core builds for wasm32 (it must stay free of I/O)"
cargo build --quiet -p hover-core --target wasm32-unknown-unknown --release

step "formatting and lints"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings

step "unit, property, reference-vector, miner-accuracy, store-conformance (real ClickHouse), chDB and CLI tests"
cargo test --workspace --release
