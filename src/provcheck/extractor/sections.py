"""Which party a bare label belongs to: "Name" under "Adviser details" is the adviser's name.

Under a second holder's heading ("Client 2", "Second applicant") no label fills the client's fields:
the record's client is the first named (issue 10). Under a projection's heading ("What you might
get", "Illustration") no amount is the plan value or the transfer value.

A heading is a short line on its own (bold, larger, upper case or ending in a colon); its words
say whose details follow. A label belongs to the nearest heading above it in its column.
"""

from __future__ import annotations

import re
from functools import lru_cache
from statistics import median

from provcheck.extractor.dates import find_all_dates
from provcheck.extractor.labels import LabelHit, match_labels, norm
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.perdoc import once
from provcheck.rules import load_labels
from provcheck.rules.vocabulary import alternation, load_vocabulary

SECOND_HOLDER = "second_holder"
# a second holder's details are never the record's (issue 10: the first client named is the record's)
HOLDER_FIELDS = frozenset(
    {
        "client_title",
        "client_name",
        "client_dob",
        "ni_number",
        "client_address",
        "client_postcode",
        "forenames",
        "middle_names",
        "surname",
    }
)


@lru_cache(maxsize=1)
def _second_holder() -> re.Pattern[str]:
    """A heading over a second holder's details ("Client 2", "Second applicant"): vocabulary.yaml `joint_holders`."""
    words = [norm(w) for w in load_vocabulary().joint_holders.second_holder]
    return re.compile(r"\b" + alternation([w for w in words if w]) + r"\b")


NOTES = "notes"
# a notes page's amounts, dates and names are examples and limits: no field is read under its heading


@lru_cache(maxsize=1)
def _notes() -> re.Pattern[str] | None:
    """A heading over small print: vocabulary.yaml `notes_headings`, alone or with a few more words."""
    words = [w for w in (norm(h) for h in load_vocabulary().notes_headings) if w]
    return re.compile(r"^" + alternation(words) + r"(?:\s+\S+){0,4}$") if words else None


PROJECTION = "projection"
# amounts under a projection's heading ("What you might get", "Your illustration") are no values of the plan
PROJECTED_FIELDS = frozenset({"plan_value", "transfer_value"})
# The plan's standing figures, which a dated row of a money-in-and-out list never gives: the row is
# one payment on one day ("15/12/2024  Contribution received  £651.80"), not the amount paid each period.
EVENT_FIELDS = frozenset({"plan_value", "transfer_value", "regular_contribution", "contribution_frequency"})


@lru_cache(maxsize=1)
def _projection() -> re.Pattern[str] | None:
    """A heading over projected amounts: labels.yaml `value_roles.projection`."""
    words = [w for w in (norm(p) for p in load_labels().value_roles.projection) if w]
    return re.compile(r"(?<!\w)" + alternation(words) + r"(?!\w)") if words else None


def heading_kind(text: str) -> str:
    """Whose details a heading's (normalised) words say follow: a second holder's, the adviser's, ... or "other".

    A projection's heading ("What you might get") says the amounts below are projected, not the plan's.
    """
    if _second_holder().search(text):
        return SECOND_HOLDER  # before "client": "Client 2" heads the second holder, not the client
    notes = _notes()
    if notes is not None and notes.match(text):
        return NOTES
    projection = _projection()
    if projection is not None and projection.search(text):
        return PROJECTION
    return next((k for k, rx in _kinds() if rx.search(text)), "other")


def _heading_digits(text: str) -> bool:
    """Whether a line's digits leave it a heading: none, a holder's number, or the section's own number.

    "Client 1" and "Applicant 2" number a holder; "2 YOUR FINANCIAL ADVISER" and "3. Your plans" a section.
    """
    text = re.sub(r"^\d{1,2}[.)]?\s+(?=\D+$)", "", text.strip())
    if not any(map(str.isdigit, text)):
        return True
    m = re.fullmatch(r"(\D+?)\s*\(?\d\)?:?", text.strip())
    return m is not None and heading_kind(norm(text)) in ("client", SECOND_HOLDER)


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each party's heading words, tried in order; the client's are vocabulary.yaml `client_words`."""
    client = "|".join(re.escape(norm(w)) for w in load_vocabulary().client_words)
    return (
        ("adviser", re.compile(r"\b(advis[eo]r|adviser s|firm|agent|agency|intermediary|financial adviser)\b")),
        ("provider", re.compile(r"\b(provider|insurer|product provider|plan provider|to the provider)\b")),
        ("client", re.compile(rf"\b({client}|your details|personal details)\b")),
        ("signature", re.compile(r"\b(signature|signed|declaration|sign)\b")),
    )


# bare labels re-routed by section: field -> {section: field or None}
ROUTES = {
    "client_name": {"adviser": "adviser_name", "provider": None},
    "client_address": {"adviser": None, "provider": None},
    "client_postcode": {"adviser": None, "provider": None},
    # "Company" in a "Your adviser" box names the adviser's firm, "Company name" under "Provider" the provider
    "provider": {"adviser": "adviser_firm"},
    "adviser_firm": {"provider": "provider"},
}
GENERIC = {
    "name",
    "full name",
    "address",
    "postcode",
    "post code",
    "postal address",
    "company name",
    "contact name",
    "company",
    "name of company",
}


class SectionMap:
    """Headings of every page, and the section a segment sits in."""

    def __init__(self, pages: list[list[Line]]) -> None:
        self.headings: list[list[tuple[float, float, float, str]]] = []
        sizes = [w.size for lines in pages for ln in lines for w in ln.words if w.size]
        body = median(sizes) if sizes else 10.0
        for lines in pages:
            hs = []
            for i, ln in enumerate(lines):
                if len(ln.segments) > 2:
                    continue
                w0 = ln.words[0]
                heading_like = w0.bold or w0.size > body * 1.1 or ln.text.isupper() or ln.text.endswith(":")
                # two parties named side by side ("A About you      B About your adviser") head two columns,
                # bold or not (OCR reads no bold)
                paired = len(ln.segments) == 2 and all(heading_kind(norm(s.text)) != "other" for s in ln.segments)
                if not (heading_like or paired) or (not paired and _captions(ln)):
                    continue
                # two bold headings side by side ("1 ABOUT YOU      2 YOUR FINANCIAL ADVISER") head two columns
                two = len(ln.segments) == 2 and (paired or all(w.bold for w in ln.words))
                parts = ln.segments if two else [ln]
                if any(len(part.words) > 7 or not _heading_digits(part.text) for part in parts):
                    continue
                for part in parts:
                    if _under_caption(lines, i, part):
                        continue
                    text = norm(part.text)
                    kind = heading_kind(text)
                    if w0.size > body * 1.3 and kind != NOTES:
                        kind = "other"  # the document's title ("Authority for your adviser") heads no party
                    hs.append((part.top, part.x0, part.x1, kind))
            self.headings.append(hs)

    def section(self, page: int, top: float, x0: float, x1: float) -> str:
        """The kind of the nearest heading above (top, x0..x1) on this page or the pages before."""
        best = None
        for h_top, h_x0, h_x1, kind in self.headings[page - 1]:
            if h_top <= top and h_x0 <= x1 and h_x1 >= x0 - 30 and (best is None or h_top > best[0]):
                best = (h_top, kind)
        if best is not None:
            return best[1]
        if any(h_top <= top for h_top, *_ in self.headings[page - 1]):
            return "other"  # the page has headings of its own above: the last page's sign-off does not run on
        for prev in range(page - 2, -1, -1):
            if self.headings[prev]:
                kind = self.headings[prev][-1][3]
                return "other" if kind == NOTES else kind  # small print does not run on over a page
        return "other"

    def route(self, hit: LabelHit, page: int) -> str | None:
        """The field a label hit really fills, given its section; None to ignore the hit."""
        routes = ROUTES.get(hit.field)
        seg = hit.segment
        section = self.section(page, seg.top, seg.x0, seg.x1)
        if section == SECOND_HOLDER and hit.field in HOLDER_FIELDS:
            return None
        if section == PROJECTION and hit.field in PROJECTED_FIELDS:
            return None
        if section == NOTES:
            return None
        if hit.field in ("adviser_name", "fca_frn") or routes is None:
            return hit.field
        if hit.label not in GENERIC and not (section == "adviser" and hit.label in ("client",)):
            return hit.field
        return routes.get(section, hit.field)


def _captions(ln: Line) -> bool:
    """Whether a line of two runs is a form's row of captions ("Date of birth     Firm address"), no heading.

    OCR gives no bold and sizes that vary, so such a row may look like a heading; one of its runs is
    a field's label and nothing more ("Client details" is a heading, "Date of birth" a caption).
    """
    if len(ln.segments) != 2 or all(w.bold for w in ln.words):
        return False  # two bold runs are two headings ("ABOUT YOU      YOUR FINANCIAL ADVISER")
    fields = set(load_labels().fields)
    return any(h.n_words == len(seg.words) for seg in ln.segments for h in match_labels(seg, fields, False))


def _under_caption(lines: list[Line], i: int, part: Line | Segment) -> bool:
    """Whether a heading-like run is a form's value: set close under a smaller caption or the line it continues.

    A form prints its values larger than their captions ("Forename(s)" in 7.5 pt over "ROSALIND" in 10 pt),
    and a value in capitals or a larger size looks like a heading; a heading has space above it.
    """
    h = max(part.bottom - part.top, 6.0)
    for ln in lines[max(0, i - 3) : i][::-1]:
        above = [s for s in ln.segments if s.x0 < part.x1 and s.x1 > part.x0]
        if not above:
            continue
        seg = max(above, key=lambda s: s.bottom)
        gap = part.top - seg.bottom
        size = max(w.size for w in part.words)
        return gap < 0.4 * h or (seg.size < size - 1.0 and gap < 1.2 * h)
    return False


def section_map(pages: list[list[Line]]) -> SectionMap:
    """The document's section map, worked out once for all the finders that ask (extractor/perdoc.py)."""
    return once(pages, "sections", lambda: SectionMap(pages))


def lines_under(pages: list[list[Line]], kind: str) -> frozenset[int]:
    """Ids of the lines under a heading of `kind` (SECOND_HOLDER, PROJECTION), whose values are not the record's."""
    return once(pages, ("lines_under", kind), lambda: _lines_under(pages, kind))


def _lines_under(pages: list[list[Line]], kind: str) -> frozenset[int]:
    sections = section_map(pages)
    if not any(k == kind for hs in sections.headings for *_, k in hs):
        return frozenset()
    return frozenset(
        id(ln)
        for page_no, lines in enumerate(pages, start=1)
        for ln in lines
        if sections.section(page_no, ln.top, ln.x0, ln.x1) == kind
    )


def skipped_words(pages: list[list[Line]], fields: set[str]) -> frozenset[int]:
    """Ids of the words that give none of `fields`: small print, a second holder's, a projection's, a payment row's."""
    holder, projected = bool(fields & HOLDER_FIELDS), bool(fields & PROJECTED_FIELDS)
    events = bool(fields & EVENT_FIELDS)
    key = ("skipped_words", holder, projected, events)
    return once(pages, key, lambda: _skipped_words(pages, holder, projected, events))


def _skipped_words(pages: list[list[Line]], holder: bool, projected: bool, events: bool) -> frozenset[int]:
    lines: set[int] = set(lines_under(pages, NOTES))
    if holder:
        lines |= lines_under(pages, SECOND_HOLDER)
    if projected:
        lines |= lines_under(pages, PROJECTION)
    if events:
        lines |= {id(ln) for page in pages for ln in page if dated_row(ln)}
    return frozenset(id(w) for page in pages for ln in page if id(ln) in lines for w in ln.words)


def dated_row(line: Line) -> bool:
    """Whether the line is a row of a dated list (date, what, amount): its first segment is one date alone."""
    if len(line.segments) < 3:
        return False
    first = line.segments[0].text.strip()
    found = find_all_dates(first)
    return len(found) == 1 and found[0][1] == (0, len(first))
