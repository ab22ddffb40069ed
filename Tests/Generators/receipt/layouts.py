"""Courier label layouts. Each draws one receipt on a Sheet from a `Parcel` (both parties'
printed address parts, names, phones, resi, items). TUNED layouts are the ones the region
rules were developed against; HELD_OUT layouts were written separately and only measured."""

ITEMS = ["PAKAIAN WANITA", "SEPATU", "AKSESORIS HP", "BUKU", "KOSMETIK", "KOPI TORAJA 250GR", "BATIK PEKALONGAN",
         "DODOL GARUT", "BAKPIA JOGJA", "EMPEK-EMPEK PALEMBANG", "KAIN TENUN SUMBA", "MADU SUMBAWA", "SPAREPART MOTOR",
         "MAINAN ANAK", "TAS RANSEL", "JAM TANGAN", "SAMBAL ROA MANADO", "KERUDUNG"]


def joined(rng, parts):
    return rng.choice([", ", ", ", " , ", " "]).join(parts) if rng.random() < 0.85 else ", ".join(parts)


def party_block(sheet, x, y, room, label, party, size, rng, label_style="line"):
    """Label, name + phone, address wrapped; returns the y below."""
    if label_style == "line":
        sheet.text((x, y), f"{label}: {party['name']}", size=size, bold=True)
        y += int(size * 1.35)
    elif label_style == "above":
        sheet.text((x, y), label, size=size, bold=True)
        y += int(size * 1.35)
        sheet.text((x, y), party["name"], size=size, bold=rng.random() < 0.5)
        y += int(size * 1.3)
    sheet.text((x, y), party["phone"], size=size - 2)
    y += int(size * 1.3)
    return sheet.wrapped(x, y, joined(rng, party["parts"]), size, room)


def jnt(sheet, p, rng):
    W = sheet.width
    sheet.logo((24, 22, 250, 88), "J&T EXPRESS", 30)
    sheet.text((W - 150, 36), rng.choice(["EZ", "REG", "ECO"]), size=40, bold=True, record=False)
    sheet.rule(100)
    sheet.barcode((60, 115, W - 60, 215))
    sheet.text((W / 2, 240), p["resi"], size=28, bold=True, anchor="mm", kind="mono")
    sheet.text((30, 270), p["sort_code"], size=44, bold=True, kind="liberation")
    sheet.rule(330)
    y = party_block(sheet, 30, 345, W - 70, rng.choice(["Penerima", "PENERIMA"]), p["to"], 25, rng)
    sheet.rule(y + 8, width=2)
    y = party_block(sheet, 30, y + 22, W - 70, rng.choice(["Pengirim", "PENGIRIM"]), p["from"], 22, rng)
    sheet.rule(y + 8, width=2)
    y += 24
    sheet.text((30, y), f"Berat: {p['weight']}   COD: {p['cod']}", size=22)
    sheet.text((30, y + 34), f"Isi: {p['item']}", size=22)
    sheet.qr(W - 190, sheet.height - 200, 160)


def sicepat(sheet, p, rng):
    W = sheet.width
    sheet.logo((24, 22, 230, 88), "SiCepat", 38)
    sheet.text((W - 240, 40), rng.choice(["REGULER", "BEST", "GOKIL"]), size=34, bold=True, record=False)
    sheet.rule(100)
    sheet.barcode((80, 115, W - 80, 205))
    sheet.text((W / 2, 230), p["resi"], size=28, bold=True, anchor="mm", kind="mono")
    sheet.rule(260)
    half = W // 2
    sheet.draw.line([(half, 260), (half, 760)], fill=(18, 18, 18), width=2)
    party_block(sheet, 24, 275, half - 48, "PENGIRIM", p["from"], 21, rng, label_style="above")
    party_block(sheet, half + 20, 275, half - 44, "PENERIMA", p["to"], 23, rng, label_style="above")
    sheet.rule(760)
    sheet.text((30, 780), f"Berat : {p['weight']}", size=22)
    sheet.text((30, 814), f"Isi   : {p['item']}", size=22)
    sheet.text((30, 848), f"COD   : {p['cod']}", size=22)
    sheet.qr(W - 200, 790, 170)


def shopee(sheet, p, rng):
    W = sheet.width
    sheet.logo((24, 22, 300, 88), "SPX Xpress", 34)
    sheet.text((W - 200, 36), p["sort_code"].split("-")[0], size=44, bold=True, record=False)
    sheet.rule(100)
    sheet.barcode((60, 112, W - 60, 200))
    sheet.text((W / 2, 225), p["resi"], size=28, bold=True, anchor="mm", kind="mono")
    sheet.rule(252)
    y = party_block(sheet, 30, 266, W - 70, "Pengirim", p["from"], 21, rng)
    sheet.rule(y + 8, width=2)
    y = party_block(sheet, 30, y + 22, W - 70, "Penerima", p["to"], 25, rng)
    sheet.rule(y + 8, width=2)
    y += 24
    sheet.text((30, y), "No. Pesanan: " + p["order"], size=21)
    sheet.text((30, y + 32), f"Produk: {p['item']} x{rng.randint(1, 3)}", size=21)
    sheet.text((30, y + 64), f"Berat: {p['weight']}", size=21)
    sheet.qr(W - 190, sheet.height - 200, 160)


def jne(sheet, p, rng):
    W = sheet.width
    sheet.logo((24, 22, 180, 88), "JNE", 44)
    sheet.text((W - 200, 36), rng.choice(["REG", "YES", "OKE"]), size=40, bold=True, record=False)
    sheet.rule(100)
    sheet.barcode((60, 112, W - 60, 200))
    sheet.text((W / 2, 225), p["resi"], size=28, bold=True, anchor="mm", kind="mono")
    sheet.text((30, 258), f"ORIGIN: {p['origin_code']}   DEST: {p['dest_code']}", size=24, bold=True)
    sheet.rule(300)
    y = party_block(sheet, 30, 315, W - 70, "SHIPPER", p["from"], 22, rng, label_style="above")
    sheet.rule(y + 8, width=2)
    y = party_block(sheet, 30, y + 22, W - 70, "CONSIGNEE", p["to"], 24, rng, label_style="above")
    sheet.rule(y + 8, width=2)
    sheet.text((30, y + 24), f"Qty: 1   Weight: {p['weight']}   Goods: {p['item']}", size=21)
    sheet.qr(W - 190, sheet.height - 200, 160)


# ------------------------------------------------------------------ held-out layouts

def tiki(sheet, p, rng):
    W = sheet.width
    sheet.logo((W - 230, 20, W - 24, 84), "TIKI", 40)
    sheet.text((24, 30), "Citra Van Titipan Kilat", size=22, bold=True, record=False)
    sheet.barcode((24, 100, W - 260, 180))
    sheet.text((24, 190), "No. Resi " + p["resi"], size=24, kind="mono")
    half = W // 2
    sheet.text((24, 240), "Pengirim / Shipper", size=20, bold=True, record=False)
    sheet.text((half + 8, 240), "Penerima / Consignee", size=20, bold=True, record=False)
    sheet.box((16, 268, half - 6, 780))
    sheet.box((half + 2, 268, W - 16, 780))
    for x, party, room, label in ((28, p["from"], half - 50, "Pengirim / Shipper"), (half + 14, p["to"], half - 48, "Penerima / Consignee")):
        sheet.lines.append(label)  # the text twin reads each column under its own label
        y = 280
        sheet.text((x, y), party["name"], size=21)
        sheet.text((x, y + 30), "Telp " + party["phone"], size=20)
        sheet.wrapped(x, y + 62, joined(rng, party["parts"]), 21, room)
    sheet.text((24, 800), f"Layanan: {rng.choice(['REG', 'ONS', 'ECO'])}   Berat: {p['weight']}", size=22)
    sheet.text((24, 834), f"Keterangan: {p['item']}", size=22)


def anteraja(sheet, p, rng):
    W = sheet.width
    sheet.logo((24, 20, 280, 84), "anteraja", 36)
    sheet.barcode((300, 22, W - 30, 84))
    sheet.text((24, 100), p["resi"], size=24, kind="mono")
    sheet.rule(136)
    sheet.text((24, 150), "Dari:", size=20, bold=True)
    y = sheet.wrapped(24, 178, f"{p['from']['name']} ({p['from']['phone']})", 19, W - 60)
    y = sheet.wrapped(24, y, joined(rng, p["from"]["parts"]), 19, W - 60)
    sheet.rule(y + 12, width=2)
    sheet.text((24, y + 28), f"Berat {p['weight']} | {p['item']}", size=20)
    sheet.rule(y + 66, width=2)
    y += 82
    sheet.text((24, y), "Kepada:", size=26, bold=True)
    sheet.text((24, y + 36), p["to"]["name"], size=30, bold=True)
    sheet.text((24, y + 76), p["to"]["phone"], size=26)
    sheet.wrapped(24, y + 114, joined(rng, p["to"]["parts"]), 28, W - 60)
    sheet.qr(W - 170, sheet.height - 180, 140)


def pos(sheet, p, rng):
    W = sheet.width
    sheet.logo((24, 20, 260, 84), "POS INDONESIA", 26)
    sheet.box((W - 170, 20, W - 24, 150), width=2)
    sheet.text((W - 97, 85), "PRANGKO", size=20, anchor="mm", record=False)
    sheet.text((24, 110), "Dari:", size=19, bold=True)
    y = sheet.wrapped(24, 136, p["from"]["name"], 19, W // 2)
    y = sheet.wrapped(24, y, joined(rng, p["from"]["parts"]), 19, W // 2)
    sheet.barcode((24, y + 20, 420, y + 100))
    sheet.text((24, y + 110), p["resi"], size=22, kind="mono")
    y = max(y + 170, 520)
    x = W // 3
    sheet.text((x, y), "Kepada Yth.", size=26, bold=True)
    sheet.text((x, y + 38), p["to"]["name"], size=28, bold=True)
    y = sheet.wrapped(x, y + 78, joined(rng, p["to"]["parts"]), 26, W - x - 30)
    sheet.text((x, y + 4), "HP " + p["to"]["phone"], size=24)
    sheet.text((24, sheet.height - 80), f"Isi kiriman: {p['item']}  Berat: {p['weight']}", size=20)


def lazada(sheet, p, rng):
    W = sheet.width
    sheet.logo((24, 20, 270, 84), "LEX ID", 38)
    sheet.text((W - 220, 36), p["sort_code"], size=30, bold=True, record=False)
    sheet.barcode((60, 100, W - 60, 190))
    sheet.text((W / 2, 212), p["resi"], size=26, anchor="mm", kind="mono")
    sheet.rule(240)
    sheet.text((30, 256), "Ship To:", size=24, bold=True)
    sheet.text((30, 290), f"{p['to']['name']}  {p['to']['phone']}", size=24)
    y = sheet.wrapped(30, 326, joined(rng, p["to"]["parts"]), 24, W - 70)
    sheet.rule(y + 10, width=2)
    sheet.text((30, y + 26), "Return To:", size=20, bold=True)
    sheet.text((30, y + 56), f"{p['from']['name']}  {p['from']['phone']}", size=20)
    y = sheet.wrapped(30, y + 88, joined(rng, p["from"]["parts"]), 20, W - 70)
    sheet.rule(y + 10, width=2)
    sheet.text((30, y + 26), f"Order ID: {p['order']}  Weight: {p['weight']}", size=20)
    sheet.qr(W - 180, sheet.height - 190, 150)


TUNED = {"jnt": jnt, "sicepat": sicepat, "shopee": shopee, "jne": jne}
HELD_OUT = {"tiki": tiki, "anteraja": anteraja, "pos": pos, "lazada": lazada}
