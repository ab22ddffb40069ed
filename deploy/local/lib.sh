# Shared by deploy/local/up and deploy/local/test: install what is missing, run a private
# PostgreSQL cluster. Sourced, not executed.
set -euo pipefail

PERIKSA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PERIKSA_VAR="${PERIKSA_VAR:-$PERIKSA_ROOT/var}"

export PERIKSA_REGISTRY_DIR="${PERIKSA_REGISTRY_DIR:-$PERIKSA_VAR/registry}"

log() { printf '\033[1m[periksa]\033[0m %s\n' "$*" >&2; }

# Debian packages every run needs; the OCR/face issues add theirs here.
PERIKSA_APT_PACKAGES=(postgresql postgresql-client poppler-utils ca-certificates curl python3-venv
  libtesseract-dev libleptonica-dev tesseract-ocr-ind tesseract-ocr-eng libjpeg-dev libpng-dev
  libdlib-dev libopenblas-dev liblapack-dev)

# Tesseract with OpenMP threads is 5x slower here; one thread per engine, engines per core.
export OMP_THREAD_LIMIT=1

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

source "$PERIKSA_ROOT/deploy/local/registry.sh"
source "$PERIKSA_ROOT/deploy/local/faces.sh"

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$dir" ] || { log "PostgreSQL binaries not found under /usr/lib/postgresql"; exit 1; }
  echo "$dir"
}

# Runs a PostgreSQL tool as the unprivileged owner of the data dir (initdb refuses root).
pg_run() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# pg_start DIR PORT [extra postgres -c options…]: creates the cluster on first use, starts it.
pg_start() {
  local dir="$1" port="$2"; shift 2
  local bin; bin="$(pg_bin)"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    log "creating PostgreSQL cluster in $dir"
    pg_run "$bin/initdb" -D "$dir/data" -U periksa --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  local opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300"
  for extra in "$@"; do opts="$opts -c $extra"; done
  pg_run "$bin/pg_ctl" -D "$dir/data" -o "$opts" -l "$dir/postgres.log" -w -t 60 start >/dev/null \
    || { tail -n 30 "$dir/postgres.log" >&2; exit 1; }
}

pg_stop() {
  local dir="$1"
  [ -f "$dir/data/postmaster.pid" ] || return 0
  pg_run "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_ensure_database PORT NAME
pg_ensure_database() {
  local port="$1" name="$2"
  if ! psql -h 127.0.0.1 -p "$port" -U periksa -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    psql -h 127.0.0.1 -p "$port" -U periksa -d postgres -qc "CREATE DATABASE $name" >/dev/null
  fi
}

# The deployment's service secret (ingest, ner and region trade it at face-auth for tokens),
# generated once into var/ (mode 600) unless PERIKSA_SERVICE_SECRET is set.
service_secret() {
  if [ -n "${PERIKSA_SERVICE_SECRET:-}" ]; then echo "$PERIKSA_SERVICE_SECRET"; return; fi
  local file="$PERIKSA_VAR/service-secret"
  if [ ! -s "$file" ]; then
    mkdir -p "$PERIKSA_VAR"
    (umask 077 && head -c 48 /dev/urandom | base64 -w0 > "$file")
  fi
  cat "$file"
}

# PERIKSA_SCRATCH_PATH (optional) keeps a second build tree, e.g. release next to debug.
swift_build() {
  log "building ($*)"
  (cd "$PERIKSA_ROOT" && swift build ${PERIKSA_SCRATCH_PATH:+--scratch-path "$PERIKSA_SCRATCH_PATH"} "$@")
}

swift_bin_path() {
  (cd "$PERIKSA_ROOT" && swift build ${PERIKSA_SCRATCH_PATH:+--scratch-path "$PERIKSA_SCRATCH_PATH"} "$@" --show-bin-path)
}
