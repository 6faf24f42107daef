"""Field parsers: printed text in, the spec's normalised form out (or None, never a guess).

Each parser accepts what UK provider paperwork prints (dates in UK formats, money with £,
commas and brackets, NI numbers with spaces) and the usual OCR confusions in digit runs.
`find_*` functions return the first value of their kind inside longer text, with its span.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

# dates live in extractor/dates.py; re-exported, as the finders ask `parsers.find_date`
from provcheck.extractor.dates import _dates, _fix_digits
from provcheck.extractor.dates import find_all_dates as find_all_dates
from provcheck.extractor.dates import find_date as find_date
from provcheck.extractor.dates import parse_birth_date as parse_birth_date
from provcheck.extractor.dates import parse_date as parse_date
from provcheck.extractor.labelends import LIST_ITEM

# printed names live in extractor/personal.py; re-exported, as the finders ask `parsers.parse_name`
from provcheck.extractor.personal import first_holder as first_holder
from provcheck.extractor.personal import parse_name as parse_name
from provcheck.extractor.personal import title_pattern as title_pattern

# postcodes live in extractor/postcodes.py; re-exported likewise
from provcheck.extractor.postcodes import POSTCODE as POSTCODE
from provcheck.extractor.postcodes import find_postcode as find_postcode
from provcheck.extractor.postcodes import parse_postcode as parse_postcode
from provcheck.rules.vocabulary import load_vocabulary
from provcheck.validators.ni_number import ni_problems

MONEY = re.compile(
    r"(?P<neg>[(\-–−]\s*)?(?P<cur>£|GBP|gbp|E(?=\d)|f(?=\d))?\s?(?P<num>\d{1,3}(?:(?:\s,|[,.\s])\d{3})+|\d+)(?P<dec>[.,]\d{2}|\s\.\d{2})?(?!\d)\s*(?P<close>\))?"
)


def find_money(text: str, require_marker: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The first money amount in `text` as ("1234.56", span), or None.

    Args:
        text: printed text.
        require_marker: only accept an amount with a £/GBP sign or two decimal places (so a
            policy number or a year in the same sentence is not taken for money).
    """
    date_spans: list[tuple[int, int]] | None = None
    for m in MONEY.finditer(text):
        num, dec, cur = m["num"], m["dec"], m["cur"]
        before, after = text[: m.start("num")], text[m.end("dec") if dec else m.end("num") :]
        if cur is None and re.match(r"\s?(?:GBP|gbp)\b", after):
            cur = "GBP"  # "was 47,801.16 GBP": the currency printed after the amount marks it as one
        if cur is None and dec is None and (require_marker or len(num) == 4 and "," not in num):
            continue
        if cur is None:
            # "Valuation run date: 5 April 2026": a date's day is no amount under a label that says "valuation"
            date_spans = [s for _, s in find_all_dates(text)] if date_spans is None else date_spans
            if any(a <= m.start("num") < b for a, b in date_spans):
                continue
        if re.search(r"[A-Za-z/]$", before.rstrip("£ ")) and cur is None and not (dec and before.endswith(" ")):
            # glued to a word: part of an identifier, not an amount ("AL 123456"); pence after a
            # space mark an amount whatever word precedes it (a form's tick "X  127,215.29")
            continue
        if re.search(r"[A-Za-z/]$", before) and m["cur"] is None:
            continue  # "AB12 GBP": a reference's digits, even with a currency after them
        if re.match(r"[.,/]\d", after):
            continue  # "12.02.2025": a date's day and month, not £12.02
        if cur is None and re.match(r"\s?%", after):
            continue  # "a charge of 1.25%": a rate, not an amount
        glued_dash = bool(m["neg"]) and m["neg"][0] in "-–−" and re.search(r"[A-Za-z0-9]$", text[: m.start()])
        if cur is None and (glued_dash or re.match(r"-?[A-Za-z]", after)):
            continue  # "BW-508432-K": the digits of a reference, not a negative amount
        digits = re.sub(r"[,.\s]", "", num)
        if cur is None and dec is None and "," not in num and "." not in num and " " in num:
            continue
        if num.count(" ") and "," not in num:
            digits = num.split()[0] if not dec else digits
        # OCR may set a space before the point or a comma: "£151,691 .23", "£221 ,640.93"
        cents = (dec or ".00").strip()[1:]
        try:
            value = Decimal(f"{digits}.{cents}")
        except InvalidOperation:
            continue
        negative = bool(m["neg"]) and (m["neg"].strip().startswith(("-", "–", "−")) or bool(m["close"]))
        if negative:
            value = -value
        end = m.end() if m["close"] else m.end("dec") if dec else m.end("num")
        return f"{value:.2f}", (m.start(), end)
    return None


def parse_money(text: str) -> str | None:
    """Money as a decimal string with two places: `£1,234.50` → `1234.50`, `(12.00)` → `-12.00`."""
    found = find_money(text)
    return found[0] if found else None


DECIMAL = re.compile(r"(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\w.])-?\d+(?:\.\d+)?(?![\d])")


# OCR reads a thousands comma as a point: "9.808.630" for 9,808.630; a number has one decimal point
_POINTS_FOR_COMMAS = re.compile(r"(?<![\w.,])(-?\d{1,3})((?:\.\d{3})+)(\.\d+)(?![\d.])")


def parse_decimal(text: str) -> str | None:
    """A decimal as printed, without thousands separators or currency: `1,234.5670` → `1234.5670`."""
    t = text.replace("£", "").replace("p", "").strip()
    t = _POINTS_FOR_COMMAS.sub(lambda m: m[1] + m[2].replace(".", ",") + m[3], t)
    m = DECIMAL.search(t)
    return m[0].replace(",", "") if m else None


# "0.75%", "0.75 %", and in words as UK paperwork also prints it: "1 per cent", "0.5 percent"
PERCENT = re.compile(r"(\d{1,2}(?:\.\d{1,4})?)\s?(?:%|(?i:per\s?cent)\b)")


def parse_percent(text: str) -> str | None:
    """A percentage as a decimal string of two places at least, as the spec writes it: `1%` → `1.00`, `0.125%` kept."""
    found = find_percent(text)
    return found[0] if found else None


_NOW = re.compile(r"\b(?:is|are)\s+now\b|\bnow\s+(?:is|are)\b|\bcurrently\b")


def find_percent(text: str) -> tuple[str, int] | None:
    """The percentage `text` gives and where it ends; of a rate that "was 0.40% ... is now 0.70%", the rate now."""
    m = PERCENT.search(text)
    if not m:
        return None
    now = _NOW.search(text, m.end())
    m = (PERCENT.search(text, now.end()) if now else None) or m
    whole, _, places = m[1].partition(".")
    return f"{whole}.{places.ljust(2, '0')}", m.end()


# Digit positions also take the letters OCR reads for digits (S for 5, B for 8...); a space may
# fall anywhere in the digits ("AB 12 34 56 C", or OCR's "CES 16225D"), and forms print hyphens
# there too ("AB-123456-C", "AB-12-34-56-C"). At least four must be real digits.
_SEP_CHARS = r"[\s\-]"
_SEP = _SEP_CHARS + "?"
@lru_cache(maxsize=1)
def _ni() -> re.Pattern[str]:
    """An NI-number-shaped token; its digits may be OCR look-alikes (vocabulary.yaml reader `ni_numbers`)."""
    digit = f"[0-9{re.escape(load_vocabulary().ocr_lookalikes.reader('ni_numbers'))}]"
    return re.compile(
        rf"(?<![A-Za-z0-9])([A-Za-z]{{2}}){_SEP}((?:{digit}{_SEP}){{5}}{digit}){_SEP}([A-Za-z])(?![A-Za-z0-9])"
    )


def find_ni(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first NI-number-shaped token (`AB 12 34 56 C`) as ("AB123456C", span); validity is the validators' job.

    Failing one as printed, one whose prefix OCR read with a digit for one of its letters
    ("2C552444A" for ZC552444A), where the letter that digit stands for gives a prefix HMRC issues.
    """
    for pattern in (_ni(), _ni_misread_prefix()):
        for m in pattern.finditer(text):
            raw = re.sub(_SEP_CHARS, "", m[2])
            prefix = m[1].upper().translate(_as_letter())
            if sum(ch.isdigit() for ch in raw) < 4 or (pattern is not _ni() and not _issued_prefix(prefix)):
                continue
            return prefix + _fix_digits(raw) + m[3].upper(), m.span()
    return None


@lru_cache(maxsize=1)
def _as_letter() -> dict[int, str]:
    return str.maketrans(dict(load_vocabulary().ocr_lookalikes.as_letter))


@lru_cache(maxsize=1)
def _ni_misread_prefix() -> re.Pattern[str]:
    """`_ni()` with one of the prefix's two capitals read as a digit OCR takes for a letter."""
    digit = f"[0-9{re.escape(load_vocabulary().ocr_lookalikes.reader('ni_numbers'))}]"
    read = f"[{''.join(load_vocabulary().ocr_lookalikes.as_letter)}]"
    return re.compile(
        rf"(?<![A-Za-z0-9])((?:{read}[A-Z]|[A-Z]{read})){_SEP}((?:{digit}{_SEP}){{5}}{digit}){_SEP}([A-Z])(?![A-Za-z0-9])"
    )


def _issued_prefix(prefix: str) -> bool:
    """Whether HMRC issues NI numbers with this prefix (the `ni_number` validator's prefix rules)."""
    return not any("prefix" in p or "letter" in p for p in ni_problems(prefix + "000000A"))


def parse_ni(text: str) -> str | None:
    """An NI number in the spec's form, `AB123456C`."""
    found = find_ni(text)
    return found[0] if found else None


ISIN = re.compile(r"(?<![A-Z0-9])([A-Z]{2}[A-Z0-9]{9}[0-9])(?![A-Z0-9])")


def parse_isin(text: str) -> str | None:
    """A 12-character ISIN-shaped token (upper case), or None.

    ISINs are printed in capitals; a lower-case reading is taken only when it holds three digits
    or more, so words of a fund name ("Index-Linked Gilt S4") never join into one.
    """
    m = ISIN.search(text.replace(" ", ""))
    if m:
        return m[1]
    for m in ISIN.finditer(text.upper().replace(" ", "")):
        if sum(ch.isdigit() for ch in m[1]) >= 3:
            return m[1]
    return None


_NAME_WORD = re.compile(r"[A-Z][a-z][A-Za-z&'=\-]+|&|[A-Z]{2,5}")


def _named_before(tokens: list[str]) -> int:
    """How many leading words name the provider or product before the number, not a group of it.

    "Aegon 58542524", "General Investment Account GA3367738": a run of at most five words, the
    first in title case, the token after it holding a digit.
    """
    n = 0
    while n < len(tokens) and n < 5 and _NAME_WORD.fullmatch(tokens[n]) and not re.search(r"\d", tokens[n]):
        n += 1
    if n and n < len(tokens) and re.search(r"\d", tokens[n]) and re.fullmatch(r"[A-Z][a-z]\S*", tokens[0]):
        return n
    return 0


POLICY = re.compile(r"[A-Z0-9][A-Z0-9/\-]*[0-9][A-Z0-9/\-]*|[A-Z0-9/\-]*[0-9][A-Z0-9/\-]*[A-Z0-9]", re.I)


def parse_policy(text: str) -> str | None:
    """A policy number as printed, spaces removed; it must contain a digit and no lower-case word."""
    t = text.strip(" :.,;•·*►▪–")  # list bullets and dashes before a number are not part of it
    tokens = t.split()
    while tokens and re.fullmatch(r"[-–—*•·o>]+", tokens[0]):
        tokens = tokens[1:]  # "-  CA/70/118832": a hyphen bullet set apart from the number
    if len(tokens) > 1 and LIST_ITEM.fullmatch(tokens[0]):
        tokens = tokens[1:]  # "(1)  PP-1260496": a list's item number, no group of the plan's
    # take the leading run of identifier-like tokens ("AL 1234 5678" -> "AL12345678")
    parts: list[str] = []
    if len(tokens) > 1 and tokens[0] in ("is", "was"):
        tokens = tokens[1:]  # "Your policy number is KL284716": the label's verb, not the number's start
    tokens = tokens[_named_before(tokens):]
    for tok in tokens:
        if parts and tok.startswith(("(", "[")):
            break  # "AB123456 (ISA)": a note in brackets after the number is not part of it
        tok = tok.strip(".,;:()")
        if not tok or not re.fullmatch(r"[A-Za-z0-9/\-]+", tok) or re.fullmatch(r"[a-z]{3,}", tok):
            break
        if parts and re.fullmatch(r"[-–—]+", tok):
            break  # "RP85009424 - With-Profits Bond": a dash set apart ends the number, the product follows
        if parts and re.fullmatch(r"[A-Za-z][A-Za-z\-]{2,}", tok) and not tok.isupper():
            break  # a word ("Bond", "With-Profits"), not a group of the number
        parts.append(tok)
    joined = "".join(parts)
    if len(joined) < 4 or not re.search(r"\d", joined):
        return None
    return joined


_ID_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9/\-]*\d[A-Z0-9/\-]*|[A-Z0-9/\-]*\d[A-Z0-9/\-]*[A-Z0-9]")
# a grouped number's first group: a short capital prefix ("HA 7700 1234"), the prefix with its first
# digits ("B072 841 43"), or digits
_PREFIX = re.compile(r"[A-Z]{1,4}(?:\d{1,4})?")
_GROUP = re.compile(r"\d{2,}")


def find_policies(text: str) -> list[str]:
    """Every policy-number-shaped token in free text, spaces inside a grouped number removed.

    For a line of a plan list ("•  Stocks & Shares ISA - BW-ISA-440192", "Pension  HA 7700 1234"):
    an identifier has a digit, no lower case and five characters or more; a short capital prefix
    followed by digit groups ("HA 7700 1234") is one number. Dates and amounts are not numbers.
    """
    text = _ni().sub(" ", text)  # "SP 67 80 12 A" is a person's NI number, not a plan's
    tokens = [t.strip(".,;:()[]•·*►▪–") for t in text.split()]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        group = [tok] if _PREFIX.fullmatch(tok) or _GROUP.fullmatch(tok) else []
        j = i + 1
        while group and j < len(tokens) and _GROUP.fullmatch(tokens[j]):
            group.append(tokens[j])
            j += 1
        if len(group) >= 2 and sum(ch.isdigit() for ch in "".join(group)) >= 5:
            out.append("".join(group))
            i = j
            continue
        if (
            _ID_TOKEN.fullmatch(tok)
            and len(tok) >= 5
            and not _dates()[1].fullmatch(tok)
            and not re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+[.,]\d{2}", tok)
        ):
            out.append(tok)
        i += 1
    return out

