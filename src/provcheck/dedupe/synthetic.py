"""Synthetic client records with known duplicates: the labelled set for tests and the benchmark.

Truth comes from the generator, never from the matcher: each record carries the id of the person it
describes. People live in households that share a surname and postcode (partners, children born
years apart, and now and then twins born the same day): the near misses a matcher must not join.
Some people are recorded again, each copy changed the ways paperwork changes a record: a typo in a
name, initials for forenames, a title, "SURNAME, Forename" or surname-first order, capitals, a
dropped middle name, a postcode printed without its space or left out, the NI number present on
one copy only.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass

FORENAMES = (
    "Oliver George Harry Jack Jacob Noah Charlie Thomas Oscar William James Henry Leo Alfie Joshua Freddie "
    "Archie Ethan Isaac Alexander Joseph Edward Samuel Max Daniel Arthur Lucas Mohammed Logan Theo Harrison "
    "Benjamin Mason Sebastian Finley Adam Dylan Zachary Riley Teddy David Toby Jake Louie Elijah Reuben "
    "Olivia Amelia Isla Ava Emily Isabella Mia Poppy Ella Lily"
    " Jessica Sophie Grace Evie Sophia Ruby Charlotte "
    "Chloe Daisy Alice Florence Freya Phoebe Scarlett Matilda Ivy Sienna Layla Rosie Holly Emma Lucy Esme "
    "Elizabeth Margaret Susan Patricia Linda Barbara Jennifer Helen Sarah Karen Nicola Julie Claire Joanne "
    "Michael Robert John Richard Christopher Paul Mark Andrew Peter Stephen Ian Graham Kevin Gary Neil Simon "
    "Jane Anne Mary Ruth Joan Carol Janet Gillian Pauline Brenda Sandra Alison Deborah Rachel Rebecca Fiona"
).split()
SURNAMES = (
    "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright "
    "Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill "
    "Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker "
    "Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy "
    "Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman "
    "Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight "
    "Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher "
    "Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks "
    "West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan "
    "Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe "
    "Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton "
    "Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop "
    "Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald "
    "Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers Smith-Jones"
).split()
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr")
_AREAS = ("SW", "SE", "N", "E", "W", "B", "M", "LS", "BS", "CF", "EH", "G", "NE", "L", "S", "OX")
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


@dataclass(frozen=True, slots=True)
class ClientRecord:
    """One synthetic record; `person` is the truth (same person, same id)."""

    person: int
    name: str
    dob: str
    ni: str | None
    postcode: str | None

    def row(self) -> tuple[str, str, str | None, str | None]:
        """(name, dob, ni, postcode), the row `find_client_duplicates` takes."""
        return (self.name, self.dob, self.ni, self.postcode)


def _postcode(rng: random.Random) -> str:
    area = rng.choice(_AREAS)
    inward = "".join(rng.choices(_INWARD, k=2))
    return f"{area}{rng.randint(1, 29)} {rng.randint(0, 9)}{inward}"


def _ni(rng: random.Random) -> str:
    prefix = "".join(rng.choices("ABCEGHJKLMNPRSTWXYZ", k=2))
    return f"{prefix}{rng.randrange(10**6):06d}{rng.choice('ABCD')}"


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word))  # typists and OCR keep the first letter far more often than not
    kind = rng.choice(("sub", "del", "ins", "swap"))
    letter = rng.choice(string.ascii_lowercase)
    if kind == "sub":
        return word[:i] + letter + word[i + 1 :]
    if kind == "del":
        return word[:i] + word[i + 1 :]
    if kind == "ins":
        return word[:i] + letter + word[i:]
    i = min(i, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _render(rng: random.Random, given: list[str], surname: str, title: str, variant: bool) -> str:
    """The person's name as one document prints it; `variant` applies the changes of a later copy."""
    if not variant:
        return " ".join((*given, surname))
    given = list(given)
    if len(given) > 1 and rng.random() < 0.2:
        given = given[:1]
    if rng.random() < 0.3:
        which = rng.randrange(len(given) + 1)
        if which == len(given):
            surname = _typo(rng, surname)
        else:
            given[which] = _typo(rng, given[which])
    if rng.random() < 0.15:
        given = [g[0] + ("." if rng.random() < 0.5 else "") for g in given]
    form = rng.random()
    if form < 0.15:
        text = f"{surname.upper()}, {' '.join(given)}"
    elif form < 0.25:
        text = f"{surname} {' '.join(given)}"
    else:
        text = " ".join((*given, surname))
    if rng.random() < 0.3:
        text = f"{title} {text}"
    if rng.random() < 0.2:
        text = text.upper()
    return text


def generate(
    people: int, *, seed: int, duplicate_rate: float = 0.15, twin_rate: float = 0.02, start_dob: int = 1935
) -> list[ClientRecord]:
    """Records for `people` people, some recorded twice or three times, shuffled.

    Args:
        people: how many distinct people (records are about `people * (1 + 1.1 * duplicate_rate)`).
        seed: fixes every choice.
        duplicate_rate: share of people recorded again.
        twin_rate: share of households with twins (same birthday, same surname and address).
        start_dob: earliest year of birth of the household heads.

    Returns:
        The records in random order.
    """
    rng = random.Random(seed)
    records: list[ClientRecord] = []
    person = 0
    nis: set[str] = set()
    span = (dt.date(start_dob + 45, 12, 31) - dt.date(start_dob, 1, 1)).days
    while person < people:
        surname = rng.choice(SURNAMES)
        postcode = _postcode(rng)
        head = dt.date(start_dob, 1, 1) + dt.timedelta(days=rng.randrange(span))
        births = [head, head + dt.timedelta(days=rng.randint(-3650, 3650))]
        for child in range(rng.choice((0, 0, 1, 2, 3))):
            births.append(head + dt.timedelta(days=rng.randint(7000, 14000) + child * rng.randint(300, 1500)))
        if rng.random() < twin_rate:
            births.append(births[-1])
        used: set[str] = set()
        for born in births[: people - person]:
            first = rng.choice([f for f in FORENAMES if f not in used])
            used.add(first)
            given = [first] + ([rng.choice(FORENAMES)] if rng.random() < 0.4 else [])
            ni = _ni(rng)
            while ni in nis:  # an NI number is one person's: never reuse one
                ni = _ni(rng)
            nis.add(ni)
            title = rng.choice(TITLES)
            copies = 1 + (rng.random() < duplicate_rate) * (1 + (rng.random() < 0.1))
            for copy in range(copies):
                variant = copy > 0
                pc = postcode
                if variant and rng.random() < 0.3:
                    pc = pc.replace(" ", "").lower()
                if rng.random() < 0.1:
                    pc = None
                records.append(
                    ClientRecord(
                        person=person,
                        name=_render(rng, given, surname, title, variant),
                        dob=born.isoformat(),
                        ni=ni if rng.random() < 0.3 else None,
                        postcode=pc,
                    )
                )
            person += 1
    rng.shuffle(records)
    return records


def true_pairs(records: list[ClientRecord]) -> set[tuple[int, int]]:
    """Every (i, j), i < j, of records about the same person: the truth P/R is measured against."""
    by_person: dict[int, list[int]] = {}
    for index, record in enumerate(records):
        by_person.setdefault(record.person, []).append(index)
    return {(a, b) for members in by_person.values() for x, a in enumerate(members) for b in members[x + 1 :]}


def precision_recall(found: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float]:
    """Pairwise precision and recall of `found` against `truth` (1.0 when there is nothing to find)."""
    hits = len(found & truth)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    return precision, recall
