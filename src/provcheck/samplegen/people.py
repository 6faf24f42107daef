"""Fictional people, places and adviser firms for sample paperwork.

Names and streets are common words; firms are invented. Towns are real so postcodes carry a
plausible area code, but every address is made up.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from provcheck.samplegen import ids

_FEMALE = (
    "Jane",
    "Susan",
    "Margaret",
    "Helen",
    "Claire",
    "Rachel",
    "Fiona",
    "Priya",
    "Aisha",
    "Joanne",
    "Karen",
    "Alison",
    "Gillian",
    "Nicola",
    "Sophie",
    "Emma",
    "Hannah",
    "Rebecca",
    "Mei",
    "Siobhan",
)
_MALE = (
    "David",
    "Michael",
    "Andrew",
    "Stephen",
    "Paul",
    "Richard",
    "Mark",
    "Graham",
    "Rajesh",
    "Tariq",
    "Ian",
    "Neil",
    "Gareth",
    "Robert",
    "James",
    "Thomas",
    "Daniel",
    "Callum",
    "Wei",
    "Declan",
)
_SURNAMES = (
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Khan",
    "Hughes",
    "Edwards",
    "Turner",
    "Harrison",
    "Cooper",
    "Morgan",
    "Ahmed",
    "McLeod",
    "O'Neill",
    "Fitzgerald",
    "Ashworth",
    "Pemberton",
    "Okafor",
    "Nowak",
    "Lloyd",
    "Baxter",
)
_STREETS = (
    "Mill Lane",
    "Church Road",
    "Station Road",
    "The Crescent",
    "Victoria Street",
    "Orchard Close",
    "Meadow View",
    "Kings Avenue",
    "Elm Grove",
    "Park Road",
    "Highfield Drive",
    "Willow Way",
    "Queens Road",
    "Beech Court",
    "Manor Gardens",
    "Chapel Street",
    "Hillside Terrace",
    "Ash Walk",
)
_HOUSE_NAMES = ("Rose Cottage", "The Old Rectory", "Fernlea", "Hollybank", "Flat 3, Albion House")
# (town, postcode area, localities)
_TOWNS = (
    ("Leeds", "LS", ("Headingley", "Roundhay", "Horsforth")),
    ("Bristol", "BS", ("Clifton", "Redland", "Bishopston")),
    ("Manchester", "M", ("Didsbury", "Chorlton", "Withington")),
    ("Norwich", "NR", ("Eaton", "Thorpe St Andrew")),
    ("York", "YO", ("Heworth", "Fulford")),
    ("Edinburgh", "EH", ("Morningside", "Leith", "Corstorphine")),
    ("Cardiff", "CF", ("Llandaff", "Roath", "Whitchurch")),
    ("Reading", "RG", ("Caversham", "Tilehurst")),
    ("Exeter", "EX", ("Heavitree", "St Leonards")),
    ("Nottingham", "NG", ("Beeston", "West Bridgford")),
    ("Guildford", "GU", ("Merrow", "Burpham")),
    ("Sheffield", "S", ("Ecclesall", "Nether Edge")),
)
_FIRM_STEMS = (
    "Marlowe & Price",
    "Ashby Carter",
    "Thornbury",
    "Kingsmead",
    "Hartley Rowe",
    "Bellweather",
    "Calder Vale",
    "Penrose Shaw",
    "Northgate",
    "Oakhurst",
    "Whitlock Finch",
    "Sandown",
)
_FIRM_SUFFIXES = (
    "Financial Planning Ltd",
    "Wealth Management LLP",
    "Financial Services Limited",
    "Independent Financial Advisers Ltd",
    "Private Clients Ltd",
    "Chartered Financial Planners",
)


@dataclass(frozen=True)
class Client:
    """A fictional client as their paperwork prints them."""

    title: str
    name: str
    dob: dt.date
    ni_number: str
    address_lines: tuple[str, ...]
    postcode: str


@dataclass(frozen=True)
class Firm:
    """A fictional adviser firm."""

    name: str
    frn: str
    adviser: str
    address_lines: tuple[str, ...]
    postcode: str
    phone: str
    email_domain: str


def client(rng: random.Random) -> Client:
    """A client with a valid NI number and a UK address of valid postcode format."""
    female = rng.random() < 0.5
    first = rng.choice(_FEMALE if female else _MALE)
    surname = rng.choice(_SURNAMES)
    middle = ""
    if rng.random() < 0.45:
        middle = rng.choice([n for n in (_FEMALE if female else _MALE) if n != first])
    name = " ".join(p for p in (first, middle, surname) if p)
    if rng.random() < 0.08:
        title = "Dr"
    elif female:
        title = rng.choice(("Mrs", "Mrs", "Ms", "Miss"))
    else:
        title = "Mr"
    dob = dt.date(1946, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 45))
    address, postcode = address_lines(rng)
    return Client(title, name, dob, ids.ni_number(rng), address, postcode)


def address_lines(rng: random.Random) -> tuple[tuple[str, ...], str]:
    """Address lines (without postcode) and a postcode whose area fits the town."""
    town, area, localities = rng.choice(_TOWNS)
    lines: list[str] = []
    if rng.random() < 0.15:
        lines.append(rng.choice(_HOUSE_NAMES))
        lines.append(rng.choice(_STREETS))
    else:
        lines.append(f"{rng.randint(1, 180)} {rng.choice(_STREETS)}")
    if rng.random() < 0.6:
        lines.append(rng.choice(localities))
    lines.append(town)
    return tuple(lines), ids.postcode(rng, area)


def firm(rng: random.Random) -> Firm:
    """An adviser firm with its FCA firm reference number and the adviser who signs for it."""
    stem = rng.choice(_FIRM_STEMS)
    name = f"{stem} {rng.choice(_FIRM_SUFFIXES)}"
    adviser_first = rng.choice(_FEMALE + _MALE)
    adviser = f"{adviser_first} {rng.choice(_SURNAMES)}"
    address, postcode = address_lines(rng)
    lines = (
        (f"{rng.choice(('Suite', 'Unit', 'Floor'))} {rng.randint(1, 9)}", *address[-2:])
        if rng.random() < 0.5
        else address
    )
    domain = stem.lower().replace(" & ", "").replace(" ", "") + ".co.uk"
    phone = f"0{rng.randint(113, 199)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"
    return Firm(name, ids.fca_frn(rng), adviser, tuple(lines), postcode, phone, domain)
