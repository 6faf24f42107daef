"""Labelled values: a field's label and the value beside it, below it, or inside its box.

The strongest evidence a document gives: label-left in the same segment or the next one,
label-above on the line below, label and value inside one box. Label vocabulary is data
(rules/data/labels.yaml); nothing here knows a provider's layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from provcheck.extractor import parsers as P
from provcheck.extractor.accounts import product_after_number
from provcheck.extractor.addressblock import address_after_name
from provcheck.extractor.addresslines import multiline
from provcheck.extractor.candidate import Candidate
from provcheck.extractor.found import Found
from provcheck.extractor.labeldates import after_as_at, bracket_date, later
from provcheck.extractor.labels import FREE_TEXT, NAME_PARTS, LabelHit, match_labels
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
from provcheck.extractor.personal import first_named
from provcheck.extractor.places import (
    boxed_digits,
    caption_above,
    column_words,
    more_policies,
    past_leader_segments,
    past_leaders,
    wrapped,
)
from provcheck.extractor.roles import MOVED_NOT, PROJECTION, outranks, starts_with_movement, value_role
from provcheck.extractor.sections import EVENT_FIELDS, SectionMap, dated_row
from provcheck.extractor.values import VALUE_PARSERS, parse_frequency, parse_plan_type

# The key under which a plan number's line keeps the product named after the number (a plan_type reading).
AFTER_NUMBER = "plan_type after its number"
# Fields whose value may run over several lines below or beside the label.
MULTILINE = {"client_address"}
# Amounts whose label may carry its own date ("Current value as at 7 February 2025").
DATED_AMOUNTS = {"plan_value", "transfer_value"}
# Amounts whose wording ranks them (extractor/roles.py): an opening value gives way to a closing one.
RANKED = {"plan_value"}
# Amounts: a label's rest that reads as a sentence before its amount explains the label (a notes page).
AMOUNTS = {"plan_value", "transfer_value", "regular_contribution"}
# Fields whose value is an identifier: a bare one-word label of theirs may open a sentence instead.
IDENTIFIERS = {"policy_number", "policy_numbers"}
# Fields whose value is a date: a form may print it one digit to a box.
DATES = {"date_signed", "client_dob"}
# Fields whose value is a person's name: a name under their label may look like a label itself.
PERSON = {"client_name", "adviser_name", *NAME_PARTS}
# Fields whose bare label ("Name", "Address") means another thing inside another party's section.


def find_labelled(
    pages: list[list[Line]],
    methods: list[str],
    wanted: set[str],
    sections: SectionMap,
    skip: set[int],
    weak: bool = False,
) -> list[Candidate]:
    """Each wanted field whose label heads a value, page by page, one field per segment, as candidates.

    A field's first labelled value comes first; a later-dated amount replaces an earlier-dated one,
    and a closing value an opening one, the amounts passed over following it as candidates of their
    own (the holdings total may prefer one: extractor/resolve.py). Nothing outside is read or changed.

    Args:
        pages: each page's lines.
        methods: each page's reading method ("text" or "ocr").
        wanted: the fields to look for.
        sections: routes a bare label to the party whose section it is in.
        skip: ids of lines to pass over (holdings-table headers).
        weak: look only for the labels that often name something else (labels.yaml `weak_fields`).
    """
    found: dict[str, Found] = {}
    _read(pages, methods, wanted, sections, skip, weak, found)
    finder = "labelled_weak" if weak else "labelled"
    out = []
    # the product after a plan's number goes last: a "Plan type" label of its own wins over it
    for name, f in sorted(found.items(), key=lambda kv: kv[0] == AFTER_NUMBER):
        if isinstance(f.value, list):
            f.value = list(dict.fromkeys(f.value))  # a plan list may repeat the number its label heads
        field = "plan_type" if name == AFTER_NUMBER else name
        for one in (f, *f.others):
            out.append(Candidate(field, one.value, replace(one, others=[]), finder, one.confidence))
    return out


def _read(
    pages: list[list[Line]],
    methods: list[str],
    wanted: set[str],
    sections: SectionMap,
    skip: set[int],
    weak: bool,
    found: dict[str, Found],
) -> None:
    for page_no, lines in enumerate(pages, start=1):
        ocr = methods[page_no - 1] == "ocr"
        for li, line in enumerate(lines):
            if id(line) in skip:
                continue
            dated = dated_row(line)
            for seg in line.segments:
                # one label may head two fields ("To" an addressee or a period's end): the field
                # whose value has a shape (a date, an amount) is tried before free text
                after_date, only = False, None
                hits = match_labels(seg, wanted, ocr, weak)
                hits.sort(key=lambda h: (-len(h.label), h.field in FREE_TEXT))
                for hit in hits:
                    name = sections.route(hit, page_no)
                    if name is None or name not in wanted or (only is not None and name not in only):
                        continue
                    if dated and name in EVENT_FIELDS and seg is not line.segments[0]:
                        continue  # "15/12/2024  Contribution received  £651.80": one payment, not the plan's figure
                    if name in MOVED_NOT and starts_with_movement(seg.text):
                        continue  # "Contributions received  £2,880.00": the period's total, not each payment
                    as_at = after_as_at(hit.rest, [])[2] or bracket_date(hit) if name in DATED_AMOUNTS else None
                    if after_date and as_at is None:
                        break
                    role = value_role(seg.text) if name in DATED_AMOUNTS else None
                    if role == PROJECTION:
                        continue  # "Projected value at retirement": no value of the plan at all
                    if name == "policy_number" and "plan_type" in wanted and AFTER_NUMBER not in found:
                        product = product_after_number(hit, page_no, methods[page_no - 1])  # the first line's
                        if product is not None:
                            found[AFTER_NUMBER] = product
                    kept = found.get(name)
                    if kept is not None and name != "policy_numbers" and not later(as_at, kept.as_at):
                        if name not in RANKED:
                            continue
                        if not outranks(role, kept.role):
                            got = _value_for(name, hit, lines, li, seg, ocr)
                            if got is not None:  # kept beside it: the holdings total may prefer it
                                label = list(hit.segment.words[: hit.n_words])
                                other = Found(got[0], page_no, label + got[1], got[2] * hit.score / 100,
                                              methods[page_no - 1], as_at, role)
                                kept.others.append(other)
                            continue
                    got = _value_for(name, hit, lines, li, seg, ocr)
                    if got is None:
                        continue
                    value, words, conf = got
                    if name == "policy_numbers":
                        value = value + more_policies(lines, li, words)
                    if name == "policy_numbers" and name in found:
                        found[name].value = list(dict.fromkeys([*found[name].value, *value]))
                        break
                    if name == "client_name":
                        title, value = P.parse_name(first_named(hit.label, str(value)))
                        if value is None:
                            continue
                        if title and "client_title" not in found:
                            found["client_title"] = Found(title, page_no, words, conf, methods[page_no - 1])
                        if "client_address" not in found and "client_postcode" not in found:
                            found.update(address_after_name(words, page_no, conf, methods[page_no - 1]))
                    found[name] = Found(
                        value,
                        page_no,
                        list(hit.segment.words[: hit.n_words]) + words,
                        conf * hit.score / 100,
                        methods[page_no - 1],
                        as_at,
                        role,
                    )
                    if kept is not None and name in RANKED:
                        found[name].others = [*kept.others, replace(kept, others=[])]
                    if name == "regular_contribution" and "contribution_frequency" in wanted:
                        # the sentence of the sum, not the next one's "annual charge"
                        freq = parse_frequency(" ".join(w.text for w in found[name].words).split(". ", 1)[0])
                        if freq is None:  # "Contributions (monthly)" over the rows of amounts
                            freq = parse_frequency(" ".join(w.text for w in caption_above(lines, li)))
                        if freq and "contribution_frequency" not in found:
                            found["contribution_frequency"] = Found(
                                freq, page_no, found[name].words, conf, methods[page_no - 1]
                            )
                    if name == "client_address" and isinstance(value, tuple):
                        address, postcode = value
                        found[name].value = address
                        if postcode and "client_postcode" not in found:
                            found["client_postcode"] = Found(postcode, page_no, words, conf, methods[page_no - 1])
                    if (
                        name == "valuation_date"
                        and hit.label.endswith((" at", " of"))
                        and all(w in seg.words for w in words)
                    ):
                        after_date = True  # "Valuation as at 5 April 2025": the label may head an amount too
                        continue
                    if name == "policy_number" and "policy_numbers" in wanted:
                        only = {"policy_numbers"}  # the same label heads an LoA's plans: both fields read it
                        continue
                    if name == "plan_type" and any(h.field == "policy_number" and h.label == hit.label for h in hits):
                        only = {"policy_number"}  # "Account: General Investment Account GA3367738": both
                        continue
                    break  # one field per segment


def _value_for(
    name: str, hit: LabelHit, lines: list[Line], li: int, seg: Segment, ocr: bool
) -> tuple[object, list, float] | None:
    """The field's value beside or below its label; a plan type may wrap onto a second line."""
    got = _first_value(name, hit, lines, li, seg, ocr)
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


def _first_value(
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
        if sum(c.islower() for c in rest) > 12 and len(seg.words) > 6:
            return None
    line = lines[li]
    idx = past_leader_segments(line, line.segments.index(seg))
    beside = line.segments[idx + 1 : idx + 2] if name not in AMOUNTS else [last_column(line.segments[idx + 1 :])]
    for nxt in [s for s in beside if s is not None]:
        # a product may read as a label ("Pension Account (SIPP)"): beside a plan type's label it is the value
        if match_labels(nxt, set(VALUE_PARSERS), ocr) and not (name == "plan_type" and parse_plan_type(nxt.text)):
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
        hits = match_labels(head, set(VALUE_PARSERS), ocr)
        row = next((ln for ln in lines if first in ln.segments), None) if first is not None else None
        weak_hits = match_labels(head, set(VALUE_PARSERS), ocr, weak=True)
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
        weak = match_labels(head, set(VALUE_PARSERS), ocr, weak=True)
        if any(head.words[h.n_words - 1].text.endswith(":") for h in weak):
            continue  # "Employee contribution: £125.00" under a caption is a row of its own
        v = parse(text)
        if v is not None:
            return v, words, min(w.conf for w in words)
    return None
