"""Labelled values: a field's label and the value beside it, below it, or inside its box.

The strongest evidence a document gives: label-left in the same segment or the next one,
label-above on the line below, label and value inside one box. Label vocabulary is data
(rules/data/labels.yaml); nothing here knows a provider's layout.
"""

from __future__ import annotations

import re
from dataclasses import replace

from provcheck.extractor import parsers as P
from provcheck.extractor.accounts import product_after_number
from provcheck.extractor.addressblock import address_after_name
from provcheck.extractor.candidate import Candidate
from provcheck.extractor.found import Found
from provcheck.extractor.labeldates import after_as_at, bracket_date, later
from provcheck.extractor.labels import FREE_TEXT, LabelHit, match_labels, norm
from provcheck.extractor.labelvalue import DATED_AMOUNTS, value_for
from provcheck.extractor.layout import Line
from provcheck.extractor.personal import first_named
from provcheck.extractor.places import (
    caption_above,
    more_policies,
)
from provcheck.extractor.roles import MOVED_NOT, PROJECTION, outranks, starts_with_movement, value_role
from provcheck.extractor.sections import EVENT_FIELDS, SectionMap, dated_row
from provcheck.extractor.signature import e_signed, is_signature_label, is_valediction
from provcheck.extractor.values import parse_frequency

# The key under which a plan number's line keeps the product named after the number (a plan_type reading).
AFTER_NUMBER = "plan_type after its number"
# Amounts whose wording ranks them (extractor/roles.py): an opening value gives way to a closing one.
RANKED = {"plan_value"}
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
        signing: bool | None = None  # whether the page has somewhere to sign, looked at when a bare "Date" asks
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
                    if name == "date_signed" and hit.label == "date":
                        signing = _signing_page(lines) if signing is None else signing
                        if not signing:
                            continue  # a fax cover sheet's "Date": when sent; a bare "Date" dates a signature only
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
                        if name in NAMES and len(str(kept.value).split()) == 1:
                            _fuller_name(kept, value_for(name, hit, lines, li, seg, ocr), hit, page_no, methods)
                        if name not in RANKED:
                            continue
                        if not outranks(role, kept.role):
                            got = value_for(name, hit, lines, li, seg, ocr)
                            if got is not None:  # kept beside it: the holdings total may prefer it
                                label = list(hit.segment.words[: hit.n_words])
                                other = Found(got[0], page_no, label + got[1], got[2] * hit.score / 100,
                                              methods[page_no - 1], as_at, role)
                                kept.others.append(other)
                            continue
                    got = value_for(name, hit, lines, li, seg, ocr)
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
                        if freq is None:  # "Contributions now being paid each month      £235.78": the label's run
                            inside = bool(words) and words[0] in seg.words  # "Contributions of £75.00. Our annual"
                            before = seg.words[: seg.words.index(words[0])] if inside else seg.words
                            freq = parse_frequency(" ".join(w.text for w in before))
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


NAMES = {"client_name", "adviser_name"}


def _fuller_name(kept: Found, got: tuple | None, hit: LabelHit, page_no: int, methods: list[str]) -> None:
    """A later label's whole name beside a first one's surname alone ("Ms Nettleship"), for the resolver.

    The first labelled reading stays first; fields.yaml `surname_alone_vague` lets the whole name win.
    """
    if got is None:
        return
    _, name = P.parse_name(first_named(hit.label, str(got[0])))
    if name is None or len(name.split()) < 2 or name.split()[-1].casefold() != str(kept.value).casefold():
        return
    label = list(hit.segment.words[: hit.n_words])
    kept.others.append(Found(name, page_no, label + got[1], got[2] * hit.score / 100, methods[page_no - 1]))


def _signing_page(lines: list[Line]) -> bool:
    """Whether a page has somewhere to sign: a signature label or caption, an e-signature stamp or a letter's close."""
    return any(
        e_signed(line.text)
        or is_valediction(line.text)
        or any(
            is_signature_label(norm(s.text)) or (len(s.words) <= 6 and _SIGN_CAPTION.search(norm(s.text)))
            for s in line.segments
        )
        for line in lines
    )


_SIGN_CAPTION = re.compile(r"\bsign(?:ature|ed)\b")  # "4. Customer signature", a form's section caption
