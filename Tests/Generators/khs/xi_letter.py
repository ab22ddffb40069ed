"""xi family 2: a transcript typed at the faculty office in a serif font, as a letter. A left-set
letterhead over a double rule, a title and letter number, the student in a sentence ("Yang
bertanda tangan di bawah ini ... menerangkan bahwa Saudara NAMA, NIM ..., saat ini tercatat pada
semester 5 (lima) ... telah menempuh mata kuliah sebagai berikut:"), the courses under semester
headings with dotted leaders between the name, the credits and the grade ("Kalkulus I ...... 3 SKS
.... A"), no ruling; the IPK in a closing sentence or on its own line, then the signature block.
Later pages repeat a continuation line and the column words."""
import xi_style as xs
from sheet_fonts import wrap
from xi_paper import INK, WIDTH, centre, finish, fonts, right, sheet

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def _paragraph(c, text, font, x, y, width, line):
    """Wrapped text; words joined by U+00A0 (the student's name, the NIM) stay on one line."""
    for part in wrap(text, font, width):
        c.text((x, y), part.replace("\u00a0", " "), font=font, fill=INK)
        y += line
    return y


def _leader(c, x0, x1, y, font, dots):
    count = int((x1 - x0) / font.getlength(dots[0] if dots == "." else ". "))
    if count > 2:
        c.text((x0, y), (dots * count)[: count * len(dots)].rstrip(), font=font, fill=INK)


def render(style, doc, chunks, rng):
    f = fonts(style)
    size = style["size"]
    body, bold, italic = f.get("regular", size), f.get("bold", size), f.get("italic", size)
    line = int(size * 1.6)
    dots = rng.choice([".", ". "])
    unit = rng.random() < 0.5  # "3 SKS" rather than "3"
    keep = lambda text: text.replace(" ", "\u00a0")  # noqa: E731
    year = doc["entry"] + (doc["semester"] + 1) // 2
    date = f"{doc['city']}, {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
    code_x, sks_x, grade_x = 160, 900, 1040
    name_x = code_x + max(body.getlength(r["code"]) for chunk in chunks for r in chunk) + 26
    canvases, number = [], 1
    for page_no, chunk in enumerate(chunks, 1):
        c = sheet(rng)
        y = 70
        if page_no == 1:
            c.text((100, y), style["university"].upper(), font=f.get("bold", size + 8), fill=INK)
            c.text((100, y + size + 16), style["faculty"].upper(), font=f.get("bold", size + 2), fill=INK)
            c.text((100, y + 2 * size + 30), f"Jalan {doc['official'].split()[-1]} No. {rng.randint(1, 200)}, {doc['city']}", font=f.get("italic", size - 3), fill=INK)
            y += 3 * size + 60
            c.line((90, y, WIDTH - 90, y), fill=INK, width=3)
            c.line((90, y + 6, WIDTH - 90, y + 6), fill=INK, width=1)
            y += 40
            centre(c, WIDTH // 2, y, rng.choice(["SURAT KETERANGAN NILAI", "DAFTAR NILAI SEMENTARA", "KETERANGAN HASIL STUDI"]), f.get("bold", size + 2))
            y += line
            centre(c, WIDTH // 2, y, f"Nomor: {rng.randint(100, 999)}/UN{rng.randint(10, 60)}.{rng.randint(1, 9)}/AK/{year}", body)
            y += 2 * line
            y = _paragraph(c, f"Yang bertanda tangan di bawah ini, Wakil Dekan Bidang Akademik {style['faculty']} {style['university']}, menerangkan bahwa:", body, 100, y, WIDTH - 200, line)
            y += line // 2
            where = rng.choice([f"saat ini tercatat pada semester {doc['semester']} ({xs.NUMBERS[doc['semester']]})",
                                f"terdaftar sebagai mahasiswa aktif semester {doc['semester']}"])
            sentence = (f"Saudara {keep(doc['name'])}, NIM {keep(doc['nim'])}, mahasiswa Program Studi {style['programme']} "
                        f"angkatan {doc['entry']}, {where}, telah menempuh {doc['shown']} semester dengan hasil sebagai berikut:")
            y = _paragraph(c, sentence, body, 100, y, WIDTH - 200, line) + line // 2
        else:
            c.text((100, y), f"Lanjutan daftar nilai {doc['name']} (NIM {doc['nim']})", font=italic, fill=INK)
            y += 2 * line
        if rng.random() < 0.7 or page_no > 1:
            c.text((100, y), "No.", font=bold, fill=INK)
            c.text((code_x, y), "Kode", font=bold, fill=INK)
            c.text((name_x, y), "Mata Kuliah", font=bold, fill=INK)
            right(c, sks_x + 30, y, "SKS", bold)
            c.text((grade_x, y), "Nilai", font=bold, fill=INK)
            y += line
        previous = chunk[0]["semester"] - 1 if page_no == 1 else chunk[0]["semester"]
        for row in chunk:
            if row["semester"] != previous:
                previous = row["semester"]
                yr, hf = xs.period(doc["entry"], row["semester"])
                c.text((100, y + 6), f"Semester {ROMAN[row['semester'] - 1]} ({hf} {yr})", font=italic, fill=INK)
                y += line + 6
            c.text((100, y), f"{number}.", font=body, fill=INK)
            c.text((code_x, y), row["code"], font=body, fill=INK)
            x = name_x
            c.text((x, y), row["name"], font=body, fill=INK)
            sks = f"{row['sks']} SKS" if unit else str(row["sks"])
            _leader(c, x + body.getlength(row["name"]) + 10, sks_x + 30 - body.getlength(sks) - 10, y, body, dots)
            right(c, sks_x + 30, y, sks, body)
            _leader(c, sks_x + 45, grade_x - 10, y, body, dots)
            c.text((grade_x, y), row["grade"], font=body, fill=INK)
            y += line
            number += 1
        if page_no == len(chunks):
            y += line // 2
            ipk = xs.number(style, doc["ipk"])
            if rng.random() < 0.5:
                y = _paragraph(c, f"Dengan jumlah kredit yang telah ditempuh sebanyak {doc['total']} SKS dan Indeks Prestasi Kumulatif "
                                  f"(IPK) sebesar {ipk} ({xs.in_words(doc['ipk'])}).", body, 100, y, WIDTH - 200, line)
            else:
                c.text((100, y), "Jumlah SKS", font=body, fill=INK)
                c.text((460, y), f": {doc['total']}", font=body, fill=INK)
                c.text((100, y + line), "Indeks Prestasi Kumulatif (IPK)", font=bold, fill=INK)
                c.text((460, y + line), f": {ipk}", font=bold, fill=INK)
                y += 2 * line
            y = _paragraph(c, "Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.", body, 100, y + line // 2, WIDTH - 200, line)
            y += line
            for k, text in enumerate([date, "a.n. Dekan", "Wakil Dekan Bidang Akademik,", "", "", doc["official"], f"NIP. {doc['nip']}"]):
                if text:
                    c.text((720, y + k * line), text, font=bold if k == 5 else body, fill=INK)
            y += 7 * line
        finish(c, y)
        if len(chunks) > 1:
            centre(c, WIDTH // 2, c.size[1] - 50, f"Halaman {page_no} dari {len(chunks)}", f.get("italic", size - 4))
        canvases.append(c)
    return canvases
