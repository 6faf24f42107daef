"""Per-field value parsers: the text found beside a label in, the field's value out (or None)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from provcheck.extractor import parsers as P
from provcheck.extractor.labels import norm
from provcheck.rules import load_labels
from provcheck.rules.vocabulary import load_vocabulary


@lru_cache(maxsize=1)
def _phrases(kind: str) -> list[tuple[str, str]]:
    labels = load_labels()
    table = labels.plan_types if kind == "plan" else labels.frequencies
    out = [(value, norm(p)) for value, phrases in table.items() for p in phrases]
    out.sort(key=lambda t: -len(t[1]))
    return out


def _phrase_value(text: str, kind: str) -> str | None:
    t = f" {norm(text)} "
    for value, phrase in _phrases(kind):
        if f" {phrase} " in t:
            return value
    return None


def parse_plan_type(text: str) -> str | None:
    """The spec's plan type for printed wording ("Self-Invested Personal Pension" → `sipp`)."""
    return _phrase_value(text, "plan")


def _labelled_plan_type(text: str) -> str | None:
    """A plan type printed beside its label: a known wording, else `other` for a product name.

    Under a "Plan type" label any product name is the plan type; one the vocabulary does not
    know ("With-Profits Endowment") is `other`, as the spec says, rather than no value at all.
    """
    known = parse_plan_type(text)
    if known:
        return known
    t = _text(text)
    if t is None or any(ch.isdigit() for ch in t) or not 1 <= len(t.split()) <= 6 or not t[:1].isupper():
        return None
    if P.parse_name(t)[0]:
        return None  # "Account name: Mrs Ann Lee" under an "Account" label: a person, not a product
    return "other"


def parse_frequency(text: str) -> str | None:
    """`monthly`, `quarterly`, `annually` or `single` from printed wording."""
    return _phrase_value(text, "freq")


def frequency_after_sum(text: str, require_marker: bool = False) -> tuple[str, int] | None:
    """How often the first sum in `text` is paid, from the words right after it, and where they end.

    "£200.00 per month", "£1,500.00 a year by direct debit"; never the next sentence's "Our annual
    management charge" (the words stop at a full stop).
    """
    money = P.find_money(text, require_marker=require_marker)
    if money is None:
        return None
    end = money[1][1]
    after = text[end : end + 24].split(". ", 1)[0]
    freq = parse_frequency(after.lstrip("."))
    return (freq, end + len(after)) if freq else None


def _text(text: str) -> str | None:
    t = " ".join(text.split()).strip(" :,-")
    return t if re.search(r"[A-Za-z]{2}", t) and not re.fullmatch(r"[\d\s/.,:£-]+", t) else None


def _person(text: str) -> str | None:
    t = _text(text)
    if t is None or any(ch.isdigit() for ch in t) or len(t.split()) > 7:
        return None
    if any(w.casefold().strip(".,:") in _label_nouns() for w in t.split()):
        return None  # "Firm address": the next box's label, no name
    return t


@lru_cache(maxsize=1)
def _label_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_vocabulary().label_nouns)


# the firm printed after the adviser's name: "Jane Doe, Ridgeway Wealth Ltd", "Jane Doe of ...", "Jane Doe (...)"
_FIRM_AFTER = re.compile(r"^(?P<name>[^,()]+?)\s*(?:,|\bof\b|\bat\b|\(|\s[-–]\s)\s*(?P<firm>.+?)\)?$")


def _adviser(text: str) -> str | None:
    """The adviser's name, without a firm printed after it (the firm has its own finders)."""
    from provcheck.extractor.adviser import has_firm_word  # adviser.py reads the provider finders

    m = _FIRM_AFTER.match(" ".join(text.split()))
    if m and has_firm_word(m["firm"]) and not has_firm_word(m["name"]):
        return _person(m["name"])
    if has_firm_word(text):
        return None  # "Financial Planner, Wrekin Hill Wealth Management" under a signature: a title and a firm
    return _person(text)


def _frn(text: str) -> str | None:
    # A firm reference number has 6 or 7 digits; under its label a shorter or longer number is
    # still what the page says, taken so the FRN check can call it wrong rather than missing. A number
    # inside a reference ("STO/1175", the next row's "Our reference" under an empty FRN box) is none.
    compact = text.replace(" ", "")
    m = re.search(r"(?<![\d/])(\d{6,7})(?![\d/])", compact) or re.search(
        r"(?<![\w£.,/\-])(\d{3,10})(?![\w.,%/\-])", compact
    )
    return m[1] if m else None


def _policies(text: str) -> list[str] | None:
    # "AB123, AB124 and AB125", "AB123 / AB124": a slash with spaces parts two numbers, one without is inside one
    parts = re.split(r",|;|\band\b|&|\s{2,}|\s/\s", text)
    out = [p for i, x in enumerate(parts) for p in _whole_numbers(x, i > 0)]
    return out or None


# a whole plan number of its own: six characters or more, a digit, and a letter or a hyphen or slash inside
_WHOLE = re.compile(r"(?=.*\d)(?=.*[A-Za-z\-/])[A-Za-z0-9][A-Za-z0-9\-/]{5,}")


def _whole_numbers(text: str, later: bool = False) -> list[str]:
    """The plan numbers in one part: two set apart by a space when each is a whole number of its own.

    "B382-03087 B517-80323", "636/512767 PP96533333": each is six characters or more with digits and a
    letter, hyphen or slash, so neither is a group of the other (a grouped number's groups, "AL 1234
    5678", "IB64 2361 6", are shorter or digits alone).
    """
    tokens = text.split()
    if len(tokens) > 1 and all(_WHOLE.fullmatch(t) for t in tokens):
        return [p for p in map(P.parse_policy, tokens) if p]
    if later and tokens and tokens[0][:1].islower():
        # "81095774IS and my investment bond number BD8864084": a list's later plan named in words; a list's
        # first part opening with words ("interactive investor 26788364") is no list of plans at all
        return P.find_policies(text)
    one = P.parse_policy(text)
    return [one] if one else []


def _client(text: str) -> str | None:
    """The first holder of joint names: "Mr John Carter & Mrs Ann Carter" → "Mr John Carter"."""
    split = name_and_address(text)
    return _person(P.first_holder(split[0] if split else text))


def name_and_address(text: str) -> tuple[str, str, str] | None:
    """(name, address, postcode) of a name printed with its address on one line, or None.

    "Customer: Ms Ann Lee, Flat 8, 63 Cobble Wynd, Kendal, LA9 5QR": the name to the first comma,
    the address after it, the postcode ending the line. The address must hold a number (a house's
    or a flat's): "Mr John Carter, Director" is no address, nor is a part holding a date.
    """
    pc = P.find_postcode(text)
    if pc is None or text[pc[1][1] :].strip(" .,") or "," not in text[: pc[1][0]]:
        return None
    name, _, address = text[: pc[1][0]].partition(",")
    address = ", ".join(p.strip() for p in address.split(",") if p.strip())
    if not name.strip() or not any(ch.isdigit() for ch in address):
        return None
    if P.find_date(address):
        return None  # "Mrs Pryce, born March 14, 1961, of 14 Elm Grove": a description, its address read apart
    return name.strip(), address, pc[0]


_FIRM_TAIL = re.compile(r"\s*(?:[(,\-–]\s*|\s)(?:FCA|FRN|Firm ref|Firm reference|Financial Conduct)\b.*$", re.I)


def _firm(text: str) -> str | None:
    """A firm as printed, without the FCA number printed after it ("Acme Wealth Ltd (FCA 654321)")."""
    return _text(_FIRM_TAIL.sub("", text))


def _money(text: str) -> str | None:
    found = P.find_money(text)
    return found[0] if found else None


def _title(text: str) -> str | None:
    t = text.strip()
    if len(t.split()) > 1 and all(len(w) == 1 for w in t.split()):
        t = "".join(t.split())  # a title written a letter to a box ("D R", "M R S")
    title, _ = P.parse_name(t + " X")
    return title


def _provider(text: str) -> str | None:
    # "To" heads both a letter's addressee and a period's end date ("From 6 April  To 5 April")
    return None if P.parse_date(text) else _text(text)


VALUE_PARSERS: dict[str, Callable[[str], object]] = {
    "provider": _provider,
    "policy_number": P.parse_policy,
    "policy_numbers": _policies,
    "client_name": _client,
    "client_title": _title,
    "client_dob": P.parse_birth_date,
    "ni_number": P.parse_ni,
    "client_address": _text,
    "client_postcode": P.parse_postcode,
    "adviser_firm": _firm,
    "fca_frn": _frn,
    "adviser_name": _adviser,
    "date_signed": P.parse_date,
    "plan_type": _labelled_plan_type,
    "valuation_date": P.parse_date,
    "period_start": P.parse_date,
    "plan_value": _money,
    "transfer_value": _money,
    "regular_contribution": _money,
    "contribution_frequency": parse_frequency,
    "annual_charge_percent": P.parse_percent,
    # the parts of a name printed under labels of their own, joined into client_name (fields.py)
    "forenames": _person,
    "middle_names": _person,
    "surname": _person,
}
# Every field a label may name, as the label matcher is asked for it: a frozenset, taken as it is and its
# hash kept (labels._label_hits keys by it), where `set(VALUE_PARSERS)` was copied and hashed at every call.
VALUE_FIELDS = frozenset(VALUE_PARSERS)
