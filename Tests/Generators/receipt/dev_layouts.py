"""DEV layouts: written during development (2026-11-23) to find general reading failures on
conventions the TUNED layouts do not have: one address part per line without commas, the
recipient printed after the sender, `Kepada Yth.` / `Dari` labels, a separate `Kota Tujuan`
line, a compact top-to-bottom label with the sender's block in small print. They are for
finding causes only; accuracy is claimed on HELD_OUT layouts alone."""
from layouts import joined


def part_lines(sheet, x, y, parts, size, room):
    """One address part per printed line (no commas), wrapping long ones; returns the y below."""
    for part in parts:
        y = sheet.wrapped(x, y, part, size, room)
    return y


def ninja(sheet, p, rng):
    W = sheet.width
    sheet.logo((24, 20, 270, 84), "ninja xpress", 30)
    sheet.text((W - 230, 34), p["dest_code"][:3], size=44, bold=True, record=False)
    sheet.rule(96)
    sheet.barcode((60, 110, W - 60, 190))
    sheet.text((W / 2, 214), p["resi"], size=26, bold=True, anchor="mm", kind="mono")
    sheet.rule(240)
    sheet.text((24, 254), rng.choice(["Dari", "DARI", "From"]) + ":", size=19, bold=True)
    sheet.text((24, 280), f"{p['from']['name']} ({p['from']['phone']})", size=18)
    y = sheet.wrapped(24, 304, joined(rng, p["from"]["parts"]), 18, W - 60)
    sheet.rule(y + 8, width=2)
    y += 22
    sheet.text((24, y), rng.choice(["Kepada Yth.", "KEPADA YTH:", "Kepada:"]), size=24, bold=True)
    sheet.text((24, y + 32), p["to"]["name"], size=26, bold=True)
    sheet.text((24, y + 66), p["to"]["phone"], size=22)
    y = part_lines(sheet, 24, y + 98, p["to"]["parts"], 24, W - 60)
    sheet.rule(y + 8, width=2)
    sheet.text((24, y + 22), f"Berat {p['weight']}  |  {p['cod']}", size=22)
    sheet.text((24, y + 54), f"Isi Paket: {p['item']}", size=22)
    sheet.qr(W - 190, sheet.height - 200, 160)


def idx(sheet, p, rng):
    W = sheet.width
    sheet.logo((W - 280, 20, W - 24, 84), "ID EXPRESS", 32)
    sheet.text((24, 36), p["sort_code"], size=36, bold=True)
    sheet.barcode((24, 100, W - 24, 176))
    sheet.text((24, 186), "AWB " + p["resi"], size=24, kind="mono")
    half = W // 2
    sheet.rule(226)
    sheet.draw.line([(half, 226), (half, 720)], fill=(18, 18, 18), width=2)
    for x, party, label in ((24, p["from"], rng.choice(["ASAL", "Pengirim"])), (half + 16, p["to"], rng.choice(["TUJUAN", "Penerima"]))):
        sheet.text((x, 240), label, size=22, bold=True)
        sheet.text((x, 272), party["name"], size=20)
        sheet.text((x, 300), party["phone"], size=19)
        part_lines(sheet, x, 330, party["parts"], 20, half - 44)
    sheet.rule(720)
    sheet.text((24, 736), f"Kota Tujuan: {p['to']['parts'][-2] if len(p['to']['parts']) > 1 else p['to']['parts'][-1]}", size=24, bold=True)
    sheet.text((24, 772), f"Berat: {p['weight']}   Nilai: {p['cod']}", size=21)
    sheet.text((24, 804), f"Deskripsi: {p['item']}", size=21)
    sheet.qr(W - 190, sheet.height - 200, 160)


DEV = {"ninja": ninja, "idx": idx}
