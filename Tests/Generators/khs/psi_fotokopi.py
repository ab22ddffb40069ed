"""psi `fotokopi`: a PHOTOCOPY of a legalised transcript. The original: an emblem and a centred serif
letterhead over a double rule, the title underlined with a letter number, the student in two
columns side by side (Nama, NIM, Tempat/Tgl. Lahir | Fakultas, Program Studi, Semester), then the
courses in semester blocks "SEMESTER II - GENAP 2021/2022" under No | Kode MK | Mata Kuliah | K | HM
| AM | M (Kredit, Huruf Mutu, Angka Mutu, Mutu; a legend explains them) or No | Kode | Mata Kuliah |
SKS | Nilai | Bobot | SKS x Bobot, each block closed by "Jumlah" and "IPS", the cumulative totals
and the Wakil Dekan's signature. Over the last rows and the totals: a round "DILEGALISIR" stamp,
"Sesuai dengan aslinya", a date and a signature. Then copied (psi_art.photocopy)."""
from PIL import Image, ImageDraw

import kappa_art
import psi_art
import psi_style as ps
import psi_table as pt
from canvas import Canvas

WIDTH, A4 = 1240, 1754
INK = ps.INK


def _letterhead(c, style, rng, first):
    size = style["size"]
    c.paste(kappa_art.emblem(rng, 120, (40, 40, 40), (90, 90, 90)), (80, 40))
    mid = 660
    c.text((mid, 52), "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", font=ps.font(style, size), fill=INK, anchor="mt")
    c.text((mid, 80), style["institution"].upper(), font=ps.font(style, size + 8, 1), fill=INK, anchor="mt")
    c.text((mid, 118), style["faculty"].upper(), font=ps.font(style, size + 2, 1), fill=INK, anchor="mt")
    c.text((mid, 148), f"Kampus {style['city']}, Telepon (0{rng.randint(21, 99)}) {rng.randint(300000, 899999)}",
           font=ps.font(style, size - 3, 2), fill=INK, anchor="mt")
    c.line((70, 180, 1170, 180), fill=INK, width=4)
    c.line((70, 186, 1170, 186), fill=INK, width=1)
    title = style["title"] + ("" if first else " (lanjutan)")
    bold = ps.font(style, size + 3, 1)
    c.text((WIDTH // 2, 206), title, font=bold, fill=INK, anchor="mt")
    half = bold.getlength(title) / 2
    c.line((WIDTH // 2 - half, 206 + size + 8, WIDTH // 2 + half, 206 + size + 8), fill=INK, width=2)
    return 206 + size + 20


def _student(c, style, doc, y):
    size, line = style["size"], round(style["size"] * 1.7)
    c.text((WIDTH // 2, y), f"Nomor: {doc['letter']}", font=ps.font(style, size - 1), fill=INK, anchor="mt")
    y += line + 10
    left = [("Nama", doc["name"]), ("NIM", doc["nim"]), ("Tempat/Tgl. Lahir", doc["birth"])]
    right = [("Fakultas", style["faculty"].replace("Fakultas ", "")), ("Program Studi", f"{style['programme']} (S1)"),
             ("Semester", ps.semester_text(style, doc["semester"]))]
    face = ps.font(style, size)
    for k, ((l1, v1), (l2, v2)) in enumerate(zip(left, right)):
        c.text((80, y + k * line), l1, font=face, fill=INK)
        c.text((270, y + k * line), ": " + v1, font=face, fill=INK)
        c.text((700, y + k * line), l2, font=face, fill=INK)
        c.text((860, y + k * line), ": " + v2, font=face, fill=INK)
    return y + 3 * line + 16


def _columns(style):
    if style["legend"]:
        spec = [("no", "No", None, 50, "c"), ("code", "Kode MK", None, 140, "l"), ("name", "Mata Kuliah", None, 0, "l"),
                ("sks", "K", None, 60, "c"), ("grade", "HM", None, 70, "c"), ("point", "AM", None, 80, "c"), ("mutu", "M", None, 90, "c")]
    else:
        spec = [("no", "No", None, 50, "c"), ("code", "Kode", None, 130, "l"), ("name", "Mata Kuliah", None, 0, "l"),
                ("sks", "SKS", None, 60, "c"), ("grade", "Nilai", None, 70, "c"), ("point", "Bobot", None, 80, "c"),
                ("mutu", "SKS x Bobot", None, 130, "c")]
    return pt.columns(spec, 70, 1170)


def render(style, doc, rows, rng, paged, text_pdf):
    if paged:  # printed for filing: larger type, so the courses run over two or three pages
        style["size"] = rng.randint(23, 25)
    cols, size = _columns(style), style["size"]
    entries = pt.items(rows, 2)
    costs = [pt.cost(e, style, cols, size, 2) for e in entries]
    line = round(size * 1.75)
    pages = pt.paginate(entries, costs, A4 - 546 - 10 * size, A4 - 524 - 3 * size - 7 * line, rng.choice([2, 2, 3])) if paged else [entries]
    canvases, number = [], [1]
    art = []

    def head(semester, cont):
        return ps.term(style, doc["entry"], semester) + (" (lanjutan)" if cont else "")

    def close(semester):
        block = [r for r in rows if r["semester"] == semester]
        return [("Jumlah", {"sks": str(sum(r["sks"] for r in block)), "mutu": ps.number(style, sum(r["mutu"] for r in block))}),
                ("Indeks Prestasi Semester (IPS)", {"mutu": ps.number(style, doc["ips"][semester])})]

    for k, part in enumerate(pages):
        last = k == len(pages) - 1
        c = Canvas(Image.new("RGB", (WIDTH, A4 if paged else 2600), (255, 255, 255)))
        y = _letterhead(c, style, rng, k == 0)
        if k == 0:
            y = _student(c, style, doc, y)
        y = pt.header(c, style, cols, y + 6, size)
        y = pt.body(c, style, cols, pt.continued(part), y, size, lambda row, key: ps.cell_text(style, row, key), head, close)
        stamp_y = y - 80
        if last:
            y += 14
            face, bold = ps.font(style, size), ps.font(style, size, 1)
            if style["legend"]:
                c.text((80, y - 4), "Keterangan: K = Kredit; HM = Huruf Mutu; AM = Angka Mutu; M = Mutu (K x AM)",
                       font=ps.font(style, size - 3, 2), fill=INK)
                y += line
            for label, value in (("Jumlah Kredit Kumulatif", str(doc["total"])), ("Jumlah Mutu", ps.number(style, doc["mutu"])),
                                 (style["ipk_word"], ps.number(style, doc["ipk"]))):
                c.text((80, y), label, font=bold if label == style["ipk_word"] else face, fill=INK)
                c.text((460, y), ": " + value, font=bold if label == style["ipk_word"] else face, fill=INK)
                y += line
            y += 20
            sx = 760
            for n, text in enumerate([f"{style['city']}, {ps.date_text(doc['day'])}", "Wakil Dekan Bidang Akademik,"]):
                c.text((sx, y + n * line), text, font=face, fill=INK)
            c.paste(kappa_art.signature(rng, 220, 80, (30, 30, 60)), (sx + 10, y + 2 * line))
            c.text((sx, y + 2 * line + 96), doc["official"], font=bold, fill=INK)
            c.text((sx, y + 3 * line + 96), f"NIP {doc['nip']}", font=face, fill=INK)
            y += 3 * line + 130
        _legalise(c, style, doc, rng, stamp_y + (50 if last else 0), (90, 220) if last else (380, 600))
        if not paged:
            c.image = c.image.crop((0, 0, WIDTH, max(A4, y + 90)))
            c.draw = ImageDraw.Draw(c.image)
        if not text_pdf:
            c.image, info = psi_art.photocopy(c.image, rng, style["toner"])
            art.append(info)
        canvases.append(c)
    style["art"] = art
    return canvases


def _legalise(c, style, doc, rng, y, span):
    """The round stamp, "Sesuai dengan aslinya", the legalisation date and a signature, partly over
    the last rows (over the names, not the codes) or the totals' labels (not the IPK)."""
    x = rng.randint(*span)
    c.paste(psi_art.legal_stamp(rng, 210, style["stamp_ink"], style["institution"], ps.font(style, 20, 1).path), (x, y))
    hand = ps.font(style, style["size"] + 1, 2)
    ink = style["stamp_ink"]
    c.text((x + 10, y + 222), "Sesuai dengan aslinya", font=hand, fill=ink)
    c.text((x + 10, y + 252), f"Tgl. {doc['legal_day']}", font=hand, fill=ink)
    c.paste(kappa_art.signature(rng, 190, 66, ink), (x + 30 + round(hand.getlength("Sesuai dengan aslinya")), y + 214))
