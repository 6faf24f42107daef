"""UK postcodes as printed, and as OCR misreads them (a digit read as its look-alike letter).

Split from parsers.py, which re-exports these: the finders ask `parsers.find_postcode`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provcheck.extractor.dates import _fix_digits
from provcheck.rules.vocabulary import load_vocabulary

POSTCODE = re.compile(r"(?<![A-Za-z0-9])(GIR\s?0AA|[A-Z]{1,2}[0-9][0-9A-Z]?)\s?([0-9O][A-Z]{2})(?![A-Za-z0-9])")


def find_postcode(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first UK-postcode-shaped token as ("SW1A 1AA", span).

    Failing a postcode as printed, one as OCR misreads it: a digit read as its look-alike letter
    where only a digit can stand ("NR3 SEA"), or a serifed 1 read as two strokes ("BS24 I1TR").
    """
    gir = re.search(r"(?<![A-Z0-9])GIR\s?0AA(?![A-Z0-9])", text.upper())
    if gir:  # Girobank's historic non-geographic postcode
        return "GIR 0AA", gir.span()
    for m in POSTCODE.finditer(text.upper()):
        outward, inward = m[1].replace(" ", ""), m[2]
        inward = inward[0].replace("O", "0") + inward[1:]
        return f"{outward} {inward}", m.span()
    return _find_misread_postcode(text)


# Where a postcode must have a digit (the district's first character, the inward code's first),
# OCR may give one of these letters; the inward code's letters never include C, I, K, M, O or V.
@lru_cache(maxsize=1)
def _misread_postcode() -> re.Pattern[str]:
    digit = f"[0-9{re.escape(load_vocabulary().ocr_lookalikes.reader('postcodes'))}]"
    return re.compile(
        rf"(?<![A-Za-z0-9])([A-Z]{{1,2}})({digit}[0-9A-Z]?)\s?({digit})([ABD-HJLNP-UW-Z]{{2}})(?![A-Za-z0-9])"
    )


_ONE_DOUBLED = re.compile(r"[Il|]1|1[Il|]")


def _find_misread_postcode(text: str) -> tuple[str, tuple[int, int]] | None:
    spans: list[tuple[int, int]] = []  # where in `text` each character of the mended text came from
    pos = 0
    for m in _ONE_DOUBLED.finditer(text):
        spans.extend((i, i + 1) for i in range(pos, m.start()))
        spans.append(m.span())
        pos = m.end()
    spans.extend((i, i + 1) for i in range(pos, len(text)))
    mended = _ONE_DOUBLED.sub("1", text)
    for m in _misread_postcode().finditer(mended):
        if m[1] != m[1].upper() or not any(ch.isdigit() for ch in m[2] + m[3]):
            continue  # a word, not a code: capitals, and at least one digit read as a digit
        district = _fix_digits(m[2][0]) + m[2][1:]
        code = f"{m[1]}{district} {_fix_digits(m[3])}{m[4]}"
        if POSTCODE.fullmatch(code):
            return code, (spans[m.start()][0], spans[m.end() - 1][1])
    return None


def parse_postcode(text: str) -> str | None:
    """A postcode upper case with one space: `sw1a1aa` → `SW1A 1AA`."""
    found = find_postcode(text)
    return found[0] if found else None
