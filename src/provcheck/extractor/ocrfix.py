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


_SHAPE = re.compile(r"[A-Z0-9]{12}")


def _valid(code: str) -> bool:
    return isin_valid(code) and (not code.startswith("GB00") or sedol_valid(code[4:11]))


def repair_isin(text: str) -> str | None:
    """The ISIN a misread 12-character `text` stands for, or None when the reading cannot be settled.

    Args:
        text: the code as read, spaces and surrounding punctuation removed; upper case with a
            digit at least (so a word such as "INSTRUCTIONS" is never taken for a code).

    Returns:
        The mended code (`text` itself when it passes as read), or None.
    """
    if text.upper() != text or not _SHAPE.fullmatch(text) or not any(ch.isdigit() for ch in text):
        return None
    as_digit, as_letter = _tables()
    uk_or_irish = text[:2] in ("GB", "IE")  # their codes begin "00" and a SEDOL: GB00B0VHNJ97
    chars = [
        as_letter.get(ch, ch)
        if i < 2
        else as_digit.get(ch, ch)
        if i == 11 or ch in "OI" or (uk_or_irish and i in (2, 3))
        else ch
        for i, ch in enumerate(text)
    ]
    code = "".join(chars)
    if not code[:2].isalpha() or not code[11].isdigit():
        return None
    if _valid(code):
        return code
    if not code.startswith("GB00"):
        return None  # one Luhn digit passes a tenth of wrong swaps; a SEDOL's second check is needed
    passing = set()
    for i in range(2, 11):
        swap = as_digit.get(code[i]) or as_letter.get(code[i])
        if swap and swap not in "OI":
            candidate = code[:i] + swap + code[i + 1 :]
            if _valid(candidate):
                passing.add(candidate)
    return passing.pop() if len(passing) == 1 else None


def _core(text: str) -> tuple[str, str, str]:
    """(leading punctuation, the alphanumeric core, trailing punctuation) of a word."""
    m = re.fullmatch(r"(\W*)(.*?)(\W*)", text)
    assert m is not None
    return m[1], m[2], m[3]


def repair_codes(words: list[Word]) -> list[Word]:
    """OCR words with misread ISINs repaired; a code split over two words of a line is joined first."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        w = words[i]
        lead, core, trail = _core(w.text)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if len(core) == 12:
            fixed = repair_isin(core)
            if fixed and fixed != core:
                w = Word(lead + fixed + trail, w.x0, w.top, w.x1, w.bottom, w.conf, w.size, w.bold)
        elif nxt is not None and 4 <= len(core) < 12 and nxt.top == w.top and nxt.x0 - w.x1 < 2 * w.size:
            lead2, core2, trail2 = _core(nxt.text)
            if not lead2 and not trail and len(core) + len(core2) == 12:
                fixed = repair_isin(core + core2)
                if fixed:
                    bottom, conf = max(w.bottom, nxt.bottom), min(w.conf, nxt.conf)
                    out.append(Word(lead + fixed + trail2, w.x0, w.top, nxt.x1, bottom, conf, w.size))
                    i += 2
                    continue
        out.append(w)
        i += 1
    return out


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
