# Installers shared by the test and run scripts: each installs only what is missing.
# Sourced, not run.

step() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages, installed in one apt run when any is missing.
ensure_apt_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
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

ensure_shared_data() {
  if [ ! -f ../shared/vectors/divergence.json ] && [ -z "${HOVER_SHARED:-}" ]; then
    echo "error: the shared test data is expected at ../shared (or set HOVER_SHARED)" >&2
    exit 1
  fi
}
