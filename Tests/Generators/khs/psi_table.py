"""The table all psi families print, in their own columns and wording: a header of one level or two
(a group label such as "Nilai" spanning "Huruf | Angka | Mutu"), semester blocks opened by a
heading row spanning the table and closed by lines such as "Jumlah" (sums under their columns) and
"IPS"; fully ruled or ruled between blocks only. Also cuts the blocks into pages for --pdf (the
header repeats, a heading never ends a page, a block continued on the next page is marked)."""
import psi_style as ps

INK = ps.INK


def columns(spec, left, right):
    """spec: (key, label, group or None, width or 0 for the flexible name column, align) -> placed columns."""
    flex = right - left - sum(w for _, _, _, w, _ in spec)
    placed, x = [], left
    for key, label, group, width, align in spec:
        width = width or flex
        placed.append({"key": key, "label": label, "group": group, "x": x, "w": width, "align": align})
        x += width
    return placed


def header(c, style, cols, y, size, fill=None, ruled=True):
    """The column header; two levels when any column has a group. Returns the y under it."""
    bold = ps.font(style, size, 1)
    two = any(col["group"] for col in cols)
    line = round(size * 1.7)
    deep = max(len(ps.wrap(col["label"], bold, col["w"] - 8)) for col in cols if not col["group"])
    tall = max(line * (2 if two else 1), deep * (size + 3) + 14)
    left, right = cols[0]["x"], cols[-1]["x"] + cols[-1]["w"]
    if fill:
        c.rectangle((left, y, right, y + tall), fill=fill)
    k = 0
    while k < len(cols):
        col = cols[k]
        if col["group"]:
            span = [cc for cc in cols[k:] if cc["group"] == col["group"]]
            span = span[:next((n for n, cc in enumerate(cols[k:]) if cc["group"] != col["group"]), len(span))]
            x0, x1 = span[0]["x"], span[-1]["x"] + span[-1]["w"]
            c.text(((x0 + x1) / 2, y + line / 2), col["group"], font=bold, fill=INK, anchor="mm")
            c.line((x0, y + line, x1, y + line), fill=INK, width=1)
            for cc in span:
                c.text((cc["x"] + cc["w"] / 2, y + line * 1.5), cc["label"], font=bold, fill=INK, anchor="mm")
                if cc is not span[0]:
                    c.line((cc["x"], y + line, cc["x"], y + tall), fill=INK, width=1)
            k += len(span)
        else:
            parts = ps.wrap(col["label"], bold, col["w"] - 8)
            for n, part in enumerate(parts):
                c.text((col["x"] + col["w"] / 2, y + tall / 2 + (n - (len(parts) - 1) / 2) * (size + 3)), part, font=bold,
                       fill=INK, anchor="mm")
            k += 1
        if ruled and k < len(cols):
            c.line((cols[k]["x"], y, cols[k]["x"], y + tall), fill=INK, width=1)
    c.line((left, y, right, y), fill=INK, width=2)
    c.line((left, y + tall, right, y + tall), fill=INK, width=2)
    if ruled:
        c.line((left, y, left, y + tall), fill=INK, width=1)
        c.line((right, y, right, y + tall), fill=INK, width=1)
    return y + tall


def items(rows, close_lines):
    """The print order: ("head", semester, continued), ("row", row), ("close", semester)."""
    out = []
    for k, row in enumerate(rows):
        if k == 0 or rows[k - 1]["semester"] != row["semester"]:
            out.append(("head", row["semester"], False))
        out.append(("row", row))
        if k == len(rows) - 1 or rows[k + 1]["semester"] != row["semester"]:
            if close_lines:
                out.append(("close", row["semester"]))
    return out


def cost(item, style, cols, size, close_lines):
    line = round(size * 1.75)
    if item[0] == "row":
        name = next(col for col in cols if col["key"] == "name")
        return line * len(ps.wrap(item[1]["name"], ps.font(style, size), name["w"] - 14))
    return line * (close_lines if item[0] == "close" else 1)


def paginate(entries, costs, first, rest, pages):
    """Cuts the entries into pages the way a print fills them (page 1 holds `first` px, later pages
    `rest`); when that gives one page, into `pages` pages of about equal height."""
    total = sum(costs)
    for want in [None] + list(range(pages, 8)):
        share = total / (want or 1)
        out, page, used, room = [], [], 0, first
        for entry, c in zip(entries, costs):
            if page and (used + c > room or (want and len(out) < want - 1 and used + c > share * 1.08)):
                out.append(page)
                page, used, room = [], 0, rest
            page.append(entry)
            used += c
        out.append(page)
        for k in range(len(out) - 1):  # a heading never ends a page
            while out[k] and out[k][-1][0] == "head":
                out[k + 1].insert(0, out[k].pop())
        fits = all(any(e[0] == "row" for e in p) for p in out)
        if fits and (len(out) >= 2 if want is None else len(out) <= want):
            return out
    return out


def continued(page_items):
    """A page starting inside a semester block gets its heading again, marked as continued."""
    if page_items and page_items[0][0] != "head":
        first = next(e for e in page_items if e[0] in ("row", "close"))
        semester = first[1]["semester"] if first[0] == "row" else first[1]
        return [("head", semester, True)] + page_items
    return page_items


def body(c, style, cols, entries, y, size, cell, head_text, close, ruled=True, band=None):
    """Draws the entries; cell(row, key) -> text, head_text(semester, continued), close(semester) ->
    [(label, {key: text})]. Returns the y under the table."""
    line = round(size * 1.75)
    face, bold = ps.font(style, size), ps.font(style, size, 1)
    left, right = cols[0]["x"], cols[-1]["x"] + cols[-1]["w"]
    top, segments = y, []
    for entry in entries:
        if entry[0] == "head":
            if band:
                c.rectangle((left + 1, y + 1, right - 1, y + line - 1), fill=band)
            c.text((left + 10, y + line / 2), head_text(entry[1], entry[2]), font=bold, fill=INK, anchor="lm")
            y += line
        elif entry[0] == "row":
            row = entry[1]
            for col in cols:
                text = cell(row, col["key"])
                if col["key"] == "name":
                    for n, part in enumerate(ps.wrap(text, face, col["w"] - 14)):
                        c.text((col["x"] + 7, y + line / 2 + n * line), part, font=face, fill=INK, anchor="lm")
                elif col["align"] == "l":
                    c.text((col["x"] + 7, y + line / 2), text, font=face, fill=INK, anchor="lm")
                else:
                    c.text((col["x"] + col["w"] / 2, y + line / 2), text, font=face, fill=INK, anchor="mm")
            start, y = y, y + cost(entry, style, cols, size, 1)
            if segments and segments[-1][1] == start:
                segments[-1][1] = y
            else:
                segments.append([start, y])
            if ruled:
                c.line((left, y, right, y), fill=(90, 90, 90), width=1)
            continue
        else:
            for label, values in close(entry[1]):
                first = min([k for k, col in enumerate(cols) if col["key"] in values] or [len(cols)])
                edge = cols[first]["x"] if first < len(cols) else right
                c.text((edge - 12, y + line / 2), label, font=bold, fill=INK, anchor="rm")
                for col in cols:
                    if col["key"] in values:
                        c.text((col["x"] + col["w"] / 2, y + line / 2), values[col["key"]], font=bold, fill=INK, anchor="mm")
                y += line
        c.line((left, y, right, y), fill=INK, width=1)
    if ruled:
        for y0, y1 in segments:  # column rules through the course rows, not across headings and totals
            for col in cols[1:]:
                c.line((col["x"], y0, col["x"], y1), fill=(90, 90, 90), width=1)
        c.line((left, top, left, y), fill=INK, width=1)
        c.line((right, top, right, y), fill=INK, width=1)
    c.line((left, y, right, y), fill=INK, width=2)
    return y
