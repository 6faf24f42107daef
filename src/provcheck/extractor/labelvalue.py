"""Where a label's value stands: the rest of its run, the run beside it, or the lines below it.

Split from labelled.py, whose finder asks `value_for` for each label it routes to a field. Each
place is tried in order, and a place holding another label, an addressee or an explanation gives
no value.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from provcheck.extractor.addresslines import multiline
from provcheck.extractor.labeldates import after_as_at
from provcheck.extractor.labelends import LIST_ITEM
from provcheck.extractor.labels import NAME_PARTS, LabelHit, match_labels
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.notvalues import (
    addressed,
    breakdown,
    explains,
    in_a_sentence,
    inside_brackets,
    last_column,
    says_none,
)
from provcheck.extractor.places import boxed_digits, column_words, past_leader_segments, past_leaders, wrapped
from provcheck.extractor.roles import MOVED_NOT, movement_spans
from provcheck.extractor.values import VALUE_FIELDS, VALUE_PARSERS, parse_plan_type

_DATED_IN_WORDS = re.compile(r"(?:as\s+)?(?:at|on)\s+(?:the|that|this)\s+(?:[a-z]+\s+){0,3}?date")
# Fields whose value may run over several lines below or beside the label.
MULTILINE = {"client_address"}
# Amounts whose label may carry its own date ("Current value as at 7 February 2025").
DATED_AMOUNTS = {"plan_value", "transfer_value"}
# Amounts: a label's rest that reads as a sentence before its amount explains the label (a notes page).
AMOUNTS = {"plan_value", "transfer_value", "regular_contribution"}
# Fields whose value is an identifier: a bare one-word label of theirs may open a sentence instead.
IDENTIFIERS = {"policy_number", "policy_numbers"}
# Fields whose value is a date: a form may print it one digit to a box.
DATES = {"date_signed", "client_dob"}
# Fields whose value is a person's name: a name under their label may look like a label itself.
PERSON = {"client_name", "adviser_name", *NAME_PARTS}


def value_for(
    name: str, hit: LabelHit, lines: list[Line], li: int, seg: Segment, ocr: bool
) -> tuple[object, list, float] | None:
    """The field's value beside or below its label; a plan type may wrap onto a second line."""
    got = first_value(name, hit, lines, li, seg, ocr)
    if got is not None and name == "period_start" and got[1] and got[1][-1].text.lower() in ("to", "-", "–", "until"):
        return got[0], got[1] + wrapped(lines, got[1]), got[2]  # "6 April 2024 to" / "5 April 2025"
    if got is None or name != "plan_type" or got[0] != "other" or not got[1]:
        return got
    more = wrapped(lines, got[1])
    if more:
        words = got[1] + more
        joined = VALUE_PARSERS[name](" ".join(w.text for w in words))
        if joined not in (None, "other"):
            return joined, words, min(w.conf for w in words)
    return got


def first_value(
    name: str, hit: LabelHit, lines: list[Line], li: int, seg: Segment, ocr: bool
) -> tuple[object, list, float] | None:
    """Try the value places in order: rest of the segment, the next segment, the lines below."""
    parse: Callable[[str], object] = VALUE_PARSERS[name]
    rest_words, rest = inside_brackets(hit, past_leaders(seg.words[hit.n_words :]), hit.rest)
    if name in MULTILINE:
        return multiline(hit, lines, li, seg)
    if name in DATED_AMOUNTS:
        rest, rest_words, _ = after_as_at(rest, rest_words)
    if rest:
        v = parse(rest)
        if v is not None and name in IDENTIFIERS and in_a_sentence(hit, seg):
            return None  # "Policy DI-61120045 has been paid out.": a sentence about a plan, not a label
        if (name in AMOUNTS and says_none(rest)) or addressed(rest):
            return None  # "Regular contribution: None being paid", "Plan  FAO Marcus Szymanski": no value
        if v is not None and name in AMOUNTS and (explains(rest) or breakdown(rest)):
            # "Transfer value: the amount we would pay ... less than £12,500": a note, not a value; "Your
            # contributions now: you £73.00, your employer £109.50, tax relief £18.25": parts, not the whole
            return None
        if v is not None:
            return v, rest_words, min(w.conf for w in rest_words)
        if name == "plan_type" and any(ch.isdigit() for ch in rest):
            return None  # "Plan 3930 146 111 - Eleanor Sandhu": the plan's number heads the page, not its type
        # a label starting a sentence ("Plan value is shown below"): not a label, unless the
        # segment is a short caption ("Valuation at end of period") with its value beside or below
        # a form's numbered question ("7. Plan or policy number(s) this authority covers") is answered below
        # nor is a label dated in words ("Value of the plan at the quotation date      £342,623.22")
        question = LIST_ITEM.fullmatch(seg.words[0].text) or _DATED_IN_WORDS.fullmatch(rest.strip())
        if sum(c.islower() for c in rest) > 12 and len(seg.words) > 6 and not question:
            return None
    line = lines[li]
    idx = past_leader_segments(line, line.segments.index(seg))
    beside = line.segments[idx + 1 : idx + 2] if name not in AMOUNTS else [last_column(line.segments[idx + 1 :])]
    for nxt in [s for s in beside if s is not None]:
        # a product may read as a label ("Pension Account (SIPP)"): beside a plan type's label it is the value
        if match_labels(nxt, VALUE_FIELDS, ocr) and not (name == "plan_type" and parse_plan_type(nxt.text)):
            break
        if addressed(nxt.text):
            break  # "Plan      FAO Marcus Szymanski": whom the letter is for
        v = parse(nxt.text)
        if v is not None:
            return v, nxt.words, nxt.conf
        if name in DATES:
            boxed = boxed_digits(line.segments[idx + 1 :])
            v = parse(" ".join(w.text for w in boxed)) if boxed else None
            if v is not None:
                return v, boxed, min(w.conf for w in boxed)
    right = line.segments[idx + 1].x0 if idx + 1 < len(line.segments) else 1e9
    places = [column_words(lines, li, seg, right, +1)]
    if name in ("date_signed",):
        places.append(column_words(lines, li, seg, right, -1))  # a date written above its "Date" line
    for words in places:
        if not words:
            continue
        text = " ".join(w.text for w in words)
        # the line below is another label ("Product provider  Acme Life" under "Client"); a person's
        # name may look like a name label, unless a colon marks it as one ("Name: Daniel Osei")
        # the line's own first segment there decides: "Company   Lantern Wealth Ltd" starts with a label
        first = next((s for ln in lines for s in ln.segments if words[0] in s.words), None)
        head = Segment(first.words if first is not None and first.words[0] is words[0] else words)
        hits = match_labels(head, VALUE_FIELDS, ocr)
        row = next((ln for ln in lines if first in ln.segments), None) if first is not None else None
        weak_hits = match_labels(head, VALUE_FIELDS, ocr, weak=True)
        whole = [h for h in (*hits, *weak_hits) if h.n_words == len(head.words)]
        if row is not None and len(row.segments) > 1 and whole:
            continue  # a row of its own under a heading label ("Planholder" over "Name   Mrs Ann Lee")
        colon = [head.words[h.n_words - 1].text.endswith(":") for h in hits]
        # ... but a label of two words or more ("Name of policyholder" under a "Policyholders" heading) is one
        if any(
            name not in PERSON or h.field not in PERSON or c or len(h.label.split()) > 1
            for h, c in zip(hits, colon, strict=True)
        ):
            continue
        weak = match_labels(head, VALUE_FIELDS, ocr, weak=True)
        if any(head.words[h.n_words - 1].text.endswith(":") for h in weak):
            continue  # "Employee contribution: £125.00" under a caption is a row of its own
        if name in MOVED_NOT and movement_spans(text.lower()):
            continue  # "You take a regular withdrawal of 5% ...; £5,507.27 was paid to you": money out
        v = parse(text)
        if v is not None:
            return v, words, min(w.conf for w in words)
    return None
