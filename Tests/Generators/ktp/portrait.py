"""A drawn passport-style head and shoulders: a placeholder for the card photo and for the
face-photo negatives. Not a real face; only face-like (skin, hair or headscarf, eyes, mouth)."""
from PIL import Image, ImageDraw, ImageFilter

SKIN = [(236, 196, 160), (224, 178, 140), (205, 160, 120), (190, 140, 100), (170, 120, 85), (142, 98, 70)]
HAIR = [(20, 18, 18), (35, 28, 24), (45, 35, 30), (60, 45, 35), (90, 90, 90)]
CLOTHES = [(245, 245, 242), (240, 240, 235), (25, 35, 70), (30, 30, 32), (110, 20, 30), (60, 90, 60), (140, 110, 70), (70, 100, 150)]
SCARVES = [(30, 30, 35), (240, 240, 238), (120, 40, 70), (40, 60, 110), (170, 150, 120), (90, 110, 80), (200, 120, 140)]
BACKDROPS = {"red": (205, 38, 42), "blue": (30, 95, 195)}


def _mix(a, b, t):
    return tuple(int(a[i] * (1 - t) + b[i] * t) for i in range(3))


def _jitter(rng, colour, amount=12):
    return tuple(max(0, min(255, c + rng.randint(-amount, amount))) for c in colour)


def portrait(rng, width, height, backdrop=None, female=None, headscarf=None):
    """An RGB image width×height. backdrop: "red", "blue" or an RGB triple; drawn at 2× and reduced."""
    female = rng.random() < 0.5 if female is None else female
    headscarf = (female and rng.random() < 0.6) if headscarf is None else headscarf
    if backdrop is None:
        backdrop = rng.choice(list(BACKDROPS))
    base = BACKDROPS.get(backdrop, backdrop) if isinstance(backdrop, str) else backdrop
    base = _jitter(rng, base, 10)
    W, H = width * 2, height * 2
    image = Image.new("RGB", (W, H), base)
    draw = ImageDraw.Draw(image)
    for y in range(H):  # studio light: a little brighter at the top
        draw.line([(0, y), (W, y)], fill=_mix(_jitter(rng, base, 0), (255, 255, 255), 0.12 * (1 - y / H)))

    skin = _jitter(rng, rng.choice(SKIN), 8)
    shade = _mix(skin, (60, 30, 20), 0.25)
    cx = W / 2 + rng.uniform(-0.03, 0.03) * W
    head_w, head_h = W * rng.uniform(0.40, 0.47), H * rng.uniform(0.40, 0.46)
    top = H * rng.uniform(0.12, 0.18)
    head = [cx - head_w / 2, top, cx + head_w / 2, top + head_h]
    chin = top + head_h
    cloth = _jitter(rng, rng.choice(CLOTHES), 8)

    # shoulders and neck
    draw.ellipse([cx - W * 0.62, chin + H * 0.08, cx + W * 0.62, chin + H * 0.75], fill=cloth)
    draw.rectangle([cx - head_w * 0.2, chin - head_h * 0.2, cx + head_w * 0.2, chin + H * 0.1], fill=shade)
    if cloth[0] > 200 and not headscarf:  # shirt collar
        draw.polygon([(cx - head_w * 0.25, chin + H * 0.07), (cx, chin + H * 0.17), (cx - head_w * 0.05, chin + H * 0.2)], fill=(225, 225, 222))
        draw.polygon([(cx + head_w * 0.25, chin + H * 0.07), (cx, chin + H * 0.17), (cx + head_w * 0.05, chin + H * 0.2)], fill=(225, 225, 222))

    hair = rng.choice(HAIR)
    if headscarf:
        scarf = _jitter(rng, rng.choice(SCARVES), 10)
        draw.ellipse([cx - head_w * 0.72, top - head_h * 0.14, cx + head_w * 0.72, chin + head_h * 0.25], fill=scarf)
        draw.polygon([(cx - head_w * 0.72, chin - head_h * 0.1), (cx + head_w * 0.72, chin - head_h * 0.1),
                      (cx + W * 0.5, H), (cx - W * 0.5, H)], fill=scarf)
        face = [cx - head_w * 0.4, top + head_h * 0.08, cx + head_w * 0.4, chin - head_h * 0.02]
        draw.ellipse(face, fill=skin)
    else:
        long_hair = female and rng.random() < 0.8
        if long_hair:
            draw.rounded_rectangle([cx - head_w * 0.62, top - head_h * 0.06, cx + head_w * 0.62, chin + head_h * 0.35], radius=int(head_w * 0.4), fill=hair)
        for side in (-1, 1):  # ears
            draw.ellipse([cx + side * head_w * 0.5 - head_w * 0.08, top + head_h * 0.4, cx + side * head_w * 0.5 + head_w * 0.08, top + head_h * 0.62], fill=shade)
        draw.ellipse(head, fill=skin)
        draw.chord([head[0] - head_w * 0.03, top - head_h * 0.06, head[2] + head_w * 0.03, top + head_h * 0.62], 180, 360, fill=hair)
        if rng.random() < 0.3 and not female:  # peci
            draw.rectangle([cx - head_w * 0.5, top - head_h * 0.12, cx + head_w * 0.5, top + head_h * 0.16], fill=(25, 25, 28))
        face = head

    fx0, fy0, fx1, fy1 = face
    fw, fh = fx1 - fx0, fy1 - fy0
    eye_y = fy0 + fh * rng.uniform(0.44, 0.5)
    for side in (-1, 1):
        ex = cx + side * fw * 0.21
        draw.ellipse([ex - fw * 0.09, eye_y - fh * 0.03, ex + fw * 0.09, eye_y + fh * 0.03], fill=(245, 240, 235))
        draw.ellipse([ex - fw * 0.045, eye_y - fh * 0.03, ex + fw * 0.045, eye_y + fh * 0.03], fill=(40, 28, 22))
        draw.line([(ex - fw * 0.11, eye_y - fh * 0.09), (ex + fw * 0.1, eye_y - fh * 0.1 + side * fh * 0.01)], fill=_mix(hair, skin, 0.2), width=max(2, int(fh * 0.025)))
    draw.line([(cx, eye_y + fh * 0.05), (cx - fw * 0.04, eye_y + fh * 0.2), (cx + fw * 0.03, eye_y + fh * 0.22)], fill=shade, width=max(2, int(fh * 0.012)))
    mouth_y = fy0 + fh * rng.uniform(0.74, 0.79)
    draw.arc([cx - fw * 0.16, mouth_y - fh * 0.06, cx + fw * 0.16, mouth_y + fh * 0.04], 20, 160, fill=(150, 70, 70), width=max(2, int(fh * 0.02)))
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    return image.resize((width, height), Image.LANCZOS)
