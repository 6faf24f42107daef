"""heldout12's fictional data (people, plans, funds, codes) and drawing helpers; nothing here is random by itself.

Every choice takes a `random.Random` from the caller, so one seed and one document number give one document.
"""

from __future__ import annotations

import datetime as dt
import string
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib.colors import Color

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]
GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.93, 0.93, 0.93)
INK = Color(0.05, 0.12, 0.45)

MEN = ["Graham", "Owen", "Declan", "Rupert", "Callum", "Anthony", "Kieran", "Malcolm", "Stuart", "Hamish", "Neil",
       "Gareth", "Ivan", "Robin", "Edwin", "Terence", "Warren", "Lionel"]
WOMEN = ["Fiona", "Rosalind", "Harriet", "Imogen", "Bethany", "Siobhan", "Yvonne", "Eleanor", "Maureen", "Tessa",
         "Gwendolyn", "Priya", "Carys", "Lorna", "Hazel", "Annette", "Marion", "Delia"]
MIDDLE = ["James", "Louise", "Mary", "Peter", "Anne", "John", "Rose", "Alan", "Jane", "David"]
SURNAMES = ["Ashdown", "Brearley", "Cottingham", "Dunmore", "Featherstone", "Garside", "Holloway", "Inchbald",
            "Jellicoe", "Kettering", "Lowther", "Mabey", "Northcott", "Ormerod", "Pilkington", "Quarrie",
            "Rawcliffe", "Sedgwick", "Thwaite", "Upshall", "Venables", "Wragg", "Yardley", "Bramall", "Crossley",
            "Dimmock", "Eccleston", "Fairclough", "Goodall", "Hebden"]
STREETS = ["Larkspur Close", "Mill Race Lane", "Quarry Bank Road", "Orchard Rise", "Beacon View", "Tanners Walk",
           "Weavers Row", "Chapel Fold", "Sandpiper Way", "Kingfisher Drive", "Foundry Street", "Hollins Crescent",
           "Meadowsweet Avenue", "Rectory Gardens", "Coppice End"]
TOWNS = [("Harrogate", "HG"), ("Shrewsbury", "SY"), ("Taunton", "TA"), ("Lincoln", "LN"), ("Carlisle", "CA"),
         ("Dorchester", "DT"), ("Kendal", "LA"), ("Hereford", "HR"), ("Truro", "TR"), ("Bangor", "LL"),
         ("Perth", "PH"), ("Stirling", "FK"), ("Yeovil", "BA"), ("Newbury", "RG"), ("Ipswich", "IP")]
DISTRICTS = ["Oakbank", "Westfield", "Highfield", "Brookside", "Moorend", None, None, None]

FIRMS = ["Ridgeway Hale Financial Planning Ltd", "Copperbeech Wealth Partners LLP", "Larchmont Advisory Ltd",
         "Stonebridge & Vale Financial Ltd", "Harbour Lantern Planning Ltd", "Thistledown Wealth Management Ltd",
         "Greywether Financial Advice LLP", "Ambleford Private Clients Ltd"]
FIRM_STREETS = ["Suite 4, Mercer House, 12 Cloth Hall Street", "2nd Floor, 8 Bridgegate", "Unit 3, Abbey Court",
                "17 Minster Yard", "The Granary, 5 Wharf Road", "Office 9, 40 Guildhall Walk"]

FUND_HOUSES = ["Northmoor", "Castlegate", "Brightwater", "Fellside", "Marchbank", "Ravensworth", "Tidewell",
               "Kinloch", "Saltire Point", "Holmfirth"]
FUND_KINDS = ["UK Equity Income", "Global Equity", "Strategic Bond", "Sterling Corporate Bond", "Asia Pacific Growth",
              "Multi Asset Balanced", "Cautious Managed", "Property Income", "European Smaller Companies",
              "Index-Linked Gilt", "Sustainable Global Growth", "Japan Index", "US Equity Tracker",
              "Global Emerging Markets", "Short Dated Gilt Index"]
SHARES = [("PLW", "Pellworth Industries plc"), ("KXM", "Kexmoor Mining plc"), ("TRV", "Trevanion Foods plc"),
          ("HGB", "Hagbourne Utilities plc"), ("CRD", "Cardew Logistics plc"), ("MRN", "Marrington Telecom plc"),
          ("BSK", "Baskerfield Homes plc"), ("OLV", "Olveston Pharma plc"), ("QNT", "Quinton Retail Group plc"),
          ("DWL", "Dunwell Engineering plc")]

WEBSITES = {
    "Aviva": "aviva.co.uk", "Royal London": "royallondon.com", "Scottish Widows": "scottishwidows.co.uk",
    "Standard Life": "standardlife.co.uk", "Aegon": "aegon.co.uk", "Legal & General": "legalandgeneral.com",
    "Canada Life": "canadalife.co.uk", "Zurich": "zurich.co.uk", "Prudential": "pru.co.uk",
    "Phoenix Life": "phoenixlife.co.uk", "ReAssure": "reassure.co.uk", "LV=": "lv.com",
    "Wesleyan": "wesleyan.co.uk", "Quilter": "quilter.com", "AJ Bell": "ajbell.co.uk",
    "Hargreaves Lansdown": "hl.co.uk", "interactive investor": "ii.co.uk", "Fidelity": "fidelity.co.uk",
    "Curtis Banks": "curtisbanks.co.uk", "OneFamily": "onefamily.com", "Scottish Friendly": "scottishfriendly.co.uk",
    "Transact": "transact-online.co.uk", "Wealthtime": "wealthtime.com",
}
INSURERS = ["Aviva", "Royal London", "Scottish Widows", "Standard Life", "Aegon", "Legal & General", "Canada Life",
            "Zurich", "Prudential", "Phoenix Life", "ReAssure", "LV=", "Wesleyan", "Quilter"]
SIPP_HOUSES = ["AJ Bell", "Hargreaves Lansdown", "interactive investor", "Fidelity", "Curtis Banks", "Wealthtime"]
LISA_HOUSES = ["AJ Bell", "Hargreaves Lansdown", "OneFamily"]


def money(x: Decimal) -> str:
    """Two places, no symbol: the truth's money form."""
    return str(x.quantize(Decimal("0.01"), ROUND_HALF_UP))


def shown(x: Decimal | str, pound: bool = True) -> str:
    """`£12,345.67` (or without the pound sign)."""
    s = f"{Decimal(x):,.2f}"
    return ("£" + s) if pound else s


def long_date(d: dt.date) -> str:
    """`4 March 2026`."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def some_date(rng, d: dt.date) -> str:
    """One of the ways a UK document prints a date."""
    k = rng.randrange(4)
    if k == 0:
        return long_date(d)
    if k == 1:
        return d.strftime("%d/%m/%Y")
    if k == 2:
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    return d.strftime("%d.%m.%Y")


def rand_date(rng, start: dt.date, end: dt.date) -> dt.date:
    """A day between start and end."""
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


_NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni_number(rng) -> str:
    """A National Insurance number valid in form (no BG, GB, KN, NK, NT, TN, ZZ, never QQ)."""
    while True:
        prefix = rng.choice(_NI_FIRST) + rng.choice(_NI_SECOND)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}:
            break
    return prefix + "".join(rng.choice(string.digits) for _ in range(6)) + rng.choice("ABCD")


def ni_printed(rng, ni: str) -> str:
    """Spaced, or plain."""
    if rng.random() < 0.6:
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    return ni


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def postcode(rng, area: str) -> str:
    """`HG2 7QT`-shaped: an outward code in the town's area, an inward code with allowed letters."""
    outward = area + str(rng.randint(1, 19) if len(area) == 2 else rng.randint(1, 9))
    return f"{outward} {rng.randint(0, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"


def luhn_isin_digit(body: str) -> str:
    """The ISIN check digit over 11 characters."""
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


_SEDOL_CHARS = "0123456789BCDFGHJKLMNPQRSTVWXYZ"


def sedol(rng) -> str:
    """Six SEDOL characters (no vowels) and the weighted check digit."""
    body = rng.choice("BCDFGHJ") + "".join(rng.choice(_SEDOL_CHARS) for _ in range(5))
    total = sum(int(c, 36) * w for c, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def isin(rng) -> str:
    """A GB ISIN on a SEDOL, or an IE / LU one, each with a valid check digit."""
    if rng.random() < 0.55:
        body = "GB00" + sedol(rng)
    else:
        body = rng.choice(["IE00", "LU0", "IE00B"])
        body += "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(11 - len(body)))
    return body + luhn_isin_digit(body)


class Person:
    """A fictional client."""

    def __init__(self, rng, towns=TOWNS):
        self.female = rng.random() < 0.5
        first = rng.choice(WOMEN if self.female else MEN)
        middle = rng.choice(MIDDLE) if rng.random() < 0.4 else None
        self.surname = rng.choice(SURNAMES)
        self.forenames = f"{first} {middle}" if middle else first
        self.name = f"{self.forenames} {self.surname}"
        if self.female:
            self.title = rng.choice(["Mrs", "Ms", "Miss", "Mrs", "Dr"])
        else:
            self.title = rng.choice(["Mr", "Mr", "Mr", "Dr"])
        self.dob = rand_date(rng, dt.date(1952, 1, 1), dt.date(1986, 12, 31))
        self.ni = ni_number(rng)
        town, area = rng.choice(towns)
        self.lines = [f"{rng.randint(2, 148)} {rng.choice(STREETS)}"]
        district = rng.choice(DISTRICTS)
        if district:
            self.lines.append(district)
        self.lines.append(town)
        self.postcode = postcode(rng, area)
        self.address = ", ".join(self.lines)
        host = rng.choice(["mailbox.example", "homepost.example", "netmail.example"])
        self.email = f"{first.lower()}.{self.surname.lower()}{rng.randint(1, 99)}@{host}"


class Firm:
    """A fictional adviser firm (no FRN printed anywhere)."""

    def __init__(self, rng):
        self.name = rng.choice(FIRMS)
        town, area = rng.choice(TOWNS)
        self.lines = [rng.choice(FIRM_STREETS), town]
        self.postcode = postcode(rng, area)
        first = rng.choice(MEN + WOMEN)
        self.adviser = f"{first} {rng.choice(SURNAMES)}"
        self.phone = f"01632 {rng.randint(100000, 999999)}"
        self.domain = self.name.split()[0].lower().replace("&", "") + "-planning.example"


def policy_number(rng, provider: str) -> str:
    """A provider-flavoured plan number with no inner spaces."""
    k = rng.randrange(5)
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if k == 0:
        return provider[:1].upper() + rng.choice("PSLKW") + d(8)
    if k == 1:
        return d(10)
    if k == 2:
        return f"{d(3)}-{d(6)}"
    if k == 3:
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + d(7) + rng.choice("ABCX")
    return d(8)


def fund(rng, pounds: bool = True):
    """A fictional fund: name, ISIN (or None), units, price, value (decimal strings)."""
    name = f"{rng.choice(FUND_HOUSES)} {rng.choice(FUND_KINDS)} {rng.choice(['Fund', 'Trust', 'Portfolio'])}"
    name += " " + rng.choice(["Acc", "Inc", "Class B Acc", "I Acc", "S4", "Pn"])
    units = Decimal(rng.randint(200_000, 9_000_000)) / Decimal(1000)
    if pounds:
        price = Decimal(rng.randint(5000, 60000)) / Decimal(10000)
        value = (units * price).quantize(Decimal("0.01"), ROUND_HALF_UP)
    else:
        price = Decimal(rng.randint(6000, 90000)) / Decimal(100)
        value = (units * price / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return {"fund_name": name, "isin": isin(rng), "units": f"{units:.3f}", "unit_price": f"{price:.4f}" if pounds
            else f"{price:.2f}", "value": money(value), "price_currency": "GBP" if pounds else "GBX"}


def draw_ink(c, x: float, y: float, rng, width: float = 120) -> None:
    """A handwritten-looking signature: a few bezier strokes in blue-black ink."""
    c.saveState()
    c.setStrokeColor(INK)
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, y)
    cx = x
    for _ in range(rng.randint(3, 5)):
        step = width / 4
        p.curveTo(cx + step * 0.3, y + rng.uniform(6, 16), cx + step * 0.7, y - rng.uniform(4, 10), cx + step, y +
                  rng.uniform(-3, 5))
        cx += step
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + 6, y - 5, x + width * 0.8, y - 3)
    c.restoreState()


def footer(c, w: float, text: str, page: int, pages: int) -> None:
    """A small grey footer: the provider's website / reference and `Page x of y`."""
    c.saveState()
    c.setFont("Helvetica", 7)
    c.setFillColor(GREY)
    c.drawString(40, 24, text)
    c.drawRightString(w - 40, 24, f"Page {page} of {pages}")
    c.restoreState()


def para(c, x: float, y: float, text: str, width: float, font: str = "Helvetica", size: float = 9.5,
         lead: float | None = None) -> float:
    """Draw `text` wrapped to `width`; return the y below it."""
    lead = lead or size * 1.35
    c.setFont(font, size)
    words = text.split()
    line = ""
    for word in words:
        trial = f"{line} {word}".strip()
        if c.stringWidth(trial, font, size) > width and line:
            c.drawString(x, y, line)
            y -= lead
            line = word
        else:
            line = trial
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y
