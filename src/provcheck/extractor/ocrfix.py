"""OCR misreadings inside codes that the code's own check digit, or its provider's pattern, settles.

Tesseract reads the zeros of `GB00B0VHNJ97` as the letter O, and 5, 8, 1 as S, B, I, and may
split a code in two at a misjudged gap. An ISIN's country code is letters and its check digit
a digit, the body of an ISIN has no O or I (a SEDOL has no vowels, a CUSIP no I or O, most
other bodies are digits), and a UK or Irish code starts "00" before its SEDOL: those readings
are mended outright, and kept if the Luhn check digit passes. A UK code that still fails may
take one more look-alike swap, when exactly one swap passes both its Luhn and its SEDOL check
digits (one check digit alone passes a tenth of wrong swaps). A code that cannot be settled is
left as read, for the `isin` validator. Policy numbers have no check digit, but a provider's
pattern says which characters are digits (`fit_pattern`); a repair swaps look-alikes, never adds one.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from provcheck.extractor.document import Word
from provcheck.rules.vocabulary import load_vocabulary
from provcheck.validators.isin import isin_valid, sedol_valid


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(capital letter read for a digit -> digit, digit read for a letter -> letter): vocabulary.yaml's look-alikes.

    Codes are printed in capitals, so only the capitals of `as_digit` apply to them.
    """
    ocr = load_vocabulary().ocr_lookalikes
    return {k: v for k, v in ocr.as_digit.items() if k.isupper()}, dict(ocr.as_letter)


_SHAPE = re.compile(r"[A-Z0-9]{12,13}")
_MAX_CODE_SWAPS = 2


def sedol_ok(sedol: str) -> bool:
    """A SEDOL's check digit passes and its shape is one issued: all digits, or a letter first.

    SEDOLs issued before 26 January 2004 are digits only; those issued since begin with a letter
    (the London Stock Exchange's SEDOL rules), so "8DSJJP0" can only be a misreading ("BD5JJP0").
    """
    return sedol_valid(sedol) and (sedol.isdigit() or sedol[0].isalpha())


def _valid(code: str) -> bool:
    return isin_valid(code) and (not code.startswith("GB00") or sedol_ok(code[4:11]))


def _settled(text: str, as_digit: dict[str, str], as_letter: dict[str, str]) -> str:
    """`text` with what its places settle: letters in the country code, a digit last, no O or I in the body."""
    country = "".join(as_letter.get(ch, ch) for ch in text[:2])  # "1E" is IE, as below
    uk_or_irish = country in ("GB", "IE")  # their codes begin "00" and a SEDOL: GB00B0VHNJ97
    return "".join(
        as_letter.get(ch, ch)
        if i < 2
        else as_digit.get(ch, ch)
        if i == 11 or ch in "OI" or (uk_or_irish and i in (2, 3))
        else ch
        for i, ch in enumerate(text)
    )


def _swapped(code: str, as_digit: dict[str, str], as_letter: dict[str, str]) -> set[str]:
    """Every valid code that up to two look-alike swaps (S/5, B/8, Z/2, G/6...) in a UK code's SEDOL make."""
    swaps = {i: as_digit.get(code[i]) or as_letter.get(code[i]) for i in range(4, 11)}
    swappable = [i for i, s in swaps.items() if s and s not in "OI"]
    found = set()
    for count in range(1, min(_MAX_CODE_SWAPS, len(swappable)) + 1):
        for positions in itertools.combinations(swappable, count):
            chars = list(code)
            for i in positions:
                chars[i] = swaps[i]  # type: ignore[assignment]
            candidate = "".join(chars)
            if _valid(candidate):
                found.add(candidate)
    return found


def repair_isin(text: str) -> str | None:
    """The ISIN a misread `text` stands for, or None when the reading cannot be settled.

    What an ISIN's places settle is mended outright, and kept if the code then passes. A UK code
    that still fails may take up to two look-alike swaps in its SEDOL, or, read with thirteen
    characters (OCR doubles a stroke: "S5" for "5"), lose one: the code is mended when exactly
    one valid code comes of all those readings, by its Luhn and its SEDOL check digits (one check
    digit alone passes a tenth of wrong readings, so other codes take no guessed swap).

    Args:
        text: the code as read, spaces and surrounding punctuation removed; upper case with a
            digit at least (so a word such as "INSTRUCTIONS" is never taken for a code). A
            lower-case "l" is the capital I it looks like in sans-serif type ("lE00...").

    Returns:
        The mended code (`text` itself when it passes as read), or None.
    """
    text = text.replace("l", "I")
    if text.upper() != text or not _SHAPE.fullmatch(text) or not any(ch.isdigit() for ch in text):
        return None
    as_digit, as_letter = _tables()
    readings = [text] if len(text) == 12 else [text[:i] + text[i + 1 :] for i in range(2, 13)]
    passing: set[str] = set()
    for reading in dict.fromkeys(readings):
        code = _settled(reading, as_digit, as_letter)
        if not code[:2].isalpha() or not code[11].isdigit():
            continue
        if len(text) == 12 and _valid(code):
            return code
        if not code.startswith("GB00"):
            continue  # one Luhn digit passes a tenth of wrong swaps; a SEDOL's second check is needed
        if _valid(code):
            passing.add(code)
        elif len(text) == 12:  # a doubled stroke and a swap too would be a guess
            passing |= _swapped(code, as_digit, as_letter)
    return passing.pop() if len(passing) == 1 else None


def unsettled_isin(text: str) -> str | None:
    """An ISIN column's reading no check settles, with what its places settle, kept for the `isin` check; or None.

    `repair_isin` mends a code only when its check digits agree. A code-shaped cell that still
    fails them is a misprint or a misreading beyond repair, and a person has to look: dropping it
    hid a wrong ISIN on a scan (issue 10, "GBOOBSTMQW2E"). Twelve characters, letters for the
    country and a digit among them as read (so a word such as "INSTRUCTIONS" is no code); the
    last place is kept as read when no digit looks like it, and the validator says the code is
    malformed rather than nothing. Read with thirteen, the code has one stroke doubled as its
    look-alike ("BS5T", "O00"): the letter of the pair goes, as the code's digits outnumber its
    letters. Which one was printed is a guess either way, and the value is unsure.
    """
    text = text.replace("l", "I")
    if text.upper() != text or not _SHAPE.fullmatch(text) or not any(ch.isdigit() for ch in text):
        return None
    as_digit, as_letter = _tables()
    if len(text) == 13:
        text = next((text[:i] + text[i + 1 :] for i in _doubled(text, as_digit)), "")
    if len(text) != 12:
        return None
    code = _settled(text, as_digit, as_letter)
    # a country read as two digits is a number, not a code: one letter at least is on the page
    return code if code[:2].isalpha() and not text[:2].isdigit() else None


def _doubled(text: str, as_digit: dict[str, str]) -> list[int]:
    """Where a stroke of `text` is read twice: the letter's place of each look-alike pair, then of each like pair.

    A look-alike pair ("S5") is surer evidence of a doubled stroke than a like one ("00" is in every UK code).
    """
    alike, same = [], []
    for i in range(2, len(text) - 1):
        a, b = text[i], text[i + 1]
        if as_digit.get(a) == b:
            alike.append(i)
        elif as_digit.get(b) == a:
            alike.append(i + 1)
        elif a == b:
            same.append(i)
    return alike + same


def _core(text: str) -> tuple[str, str, str]:
    """(leading punctuation, the alphanumeric core, trailing punctuation) of a word."""
    m = re.fullmatch(r"(\W*)(.*?)(\W*)", text)
    assert m is not None
    return m[1], m[2], m[3]


MENDED = 0.8  # a mended reading's confidence is at most this share of the reading's (spec/record.md)
UNSETTLED = 0.5  # ... and a code kept though no check settles it (`unsettled_isin`) this share: unsure


def repair_codes(words: list[Word]) -> list[Word]:
    """OCR words with misread ISINs repaired; a code split over two or three words of a line is joined first.

    A mended code keeps `MENDED` of its reading's confidence: a person checks what was guessed.
    """
    out: list[Word] = []
    i = 0
    while i < len(words):
        w = words[i]
        lead, core, trail = _core(w.text)
        if len(core) in (12, 13):
            fixed = repair_isin(core)
            if fixed and fixed != core:
                w = Word(lead + fixed + trail, w.x0, w.top, w.x1, w.bottom, MENDED * w.conf, w.size, w.bold)
        elif 4 <= len(core) < 12 and not trail:
            joined = _joined(words, i)
            if joined is not None:
                out.append(joined[0])
                i += joined[1]
                continue
        out.append(w)
        i += 1
    return out


def _joined(words: list[Word], i: int) -> tuple[Word, int] | None:
    """The code that `words[i]` and the one or two words tight after it on its line make, and how many they are."""
    first = words[i]
    lead, core, _ = _core(first.text)
    parts, last = [core], first
    for nxt in words[i + 1 : i + 3]:
        lead2, core2, trail2 = _core(nxt.text)
        if nxt.top != first.top or nxt.x0 - last.x1 >= 2 * first.size or lead2:
            return None
        parts.append(core2)
        last = nxt
        if len("".join(parts)) == 12:
            fixed = repair_isin("".join(parts))
            if fixed is None:
                return None
            group = words[i : i + len(parts)]
            bottom, conf = max(w.bottom for w in group), min(w.conf for w in group)
            mended = Word(lead + fixed + trail2, first.x0, first.top, last.x1, bottom, MENDED * conf, first.size)
            return mended, len(parts)
        if len("".join(parts)) > 12 or trail2:
            return None
    return None


_MAX_SWAPS = 3


def fit_pattern(text: str, pattern: str) -> str | None:
    r"""`text` with the fewest look-alike swaps (O/0, I/1, S/5, B/8...) that make it match `pattern`.

    A provider's policy pattern says which positions are digits ("AL" and eight digits): a
    reading that misses it by look-alike characters is mended, if exactly one reading with
    the fewest swaps (at most three) matches. None when no reading, or more than one, does.
    A character that is not on the page is never added: a reading that lacks the pattern's leading
    letters stays as read ("612345" never becomes "HM612345", issue 11), for a person to judge.
    """
    rx = re.compile(pattern)
    if rx.fullmatch(text):
        return text
    look_alikes = {**_tables()[0], **_tables()[1]}
    swappable = [i for i, ch in enumerate(text) if ch in look_alikes]
    for count in range(1, min(_MAX_SWAPS, len(swappable)) + 1):
        found = set()
        for positions in itertools.combinations(swappable, count):
            chars = list(text)
            for i in positions:
                chars[i] = look_alikes[chars[i]]
            candidate = "".join(chars)
            if rx.fullmatch(candidate):
                found.add(candidate)
        if found:
            return found.pop() if len(found) == 1 else None
    return None
