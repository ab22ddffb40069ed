"""eta `surel`: a transcript SENT BY E-MAIL as plain text and printed from the mail client. The print:
the browser's or client's print header (date, the page title) and footer (the message's URL, "1/2",
"Halaman 1 dari 2" or "Page 1 of 2"); a webmail wordmark or the account's name over a rule; the
subject and a mail header block (Dari / Kepada / Tanggal / Perihal, or From / To / Date / Subject);
a greeting; the transcript typed by a clerk as plain text whose columns were lined up with tabs or
spaces in a fixed-width editor, so in the mail's proportional font they drift from line to line;
semester captions, the total SKS and the IPK as "key : value" lines; a "-- " signature block; and
lines quoted with "> " (the student's earlier request under a reply, or the whole forwarded
message). Letter grades. The --text-pdf twin is the print as drawn."""
import datetime
import re

from PIL import Image

import eta_style as st
from canvas import Canvas

WIDTH, A4 = 1240, 1754
LEFT, RIGHT = 80, WIDTH - 80
DAYS_ID = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
GREY, BLUE = (95, 95, 100), (26, 80, 170)


def capacity(style):
    return 13


def _mail_date(style, day, time):
    if style["english"]:
        hour, minute = map(int, time.split("."))
        clock = f"{hour % 12 or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
        return f"{DAYS_EN[day.weekday()]}, {MON_EN[day.month - 1]} {day.day}, {day.year} at {clock}"
    return f"{DAYS_ID[day.weekday()]}, {day.day} {st.MONTHS[day.month - 1][:3]} {day.year} pukul {time}"


def _address(name):
    return ".".join(re.sub(r"[^a-z]", "", part) for part in name.lower().split()[:2])


def _pad(text, column, tabs):
    """`text` followed by what a clerk typed to reach character `column` in a fixed-width editor
    (tab stops every eight characters): tabs, or spaces (at least two)."""
    if tabs:
        out = text + "\t"
        while len(out.expandtabs(8)) < column:
            out += "\t"
        return out
    return text + " " * max(2, column - len(text.expandtabs(8)))


def _row_line(style, row, number, widths):
    tabs = style["tabs"]
    if style["order"] == "a":
        cells = [f"{number}.", row["code"], row["name"], str(row["sks"]), row["grade"]]
    else:
        cells = [row["code"], row["name"], row["grade"], str(row["sks"])]
    out, column = "", 0
    for cell, width in zip(cells[:-1], widths):
        column += width
        out = _pad(out + cell, column, tabs)
    return out + cells[-1]


def _head_line(style, widths):
    labels = ["No", "Kode", "Mata Kuliah", "SKS", "Nilai"] if style["order"] == "a" else ["Kode MK", "Nama Mata Kuliah", "Nilai", "SKS"]
    out, column = "", 0
    for label, width in zip(labels[:-1], widths):
        column += width
        out = _pad(out + label, column, style["tabs"])
    return out + labels[-1]


def _transcript(style, doc, rows):
    """The clerk's plain-text transcript: [(text, kind)], kind "row" lines carrying their row."""
    longest = max(len(r["name"]) for r in rows)
    name_w = longest + 3
    widths = [4, 10, name_w, 5] if style["order"] == "a" else [10, name_w, 7]
    eng = style["english"]
    lines = [("TRANSKRIP NILAI SEMENTARA" if not eng else "TRANSKRIP NILAI SEMENTARA (Provisional Transcript)", "text"), ("", "text")]
    for label, value in [("Nama", doc["name"]), ("NIM", doc["nim"]), ("Program Studi", f"S1 {style['programme']}"),
                         ("Semester", str(doc["semester"]))]:
        lead = label + "\t" * (2 if len(label) < 8 else 1) if style["tabs"] else _pad(label, 15, False)
        lines.append((lead + ": " + value, "text"))
    lines.append(("", "text"))
    number = 1
    for semester in sorted({r["semester"] for r in rows}):
        caption = st.term(doc["entry"], semester)
        lines.append((caption, "text"))
        if style["order"] == "b":
            lines.append(("-" * len(caption), "text"))
        if semester == rows[0]["semester"] or style["order"] == "b":
            lines.append((_head_line(style, widths), "text"))
        for row in [r for r in rows if r["semester"] == semester]:
            lines.append((_row_line(style, row, number, widths), ("row", row)))
            number += 1
        lines.append(("", "text"))
    pad = 22
    lines.append((_pad("Jumlah SKS", pad, False) + f": {doc['total']}" if not style["tabs"] else f"Jumlah SKS\t\t: {doc['total']}", "text"))
    lines.append((_pad("IPK", pad, False) + f": {st.number(style, doc['ipk'])}" if not style["tabs"]
                  else f"IPK\t\t\t: {st.number(style, doc['ipk'])}", "text"))
    return lines


def _message(style, doc, rows, rng):
    """The mail's whole text: [(text, kind)], kind one of text, quote-able rows, "sig"."""
    eng = style["english"]
    office = f"Subbagian Akademik {style['faculty']}"
    student_mail = f"{_address(doc['name'])}{rng.randint(1, 99)}@gmail.com"
    office_mail = f"akademik.{style['prefix'].lower()}@{style['domain']}"
    asked = doc["day"] - datetime.timedelta(days=rng.randint(1, 4))
    body = [(("Dear " if eng else "Yth. Saudara/i ") + doc["name"].title() + ",", "text"), ("", "text"),
            ("Menindaklanjuti permohonan Saudara/i, berikut kami sampaikan transkrip nilai sementara", "text"),
            ("sampai dengan semester berjalan. Nilai yang tercantum sesuai dengan data SIAKAD.", "text"), ("", "text")]
    body += _transcript(style, doc, rows)
    body += [("", "text"), ("Transkrip resmi bertanda tangan dan cap basah dapat diambil di loket akademik.", "text"),
             ("Demikian, terima kasih.", "text"), ("", "text"), ("-- ", "sig"), (doc["clerk"], "sig"), (office, "sig"),
             (style["institution"], "sig"), (f"Telp. {rng.randint(200, 999)}-{rng.randint(1000, 9999)} ext. {rng.randint(100, 299)}", "sig")]
    header = {"from": f"{office} <{office_mail}>", "to": f"{doc['name'].title()} <{student_mail}>",
              "date": _mail_date(style, doc["day"], doc["time"]),
              "subject": f"Transkrip Nilai Sementara a.n. {doc['name']} ({doc['nim']})"}
    if style["kind"] == "reply":
        request = ["Selamat pagi Bapak/Ibu,", "", f"Saya {doc['name'].title()}, NIM {doc['nim']}, mahasiswa {style['programme']}.",
                   "Mohon dikirimkan transkrip nilai sementara saya untuk keperluan melamar", "pekerjaan. Terima kasih.", "",
                   "Hormat saya,", doc["name"].title()]
        said = (f"On {_mail_date(style, asked, '08.12')}, {doc['name'].title()} <{student_mail}> wrote:" if eng else
                f"Pada {_mail_date(style, asked, '08.12')}, {doc['name'].title()} <{student_mail}> menulis:")
        lines = body + [("", "text"), (said, "text")] + [(("> " + t).rstrip() if t else ">", "quote") for t in request]
        header["subject"] = "Re: " + header["subject"]
        return header, lines, student_mail
    # forward: the student sends the office's mail on; the office's mail quoted whole
    recruiter = f"rekrutmen@{rng.choice(['ptsinarmaju.co.id', 'karir.nusantaraenergi.com', 'hrd.bankdaerah.co.id'])}"
    sent = dict(header)
    mine = [("Selamat siang Bapak/Ibu," if not eng else "Dear Sir/Madam,", "text"), ("", "text"),
            ("Bersama ini saya teruskan transkrip nilai sementara saya dari bagian akademik sebagai", "text"),
            ("kelengkapan berkas lamaran. Terima kasih atas perhatiannya.", "text"), ("", "text"),
            ("Salam,", "text"), (doc["name"].title(), "text"), ("", "text"),
            ("---------- Forwarded message ---------" if eng else "---------- Pesan terusan ---------", "text"),
            (f"{'From' if eng else 'Dari'}: {sent['from']}", "text"), (f"{'Date' if eng else 'Tanggal'}: {sent['date']}", "text"),
            (f"{'Subject' if eng else 'Perihal'}: {sent['subject']}", "text"), (f"{'To' if eng else 'Kepada'}: {sent['to']}", "text"),
            ("", "text")]
    quoted = []
    for text, kind in body:
        quoted.append((("> " + text) if text else ">", kind if kind != "text" else "quote"))
    later = doc["day"] + datetime.timedelta(days=rng.randint(0, 3))
    header = {"from": f"{doc['name'].title()} <{student_mail}>", "to": recruiter, "date": _mail_date(style, later, "13.40"),
              "subject": ("Fwd: " if eng or rng.random() < 0.6 else "Fw: ") + sent["subject"]}
    return header, mine + quoted, student_mail


def _faces(style):
    size = style["size"]
    return st.font(style["font"], size), st.font(style["font"], size, 1), st.font(style["font"], size - 5)


def _plain(c, x, y, text, face, fill):
    """A plain-text line as a mail client shows it in a proportional font: tabs to the next stop of
    eight space widths from the line's start."""
    stop = 8 * face.getlength(" ")
    pos = x
    parts = text.split("\t")
    for k, part in enumerate(parts):
        if part:
            c.text((pos, y), part, font=face, fill=fill)
        pos += face.getlength(part)
        if k < len(parts) - 1:
            nxt = x + (int((pos - x) / stop + 1e-6) + 1) * stop
            pos = nxt + stop if nxt - pos < 0.5 * face.getlength(" ") else nxt  # CSS: a stop nearer than half a space is skipped


def _print_frame(c, style, header, sheet, sheets, stamp, url, title):
    """The print header and footer of the browser or the mail client."""
    small = _faces(style)[2]
    h = c.size[1]
    if style["client"] == "thunderbird":
        label = f"Page {sheet} of {sheets}" if style["english"] else f"Halaman {sheet} dari {sheets}"
        c.text((40, 24), title, font=small, fill=(40, 40, 40))
        c.text((WIDTH - 40, 24), stamp, font=small, fill=(40, 40, 40), anchor="ra")
        c.text((40, h - 36), url, font=small, fill=(40, 40, 40))
        c.text((WIDTH - 40, h - 36), label, font=small, fill=(40, 40, 40), anchor="ra")
        return
    c.text((40, 24), stamp, font=small, fill=(40, 40, 40))
    c.text((WIDTH // 2, 24), title, font=small, fill=(40, 40, 40), anchor="ma")
    c.text((40, h - 36), url, font=small, fill=(40, 40, 40))
    c.text((WIDTH - 40, h - 36), f"{sheet}/{sheets}", font=small, fill=(40, 40, 40), anchor="ra")


def _mail_head(c, style, doc, header, account, y):
    face, bold, small = _faces(style)
    size = style["size"]
    eng = style["english"]
    if style["client"] == "gmail":
        c.text((LEFT, y), "Gmail", font=st.font("libsans", size + 10, 1), fill=(120, 120, 125))
        c.text((RIGHT, y + 8), f"{header['to'] if style['kind'] == 'reply' else header['from']}", font=small, fill=GREY, anchor="ra")
        y += size + 26
        c.line((LEFT, y, RIGHT, y), fill=(120, 120, 120), width=2)
        y += 18
        c.text((LEFT, y), header["subject"], font=st.font(style["font"], size + 5, 1), fill=(20, 20, 20))
        y += size + 16
        c.text((LEFT, y), "1 message" if eng else "1 pesan", font=small, fill=GREY)
        y += size
        c.line((LEFT, y, RIGHT, y), fill=(180, 180, 180), width=1)
        y += 16
        name, mail = header["from"].rsplit(" <", 1)
        c.text((LEFT, y), name, font=bold, fill=(20, 20, 20))
        c.text((LEFT + bold.getlength(name) + 8, y), "<" + mail, font=face, fill=GREY)
        if LEFT + bold.getlength(name) + face.getlength(" <" + mail) + small.getlength(header["date"]) + 30 > RIGHT:
            y += round(size * 1.3)
        c.text((RIGHT, y), header["date"], font=small, fill=GREY, anchor="ra")
        y += round(size * 1.4)
        c.text((LEFT, y), ("To: " if eng else "Kepada: ") + header["to"], font=small, fill=GREY)
        return y + round(size * 2)
    if style["client"] == "webmail":
        c.text((LEFT, y), f"Webmail {style['institution']}", font=st.font(style["font"], size + 2, 1), fill=BLUE)
        y += size + 14
        c.line((LEFT, y, RIGHT, y), fill=BLUE, width=2)
        y += 16
    else:
        c.text((LEFT, y), account, font=st.font(style["font"], size + 4, 1), fill=(20, 20, 20))
        y += size + 14
        c.line((LEFT, y, RIGHT, y), fill=(20, 20, 20), width=3)
        y += 16
    keys = [("Subject", "subject"), ("From", "from"), ("Date", "date"), ("To", "to")] if eng else \
        [("Perihal", "subject"), ("Dari", "from"), ("Tanggal", "date"), ("Kepada", "to")]
    for label, key in keys:
        c.text((LEFT, y), label + ":", font=bold, fill=(20, 20, 20))
        c.text((LEFT + 130, y), header[key], font=face, fill=(20, 20, 20))
        y += round(size * 1.45)
    y += 6
    c.line((LEFT, y, RIGHT, y), fill=(150, 150, 150), width=1)
    return y + round(size * 1.2)


def render(style, doc, rows, rng, paged, text_pdf):
    header, lines, student_mail = _message(style, doc, rows, rng)
    face, bold, small = _faces(style)
    size = style["size"]
    step = round(size * 1.34)
    stamp = (f"{doc['day'].month}/{doc['day'].day}/{doc['day'].year % 100}, {doc['time'].replace('.', ':')}" if style["english"]
             else f"{doc['day'].day:02d}/{doc['day'].month:02d}/{doc['day'].year % 100} {doc['time']}")
    thread = "".join(rng.choice("0123456789") for _ in range(19))
    if style["client"] == "gmail":
        url = f"https://mail.google.com/mail/u/0/?ik={rng.randrange(16 ** 10):010x}&view=pt&search=all&permthid=thread-f:{thread}"
        title = "Gmail - " + header["subject"]
    elif style["client"] == "webmail":
        url = f"https://webmail.{style['domain']}/?_task=mail&_uid={rng.randint(1000, 9999)}&_mbox=INBOX&_action=print"
        title = f"Webmail {style['institution']} :: {header['subject']}"
    else:
        url = f"imap://{student_mail.replace('@', '%40')}@imap.gmail.com:993/fetch%3EUID%3E/INBOX%3E{rng.randint(1000, 99999)}"
        title = header["subject"]
    account = header["to"].rsplit(" <", 1)[0] if style["kind"] == "reply" else header["from"].rsplit(" <", 1)[0]
    bottom = A4 - 90
    pages, current = [], []
    first_top = 70 + 380  # room for the mail head on the first page (measured below)
    y = first_top
    for text, kind in lines:  # cut the lines into pages of an A4 print
        if paged and y + step > bottom and current:
            pages.append(current)
            current, y = [], 80
        current.append((text, kind))
        y += step
    pages.append(current)
    canvases = []
    for k, part in enumerate(pages):
        tall = max(A4, (first_top if k == 0 else 80) + step * len(part) + 120)
        c = Canvas(Image.new("RGB", (WIDTH, tall), (255, 255, 255)))
        y = 70
        if k == 0:
            y = _mail_head(c, style, doc, header, account, y)
        for text, kind in part:
            fill = (20, 20, 22)
            if kind == "quote" or (text.startswith(">") and kind != "text"):
                fill = (60, 60, 90) if style["client"] != "gmail" else (55, 55, 60)
            if kind == "sig":
                fill = (90, 90, 95)
            if text:
                _plain(c, LEFT, y, text, face, fill)
            y += step
        _print_frame(c, style, header, k + 1, len(pages), stamp, url, title)
        canvases.append(c)
    style["body"] = size
    return canvases
