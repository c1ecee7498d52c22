# Installers shared by the test and run scripts: each installs only what is missing.
# Sourced, not run.

step() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages, installed in one apt run when any is missing.
# ensure_apt_packages [--no-install-recommends] PACKAGE...
ensure_apt_packages() {
  local missing=() options=()
  if [ "${1:-}" = --no-install-recommends ]; then
    options+=("$1")
    shift
  fi
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${options[@]}" "${missing[@]}" >/dev/null
  fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
  fi
}

# chDB (current ClickHouse embedded in Python) in a venv inside the repo, for the chDB check.
ensure_chdb() {
  if [ ! -x .tools/venv/bin/python ] || ! .tools/venv/bin/python -c "import chdb" 2>/dev/null; then
    python3 -m venv --help >/dev/null 2>&1 || ensure_apt_packages python3-venv
    python3 -m venv .tools/venv
    .tools/venv/bin/pip install --quiet --disable-pip-version-check chdb-core
  fi
}

# statsmodels (PyPI, in the same venv): the independent Benjamini–Hochberg the q-values are
# checked against.
ensure_statsmodels() {
  if ! .tools/venv/bin/python -c "import statsmodels" 2>/dev/null; then
    .tools/venv/bin/pip install --quiet --disable-pip-version-check statsmodels==0.15.0
  fi
}

ensure_shared_data() {
  if [ ! -f ../shared/vectors/divergence.json ] && [ -z "${HOVER_SHARED:-}" ]; then
    echo "error: the shared test data is expected at ../shared (or set HOVER_SHARED)" >&2
    exit 1
  fi
}

# The wasm toolchain, from crates.io only (the npm wasm-pack downloads from elsewhere):
# wasm-pack, wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock,
# and geckodriver for the Firefox tests.
ensure_wasm_tools() {
  command -v wasm-pack >/dev/null || cargo install wasm-pack --locked
  local wanted
  wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
    # Without --locked: the registry lacks one locked dependency of some versions.
    cargo install wasm-bindgen-cli --version "$wanted" --force
  fi
  command -v geckodriver >/dev/null || cargo install geckodriver --locked
}

# Node.js, and the page test's npm packages (playwright-core; binaryen's wasm-opt, which
# wasm-pack finds first on PATH: Debian's binaryen is too old for what Rust emits).
ensure_node_packages() {
  command -v npm >/dev/null || ensure_apt_packages nodejs npm
  if [ ! -d www-test/node_modules ] || [ www-test/package-lock.json -nt www-test/node_modules ]; then
    npm ci --prefix www-test --no-audit --no-fund --silent
    touch www-test/node_modules
  fi
  export PATH="$PWD/www-test/node_modules/.bin:$PATH"
}

# The real log shippers the end-to-end tests drive: winston-loki (npm, in tests/clients) and the
# OpenTelemetry Python SDK's OTLP/HTTP log exporter (PyPI, in the venv ensure_chdb makes).
ensure_client_packages() {
  if [ ! -d tests/clients/node_modules ] || [ tests/clients/package-lock.json -nt tests/clients/node_modules ]; then
    npm ci --prefix tests/clients --no-audit --no-fund --silent
    touch tests/clients/node_modules
  fi
  if ! .tools/venv/bin/python -c "import opentelemetry.exporter.otlp.proto.http._log_exporter" 2>/dev/null; then
    .tools/venv/bin/pip install --quiet --disable-pip-version-check \
      opentelemetry-sdk==1.45.2 opentelemetry-exporter-otlp-proto-http==1.45.2
  fi
}

# The Grafana panel's npm packages (the plugin scaffold's webpack, jest and eslint; levitate;
# esbuild and SystemJS for its browser harness). `pkg/` must be built first: the panel
# depends on it as `file:../pkg`.
ensure_panel_packages() {
  if [ ! -d grafana-panel/node_modules ] || [ grafana-panel/package-lock.json -nt grafana-panel/node_modules ]; then
    npm ci --prefix grafana-panel --no-audit --no-fund --silent
    touch grafana-panel/node_modules
  fi
}

# pkg/: the npm package a Grafana panel imports (ES module, .wasm, TypeScript types).
# Optimised for size (opt-level "z", one codegen unit; this build only): the browser
# downloads it, and its recompute stays far under its 2 ms bar (BENCHMARKS.md); the server
# keeps opt-level 3.
# Panic messages name the source file of each dependency: from the crate's own directory on,
# not from this machine's cargo home, so the package is the same size wherever it is built
# (296 bytes smaller here); and the core's own from its src/ on (`miner/mod.rs`: 224 bytes).
build_wasm_package() {
  local remaps=() dir
  for dir in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do remaps+=("--remap-path-prefix=$dir="); done
  remaps+=("--remap-path-prefix=crates/hover-core/src/=")
  CARGO_ENCODED_RUSTFLAGS=$(IFS=$'\x1f'; echo "${remaps[*]}") \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 \
    wasm-pack --quiet build crates/hover-wasm --release --target web --out-dir ../../pkg --out-name hover
}
