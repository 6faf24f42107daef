"""Dates as UK paperwork prints them ("5th April 2026", "05/04/2026", "5 Apr 26"), to ISO, or None.

Month names and the letters OCR reads for digits are vocabulary data (vocabulary.yaml). Day
first, always: a UK document never prints month first.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from provcheck.rules.vocabulary import load_vocabulary


@lru_cache(maxsize=1)
def _dates() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(month numbers, numeric, words and month-first date patterns), from vocabulary.yaml's months and look-alikes."""
    voc = load_vocabulary()
    months = voc.month_numbers()
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    d = f"[0-9{re.escape(voc.ocr_lookalikes.reader('dates'))}]"  # OCR's look-alikes inside a date's digits
    numeric = re.compile(rf"(?<![\w/.-])({d}{{1,2}})\s?[/.\-]\s?({d}{{1,2}})\s?[/.\-]\s?({d}{{4}}|{d}{{2}})(?![\w/])")
    words = re.compile(
        rf"(?<![\w])(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+day)?(?:\s+of)?[\s\-.]*({names})\.?,?[\s\-.]*(\d{{4}})(?!\d)", re.I
    )
    month_first = re.compile(rf"(?<![\w])({names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
    return months, numeric, words, month_first


@lru_cache(maxsize=1)
def _day_words() -> tuple[dict[str, int], re.Pattern[str]] | None:
    """(day numbers, pattern) for a day written as a word ("the fourth of March 2026"), or None without the list."""
    voc = load_vocabulary()
    days = voc.day_numbers()
    if not days:
        return None
    names = "|".join(sorted(map(re.escape, voc.month_numbers()), key=len, reverse=True))
    ordinals = "|".join(sorted((re.escape(d).replace(r"\ ", r"[\s\-]+") for d in days), key=len, reverse=True))
    rx = re.compile(rf"(?<![\w])({ordinals})(?:\s+day)?\s+of\s+({names})\.?,?\s+(\d{{4}})(?!\d)", re.I)
    return {" ".join(re.split(r"[\s\-]+", d)): n for d, n in days.items()}, rx


@lru_cache(maxsize=1)
def _digit_fix() -> dict[int, str]:
    """OCR's look-alike letters to the digits they stand for (vocabulary.yaml); applied only inside digit runs."""
    return str.maketrans(load_vocabulary().ocr_lookalikes.as_digit)


def _fix_digits(text: str) -> str:
    return text.translate(_digit_fix())


DATE_ISO = re.compile(r"(?<![\w])(\d{4})-(\d{2})-(\d{2})(?![\w])")


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:  # two-digit years: provider paperwork dates fall in 1900-2099; pivot at 50
        y += 2000 if y < 50 else 1900
    return y


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first date in `text` as (ISO date, span), or None."""
    best: tuple[str, tuple[int, int]] | None = None
    months, numeric, words, month_first = _dates()
    for rx, kind in (
        (DATE_ISO, "iso"),
        (words, "words"),
        (month_first, "mfirst"),
        (numeric, "num"),
    ):
        for m in rx.finditer(text):
            if kind == "iso":
                iso = _ymd(int(m[1]), int(m[2]), int(m[3]))
            elif kind == "words":
                iso = _ymd(int(m[3]), months[m[2].lower()], int(m[1]))
            elif kind == "mfirst":
                iso = _ymd(int(m[3]), months[m[1].lower()], int(m[2]))
            else:
                d, mo, y = (_fix_digits(g) for g in m.groups())
                iso = _ymd(_year(y), int(mo), int(d))  # UK order: day first
            if iso and (best is None or m.start() < best[1][0]):
                best = (iso, m.span())
            if iso:
                break
    spelt = _day_words()
    if spelt is not None:
        days, rx = spelt
        m = rx.search(text)
        if m and (best is None or m.start() < best[1][0]):
            iso = _ymd(int(m[3]), months[m[2].lower()], days[" ".join(re.split(r"[\s\-]+", m[1].lower()))])
            if iso:
                best = (iso, m.span())
    return best


def parse_date(text: str) -> str | None:
    """An ISO date from printed text (`14/03/1961`, `14 March 1961`, `14th Mar 1961`, `14-Mar-1961`…)."""
    found = find_date(text)
    if found:
        return found[0]
    # a form's date boxes, one digit or pair a box, no separators: "0 3 | 0 3 | 2 0 2 6", "03 03 2026"
    if re.fullmatch(r"[\d\s|/.\-]+", text.strip()) and "\n" not in text:
        digits = re.sub(r"\D", "", text)
        if len(digits) == 8:
            return _ymd(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    return None


def parse_birth_date(text: str, today: dt.date | None = None) -> str | None:
    """A date of birth as `parse_date` reads it, but one printed with a two-digit year is never after `today`.

    "06/06/48" is 2048 by the pivot that suits a statement's dates; nobody is born in the future, so a
    birth date's two-digit year falls in the century before when 20yy has not come yet.
    """
    iso = parse_date(text)
    if iso is None:
        return None
    born = dt.date.fromisoformat(iso)
    m = _dates()[1].search(text)  # the numeric pattern: the only one that reads a two-digit year
    if born > (today or dt.date.today()) and m is not None and len(m[3]) == 2:
        return _ymd(born.year - 100, born.month, born.day) or iso
    return iso


def find_all_dates(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every date in `text`, in order of position."""
    out: list[tuple[str, tuple[int, int]]] = []
    pos = 0
    while pos < len(text):
        found = find_date(text[pos:])
        if not found:
            break
        iso, (a, b) = found
        out.append((iso, (pos + a, pos + b)))
        pos += b
    return out
