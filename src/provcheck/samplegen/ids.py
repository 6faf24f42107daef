"""Identifiers for fictional paperwork: NI numbers, SEDOLs, ISINs, postcodes, FRNs, policy numbers.

Every generator takes a `random.Random` and returns a value that passes the checks of
spec/domain.md ("Identifiers"), so a sample's truth is valid unless a caller breaks it on purpose.
"""

from __future__ import annotations

import random
import re
import string
import zlib

# spec/domain.md: first letter not D F I Q U V; second not D F I O Q U V; some prefixes unallocated.
_NI_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
_NI_SECOND = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]
_NI_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

_SEDOL_WEIGHTS = (1, 3, 1, 7, 3, 9)
_SEDOL_CHARS = "0123456789BCDFGHJKLMNPQRSTVWXYZ"  # SEDOLs use no vowels
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # never C I K M O V


def ni_number(rng: random.Random) -> str:
    """A National Insurance number HMRC could have allocated, e.g. `JM482913B`."""
    while True:
        prefix = rng.choice(_NI_FIRST) + rng.choice(_NI_SECOND)
        if prefix not in _NI_BAD_PREFIXES:
            break
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    return f"{prefix}{digits}{rng.choice('ABCD')}"


def sedol_check_digit(body: str) -> str:
    """The seventh character of a SEDOL whose first six are `body`."""
    total = sum(_char_value(c) * w for c, w in zip(body, _SEDOL_WEIGHTS, strict=True))
    return str((10 - total % 10) % 10)


def isin_check_digit(body: str) -> str:
    """The twelfth character of an ISIN whose first eleven are `body` (letters to numbers, then Luhn)."""
    digits = "".join(str(_char_value(c)) for c in body)
    total = 0
    # Luhn over the digit string with the check digit appended: double every second digit from the right,
    # the rightmost of `digits` being doubled because the check digit will follow it.
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def isin_for_fund(fund_name: str) -> str:
    """A stable, valid ISIN for a fund name: a UK fund's GB00 + SEDOL, or an Irish/Luxembourg one.

    Derived from a checksum of the name so that one fund carries one ISIN across the corpus.
    """
    rng = random.Random(zlib.crc32(fund_name.encode("utf-8")))
    country = rng.choice(("GB", "GB", "GB", "IE", "LU"))
    if country == "GB":
        body = "B" + "".join(rng.choice(_SEDOL_CHARS) for _ in range(5))
        body11 = "GB00" + body + sedol_check_digit(body)
    else:
        body11 = country + "00" + "".join(rng.choice(string.digits + "BCDFGHJKLMNPQRSTVWXYZ") for _ in range(7))
    return body11 + isin_check_digit(body11)


def postcode(rng: random.Random, area: str) -> str:
    """A postcode in `area` (e.g. `LS`) of valid format: `LS6 3QT`."""
    district = str(rng.randint(1, 28))
    inward = str(rng.randint(1, 9)) + rng.choice(_INWARD_LETTERS) + rng.choice(_INWARD_LETTERS)
    return f"{area}{district} {inward}"


def fca_frn(rng: random.Random) -> str:
    """An FCA firm reference number: six digits, or seven (issued since July 2023)."""
    if rng.random() < 0.25:
        return str(rng.randint(1000000, 1040000))
    return str(rng.randint(100000, 999999))


_TOKEN = re.compile(r"\\d|\[A-Z\]|[^\\\[{]")


def from_pattern(rng: random.Random, pattern: str) -> str:
    r"""A string matching a provider's simple `policy_pattern` (literals, `\d`, `[A-Z]`, `{n}`).

    Raises:
        ValueError: the pattern uses syntax beyond that, or the result does not match it.
    """
    body = pattern.removeprefix("^").removesuffix("$")
    out: list[str] = []
    pos = 0
    while pos < len(body):
        m = _TOKEN.match(body, pos)
        if m is None:
            raise ValueError(f"policy pattern {pattern!r}: unsupported syntax at {body[pos:]!r}")
        token = m.group(0)
        pos = m.end()
        count = 1
        rep = re.match(r"\{(\d+)\}", body[pos:])
        if rep:
            count = int(rep.group(1))
            pos += rep.end()
        for _ in range(count):
            if token == r"\d":
                out.append(rng.choice(string.digits))
            elif token == "[A-Z]":
                out.append(rng.choice(string.ascii_uppercase))
            else:
                out.append(token)
    result = "".join(out)
    if not re.fullmatch(pattern, result):
        raise ValueError(f"policy pattern {pattern!r}: generated {result!r} does not match it")
    return result


def _char_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10
