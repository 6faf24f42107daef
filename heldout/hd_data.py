"""Fictional people, providers, funds and identifiers for the held-out set, with print formats.

Everything here is invented. Each value is made once from a seeded `random.Random` and then
printed in one of several UK styles; the truth is the normalised value, never read back from
the print. Identifiers obey their published rules (NI prefixes, postcode inward letters, ISIN
Luhn, SEDOL weights) so a validator has no reason to reject them.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

# --- identifiers --------------------------------------------------------------------------------

_NI_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
_NI_SECOND = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]
_NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_INWARD_LETTERS = [c for c in string.ascii_uppercase if c not in "CIKMOV"]
_SEDOL_CHARS = [c for c in string.digits + string.ascii_uppercase if c not in "AEIOU"]


def ni_number(rng: random.Random) -> str:
    """A National Insurance number that HMRC's format rules accept (never the QQ placeholder)."""
    while True:
        prefix = rng.choice(_NI_FIRST) + rng.choice(_NI_SECOND)
        if prefix not in _NI_BAD_PREFIX and prefix != "QQ":
            break
    return prefix + "".join(rng.choice(string.digits) for _ in range(6)) + rng.choice("ABCD")


def sedol(rng: random.Random) -> str:
    """A 7-character SEDOL (starting B, as post-2004 ones do) with its weighted check digit."""
    body = "B" + "".join(rng.choice(_SEDOL_CHARS) for _ in range(5))
    weights = (1, 3, 1, 7, 3, 9)
    total = sum(int(c, 36) * w for c, w in zip(body, weights, strict=True))
    return body + str((10 - total % 10) % 10)


def isin_check(body: str) -> str:
    """The Luhn check digit of an 11-character ISIN body (letters as 10..35)."""
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def isin_valid(code: str) -> bool:
    """True if `code` is 12 characters with a correct ISIN check digit."""
    return len(code) == 12 and code[:2].isalpha() and isin_check(code[:11]) == code[11]


def isin_from_sedol(code: str) -> str:
    """The GB ISIN that wraps a SEDOL: GB00 + SEDOL + check digit."""
    body = "GB00" + code
    return body + isin_check(body)


def isin_foreign(rng: random.Random, country: str) -> str:
    """An IE or LU fund ISIN: country + 9 characters + check digit."""
    if country == "IE":
        body = "IE00B" + "".join(rng.choice(string.digits + "BCDFGHJKLMNPQRSTVWXYZ") for _ in range(6))
    else:
        body = "LU" + "".join(rng.choice(string.digits) for _ in range(9))
    return body + isin_check(body)


# --- people -------------------------------------------------------------------------------------

_FORENAMES_F = [
    "Margaret",
    "Siobhan",
    "Priya",
    "Eleanor",
    "Gwen",
    "Fiona",
    "Aisha",
    "Catrin",
    "Rosalind",
    "Hannah",
    "Deborah",
    "Niamh",
    "Joanna",
    "Yvonne",
    "Morag",
    "Beatrice",
]
_FORENAMES_M = [
    "Alistair",
    "Gareth",
    "Rajesh",
    "Desmond",
    "Callum",
    "Trevor",
    "Oluwaseun",
    "Hamish",
    "Kenneth",
    "Dafydd",
    "Bernard",
    "Tobias",
    "Imran",
    "Clive",
    "Ewan",
    "Malcolm",
]
_MIDDLE_F = ["Anne", "Louise", "Mary", "Rose", "Kaur", "Elizabeth", "Jane"]
_MIDDLE_M = ["James", "Robert", "Iain", "Thomas", "Owen", "Singh", "David"]
_SURNAMES = [
    "Ashworth",
    "O'Connell",
    "Pemberton-Hale",
    "Nkemelu",
    "Fairbairn",
    "Thistlethwaite",
    "McAllister",
    "Greenhalgh",
    "Bhattacharya",
    "Llewellyn",
    "Oyelaran",
    "Ramsbottom",
    "Whitaker",
    "Duckworth",
    "Sutherland",
    "Kowalczyk",
    "Hargreaves",
    "Penhaligon",
    "Featherstone",
    "Abernethy",
]
_STREETS = [
    "Larch Close",
    "Quarry Road",
    "Moorside Lane",
    "Church View",
    "Harbour Terrace",
    "Beckside",
    "Westfield Avenue",
    "Old Mill Court",
    "Rectory Gardens",
    "Station Approach",
    "Heather Drive",
    "Tannery Walk",
    "Orchard Rise",
    "Chapel Street",
    "Kingfisher Way",
    "Sandpiper Crescent",
]
# (post town, county or None, outward codes) - outward codes are real districts, the rest is made up.
_TOWNS = [
    ("Ilkley", "West Yorkshire", ["LS29"]),
    ("Hebden Bridge", "West Yorkshire", ["HX7"]),
    ("Truro", "Cornwall", ["TR1", "TR4"]),
    ("Bangor", "Gwynedd", ["LL57"]),
    ("Kendal", "Cumbria", ["LA9"]),
    ("Stroud", "Gloucestershire", ["GL5"]),
    ("Whitby", "North Yorkshire", ["YO21", "YO22"]),
    ("Ely", "Cambridgeshire", ["CB7"]),
    ("Dorking", "Surrey", ["RH4", "RH5"]),
    ("Ayr", None, ["KA7"]),
    ("Morpeth", "Northumberland", ["NE61"]),
    ("Ludlow", "Shropshire", ["SY8"]),
    ("Harrogate", "North Yorkshire", ["HG1", "HG2"]),
    ("Perth", None, ["PH1", "PH2"]),
    ("Lewes", "East Sussex", ["BN7"]),
    ("Abergavenny", "Monmouthshire", ["NP7"]),
]
_HOUSE_NAMES = [
    "Rowan Cottage",
    "The Old Forge",
    "Flat 3",
    "Flat 12B",
    "Apartment 7",
    "Hillcrest",
    None,
    None,
    None,
]


def postcode(rng: random.Random, outward: str) -> str:
    """A postcode in `outward` whose inward letters avoid C, I, K, M, O and V."""
    return f"{outward} {rng.randint(1, 9)}{rng.choice(_INWARD_LETTERS)}{rng.choice(_INWARD_LETTERS)}"


@dataclass
class Person:
    """A fictional client: printed forms come from the layouts, this holds the truth."""

    title: str
    forenames: str
    surname: str
    dob: dt.date
    ni: str
    lines: list[str]
    town: str
    town_caps: bool
    postcode: str

    @property
    def name(self) -> str:
        """Full name, natural order, no title."""
        return f"{self.forenames} {self.surname}"

    def address_lines(self) -> list[str]:
        """Address lines as printed (post town in capitals, Royal Mail style, when `town_caps`)."""
        return [ln.upper() if self.town_caps and ln == self.town else ln for ln in self.lines]


def person(rng: random.Random) -> Person:
    """A client with a valid NI number, a UK address and a plausible date of birth."""
    female = rng.random() < 0.5
    first = rng.choice(_FORENAMES_F if female else _FORENAMES_M)
    forenames = first + (" " + rng.choice(_MIDDLE_F if female else _MIDDLE_M) if rng.random() < 0.45 else "")
    title = rng.choice(["Mrs", "Ms", "Miss", "Dr"] if female else ["Mr", "Mr", "Mr", "Dr"])
    town, county, outs = rng.choice(_TOWNS)
    house = rng.choice(_HOUSE_NAMES)
    street = f"{rng.randint(1, 148)} {rng.choice(_STREETS)}"
    lines = ([house] if house else []) + [street, town] + ([county] if county and rng.random() < 0.6 else [])
    dob = dt.date(1946, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 44))
    return Person(
        title,
        forenames,
        rng.choice(_SURNAMES),
        dob,
        ni_number(rng),
        lines,
        town,
        town_caps=False,
        postcode=postcode(rng, rng.choice(outs)),
    )


# --- providers and adviser firms -----------------------------------------------------------------


@dataclass
class Provider:
    """A provider as drawn: `printed` is its letterhead name, `truth` what the record holds."""

    key: str
    printed: str
    truth: str
    in_registry: bool
    colour: tuple[float, float, float]
    font: str
    domain: str
    address: list[str]
    policy: str  # a format tag understood by `policy_number`
    plan_types: list[str]
    reg_text: str
    mark: str  # logo motif
    extra: dict = field(default_factory=dict)


def _reg(name: str, number: str, place: str = "England and Wales") -> str:
    return (
        f"{name} is registered in {place} No. {number}. Authorised by the Prudential Regulation Authority "
        "and regulated by the Financial Conduct Authority and the Prudential Regulation Authority."
    )


PROVIDERS: list[Provider] = [
    Provider(
        "northmoor",
        "Northmoor Assurance Limited",
        "Northmoor Assurance",
        False,
        (0.05, 0.33, 0.22),
        "Helvetica",
        "northmoor-assurance.co.uk",
        ["Northmoor House", "Wellington Street", "Leeds LS1 4DL"],
        "spaced",
        ["personal_pension", "onshore_bond", "stakeholder_pension"],
        _reg("Northmoor Assurance Limited", "02918836"),
        "hill",
    ),
    Provider(
        "pennine",
        "Pennine Life Limited",
        "Pennine Life",
        False,
        (0.48, 0.07, 0.15),
        "Times-Roman",
        "pennine-life.co.uk",
        ["PO Box 4471", "Preston PR1 9ZT"],
        "slash",
        ["personal_pension", "workplace_pension", "sipp"],
        _reg("Pennine Life Limited", "00488213"),
        "bars",
    ),
    Provider(
        "solent",
        "Solent Investment Platform Ltd",
        "Solent Investment Platform",
        False,
        (0.0, 0.36, 0.45),
        "Helvetica",
        "solentplatform.co.uk",
        ["Ocean Quay", "Southampton SO14 3TJ"],
        "sip",
        ["isa", "gia", "sipp"],
        "Solent Investment Platform Ltd is authorised and regulated by the Financial Conduct Authority, "
        "firm reference 733104. Registered in England No. 08812277.",
        "wave",
    ),
    Provider(
        "lomond",
        "Lomond Pensions plc",
        "Lomond Pensions",
        False,
        (0.32, 0.16, 0.5),
        "Helvetica",
        "lomondpensions.co.uk",
        ["1 Lochside Square", "Glasgow G2 7QW"],
        "member",
        ["workplace_pension", "stakeholder_pension", "personal_pension"],
        _reg("Lomond Pensions plc", "SC201174", "Scotland"),
        "ring",
    ),
    Provider(
        "marchbank",
        "Marchbank Life & Pensions PLC",
        "Marchbank Life & Pensions",
        False,
        (0.55, 0.38, 0.06),
        "Times-Roman",
        "marchbank.co.uk",
        ["Marchbank Court", "Chelmsford CM1 1XB"],
        "contract",
        ["onshore_bond", "personal_pension", "sipp"],
        _reg("Marchbank Life & Pensions PLC", "01120931"),
        "shield",
    ),
    Provider(
        "thamesmead",
        "Thamesmead Friendly Society Limited",
        "Thamesmead Friendly Society",
        False,
        (0.8, 0.35, 0.0),
        "Helvetica",
        "thamesmeadfs.org.uk",
        ["Riverside Hall", "London SE28 8RD"],
        "cert",
        ["isa", "other"],
        "Thamesmead Friendly Society Limited is an incorporated friendly society, "
        "registered under the Friendly Societies Act 1992, No. 417F. Authorised by the PRA and regulated by "
        "the FCA and the PRA.",
        "tree",
    ),
    Provider(
        "ridgeway",
        "Ridgeway Wrap Services Ltd",
        "Ridgeway Wrap Services",
        False,
        (0.7, 0.08, 0.08),
        "Helvetica",
        "ridgewaywrap.co.uk",
        ["3 Downs Business Park", "Swindon SN5 7EX"],
        "rws",
        ["sipp", "isa", "gia"],
        "Ridgeway Wrap Services Ltd is authorised and regulated by the Financial Conduct Authority (FRN "
        "661208). Registered office as above. Registered in England and Wales No. 09117734.",
        "ridge",
    ),
    Provider(
        "kingsholm",
        "Kingsholm Assurance (Isle of Man) Limited",
        "Kingsholm Assurance (Isle of Man)",
        False,
        (0.1, 0.2, 0.45),
        "Times-Roman",
        "kingsholm.im",
        ["Kingsholm House", "Douglas", "Isle of Man IM1 2RF"],
        "ky",
        ["offshore_bond"],
        "Kingsholm Assurance (Isle of Man) Limited is registered in the Isle of Man No. 004411C and is "
        "authorised by the Isle of Man Financial Services Authority.",
        "shield",
    ),
    # Two providers from the registry, drawn in layouts of this set (canonical name in truth).
    Provider(
        "harrowgate",
        "Harrowgate Mutual Society",
        "Harrowgate Mutual",
        True,
        (0.12, 0.3, 0.12),
        "Times-Roman",
        "harrowgatemutual.co.uk",
        ["Mutual House", "Harrogate HG1 5QA"],
        "hm",
        ["personal_pension", "onshore_bond", "isa"],
        "Harrowgate Mutual Society is authorised by the Prudential Regulation Authority and regulated by "
        "the Financial Conduct Authority and the Prudential Regulation Authority.",
        "tree",
    ),
    Provider(
        "greyfriars",
        "Greyfriars Platform",
        "Greyfriars Platform",
        True,
        (0.3, 0.3, 0.33),
        "Helvetica",
        "greyfriars.co.uk",
        ["Greyfriars Walk", "Bristol BS1 3QP"],
        "gf",
        ["sipp", "isa", "gia"],
        "Greyfriars Platform Services Limited is authorised and regulated by the Financial Conduct "
        "Authority. Registered in England No. 05566123.",
        "ring",
    ),
]
PROVIDER_BY_KEY = {p.key: p for p in PROVIDERS}


def policy_number(rng: random.Random, prov: Provider) -> tuple[str, str]:
    """(printed, truth) policy reference in the provider's own style; truth drops inner spaces."""
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    tag = prov.policy
    if tag == "spaced":
        printed = f"NMA {d(3)} {d(4)}"
    elif tag == "slash":
        printed = f"PL/{d(7)}/{d(2)}"
    elif tag == "sip":
        printed = f"SIP-{d(8)}"
    elif tag == "member":
        printed = f"{d(3)} {d(3)} {d(3)}"
    elif tag == "contract":
        printed = f"{d(2)}-{d(6)}-{rng.choice('HJKLMNPR')}"
    elif tag == "cert":
        printed = f"TFS {d(7)}"
    elif tag == "rws":
        printed = f"RWS{d(7)}"
    elif tag == "ky":
        printed = f"KY/{d(5)}/{rng.choice('ABC')}"
    elif tag == "hm":
        printed = f"HM{d(6)}"
    else:  # gf
        printed = f"GF{d(10)}"
    return printed, printed.replace(" ", "")


@dataclass
class Firm:
    """An adviser firm that clients authorise in their LoAs."""

    name: str
    frn: str
    address: list[str]
    colour: tuple[float, float, float]
    advisers: list[str]


FIRMS = [
    Firm(
        "Harbour Lane Financial Planning Ltd",
        "612874",
        ["7 Harbour Lane", "Falmouth", "TR11 3AX"],
        (0.0, 0.3, 0.5),
        ["Sarah Pengelly", "Mark Tregenza"],
    ),
    Firm(
        "Wainwright & Co Wealth Management LLP",
        "1003417",
        ["Wainwright House", "2 Market Place", "Skipton", "BD23 1DZ"],
        (0.2, 0.2, 0.2),
        ["Andrew Wainwright", "Lucy Bairstow"],
    ),
    Firm(
        "Brightwater Independent Advisers",
        "503219",
        ["Suite 4, The Maltings", "Bishop's Stortford", "CM23 3GW"],
        (0.1, 0.45, 0.55),
        ["Olivia Brightwater"],
    ),
    Firm(
        "Castlegate Chartered Financial Planners Limited",
        "481106",
        ["19 Castlegate", "York", "YO1 9RN"],
        (0.35, 0.1, 0.3),
        ["Joseph Adeyemi", "Helen Frobisher"],
    ),
    Firm(
        "Meadowfield IFA Ltd",
        "1016634",
        ["Unit 6 Meadowfield Park", "Ponteland", "Newcastle upon Tyne", "NE20 9SD"],
        (0.2, 0.45, 0.15),
        ["Peter Charlton"],
    ),
]

# --- funds ---------------------------------------------------------------------------------------

_FUND_HOUSES = [
    "Vantage",
    "Lindqvist",
    "Harbourside",
    "Crestline",
    "Orwell & Stour",
    "Beaumaris",
    "Tideway",
    "Aldermoor",
    "Kittiwake",
    "Sefton Park",
]
_FUND_KINDS = [
    "UK Equity Index",
    "Global Equity Tracker",
    "Sterling Corporate Bond",
    "UK Gilt Index",
    "Mixed Investment 20-60% Shares",
    "Mixed Investment 40-85% Shares",
    "Asia Pacific ex Japan",
    "Emerging Markets Opportunities",
    "Global Property Securities",
    "Strategic Income",
    "Cautious Managed",
    "Sustainable Future Growth",
    "North American Smaller Companies",
    "Short Duration Index-Linked",
    "Multi-Asset Balanced Portfolio 4",
    "Japan Equity Index",
]
_SHARE_CLASSES = ["Acc", "Inc", "C Acc", "I Acc", "Class 2 Acc", "R GBP Acc", "S6", "Pn", "Series 3"]


@dataclass
class HoldingTruth:
    """One fund line: printed parts and the truth."""

    fund_name: str
    sedol: str | None
    isin: str | None
    units: Decimal | None
    unit_price: Decimal | None
    value: Decimal
    units_dp: int = 4
    price_dp: int = 4

    def units_str(self) -> str | None:
        """Units as printed, no separators."""
        return None if self.units is None else f"{self.units:.{self.units_dp}f}"

    def price_str(self) -> str | None:
        """Unit price as printed in pounds."""
        return None if self.unit_price is None else f"{self.unit_price:.{self.price_dp}f}"


def money(x: Decimal) -> Decimal:
    """Round to pence, half up, as providers' systems do."""
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def holdings(
    rng: random.Random, n: int, house: str | None = None, *, with_ids: str = "isin", cash: bool = False
) -> list[HoldingTruth]:
    """`n` distinct fund lines; `with_ids` is 'isin', 'sedol', 'both' or 'none' (what is printed)."""
    # distinct (house, kind) pairs: long lists need more names than there are kinds
    pairs = [(h, k) for h in _FUND_HOUSES for k in _FUND_KINDS]
    out: list[HoldingTruth] = []
    for fh, kind in rng.sample(pairs, n):
        if house and rng.random() < 0.4 and all(kind not in h.fund_name for h in out):
            fh = house
        name = f"{fh} {kind} {rng.choice(_SHARE_CLASSES)}"
        udp = rng.choice([3, 4, 4, 2])
        pdp = rng.choice([4, 4, 2, 3, 6])
        # sizes as real pots have them: a target value, a price, and the units that buy it
        target = Decimal(rng.randint(30_000, 6_000_000)) / 100
        price = (Decimal(rng.randint(4_500, 64_000)) / Decimal(10_000)).quantize(Decimal(1).scaleb(-pdp))
        units = (target / price).quantize(Decimal(1).scaleb(-udp))
        sed = sedol(rng)
        isin = isin_from_sedol(sed) if rng.random() < 0.6 else isin_foreign(rng, rng.choice(["IE", "LU"]))
        shown_sedol = sed if with_ids in ("sedol", "both") else None
        shown_isin = isin if with_ids in ("isin", "both") else None
        if with_ids == "both" and rng.random() < 0.15:
            shown_isin = None  # some platform rows carry a SEDOL only
        out.append(HoldingTruth(name, shown_sedol, shown_isin, units, price, money(units * price), udp, pdp))
    if cash:
        out.append(HoldingTruth("Cash", None, None, None, None, Decimal(rng.randint(1000, 900000)) / 100))
    return out


# --- print formats -------------------------------------------------------------------------------

_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def fmt_date(d: dt.date, style: str) -> str:
    """A date in one of the UK styles seen on provider paperwork."""
    if style == "long":
        return f"{d.day} {d:%B %Y}"
    if style == "ord":
        return f"{d.day}{_ORD.get(d.day, 'th')} {d:%B %Y}"
    if style == "short":
        return f"{d.day} {d:%b %Y}"
    if style == "slash":
        return f"{d:%d/%m/%Y}"
    if style == "dash":
        return f"{d:%d-%b-%Y}"
    if style == "dot":
        return f"{d:%d.%m.%Y}"
    if style == "weekday":
        return f"{d:%A} {d.day} {d:%B %Y}"
    raise ValueError(style)


def fmt_money(x: Decimal, style: str = "gbp") -> str:
    """Money as printed: '£1,234.56', 'GBP 1,234.56', '£1234.56' or '1,234.56' (column says £)."""
    if style == "gbp":
        return f"£{x:,.2f}"
    if style == "code":
        return f"GBP {x:,.2f}"
    if style == "plain":
        return f"£{x:.2f}"
    return f"{x:,.2f}"


def fmt_units(h: HoldingTruth, commas: bool) -> str:
    """Units as printed, optionally with thousands separators."""
    s = h.units_str() or ""
    if commas and h.units is not None:
        s = f"{h.units:,.{h.units_dp}f}"
    return s


def fmt_ni(ni: str, spaced: bool) -> str:
    """NI number with or without the usual pair spacing."""
    return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}" if spaced else ni


PLAN_WORDS = {
    "personal_pension": ["Personal Pension Plan", "Personal Pension", "Flexible Personal Pension"],
    "sipp": ["Self-Invested Personal Pension", "SIPP", "Self Invested Personal Pension (SIPP)"],
    "stakeholder_pension": ["Stakeholder Pension", "Stakeholder Pension Plan"],
    "workplace_pension": [
        "Workplace Pension",
        "Group Personal Pension (workplace)",
        "Workplace Pension Plan",
    ],
    "isa": ["Stocks and Shares ISA", "Stocks & Shares ISA", "Individual Savings Account (Stocks and Shares)"],
    "gia": ["General Investment Account", "GIA", "Investment Account (general)"],
    "onshore_bond": ["Investment Bond", "Onshore Investment Bond", "Capital Investment Bond"],
    "offshore_bond": ["International Portfolio Bond", "Offshore Investment Bond", "International Bond"],
    "other": ["With-Profits Endowment", "Tax-Exempt Savings Plan"],
}
FREQ_WORDS = {
    "monthly": ["per month", "monthly", "a month"],
    "quarterly": ["per quarter", "quarterly"],
    "annually": ["per year", "annually", "a year"],
}
