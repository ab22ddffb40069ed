"""The two mu tables without a grid (see mu_table.py for the item protocol):
  Ledger   an open table in the order the courses were taken, the period in its own column,
           rules at the header and the end (or a light rule under every row), then the summary as
           an `IPK = mutu / SKS` line or a small framed box;
  Listing  a line printer's text: every cell in character columns, = and - rules, a heading and
           a SKS / IPS line per semester, the cumulative totals at the end."""
import mu_style as ms
from mu_table import GRID_WORDS, Columns, _bind, _cells


class Ledger:
    def __init__(self, sheet, rows):
        st = sheet.st
        self.sheet, self.rows, self.s = sheet, rows, sheet.s
        sheet.smt_widest = ""
        words = {k: GRID_WORDS[k][st.get("wording", 0) % 3] for k in GRID_WORDS}
        words["period"] = {"words": "Tahun Akademik", "code5": "Periode", "dotted": "Masa"}[st["period"]]
        self.c = Columns(sheet, rows, st["columns"], words)
        self.line = int(self.s * 1.7)

    def head(self, canvas, y):
        c, sheet = self.c, self.sheet
        h = int(self.s * 1.9)
        canvas.line((sheet.m, y, c.right, y), fill=sheet.ink, width=2)
        for key in c.keys:
            x = c.xs[key] + 6 if key in ("name", "code") else c.xs[key] + c.widths[key] / 2
            canvas.text((x, y + h / 2), c.words[key], font=sheet.fitting("bold", self.s, c.words[key], c.widths[key] - 6), fill=sheet.ink,
                        anchor="lm" if key in ("name", "code") else "mm")
        canvas.line((sheet.m, y + h, c.right, y + h), fill=sheet.ink, width=1)
        return y + h + 4

    def items(self):
        out = []
        for row, cells in zip(self.rows, self.c.cells):
            out.append({"kind": "row", "cells": cells, "h": self.line, "draw": None})
            out[-1]["draw"] = _bind(self._row, out[-1])
        out.append({"kind": "summary", "h": int(self.s * 6.2), "draw": self._summary})
        return out

    def _row(self, item, canvas, y):
        c, ink = self.c, self.sheet.ink
        for key in c.keys:
            text = item["cells"][key]
            if key in ("name", "code"):
                canvas.text((c.xs[key] + 6, y + self.line / 2), text, font=c.body if key == "code" else self.sheet.fitting(
                    "regular", self.s, text, c.widths[key] - 10), fill=ink, anchor="lm")
            else:
                canvas.text((c.xs[key] + c.widths[key] / 2, y + self.line / 2), text, font=c.body, fill=ink, anchor="mm")
        if self.sheet.st["rules"] == "rows":
            canvas.line((self.sheet.m, y + self.line, self.c.right, y + self.line), fill=(185, 185, 185), width=1)

    def _summary(self, canvas, y):
        sheet, doc, s, m = self.sheet, self.sheet.doc, self.s, self.sheet.m
        face, bold, pitch = sheet.font("regular", s), sheet.font("bold", s), int(s * 1.6)
        y += int(s * 0.8)
        if sheet.st["summary"] == "fraction":
            sheet.pairs(canvas, [("Jumlah SKS yang telah ditempuh", doc["total"]), ("Jumlah Mutu (SKS x Bobot)", doc["mutu"])], m, y, face, pitch,
                        sheet.width - m)
            canvas.text((m, y + 2 * pitch), f"Indeks Prestasi Kumulatif (IPK) = {doc['mutu']} / {doc['total']} = {doc['ipk']}", font=bold,
                        fill=sheet.ink)
            return
        x0, x1 = int(sheet.width * 0.55), self.c.right
        lines = [("Total SKS", doc["total"]), ("Total Mutu", doc["mutu"]), ("IPK", doc["ipk"])]
        for k, (label, value) in enumerate(lines):
            top = y + k * pitch
            canvas.text((x0 + 12, top + pitch / 2), label, font=bold if label == "IPK" else face, fill=sheet.ink, anchor="lm")
            canvas.text((x1 - 12, top + pitch / 2), value, font=bold if label == "IPK" else face, fill=sheet.ink, anchor="rm")
            canvas.line((x0, top, x1, top), fill=(110, 110, 110), width=1)
        canvas.line((x0, y + 3 * pitch, x1, y + 3 * pitch), fill=(110, 110, 110), width=1)
        for x in (x0, x1):
            canvas.line((x, y, x, y + 3 * pitch), fill=(110, 110, 110), width=1)

    def close(self, canvas, placed):
        rows = [(item, y) for item, y in placed if item["kind"] == "row"]
        if rows and self.sheet.st["rules"] == "head":
            end = rows[-1][1] + self.line
            canvas.line((self.sheet.m, end, self.c.right, end), fill=self.sheet.ink, width=2)


LISTING = {"no": (4, "NO"), "code": (10, "KODE MK"), "name": (39, "NAMA MATA KULIAH"), "sks": (5, "SKS"), "letter": (6, "NILAI"),
           "point": (6, "BOBOT"), "quality": (7, "MUTU")}


class Listing:
    def __init__(self, sheet, rows):
        self.sheet, self.rows, self.s = sheet, rows, sheet.s
        self.keys, self.cw, self.x0 = sheet.st["columns"], sheet.cw, sheet.m + 10
        self.face, self.pitch = sheet.font("regular", self.s), int(self.s * 1.45)
        self.starts, at = {}, 0
        for key in self.keys:
            self.starts[key] = at
            at += LISTING[key][0]
        self.chars = 77

    def _put(self, canvas, y, key, text, face=None):
        width = LISTING[key][0]
        right = key in ("no", "sks", "point", "quality")
        column = self.starts[key] + (width - 1 - len(text) if right else (width - 1 - len(text)) // 2 if key == "letter" else 0)
        canvas.text((self.x0 + column * self.cw, y), text, font=face or self.face, fill=self.sheet.ink)

    def _text(self, canvas, y, text, face=None):
        canvas.text((self.x0, y), text, font=face or self.face, fill=self.sheet.ink)

    def head(self, canvas, y):
        for key in self.keys:
            self._put(canvas, y, key, LISTING[key][1])
        self._text(canvas, y + self.pitch, "-" * self.chars)
        return y + 2 * self.pitch

    def items(self):
        st, doc, out, number = self.sheet.st, self.sheet.doc, [], 0
        for term in sorted({r["semester"] for r in self.rows}):
            year = doc["entry"] + (term - 1) // 2
            heading = f"SEMESTER {ms.ROMAN[term - 1]} ({ms.WORDS[term - 1]}) - {'GASAL' if term % 2 else 'GENAP'} {year}/{year + 1}"
            out.append({"kind": "text", "h": self.pitch, "text": heading})
            for row in [r for r in self.rows if r["semester"] == term]:
                number += 1
                out.append({"kind": "row", "h": self.pitch, "cells": _cells(self.sheet, row, number)})
            info = doc["terms"][term]
            out.append({"kind": "text", "h": self.pitch, "text": " " * 14 + "-" * (self.chars - 14)})
            out.append({"kind": "text", "h": int(self.pitch * 1.6),
                        "text": f"{'':14}JUMLAH SKS : {info['sks']:>3}   MUTU : {ms.number_text(float(info['mutu']), st):>6}   "
                                f"IPS : {ms.number_text(info['ips'], st)}"})
        out.append({"kind": "text", "h": self.pitch, "text": "=" * self.chars})
        for label, value in (("TOTAL SKS KUMULATIF", doc["total"]), ("TOTAL MUTU", doc["mutu"]), ("INDEKS PRESTASI KUMULATIF (IPK)", doc["ipk"])):
            out.append({"kind": "text", "h": self.pitch, "text": f"{label:<32}: {value}"})
        out.append({"kind": "text", "h": self.pitch, "text": "=" * self.chars})
        for item in out:
            item["draw"] = _bind(self._item, item)
        return out

    def _item(self, item, canvas, y):
        if item["kind"] == "text":
            self._text(canvas, y, item["text"])
            return
        for key in self.keys:
            self._put(canvas, y, key, item["cells"][key])

    def close(self, canvas, placed):
        pass
