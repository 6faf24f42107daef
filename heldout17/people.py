"""Invented people, places, firms, funds and identifiers for heldout17 (valid in form, fictional in fact)."""

# ruff: noqa: D103  (small generators, named for what they make)
from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

MALE = [
    "Arthur",
    "Bryn",
    "Cedric",
    "Dominic",
    "Elwyn",
    "Frederick",
    "Gordon",
    "Hamish",
    "Ieuan",
    "Julian",
    "Keith",
    "Leonard",
    "Martin",
    "Nigel",
    "Owain",
    "Patrick",
    "Roderick",
    "Simon",
    "Terence",
    "Vincent",
    "Wilfred",
    "Gregor",
]
FEMALE = [
    "Alison",
    "Brenda",
    "Carys",
    "Dilys",
    "Elspeth",
    "Frances",
    "Glenys",
    "Hilary",
    "Iona",
    "Jocelyn",
    "Katrina",
    "Linnea",
    "Moira",
    "Nuala",
    "Olwen",
    "Pauline",
    "Rhiannon",
    "Sheila",
    "Theresa",
    "Valerie",
    "Wendy",
    "Yvonne",
]
SURNAMES = [
    "Abernethy",
    "Bramhall",
    "Cholmondley",
    "Dewhurst",
    "Entwistle",
    "Fothergill",
    "Greatorex",
    "Haworth",
    "Ibbotson",
    "Kershaw",
    "Lockwood",
    "Mallinson",
    "Nettleship",
    "Ormerod",
    "Pickersgill",
    "Rawcliffe",
    "Shackleton",
    "Thwaite",
    "Uttley",
    "Wadsworth",
    "Ackroyd",
    "Brearley",
    "Cattermole",
    "Drinkwater",
    "Featherstone",
    "Gledhill",
    "Hebblethwaite",
    "Illingworth",
]
STREETS = [
    "Moorcroft Avenue",
    "Heathfield Road",
    "Sycamore Crescent",
    "Packhorse Lane",
    "Windmill Rise",
    "Copper Beech Drive",
    "Cloister Gardens",
    "Ropewalk",
    "Fellside View",
    "Paddock Close",
    "Ferrymans Way",
    "Linnet Grove",
    "Abbey Fold",
    "Dyers Court",
]
VILLAGES = ["", "", "", "Little Haddon", "Upper Marsh", "Kirkby Wold", "Netherfield"]
TOWNS = [
    ("Huddersfield", "HD7"),
    ("Sheffield", "S11"),
    ("Bradford", "BD9"),
    ("Preston", "PR4"),
    ("Derby", "DE22"),
    ("Gloucester", "GL3"),
    ("Ipswich", "IP4"),
    ("Canterbury", "CT2"),
    ("Aberdeen", "AB15"),
    ("Swansea", "SA2"),
    ("Stirling", "FK9"),
    ("Carlisle", "CA3"),
    ("Worcester", "WR5"),
    ("Salisbury", "SP1"),
    ("Durham", "DH1"),
    ("Lincoln", "LN2"),
    ("Reading", "RG4"),
    ("Glasgow", "G12"),
    ("Bournemouth", "BH6"),
    ("Kendal", "LA9"),
]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "QQ"}
FIRMS = [
    "Calverley Wealth Management",
    "Heptonstall Financial Planning",
    "Brindle & Ogden Advisers",
    "Fountains Abbey Financial",
    "Wharfedale Private Wealth",
    "Pennine Ridge Planning",
    "Cawthorne Hart Financial",
    "Ribble Valley Wealth Partners",
    "Langstrothdale Advisory",
]
ADVISER_FIRST = ["Rebecca", "Jonathan", "Priya", "Stuart", "Helen", "Marcus", "Joanne", "Adrian", "Farah", "Gavin"]
ADVISER_LAST = ["Whitelock", "Barraclough", "Sunderland", "Kitching", "Holroyd", "Marsden", "Towler", "Beever"]
SEDOL_CHARS = "0123456789BCDFGHJKLMNPQRSTVWXYZ"


def q2(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.01"), ROUND_HALF_UP)


def money(d: Decimal) -> str:
    return f"{d:,.2f}"


def sedol(rng: random.Random) -> str:
    body = "".join(rng.choice(SEDOL_CHARS) for _ in range(6))
    total = sum(int(ch, 36) * w for ch, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return body + str((10 - total % 10) % 10)


def with_isin_check(body: str) -> str:
    digits = "".join(str(int(c, 36)) for c in body)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def isin_gb(rng: random.Random) -> str:
    return with_isin_check("GB00" + sedol(rng))


def isin_any(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return isin_gb(rng)
    country = rng.choice(["IE", "LU"])
    return with_isin_check(
        country
        + "000"
        + "".join(rng.choice("0123456789") for _ in range(3))
        + "".join(rng.choice("BCDFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(3))
    )


def ni(rng: random.Random) -> str:
    while True:
        pre = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if pre not in NI_BAD:
            return pre + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def ni_spaced(n: str) -> str:
    return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"


def postcode(rng: random.Random, outward: str) -> str:
    return f"{outward} {rng.randrange(1, 10)}{rng.choice(INWARD)}{rng.choice(INWARD)}"


def address(rng: random.Random) -> tuple[list[str], str]:
    town, outward = rng.choice(TOWNS)
    lines = [f"{rng.randrange(1, 160)} {rng.choice(STREETS)}"]
    if rng.random() < 0.25:
        lines.insert(0, rng.choice(["Flat 3", "Flat 12", "The Old Granary", "Rose Cottage", "Apartment 7"]))
    village = rng.choice(VILLAGES)
    if village:
        lines.append(village)
    lines.append(town)
    return lines, postcode(rng, outward)


def person(rng: random.Random, used: set, born=(1940, 1992)) -> dict:
    while True:
        female = rng.random() < 0.5
        pool = FEMALE if female else MALE
        first = rng.choice(pool)
        middle = rng.choice([n for n in pool if n != first]) if rng.random() < 0.4 else None
        sur = rng.choice(SURNAMES)
        name = " ".join(x for x in (first, middle, sur) if x)
        if name not in used:
            used.add(name)
            break
    title = "Dr" if rng.random() < 0.08 else (rng.choice(["Mrs", "Ms", "Miss", "Mrs"]) if female else "Mr")
    lo = date(born[0], 1, 1)
    dob = lo + timedelta(days=rng.randrange(0, (date(born[1], 12, 31) - lo).days))
    lines, pc = address(rng)
    return {
        "title": title,
        "first": first,
        "middle": middle,
        "surname": sur,
        "name": name,
        "female": female,
        "dob": dob,
        "ni": ni(rng),
        "lines": lines,
        "postcode": pc,
    }


def adviser(rng: random.Random) -> tuple[str, str, list[str], str]:
    firm = rng.choice(FIRMS)
    name = f"{rng.choice(ADVISER_FIRST)} {rng.choice(ADVISER_LAST)}"
    town, outward = rng.choice(TOWNS)
    unit = rng.choice(["Suite 2", "Unit 5", "First Floor", "2nd Floor"])
    lines = [
        f"{unit}, {rng.choice(['Mill House', 'Exchange Buildings', 'Wool Hall', 'Station Chambers'])}",
        f"{rng.randrange(1, 60)} {rng.choice(['Market Street', 'Bridge Street', 'Westgate', 'Northgate'])}",
        town,
    ]
    return firm, name, lines, postcode(rng, outward)


def dmy(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def long(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def dob_text(rng: random.Random, d: date) -> str:
    return rng.choice([dmy(d), long(d), f"{d.day:02d}-{d:%b-%Y}", f"{d:%d.%m.%Y}"])


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))
