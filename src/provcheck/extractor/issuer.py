"""Who issued a document (or, for an LoA, who it is addressed to), found by evidence, strongest first.

What only the issuer prints comes before any mention in the body (issue 11): its registration
small print (FCA firm reference number, Companies House number), an issuing entity's full legal
name, its web domain, its letterhead. On an LoA the provider is the addressee, or the provider
whose own form it is; on a reply or statement the company it is addressed to (the adviser firm)
is never the provider. Each answer says how it was found (`basis`) and how sure it is.

Bases that are issuer evidence (spec/record.md "Sure and unsure"; provider-dependent checks run
only on these): see `ISSUER_BASES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from provcheck.extractor.domains import domain_provider
from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line
from provcheck.extractor.provider import (
    find_addressee,
    find_letterhead,
    find_registered,
    footer_issuer,
    issuer_lines,
    page_feet,
    same_firm,
    trading_name,
)
from provcheck.extractor.registry_names import match_name, name_table, strip_legal
from provcheck.models import ISSUER_BASES
from provcheck.rules import Provider, load_providers
from provcheck.rules.vocabulary import alternation, load_vocabulary

__all__ = ["ISSUER_BASES", "Issuer", "identify", "to_registry"]


_FRN = re.compile(
    r"(?:\bFRN\b|firm reference (?:number|no\.?)|financial services register(?: number| no\.?)?|"
    r"FCA (?:register|registration|reference|firm) (?:number|no\.?)|FCA No\.?|register number|"
    # "authorised and regulated by the Financial Conduct Authority (Ref: 744931)"
    r"(?:FCA|Financial Conduct Authority)\W{0,3}(?:ref(?:erence)?|no|number)\b\.?)"
    r"\D{0,12}?(\d{6,7})\b",
    re.I,
)
_COMPANY_NO = re.compile(
    r"(?:company|registered|registration)\s+(?:no\.?|number)\.?\s*[:.]?\s*([A-Z]{2}\s?\d{6}|\d{5,8})\b|"
    r"registered in (?:england|scotland|northern ireland)(?: and wales| & wales)?(?:,| under| with)?\s*"
    r"(?:company\s+)?(?:no\.?|number)?\.?\s*[:.(]?\s*([A-Z]{2}\s?\d{6}|\d{5,8})\b",
    re.I,
)


@dataclass(frozen=True)
class Issuer:
    """The provider found: its registry short name (or the name as printed), where, how and how surely."""

    name: str
    line: Line | None  # None for a labelled value, whose evidence is its label's words
    confidence: float
    basis: str
    registered: bool


def _only(providers: list[Provider]) -> Provider | None:
    """The one provider, or None when an entity issues for several brands (its number decides nothing)."""
    names = {p.name for p in providers}
    return providers[0] if len(names) == 1 else None


def _by_frn(frn: str) -> Provider | None:
    return _only([p for p in load_providers() for e in p.entities if e.frn == frn])


def _same_number(a: str, b: str) -> bool:
    a, b = a.replace(" ", "").upper(), b.replace(" ", "").upper()
    return a.lstrip("0") == b.lstrip("0") if a.isdigit() and b.isdigit() else a == b


def _by_company_number(number: str) -> Provider | None:
    numbers = [(p, e.company_number) for p in load_providers() for e in p.entities if e.company_number]
    return _only([p for p, n in numbers if _same_number(n, number)])


def _small_print(pages: list[list[Line]], skip: tuple[Line, ...]) -> Issuer | None:
    """An FRN or company number of a registry entity, printed where a firm prints its own."""
    for lines in pages:
        for line in lines:
            if line in skip:
                continue
            hit = _small_print_in(line.text)
            if hit is not None:
                return Issuer(hit[0], line, hit[1], hit[2], True)
    return None


@lru_cache(maxsize=4096)
def _small_print_in(text: str) -> tuple[str, float, str] | None:
    """The registry provider a line's FRN or company number is, how sure, and which it was.

    Kept by text: a document's readings and its passes ask of the same lines again.
    """
    for m in _FRN.finditer(text):
        prov = _by_frn(m[1])
        if prov is not None:
            return prov.name, 0.98, "frn"
    for m in _COMPANY_NO.finditer(text):
        prov = _by_company_number(m[1] or m[2])
        if prov is not None:
            return prov.name, 0.97, "company_number"
    return None


def _legal_name(lines: list[Line], skip: tuple[Line, ...]) -> Issuer | None:
    for line in lines:
        if line in skip or _other_provider().search(line.text):
            continue  # "from your previous ISA manager (Scottish Widows)": a provider the money came from
        hit = match_name(line.text)
        if hit is not None and hit[3]:
            return Issuer(hit[0].name, line, 0.97, "legal_name", True)
    return None


@lru_cache(maxsize=1)
def _other_provider() -> re.Pattern[str]:
    cues = load_vocabulary().other_provider_cues
    return re.compile(rf"\b{alternation(cues)}\b", re.I) if cues else re.compile(r"(?!)")


def _domain(lines: list[Line], skip: tuple[Line, ...]) -> Issuer | None:
    found = domain_provider(lines, skip)
    return Issuer(found[0].name, found[1], 0.95, "domain", True) if found else None


def to_registry(printed: str, ocr: bool = False) -> Provider | None:
    """The registry provider a printed company name is, comparing whole names (legal suffixes aside)."""
    printed = printed.split(",")[0]  # "Brunswick Wealth, Investor Services, 9 Dock Street": the name
    hit = match_name(printed)
    if hit is not None and len(hit[1]) >= 0.6 * len(norm(strip_legal(printed))):
        return hit[0]
    if not ocr:
        return None  # printed text names a provider exactly or not at all ("Fenwick Hale" is not "Fenwick & Hale")
    bare = norm(strip_legal(printed))
    for n, prov, _, _ in name_table():
        if prov is not None and len(n) >= 8 and fuzz.ratio(n, bare) >= 92:
            return prov
    return None


def _line_page(pages: list[list[Line]], line: Line) -> int:
    return next(i for i, lines in enumerate(pages, start=1) if line in lines)


def identify(
    pages: list[list[Line]], ocr: bool, doc_type: str, adviser_firm: str | None, labelled: str | None
) -> tuple[Issuer, int] | None:
    """The provider of a document, and the 1-based page it was read on; None when nothing names one.

    Args:
        pages: the document's lines, page by page.
        ocr: whether the text was OCR'd (whole names then also match fuzzily).
        doc_type: the decided doc type.
        adviser_firm: the adviser firm found on an LoA; its lines never name the provider.
        labelled: a provider named by a label ("Provider: ..."), if one was read.
    """
    found = _identify(pages, ocr, doc_type, adviser_firm, labelled)
    if found is None:
        return None
    return found, (_line_page(pages, found.line) if found.line is not None else 0)


def _identify(
    pages: list[list[Line]], ocr: bool, doc_type: str, firm: str | None, labelled: str | None
) -> Issuer | None:
    skip: tuple[Line, ...] = ()
    if firm:
        own = norm(firm)
        skip = tuple(ln for lines in pages for ln in lines if own in norm(ln.text))
    if doc_type == "loa":
        return _loa(pages, ocr, firm, labelled, skip)
    # a reply or statement is addressed to the adviser firm (or the client): that block names no provider
    to = find_addressee(pages, exclude=None)
    if to is not None:
        skip += tuple(_block(pages[0], to[1]))
    every = [ln for lines in pages for ln in lines]
    legal = issuer_lines(pages)
    issuer = _small_print(pages, skip) or _legal_name(legal, skip) or _legal_name(every, skip)
    # a web domain is the issuer's wherever it is printed ("visit ...", an e-mail address)
    issuer = issuer or _domain(legal, skip) or _domain(every, skip)
    if issuer is not None:
        return issuer
    # small print naming the brand its trading name ("Transact is a trading name of ...") is the issuer's
    # own statement, made of no fund, partner or addressee
    traded = trading_name(pages, skip)
    prov = to_registry(traded[0], ocr) if traded is not None else None
    if traded is not None and prov is not None:
        return Issuer(prov.name, traded[1], 0.9, "legal_name", True)
    # the letterhead, then the company the small print is about ("X Limited is authorised..."), then any
    # registry name in the small print: a regulator or a partner named there comes after the issuer itself
    top = [ln for ln in legal if ln in pages[0] and ln.top < 0.2 * max(x.bottom for x in pages[0])]
    reg = find_registered([top], ocr, exclude=firm, skip=skip)
    if reg is not None:
        return Issuer(reg[0].name, reg[1], reg[2] * 0.9, "letterhead", True)
    footer = footer_issuer(pages)
    if footer is not None and footer[1] not in skip:
        prov = to_registry(footer[0], ocr)
        if prov is not None:
            return Issuer(prov.name, footer[1], 0.9, "legal_name", True)
        return Issuer(footer[0], footer[1], footer[2], "footer", False)
    # a page's foot opening with a brand signs the house's pages off (a logo misread by OCR, "Zu rich", names none)
    feet = page_feet(pages)
    reg = find_registered([legal], ocr, exclude=firm, skip=skip) or find_registered([feet], ocr, firm, skip, foot=True)
    reg = reg or find_registered(pages, ocr, exclude=firm, skip=skip)
    if reg is not None and reg[1] in legal + feet:  # a brand in the small print, not its subject: likely, not sure
        return Issuer(reg[0].name, reg[1], 0.75, "small_print", True)
    if reg is not None:
        return Issuer(reg[0].name, reg[1], 0.6, "mention", True)
    if labelled:
        return _labelled(labelled, ocr)
    un = footer if footer is not None else find_letterhead(pages)  # find_unregistered, the footer read once
    if un is not None and un[1] not in skip:
        return Issuer(un[0], un[1], un[2], "letterhead_unregistered", False)
    return None


def _loa(
    pages: list[list[Line]], ocr: bool, firm: str | None, labelled: str | None, skip: tuple[Line, ...]
) -> Issuer | None:
    """An LoA's provider: the company addressed, or the provider whose own form it is; never the adviser."""
    to = find_addressee(pages, exclude=firm)
    if to is not None:
        prov = to_registry(to[0], ocr)
        if prov is not None:
            full = any(norm(strip_legal(e.legal_name)) == norm(strip_legal(to[1].text)) for e in prov.entities)
            basis, conf = ("addressee_legal_name", 0.95) if full else ("addressee", 0.85)
            return Issuer(prov.name, to[1], conf, basis, True)
    # an LoA sent as an e-mail is addressed to the provider's address: "To:  servicing@aegon.co.uk"
    mailed = _mailed_to(pages, skip)
    if mailed is not None:
        return mailed
    legal = issuer_lines(pages)
    issuer = _small_print(pages, skip) or _legal_name(legal, skip)
    if issuer is not None:
        return Issuer(issuer.name, issuer.line, issuer.confidence, "provider_form", True)
    reg = find_registered([legal], ocr, exclude=firm, skip=skip)
    if reg is not None and not (firm and same_firm(reg[0].name, firm)):
        # a whole registry name at the top, not the adviser's: the addressee, or the provider's own form
        return Issuer(reg[0].name, reg[1], 0.85, "named_at_top", True)
    if labelled:
        return _labelled(labelled, ocr)
    reg = find_registered(pages, ocr, exclude=firm, skip=skip)
    if reg is not None:
        return Issuer(reg[0].name, reg[1], 0.6, "mention", True)
    if to is not None:
        return Issuer(to[0], to[1], to[2], "addressee", False)
    if firm:
        un = find_letterhead(pages, exclude=firm)  # a provider's own form, once the adviser's is ruled out
        if un is not None:
            return Issuer(un[0], un[1], un[2], "letterhead_unregistered", False)
    return None


_MAIL_TO = re.compile(r"^\s*To\s*:?\s+[^@\s]+@[\w.\-]+", re.I)


def _mailed_to(pages: list[list[Line]], skip: tuple[Line, ...]) -> Issuer | None:
    """The provider whose web domain a printed e-mail's "To:" address is at, from page 1's header lines."""
    heads = [ln for ln in pages[0][:15] if _MAIL_TO.match(ln.text)] if pages else []
    found = domain_provider(heads, skip)
    return Issuer(found[0].name, found[1], 0.9, "addressee", True) if found else None


def _labelled(labelled: str, ocr: bool) -> Issuer | None:
    prov = to_registry(labelled, ocr)
    name = prov.name if prov else strip_legal(labelled)
    # the label's own words are its evidence (fields.py keeps them); no line is needed
    return Issuer(name, None, 0.8 if prov else 0.6, "label", prov is not None)


def _block(lines: list[Line], first: Line) -> list[Line]:
    """The address block that starts at `first`: it and the short lines under it at its left edge."""
    i = lines.index(first)
    out = [first]
    for nxt in lines[i + 1 : i + 7]:
        if abs(nxt.x0 - first.x0) > 6 or nxt.top - out[-1].bottom > 1.5 * max(nxt.bottom - nxt.top, 6.0):
            break
        out.append(nxt)
    return out
