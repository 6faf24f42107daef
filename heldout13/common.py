"""Shared pieces of heldout13: fictional people and codes, formats, drawing helpers and the scanner."""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

rl_config.invariant = 1
W, H = A4
CENT = Decimal("0.01")

MEN = ["Gareth", "Alan", "Stuart", "Neil", "Colin", "Rajesh", "Dominic", "Hamish", "Trevor", "Owen", "Malcolm",
       "Desmond", "Ewan", "Kieran", "Philip", "Barry", "Imran", "Leonard"]
WOMEN = ["Fiona", "Gillian", "Denise", "Priya", "Rosalind", "Hazel", "Bronwen", "Marjorie", "Yvonne", "Catriona",
         "Sunita", "Lorraine", "Wendy", "Eleanor", "Maureen", "Tessa", "Harriet", "Judith"]
MIDDLE_M = ["James", "Robert", "Arthur", "Lewis", "Thomas", "Kumar"]
MIDDLE_F = ["Mary", "Louise", "Anne", "Elaine", "Jane", "Devi"]
SURNAMES = ["Ashworth", "Penhaligon", "Mottram", "Carrick", "Venables", "Ogunleye", "Blackett", "Fairbairn",
            "Treharne", "Lindqvist", "Mistry", "Dunsford", "Kilbride", "Halloran", "Pemberton", "Sowerby", "Tranter",
            "Ellwood", "Quigley", "Rathbone", "Stobart", "Whitlock", "Gorringe", "Abernethy", "Haworth", "Nuttall"]
STREETS = ["Larchwood Road", "Kestrel Close", "Mill Brow", "Orchard Rise", "Sandpiper Way", "Castle Terrace",
           "Beechfield Avenue", "Quarry Lane", "Hollins Drive", "Tannery Court", "Ferndale Crescent", "Priory Walk",
           "Whinmoor Gardens", "Slate Row", "Heron Mews"]
PLACES = [("Headingley", "Leeds", "LS"), ("Didsbury", "Manchester", "M"), ("Clifton", "Bristol", "BS"),
          ("Roath", "Cardiff", "CF"), ("Morningside", "Edinburgh", "EH"), ("Jesmond", "Newcastle upon Tyne", "NE"),
          ("Ecclesall", "Sheffield", "S"), ("Heworth", "York", "YO"), ("Kings Heath", "Birmingham", "B"),
          ("Southsea", "Portsmouth", "PO"), ("Heavitree", "Exeter", "EX"), ("Wollaton", "Nottingham", "NG"),
          ("Hyndland", "Glasgow", "G"), ("Formby", "Liverpool", "L"), ("Chapel Allerton", "Leeds", "LS")]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"
FIRMS = ["Kingsmead Lane Financial Planning", "Harbour & Vale Wealth", "Copperbeech Advice Partners",
         "Lanyard Street Wealth Management", "Morwenna Financial", "Brightwater Planning Co", "Oakhurst Pennine Advice",
         "Tallis & Crane Wealth"]
ADVISERS = ["Simon Ferraby", "Lucy Ambrose", "Daniel Okafor", "Helen Marchbank", "Joanna Pryce", "Robert Ilsley",
            "Megan Tolland", "Christopher Vane"]
SITES = {"Aviva": "aviva.co.uk", "Royal London": "royallondon.com", "Scottish Widows": "scottishwidows.co.uk",
         "Standard Life": "standardlife.co.uk", "Aegon": "aegon.co.uk", "Legal & General": "legalandgeneral.com",
         "Canada Life": "canadalife.co.uk", "Zurich": "zurich.co.uk", "Prudential": "pru.co.uk",
         "Phoenix Life": "phoenixlife.co.uk", "ReAssure": "reassure.co.uk",
         "Utmost Life and Pensions": "utmostlifeandpensions.co.uk",
         "Utmost Wealth Solutions": "utmostinternational.com",
         "Transact": "transact-online.co.uk", "AJ Bell": "ajbell.co.uk", "Hargreaves Lansdown": "hl.co.uk",
         "Quilter": "quilter.com", "Fidelity": "fidelity.co.uk", "LV=": "lv.com", "Wesleyan": "wesleyan.co.uk",
         "Nest": "nestpensions.org.uk", "The People's Pension": "thepeoplespension.co.uk",
         "NOW: Pensions": "nowpensions.com", "Smart Pension": "smartpension.co.uk", "interactive investor": "ii.co.uk"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def money(d: Decimal) -> str:
    """Money as the truth holds it: two places, no symbol."""
    return f"{d:.2f}"


def gbp(d: Decimal, sign: bool = True) -> str:
    """Money as printed: thousands commas, a pound sign unless sign is false."""
    return ("£" if sign else "") + f"{Decimal(d):,.2f}"


def q2(d: Decimal) -> Decimal:
    """Round to pennies, half up."""
    return d.quantize(CENT, ROUND_HALF_UP)


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th..."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fdate(d: dt.date, style: int) -> str:
    """A date in one of five printed styles."""
    return [
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        d.strftime("%d/%m/%Y"),
        f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
        d.strftime("%d.%m.%Y"),
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
    ][style]


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A date in [start, end)."""
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def ni_number(rng: random.Random) -> str:
    """A fictional NI number of valid form (never QQ or an unallocated prefix)."""
    while True:
        pre = rng.choice(NI1) + rng.choice(NI2)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"):
            return pre + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def ni_spaced(ni: str, style: int) -> str:
    """The NI number plain, in pairs, or as prefix / digits / suffix."""
    return [ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", f"{ni[:2]} {ni[2:8]} {ni[8]}"][style]


def postcode(rng: random.Random, area: str) -> str:
    """A postcode of valid form in the given area."""
    return f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"


def person(rng: random.Random) -> dict:
    """A fictional client: title agreeing with the first name, DOB, NI, address lines and postcode."""
    female = rng.random() < 0.5
    first = rng.choice(WOMEN if female else MEN)
    middle = rng.choice(MIDDLE_F if female else MIDDLE_M) if rng.random() < 0.4 else None
    title = rng.choice(["Mrs", "Ms", "Miss", "Dr"] if female else ["Mr", "Mr", "Mr", "Dr"])
    name = " ".join(p for p in (first, middle, rng.choice(SURNAMES)) if p)
    suburb, town, area = rng.choice(PLACES)
    lines = [f"{rng.randint(2, 188)} {rng.choice(STREETS)}", suburb, town]
    return {"title": title, "name": name, "first": first, "surname": name.split()[-1],
            "dob": rand_date(rng, dt.date(1948, 1, 1), dt.date(1990, 12, 31)), "ni": ni_number(rng),
            "lines": lines, "postcode": postcode(rng, area)}


def firm(rng: random.Random) -> dict:
    """A fictional adviser firm, its adviser, address, 01632 phone and .example e-mail."""
    suburb, town, area = rng.choice(PLACES)
    return {"name": rng.choice(FIRMS), "adviser": rng.choice(ADVISERS),
            "lines": [f"Suite {rng.randint(2, 9)}, {rng.randint(3, 90)} {rng.choice(STREETS)}", town],
            "postcode": postcode(rng, area), "phone": f"01632 {rng.randint(100000, 999999)}",
            "email": f"{rng.choice(ADVISERS).split()[0].lower()}@"
                     f"{rng.choice(['advice', 'wealth', 'planning'])}.example"}


def _sedol(rng: random.Random) -> str:
    body = "B" + "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(5))
    total = sum(int(ch, 36) * w for ch, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def _isin_ok(code: str) -> bool:
    digits = "".join(str(int(c, 36)) for c in code)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def isin(rng: random.Random) -> str:
    """A fictional ISIN with a valid check digit (GB ones on a valid SEDOL)."""
    body = ("GB00" + _sedol(rng)) if rng.random() < 0.6 else (
        rng.choice(["IE00", "LU"]) + "".join(str(rng.randrange(10)) for _ in range(0, 7)))
    body = body if len(body) == 11 else body + "".join(str(rng.randrange(10)) for _ in range(11 - len(body)))
    return next(body + str(d) for d in range(10) if _isin_ok(body + str(d)))


FUND_WORDS = ["Global Equity", "UK Equity Income", "Sterling Corporate Bond", "Balanced Managed", "Cautious Managed",
              "Index-Linked Gilt", "Pacific Basin", "North American Index", "European Select", "Property",
              "Diversified Growth", "Strategic Bond", "Emerging Markets", "Multi-Asset 60", "Ethical Leaders",
              "Smaller Companies", "Global Tracker", "Money Market"]
HOUSES = ["Thistledown", "Marlowe", "Caradon", "Stonebridge", "Wrekin", "Halyard", "Corran", "Ravensworth"]


def holdings(rng: random.Random, n: int, total_range=(8000, 160000), pence_share: float = 0.3,
             isin_share: float = 0.8, names: list[str] | None = None) -> list[dict]:
    """N fund rows, each its units at its price: units 3 dp, price 4 dp in pounds or 2 dp in pence."""
    target = Decimal(rng.randint(*total_range))
    words = rng.sample(FUND_WORDS, n)
    rows = []
    for i in range(n):
        pence = rng.random() < pence_share
        price = Decimal(rng.randint(5000, 90000)) / 100 if pence else Decimal(rng.randint(8000, 68000)) / 10000
        per = price / 100 if pence else price
        share = target * Decimal(rng.randint(10, 50)) / 100
        units = (share / per).quantize(Decimal("0.001"))
        suffix = ["Acc", "Inc", "Pn", "S2", "Acc"]
        name = names[i] if names and i < len(names) else f"{rng.choice(HOUSES)} {words[i]} {rng.choice(suffix)}"
        rows.append({"fund_name": name, "isin": isin(rng) if rng.random() < isin_share else None,
                     "units": f"{units}", "unit_price": f"{price:.2f}" if pence else f"{price:.4f}",
                     "value": money(q2(units * per)), "price_currency": "GBX" if pence else "GBP"})
    return rows


def total(rows: list[dict]) -> Decimal:
    """The sum of the rows' values."""
    return sum((Decimal(r["value"]) for r in rows), Decimal("0"))


def units_str(u: str) -> str:
    """Units as printed, with thousands separators."""
    d = Decimal(u)
    return f"{d:,.3f}"


def price_str(r: dict) -> str:
    """A price as printed: £1.2345 or 123.45p."""
    return f"{r['unit_price']}p" if r["price_currency"] == "GBX" else f"£{r['unit_price']}"


# ---------------------------------------------------------------- drawing
def txt(c, x, y, s, font="Helvetica", size=9.5, color=(0, 0, 0), align="left"):
    """Draw s with its baseline y points from the top of the page."""
    c.setFont(font, size)
    c.setFillColorRGB(*color)
    if align == "right":
        c.drawRightString(x, H - y, s)
    elif align == "centre":
        c.drawCentredString(x, H - y, s)
    else:
        c.drawString(x, H - y, s)
    c.setFillColorRGB(0, 0, 0)


def para(c, x, y, s, width, font="Helvetica", size=9.5, lead=12.5):
    """Wrap s into lines of at most width points; return the y under the last line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    line = ""
    for word in s.split():
        test = (line + " " + word).strip()
        if stringWidth(test, font, size) > width and line:
            txt(c, x, y, line, font, size)
            y += lead
            line = word
        else:
            line = test
    if line:
        txt(c, x, y, line, font, size)
        y += lead
    return y


def rect(c, x, y, w, h, fill=None, stroke=True, width=0.6):
    """Draw one page."""
    c.setLineWidth(width)
    if fill:
        c.setFillColorRGB(*fill)
    c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
    c.setFillColorRGB(0, 0, 0)


def hline(c, x0, x1, y, width=0.6, grey=0.0):
    """Draw one page."""
    c.setLineWidth(width)
    c.setStrokeColorRGB(grey, grey, grey)
    c.line(x0, H - y, x1, H - y)
    c.setStrokeColorRGB(0, 0, 0)


def table(c, x, y, widths, rows, font="Helvetica", size=8.5, rowh=15, header_fill=(0.86, 0.88, 0.9),
          right=(), bold_last=False, ruled=True):
    """A ruled table; rows[0] is the header; columns in `right` align right. Returns the y below it."""
    for ri, row in enumerate(rows):
        if ri == 0 and header_fill:
            rect(c, x, y, sum(widths), rowh, fill=header_fill, stroke=False)
        f = "Helvetica-Bold" if ri == 0 or (bold_last and ri == len(rows) - 1) else font
        cx = x
        for ci, (wd, cell) in enumerate(zip(widths, row, strict=True)):
            if ci in right:
                txt(c, cx + wd - 4, y + rowh - 4.5, cell, f, size, align="right")
            else:
                txt(c, cx + 4, y + rowh - 4.5, cell, f, size)
            cx += wd
        y += rowh
        if ruled:
            hline(c, x, x + sum(widths), y, 0.4, 0.3)
    if ruled:
        rect(c, x, y - rowh * len(rows), sum(widths), rowh * len(rows), width=0.6)
        cx = x
        for wd in widths[:-1]:
            cx += wd
            c.setLineWidth(0.3)
            c.line(cx, H - y, cx, H - (y - rowh * len(rows)))
    return y


def ink(c, x, y, rng: random.Random, width=110):
    """A hand-drawn signature: a few joined curves in blue-black, baseline y from the top."""
    c.setStrokeColorRGB(0.08, 0.12, 0.42)
    c.setLineWidth(rng.uniform(0.9, 1.5))
    p = c.beginPath()
    px, py = x, H - y
    p.moveTo(px, py)
    for _ in range(rng.randint(4, 7)):
        nx = px + rng.uniform(width / 8, width / 4)
        p.curveTo(px + rng.uniform(-6, 12), py + rng.uniform(6, 22), nx - rng.uniform(0, 12),
                  py - rng.uniform(4, 16), nx, H - y + rng.uniform(-5, 7))
        px, py = nx, H - y + rng.uniform(-5, 7)
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + rng.uniform(0, 20), H - y - 4, x + width * rng.uniform(0.6, 0.9), H - y - 2)
    c.setStrokeColorRGB(0, 0, 0)


def footer(c, site: str, page: int, pages: int, left: str = ""):
    """Draw one page."""
    hline(c, 40, W - 40, H - 38, 0.4, 0.5)
    txt(c, 40, H - 26, left or f"www.{site}", size=7, color=(0.35, 0.35, 0.35))
    txt(c, W - 40, H - 26, f"Page {page} of {pages}", size=7, color=(0.35, 0.35, 0.35), align="right")


def char_boxes(c, x, y, s: str, n: int, box=13, font="Courier-Bold", size=10):
    """N one-character boxes from x, their top at y; s written one character a box."""
    for i in range(n):
        rect(c, x + i * box, y, box, box, width=0.5)
        if i < len(s) and s[i] != " ":
            txt(c, x + i * box + box / 2, y + box - 3.2, s[i], font, size, align="centre")
    return x + n * box


def tick(c, x, y, size=9):
    """A tick drawn in ink inside a box whose top-left is (x, y)."""
    c.setStrokeColorRGB(0.08, 0.12, 0.42)
    c.setLineWidth(1.3)
    c.line(x + 1.5, H - y - size * 0.55, x + size * 0.4, H - y - size + 1)
    c.line(x + size * 0.4, H - y - size + 1, x + size + 1, H - y + 1)
    c.setStrokeColorRGB(0, 0, 0)


# ---------------------------------------------------------------- building
def build(pages, path, scanned=False, mixed=False, seed=0):
    """pages: drawing functions, one a page. A scan renders the text PDF and replaces its pages by images."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for i, fn in enumerate(pages):
        fn(c, i + 1, len(pages))
        c.showPage()
    c.save()
    data = buf.getvalue()
    if scanned:
        data = _scan(data, pages, seed, mixed)
    path.write_bytes(data)


def _scan(data: bytes, pages, seed: int, mixed: bool) -> bytes:
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(data)
    jpeg = rng.random() < 0.65
    dpi = 200 if jpeg else rng.choice([240, 260])
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for i in range(len(doc)):
        if mixed and i == 0:
            pages[0](c, 1, len(pages))
            c.showPage()
            continue
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(rng.uniform(-1.4, 1.4), resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
        arr = np.asarray(img, dtype=np.float32)
        arr = arr + nrng.normal(0, rng.uniform(3, 8), arr.shape)
        shade = np.linspace(1.0, 1.0 - rng.uniform(0.0, 0.14), arr.shape[1], dtype=np.float32)
        arr = np.clip(arr * shade[None, :], 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, "L")
        b = io.BytesIO()
        if jpeg:
            img.save(b, "JPEG", quality=rng.randint(35, 55))
        else:
            img.point(lambda v: 255 if v > 150 else 0).convert("1").save(b, "PNG")
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, W, H)
        c.showPage()
    doc.close()
    c.save()
    return out.getvalue()
