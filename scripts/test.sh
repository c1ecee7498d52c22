#!/usr/bin/env bash
# Runs every test of Hover. Installs what is missing first and skips what is present, so it
# works on a fresh Debian machine with only rustup/cargo, and is quick on a prepared one.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "toolchain"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if [ ! -f ../shared/vectors/divergence.json ] && [ -z "${HOVER_SHARED:-}" ]; then
  echo "error: the shared test data is expected at ../shared (or set HOVER_SHARED)" >&2
  exit 1
fi

step "the core builds for wasm32 (it must stay free of I/O)"
cargo build --quiet -p hover-core --target wasm32-unknown-unknown --release

step "formatting and lints"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings

step "unit, property, reference-vector and CLI tests"
cargo test --workspace --release
