"""Provider names on the page: whole registry names, letterheads, footers and address blocks.

A registry name matches only as a whole name: word-bounded, and not as a fragment of a longer
proper name ("Kestrel" in "Kestrel Financial Planning", a town in an address); OCR'd text is
compared fuzzily only name-length window against whole multi-word name, so one changed letter
never turns a town ("Harrogate") into a house (issue 11). The order of evidence, issuer first,
is extractor/issuer.py's. A provider not in the registry is read from the letterhead or the
regulatory footer, as printed without its legal suffix, and the validators warn that it is unknown.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from provcheck.extractor.labels import match_labels, norm
from provcheck.extractor.layout import Line
from provcheck.extractor.needles import Guarded
from provcheck.extractor.notvalues import without_emails
from provcheck.extractor.parsers import find_postcode
from provcheck.extractor.registry_names import match_name, strip_legal
from provcheck.rules import Provider
from provcheck.rules.doctypes import load_doc_type_rules
from provcheck.rules.vocabulary import alternation, load_vocabulary

# the client's fields, whose labels start a form's rows
_LABEL_FIELDS = {"client_name", "client_dob", "ni_number", "client_address", "client_postcode", "policy_numbers"}


@lru_cache(maxsize=1)
def _company_words() -> re.Pattern[str]:
    """A word of a product provider's company name (vocabulary.yaml `provider_words`)."""
    return re.compile(r"\b" + alternation(load_vocabulary().provider_words) + r"\b", re.I)


def has_company_word(text: str) -> bool:
    """Whether `text` holds a word of a provider's company name ("Life", "Assurance", "Wrap"...)."""
    return _company_words().search(without_emails(text)) is not None


@lru_cache(maxsize=1)
def _footer() -> re.Pattern[str]:
    legal = alternation(load_vocabulary().legal_suffixes, cased=True)
    return re.compile(
        r"([A-Z][\w&'\-]*(?:\s+(?:&\s+)?[A-Z][\w&'\-]*){0,5})\s+" + legal + r"(?!\w)[^.]{0,40}?"
        r"(?:is\s+)?(?:authorised|registered|a company|regulated)",
    )


# "Quayside Assurance is registered in England": the issuer named in a footer with no legal suffix
_FOOTER_PLAIN = re.compile(
    r"^\s*([A-Z][\w&'\-]*(?:\s+(?:&\s+)?[A-Z][\w&'\-]*){0,5})\s+is\s+(?:registered|authorised|a company)\b"
)
_LEGAL_LINE = Guarded(  # searched on every line of every page: needles.py
    re.compile(r"registered in england|registered office|authorised and regulated|authorised by the", re.I)
)


def issuer_lines(pages: list[list[Line]]) -> list[Line]:
    """Where a document names its issuer: the top of page 1 and the legal footer lines.

    A fund or a partner named in the body ("Harrowgate US Equity Index" in another house's
    table) must not outvote the letterhead and the footer.
    """
    if not pages or not pages[0]:
        return []
    first = pages[0]
    bottom = max(ln.bottom for ln in first)
    top = [ln for ln in first if ln.top < 0.2 * bottom]
    legal: list[Line] = []
    for lines in pages:
        for i, ln in enumerate(lines):
            if _LEGAL_LINE.search(ln.text) and ln not in top and ln not in legal:
                legal.append(ln)
                # a wrapped legal sentence goes on below: it is read with it ("... the Prudential / Regulation ...")
                if i + 1 < len(lines) and lines[i + 1] not in top and lines[i + 1] not in legal:
                    legal.append(lines[i + 1])
    return top + legal


def footer_issuer(pages: list[list[Line]]) -> tuple[str, Line, float] | None:
    """The company a legal footer names, as printed without its legal suffix."""
    for lines in pages:
        for line in lines:
            m = _footer().search(line.text) or _FOOTER_PLAIN.search(line.text)
            if m and has_company_word(m[1]):
                return strip_legal(m[1]), line, 0.7
    return None


@lru_cache(maxsize=1)
def _trading_name() -> re.Pattern[str]:
    """A brand a sentence says is a trading name (vocabulary.yaml `trading_name_phrases`), at the sentence's start."""
    phrase = alternation(load_vocabulary().trading_name_phrases)
    return re.compile(
        r"(?:^|[.!?]\s+)([A-Z][\w&'\-]*(?:\s+(?:&\s+)?[A-Z][\w&'\-]*){0,5})"
        r"(?:\s+and\s+[A-Z][\w&'\- ]*?)?\s+" + phrase + r"\b"
    )


def trading_name(pages: list[list[Line]], skip: tuple[Line, ...] = ()) -> tuple[str, Line] | None:
    """The brand small print names as its own trading name ("Transact is a trading name of ..."), as printed."""
    for lines in pages:
        for line in lines:
            if line in skip:
                continue
            m = _trading_name().search(line.text)
            if m:
                return m[1], line
    return None


def page_feet(pages: list[list[Line]]) -> list[Line]:
    """Each page's foot, where a house signs off its pages ("Zurich please keep this ... Page 1 of 1").

    The lowest line, set apart from the body by three line heights at least: a body's own last line is none.
    """
    feet = []
    for lines in pages:
        if len(lines) < 2:
            continue
        low = sorted(lines, key=lambda ln: ln.bottom)
        if low[-1].top - low[-2].bottom > 3 * max(low[-1].bottom - low[-1].top, 6.0):
            feet.append(low[-1])
    return feet


def find_registered(
    pages: list[list[Line]],
    ocr: bool,
    exclude: str | None = None,
    skip: tuple[Line, ...] = (),
    foot: bool = False,
) -> tuple[Provider, Line, float] | None:
    """The registry provider named whole earliest in the document, with the line naming it and a confidence.

    Lines naming `exclude` (the adviser firm) and the lines in `skip` (the addressee's block) are not read.
    `foot`: the lines are pages' feet (`page_feet`), read as `match_name` reads them.
    """
    own = norm(exclude) if exclude else None
    for lines in pages:
        for i, line in enumerate(lines):
            if line in skip or (own is not None and own in norm(line.text)):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            # the line just below continues a wrapped sentence, left-aligned or centred alike
            close = nxt is not None and nxt.top - line.bottom < 1.5 * max(line.bottom - line.top, 6.0)
            below = nxt.text if nxt is not None and close else ""
            # a column gap ends a name: "Phoenix Life      Pensions | Transfers out" is no "Phoenix Life Pensions"
            text = " | ".join(s.text for s in line.segments) if len(line.segments) > 1 else line.text
            hit = match_name(text, ocr, below, foot)
            if hit is not None:
                return hit[0], line, hit[2]
    return None


def find_unregistered(pages: list[list[Line]]) -> tuple[str, Line, float] | None:
    """A provider name as printed, from a regulatory footer or the letterhead of page 1."""
    found = footer_issuer(pages)
    if found is not None:
        return found
    return find_letterhead(pages)


def find_letterhead(pages: list[list[Line]], exclude: str | None = None) -> tuple[str, Line, float] | None:
    """A company name in the top part of page 1, in the largest type; never `exclude` (the adviser's).

    A heading that joins a company and a title ("Tarrant Pensions - authority to act") gives the
    company part; a document title alone ("Annual Pension Statement") names no company.
    """
    if not pages or not pages[0]:
        return None
    first = pages[0]
    page_bottom = max(line.bottom for line in first)
    candidates: list[tuple[float, float, str, Line]] = []
    for ln in first:
        if ln.top >= page_bottom * 0.3:
            continue
        seg = max(ln.segments, key=lambda s: (s.size, len(s.text)))
        if len(ln.segments) > 1 and match_labels(ln.segments[0], _LABEL_FIELDS, False):
            continue  # a form's row ("National Insurance number   NB 55 66 77 C"), not a letterhead
        name = _company_part(seg.text)
        if name is None or (exclude and same_firm(name, exclude)):
            continue
        candidates.append((max(w.size for w in ln.words), -ln.top, name, ln))
    if not candidates:
        return None
    _, _, name, line = max(candidates, key=lambda c: c[:2])
    return strip_legal(name), line, 0.5


def same_firm(a: str, b: str) -> bool:
    """Whether two printed names are one firm ("Brightwater Wealth" and "Brightwater Financial Planning LLP")."""
    x, y = (re.sub(r"^the ", "", norm(strip_legal(n))) for n in (a, b))
    if not x or not y:
        return False
    # whole words inside the other: "LV=" is no part of "Calverley & Moss Planning"
    within = f" {x} " in f" {y} " or f" {y} " in f" {x} "
    return within or x.split()[:1] == y.split()[:1] or fuzz.token_set_ratio(x, y) >= 80


def _company_part(text: str) -> str | None:
    """The part of a heading that names a company (company words, no title phrase), if any."""
    for part in re.split(r"\s+[-–—|:]\s+", text):
        part = part.strip(" ,")
        if has_company_word(part) and len(part.split()) <= 6 and not is_title(part):
            return part
    return None


def find_addressee(pages: list[list[Line]], exclude: str | None) -> tuple[str, Line, float] | None:
    """The company an LoA is addressed to: a company-like line heading an address block on page 1.

    The block is a run of short lines at one left edge ending in a postcode, as in an envelope
    window; the adviser's own name (`exclude`) and the letterhead (the page's largest type) are not it.
    """
    if not pages or not pages[0]:
        return None
    lines = pages[0]
    biggest = max(max(w.size or (w.bottom - w.top) for w in ln.words) for ln in lines)
    for i, line in enumerate(lines[:30]):
        seg = line.segments[0]
        if len(seg.words) > 6 or len(seg.words) < 2:
            continue
        if not has_company_word(seg.text) and not _department_below(lines, i, seg):
            continue
        if exclude and same_firm(seg.text, exclude):
            continue
        if max(w.size or (w.bottom - w.top) for w in seg.words) >= 0.95 * biggest:
            continue
        block = [seg]
        for nxt in lines[i + 1 : i + 6]:
            s = next((s for s in nxt.segments if abs(s.x0 - seg.x0) <= 6), None)
            if s is None or nxt.top - block[-1].bottom > 1.5 * max(s.bottom - s.top, 6.0):
                break
            block.append(s)
            if find_postcode(s.text):
                return strip_legal(seg.text), line, 0.6
    return None


# a company's department on the line under its name in an address ("Fenwick Hale / Customer Operations")
_DEPARTMENT = re.compile(
    r"^(?:(?:customer|client|adviser|intermediary|investor|member|policyholder|pensions?|plan)\s+)?"
    r"(?:services|operations|support|servicing(?: team)?|administration|relations|team|department)\b",
    re.I,
)


def _department_below(lines: list[Line], i: int, seg: object) -> bool:
    """Whether the next line, at the same left edge, names a department: the line above is a company."""
    if i + 1 >= len(lines):
        return False
    nxt = next((s for s in lines[i + 1].segments if abs(s.x0 - seg.x0) <= 6), None)  # type: ignore[attr-defined]
    return nxt is not None and _DEPARTMENT.match(nxt.text) is not None


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    rules = load_doc_type_rules()
    return tuple(norm(t) for cues in rules.types.values() for t in cues.titles)


def is_title(text: str) -> bool:
    """Whether a line is a document title ("Annual Pension Statement"), which names no company."""
    t = f" {norm(text)} "
    return any(f" {title} " in t for title in _titles())


def registered_in(text: str) -> Provider | None:
    """The registry provider whose whole name, alias or former name appears in `text`, if any."""
    hit = match_name(text)
    return hit[0] if hit else None
