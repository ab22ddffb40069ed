"""The course table of each mu print family, as items flowed over pages by mu_sheet.render: each
item has a height and draws itself at a y; `head` draws the column header (repeated on every
page), `close` finishes a page's part of the table (ruling, the grid's merged semester cells).
  Grid     bordered; the first column is one merged cell per semester (repeated after a page
           break); a long name wraps in its cell; `Jumlah` and the IPK are the last rows.
  Ledger   open table with the period of each course in its own column; then the summary.
  Listing  line-printer text in character cells; rules of = and -; per-semester SKS/IPS lines."""
import mu_style as ms
from sheet_fonts import wrap

GRID = (70, 70, 70)
GRID_WORDS = {"smt": ["Smt", "Semester", "Sem."], "no": ["No", "No.", "No"], "code": ["Kode MK", "Kode", "Kode Mata Kuliah"],
              "name": ["Mata Kuliah", "Nama Mata Kuliah", "Mata Kuliah"], "kind": ["Sifat", "W/P", "Sifat"], "sks": ["SKS", "sks", "Kredit"],
              "letter": ["Nilai", "Huruf Mutu", "Nilai Huruf"], "point": ["Bobot", "Angka Mutu", "Bobot"],
              "quality": ["Mutu", "K x N", "SKS x Bobot"], "period": ["Periode", "Tahun Akademik", "Masa"]}
ENGLISH = {"smt": "Sem", "no": "No", "code": "Code", "name": "Course Title", "kind": "Type", "sks": "Credits", "letter": "Grade",
           "point": "Point", "quality": "Quality"}


def make(sheet, rows):
    from mu_ledger import Ledger, Listing
    return {"grid": Grid, "ledger": Ledger, "listing": Listing}[sheet.st["print"]](sheet, rows)


def _cells(sheet, row, number):
    st, doc = sheet.st, sheet.doc
    return {"no": str(number), "code": row["code"], "name": row["name"], "kind": row["kind"], "sks": str(row["sks"]),
            "letter": row["grade"], "point": ms.point_text(row["point"], st), "quality": ms.number_text(row["sks"] * row["point"], st),
            "period": ms.period(st, doc["entry"], row["semester"])}


class Columns:
    """Column positions and header words of a drawn (non-monospaced) table."""

    def __init__(self, sheet, rows, keys, words):
        self.sheet, self.keys, self.words = sheet, keys, words
        self.body, self.bold = sheet.font("regular", sheet.s), sheet.font("bold", sheet.s)
        self.cells = [_cells(sheet, r, n) for n, r in enumerate(rows, 1)]
        widths = {}
        for key in keys:
            if key != "name":
                values = [self.body.getlength(c[key]) for c in self.cells] if key != "smt" else [self.body.getlength(sheet.smt_widest)]
                label = max(self.bold.getlength(w) for w in words[key].split(" / ")[0].split(" "))
                widths[key] = int(max(values + [label, self.bold.getlength("SKS")])) + 20
        widths["name"] = sheet.width - 2 * sheet.m - sum(widths.values())
        self.xs, x = {}, sheet.m
        for key in keys:
            self.xs[key] = x
            x += widths[key]
        self.widths, self.right = widths, x


class Grid:
    def __init__(self, sheet, rows):
        st = sheet.st
        self.sheet, self.rows, self.s = sheet, rows, sheet.s
        sheet.smt_widest = {"roman": "VIII", "arabic": "8", "term": "2021/2022"}[st["smt_text"]]
        words = {k: GRID_WORDS[k][st.get("wording", 0) % 3] for k in GRID_WORDS}
        if st["bilingual"]:
            words = {k: f"{v} / {ENGLISH.get(k, '')}" for k, v in words.items()}
        self.c = Columns(sheet, rows, st["columns"], words)
        self.line, self.pitch = int(self.s * 1.75), int(self.s * 1.2)

    def head(self, canvas, y):
        c, st, sheet, s = self.c, self.sheet.st, self.sheet, self.s
        lines = {k: wrap(c.words[k].split(" / ")[0], c.bold, c.widths[k] - 8) for k in c.keys}
        pitch = int(s * 1.15)
        words_h = max(len(v) for v in lines.values()) * pitch
        h = int(words_h + s * 0.9 + (s * 1.2 if st["bilingual"] else 0))
        if st["head_fill"]:
            canvas.rectangle((sheet.m, y, c.right, y + h), fill=st["head_fill"])
        italic = sheet.font("italic", s - 3)
        for key in c.keys:
            mid = c.xs[key] + c.widths[key] / 2
            top = y + s * 0.45 + (words_h - len(lines[key]) * pitch) / 2
            for n, text in enumerate(lines[key]):
                canvas.text((mid, top + (n + 0.5) * pitch), text, font=sheet.fitting("bold", s, text, c.widths[key] - 6), fill=sheet.ink, anchor="mm")
            if st["bilingual"]:
                english = c.words[key].split(" / ")[1]
                canvas.text((mid, y + s * 0.45 + words_h + s * 0.6), english, font=sheet.fitting("italic", italic.size, english, c.widths[key] - 6),
                            fill=sheet.ink, anchor="mm")
        self.top, self.head_h = y, h
        return y + h

    def items(self):
        out = []
        for row, cells in zip(self.rows, self.c.cells):
            names = wrap(cells["name"], self.c.body, self.c.widths["name"] - 16)
            out.append({"kind": "row", "semester": row["semester"], "cells": cells, "names": names,
                        "h": self.line + (len(names) - 1) * self.pitch, "draw": self._row})
        doc = self.sheet.doc
        out.append({"kind": "total", "h": self.line, "draw": self._total, "label": "Jumlah", "values": {"sks": doc["total"], "quality": doc["mutu"]}})
        label = "Indeks Prestasi Kumulatif (IPK)" + (" / Grade Point Average" if self.sheet.st["bilingual"] else "")
        out.append({"kind": "ipk", "h": self.line, "draw": self._ipk, "label": label, "value": doc["ipk"]})
        for item in out:
            item["draw"] = _bind(item["draw"], item)
        return out

    def _row(self, item, canvas, y):
        c, ink = self.c, self.sheet.ink
        for key in c.keys:
            if key == "smt":
                continue
            if key == "name":
                for k, text in enumerate(item["names"]):
                    canvas.text((c.xs[key] + 8, y + self.line / 2 + k * self.pitch), text, font=c.body, fill=ink, anchor="lm")
            elif key == "code":
                canvas.text((c.xs[key] + 8, y + item["h"] / 2), item["cells"][key], font=c.body, fill=ink, anchor="lm")
            else:
                canvas.text((c.xs[key] + c.widths[key] / 2, y + item["h"] / 2), item["cells"][key], font=c.body, fill=ink, anchor="mm")

    def _total(self, item, canvas, y):
        c = self.c
        canvas.text((c.xs["sks"] - 10, y + item["h"] / 2), item["label"], font=c.bold, fill=self.sheet.ink, anchor="rm")
        for key, value in item["values"].items():
            if key in c.xs:
                canvas.text((c.xs[key] + c.widths[key] / 2, y + item["h"] / 2), value, font=c.bold, fill=self.sheet.ink, anchor="mm")

    def _ipk(self, item, canvas, y):
        c = self.c
        canvas.text((c.xs["sks"] - 10, y + item["h"] / 2), item["label"], font=c.bold, fill=self.sheet.ink, anchor="rm")
        canvas.text(((c.xs["sks"] + c.right) / 2, y + item["h"] / 2), item["value"], font=c.bold, fill=self.sheet.ink, anchor="mm")

    def close(self, canvas, placed):
        c, sheet, left, right = self.c, self.sheet, self.sheet.m, self.c.right
        rows = [(item, y) for item, y in placed if item["kind"] == "row"]
        bottom = placed[-1][1] + placed[-1][0]["h"] if placed else self.top + self.head_h
        canvas.line((left, self.top, right, self.top), fill=GRID, width=2)
        canvas.line((left, self.top + self.head_h, right, self.top + self.head_h), fill=GRID, width=2)
        inner = c.xs[c.keys[1]]
        for k, (item, y) in enumerate(rows):
            new_group = k == 0 or rows[k - 1][0]["semester"] != item["semester"]
            canvas.line((left if new_group else inner, y, right, y), fill=GRID, width=1)
        for item, y in placed:
            if item["kind"] != "row":
                canvas.line((left, y, right, y), fill=GRID, width=1)
        canvas.line((left, bottom, right, bottom), fill=GRID, width=2)
        end_rows = rows[-1][1] + rows[-1][0]["h"] if rows else self.top + self.head_h
        for key in c.keys[1:] + ["end"]:
            x = c.xs.get(key, right)
            canvas.line((x, self.top, x, end_rows), fill=GRID, width=1)
        for item, y in placed:
            if item["kind"] == "total":
                for key in c.keys[c.keys.index("sks"):] + ["end"]:
                    canvas.line((c.xs.get(key, right), y, c.xs.get(key, right), y + item["h"]), fill=GRID, width=1)
            elif item["kind"] == "ipk":
                for x in (c.xs["sks"], right):
                    canvas.line((x, y, x, y + item["h"]), fill=GRID, width=1)
        canvas.line((left, self.top, left, bottom), fill=GRID, width=1)
        self._groups(canvas, rows)

    def _groups(self, canvas, rows):
        st, doc, c = self.sheet.st, self.sheet.doc, self.c
        k = 0
        while k < len(rows):
            j = k
            while j + 1 < len(rows) and rows[j + 1][0]["semester"] == rows[k][0]["semester"]:
                j += 1
            term = rows[k][0]["semester"]
            top, end = rows[k][1], rows[j][1] + rows[j][0]["h"]
            mid = c.xs["smt"] + c.widths["smt"] / 2
            if st["smt_text"] == "term":
                year = doc["entry"] + (term - 1) // 2
                lines = [("Gasal" if term % 2 else "Genap"), f"{year}/{year + 1}"]
            else:
                lines = [ms.ROMAN[term - 1] if st["smt_text"] == "roman" else str(term)]
            for n, text in enumerate(lines):
                canvas.text((mid, (top + end) / 2 + (n - (len(lines) - 1) / 2) * self.pitch), text, font=c.body, fill=self.sheet.ink, anchor="mm")
            k = j + 1


def _bind(method, item):
    return lambda canvas, y: method(item, canvas, y)
