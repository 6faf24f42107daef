"""Shared pieces of heldout15: fictional people, identifiers with valid check digits, drawing and scanning helpers."""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
FEMALE = ["Eleri", "Carys", "Hannah", "Rhiannon", "Judith", "Marian", "Sian", "Pauline", "Delyth", "Frances",
          "Gwen", "Lorna", "Beverley", "Imogen", "Nerys", "Rosalind", "Tamsin", "Yvonne", "Harriet", "Megan"]
MALE = ["Gareth", "Dafydd", "Owain", "Malcolm", "Trevor", "Huw", "Stuart", "Rhodri", "Clive", "Gethin",
        "Barry", "Emrys", "Keith", "Iwan", "Desmond", "Lloyd", "Alun", "Graham", "Neville", "Terence"]
SURNAMES = ["Pritchard", "Llewellyn", "Haverford", "Meredith", "Bowen", "Prothero", "Gwilliam", "Carrow",
            "Tudball", "Penhallow", "Rowlands", "Ashdown", "Kenward", "Fairclough", "Dunmore", "Whitcombe",
            "Yelland", "Marchant", "Brereton", "Ollerton", "Quenby", "Stainton", "Tregarth", "Vowles"]
STREETS = ["Heol y Felin", "Ffordd Penrhos", "Maes y Coed", "Clos Glanrhyd", "Stryd y Bont", "Lon Isaf",
           "Larkspur Close", "Wellfield Road", "Tanners Row", "Orchard Rise", "Beacon View", "Millstream Lane",
           "Ropewalk Terrace", "Kestrel Way", "Sandpiper Court", "Chapel Mews"]
TOWNS_WALES = [("Llandeilo", "SA19"), ("Aberaeron", "SA46"), ("Bala", "LL23"), ("Machynlleth", "SY20"),
               ("Builth Wells", "LD2"), ("Abergavenny", "NP7"), ("Pontypridd", "CF37"), ("Ruthin", "LL15")]
TOWNS = [("Kendal", "LA9"), ("Frome", "BA11"), ("Ludlow", "SY8"), ("Whitby", "YO21"), ("Hexham", "NE46"),
         ("Truro", "TR1"), ("Stamford", "PE9"), ("Malton", "YO17"), ("Buxton", "SK17"), ("Wells", "BA5"),
         ("Ripon", "HG4"), ("Bridport", "DT6"), ("Oakham", "LE15"), ("Keswick", "CA12")]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
FIRMS = ["Teifi Valley Financial Planning", "Carreg Wealth Partners", "Brackenhurst Advisory", "Menai Strait Wealth",
         "Holloway & Quarrie Financial", "Fernlea Planning Partners", "Ogmore Bridge Advisers",
         "Stonechat Financial Management", "Pennant Hill Wealth", "Lockwood Marsh Planning"]
ADVISERS = ["Ceri Wyn Jenkins", "Morgan Treharne", "Alys Penberthy", "Robert Halsall", "Nia Gwenllian Rees",
            "Simon Ackroyd", "Lowri Bevan", "Martin Dewsbury", "Catrin Elwyn", "Philip Oakshott"]
FUND_WORDS = [("Glanmor", "UK Equity Income"), ("Harrowgate", "Global Growth"), ("Penmaen", "Strategic Bond"),
              ("Corran", "Balanced Managed"), ("Eastling", "Cautious Portfolio"), ("Tavistock Vale", "Asia Pacific"),
              ("Wexcombe", "European Select"), ("Brynhyfryd", "Sustainable Multi-Asset"),
              ("Ardmore", "UK Smaller Companies"), ("Holmfirth", "Index-Linked Gilt"),
              ("Selwood", "North American Index"), ("Caldey", "Property Securities"),
              ("Marshfield", "Emerging Markets"), ("Ravensworth", "Adventurous Growth")]
TRUSTS = ["Calderbrook Global", "Severnside Income", "Aldwych Smaller Companies", "Penrose Asia", "Kingsmere Capital",
          "Hafren Value", "Thornbury Growth & Income", "Lindisfarne Japan"]


def sedol(rng: random.Random) -> str:
    """A seven-character SEDOL starting B, on the weighted check."""
    chars = "0123456789BCDFGHJKLMNPQRSTVWXYZ"
    body = "B" + "".join(rng.choice(chars) for _ in range(5))
    total = sum(int(ch, 36) * w for ch, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def isin_check(body: str) -> str:
    """The Luhn check digit of an 11-character ISIN body."""
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def isin(rng: random.Random) -> str:
    """A GB ISIN on a SEDOL (70%) or an IE00 one with seven characters after the prefix."""
    if rng.random() < 0.7:
        body = "GB00" + sedol(rng)
    else:
        body = "IE00B" + "".join(rng.choice("0123456789BCDFGHJKLMNPQRSTVWXYZ") for _ in range(6))
    return body + isin_check(body)


def ni(rng: random.Random) -> str:
    """A National Insurance number valid in form."""
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in BAD_PREFIX:
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def ni_print(rng: random.Random, code: str) -> str:
    """The NI number in one of the printed styles."""
    style = rng.randrange(3)
    if style == 0:
        return code
    if style == 1:
        return f"{code[:2]} {code[2:4]} {code[4:6]} {code[6:8]} {code[8]}"
    return f"{code[:2]} {code[2:8]} {code[8]}"


def postcode(rng: random.Random, outward: str) -> str:
    """A postcode valid in form on the given outward code."""
    return f"{outward} {rng.randrange(1, 10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"


def person(rng: random.Random, welsh: bool = False) -> dict:
    """A fictional person with title, names, DOB, NI and an address."""
    female = rng.random() < 0.5
    first = rng.choice(FEMALE if female else MALE)
    middle = rng.choice(FEMALE if female else MALE) if rng.random() < 0.4 else None
    if middle == first:
        middle = None
    surname = rng.choice(SURNAMES)
    title = rng.choice(["Mrs", "Ms", "Miss", "Dr"] if female else ["Mr", "Mr", "Mr", "Dr"])
    town, outward = rng.choice(TOWNS_WALES if welsh else TOWNS)
    lines = [f"{rng.randrange(1, 140)} {rng.choice(STREETS)}"]
    if rng.random() < 0.4:
        lines.insert(0, rng.choice(["Ty Gwyn", "Bryn Awel", "The Old Forge", "Hillcrest", "Flat 3", "Rose Cottage"]))
    lines.append(town)
    dob = dt.date(rng.randrange(1948, 1975), rng.randrange(1, 13), rng.randrange(1, 29))
    return {
        "title": title, "first": first, "middle": middle, "surname": surname,
        "name": " ".join(x for x in (first, middle, surname) if x),
        "dob": dob, "ni": ni(rng), "lines": lines, "postcode": postcode(rng, outward),
    }


def long_date(d: dt.date, ordinal: bool = False) -> str:
    """A date such as 4 March 1961 (or 4th March 1961)."""
    day = str(d.day)
    if ordinal:
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        day += suffix
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def slash(d: dt.date) -> str:
    """A date as dd/mm/yyyy."""
    return d.strftime("%d/%m/%Y")


def money(d: Decimal) -> str:
    """Money as printed: 12,345.67."""
    return f"{d:,.2f}"


def q2(d: Decimal) -> Decimal:
    """Round to pence."""
    return d.quantize(Decimal("0.01"), ROUND_HALF_UP)


def holdings(rng: random.Random, n: int, pence: bool, with_isin: bool = True, names: list[str] | None = None,
             unit_dp: int = 3, scale: int = 40000) -> list[dict]:
    """Fund rows whose values are units times price (pence over 100), rounded to pence."""
    picks = rng.sample(FUND_WORDS, n) if names is None else None
    rows = []
    for i in range(n):
        name = names[i] if names else f"{picks[i][0]} {picks[i][1]} {rng.choice(['Acc', 'Inc', 'A Acc', 'C Acc'])}"
        if pence:
            price = Decimal(rng.randrange(5000, 150000)) / 100
        else:
            price = Decimal(rng.randrange(5000, 60000)) / 10000
        per = price / 100 if pence else price
        target = Decimal(rng.randrange(scale // 10, scale))
        units = (target / per).quantize(Decimal(1).scaleb(-unit_dp))
        value = q2(units * per)
        rows.append({
            "fund_name": name, "isin": isin(rng) if with_isin else None,
            "units": f"{units:.{unit_dp}f}", "unit_price": f"{price:.2f}" if pence else f"{price:.4f}",
            "value": f"{value:.2f}", "price_currency": "GBX" if pence else "GBP",
        })
    return rows


def total(rows: list[dict]) -> Decimal:
    """The rows' values added."""
    return sum((Decimal(r["value"]) for r in rows), Decimal("0"))


def units_print(units: str) -> str:
    """Units with thousands separators."""
    whole, frac = units.split(".")
    return f"{int(whole):,}.{frac}"


# ---------------------------------------------------------------- drawing

def new_canvas(path_or_buf, pagesize=A4) -> canvas.Canvas:
    """A reportlab canvas in invariant mode (no creation date, fixed id) so the bytes repeat."""
    return canvas.Canvas(path_or_buf, pagesize=pagesize, invariant=1, pageCompression=1)


def ink(c: canvas.Canvas, rng: random.Random, x: float, y: float, w: float = 120) -> None:
    """A hand-drawn scrawl in blue-black ink."""
    c.saveState()
    c.setStrokeColorRGB(0.05, 0.1, 0.35 + rng.random() * 0.2)
    c.setLineWidth(1.1 + rng.random() * 0.6)
    p = c.beginPath()
    p.moveTo(x, y + rng.uniform(0, 8))
    cx = x
    for _ in range(rng.randrange(4, 7)):
        nx = cx + w / 5
        p.curveTo(cx + rng.uniform(0, 15), y + rng.uniform(8, 22), nx - rng.uniform(0, 15), y - rng.uniform(2, 10),
                  nx, y + rng.uniform(-2, 12))
        cx = nx
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + rng.uniform(0, 10), y - 4, x + w * rng.uniform(0.6, 0.9), y - 2)
    c.restoreState()


def table(c: canvas.Canvas, x: float, y: float, widths: list[float], rows: list[list[str]], font: str = "Helvetica",
          size: float = 8.5, head: bool = True, row_h: float = 15, shade=(0.88, 0.9, 0.93),
          aligns: str | None = None) -> float:
    """A ruled table with a shaded head row; returns the y below it."""
    total_w = sum(widths)
    for r, row in enumerate(rows):
        top = y - r * row_h
        if head and r == 0:
            c.setFillColorRGB(*shade)
            c.rect(x, top - row_h, total_w, row_h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.setLineWidth(0.5)
        c.rect(x, top - row_h, total_w, row_h, stroke=1, fill=0)
        cx = x
        for i, cell in enumerate(row):
            bold = head and r == 0
            c.setFont(font + ("-Bold" if bold and font == "Helvetica" else ""), size)
            al = (aligns or "l" * len(row))[i]
            if al == "r":
                c.drawRightString(cx + widths[i] - 3, top - row_h + 4.5, cell)
            else:
                c.drawString(cx + 3, top - row_h + 4.5, cell)
            if i:
                c.line(cx, top, cx, top - row_h)
            cx += widths[i]
    return y - len(rows) * row_h


def footer(c: canvas.Canvas, text: str, page: int, pages: int, font: str = "Helvetica") -> None:
    """A grey footer line with page x of y."""
    c.setFont(font, 7)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(40, 24, text)
    c.drawRightString(555, 24, f"Page {page} of {pages}")
    c.setFillColorRGB(0, 0, 0)


def para(c: canvas.Canvas, x: float, y: float, text: str, width: float, font: str = "Helvetica",
         size: float = 9, lead: float = 12) -> float:
    """Draw wrapped text; returns the y below it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c.setFont(font, size)
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) > width and line:
            c.drawString(x, y, line)
            y -= lead
            line = word
        else:
            line = trial
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y


def write_pdf(path, pages, pagesize=A4) -> None:
    """Draw each page function on its own page of one PDF."""
    c = new_canvas(path if hasattr(path, "write") else str(path), pagesize)
    for draw in pages:
        draw(c)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- scanning

def _degrade(img: Image.Image, rng: random.Random, nrng: np.random.Generator, spec: dict) -> Image.Image:
    img = img.convert("L")
    img = img.rotate(spec["skew"], resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img).astype(np.float32)
    arr += nrng.normal(0, spec["noise"], arr.shape).astype(np.float32)
    h, w = arr.shape
    grad = np.linspace(1.0, 1.0 - spec["shade"], w, dtype=np.float32)[None, :]
    arr = arr * grad
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    img = img.filter(ImageFilter.GaussianBlur(spec["blur"]))
    if spec["bilevel"]:
        img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    return img


def scan_spec(rng: random.Random) -> dict:
    """How one document is scanned."""
    bilevel = rng.random() < 0.3
    return {
        "bilevel": bilevel,
        "dpi": rng.choice([240, 300]) if bilevel else rng.choice([200, 200, 220]),
        "quality": rng.randrange(35, 56),
        "skew": round(rng.uniform(-1.5, 1.5), 2),
        "blur": round(rng.uniform(0.5, 0.9), 2),
        "noise": round(rng.uniform(3, 8), 1),
        "shade": round(rng.uniform(0.0, 0.18), 2),
    }


def scan_pages(text_pdf: bytes, keep_first: bool, spec: dict, rng: random.Random, seed: int,
               page_funcs, pagesize=A4):
    """Turn a text PDF into an image-only PDF (page 1 kept as text when `keep_first`); returns the bytes."""
    doc = pdfium.PdfDocument(text_pdf)
    nrng = np.random.default_rng(seed)
    images = []
    try:
        for i, page in enumerate(doc):
            if keep_first and i == 0:
                images.append(None)
                continue
            bmp = page.render(scale=spec["dpi"] / 72, grayscale=True)
            img = _degrade(bmp.to_pil(), rng, nrng, spec)
            images.append(img)
    finally:
        doc.close()
    buf = io.BytesIO()
    c = new_canvas(buf, pagesize)
    w, h = pagesize
    for i, img in enumerate(images):
        if img is None:
            page_funcs[i](c)
        else:
            if spec["bilevel"]:
                data = io.BytesIO()
                img.save(data, format="PNG", optimize=False)
                data.seek(0)
                reader = ImageReader(Image.open(data))
            else:
                data = io.BytesIO()
                img.save(data, format="JPEG", quality=spec["quality"])
                data.seek(0)
                reader = ImageReader(data)
            c.drawImage(reader, 0, 0, width=w, height=h)
        c.showPage()
    c.save()
    return buf.getvalue()
