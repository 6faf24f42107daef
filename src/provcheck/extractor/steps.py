"""The resolver's steps that need a field already decided: the provider, the firm, OCR mending, the address block.

Each runs after the fields it needs are resolved (extractor/fields.py `extract` calls them in
order) and records its decision as rulings, so `provcheck explain` shows it like any other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from provcheck.extractor import parsers as P
from provcheck.extractor.addressblock import find_address_block
from provcheck.extractor.adviser import footer_firm, has_legal_suffix, letterhead_firm
from provcheck.extractor.candidate import Candidate
from provcheck.extractor.found import Found
from provcheck.extractor.issuer import ISSUER_BASES, identify
from provcheck.extractor.labels import NAME_PARTS
from provcheck.extractor.layout import Line
from provcheck.extractor.ocrfix import fit_pattern
from provcheck.extractor.provider import same_firm
from provcheck.extractor.resolve import Facts, Resolution, pick
from provcheck.extractor.values import frequency_after_sum
from provcheck.rules import load_providers
from provcheck.rules.fields import FieldsFile


def derived(candidates: list[Candidate], pages: list[list[Line]] | None = None) -> list[Candidate]:
    """Readings made of other readings: a name printed in parts, a period's end as the valuation date."""
    labelled = [c for c in candidates if c.finder == "labelled"]
    out = []
    firsts = {}
    for c in labelled:
        firsts.setdefault(c.field, c.found)
    parts = {p: firsts[p] for p in NAME_PARTS if p in firsts}  # forenames, middle names, surname
    if "surname" in parts and len(parts) >= 2:
        title, name = P.parse_name(" ".join(str(f.value) for f in parts.values()))
        if name is not None:
            first = next(iter(parts.values()))
            words = [w for f in parts.values() for w in f.words]
            conf = min(f.confidence for f in parts.values())
            out.append(
                Candidate("client_name", name, Found(name, first.page, words, conf, first.method), "name_parts", conf)
            )
            if title:
                found = Found(title, first.page, first.words, first.confidence, first.method)
                out.append(Candidate("client_title", title, found, "name_parts", first.confidence))
    start = next((c.found for c in labelled if c.field == "period_start"), None)
    if start is not None:
        # "6 April 2024 to 5 April 2025" under a period label: the second date is its end
        words = start.words + _rest_of_line(pages, start.page, start.words)
        dates = P.find_all_dates(" ".join(w.text for w in words))
        if len(dates) >= 2:
            end = dates[-1][0]
            found = Found(end, start.page, words, start.confidence, start.method)
            out.append(Candidate("valuation_date", end, found, "period", start.confidence))
    if not any(c.finder == "period" for c in out):
        out += _said_period_end(candidates)
    return out + _frequencies(candidates)


def _frequencies(candidates: list[Candidate]) -> list[Candidate]:
    """How often each finder's contribution is paid, from its own words ("£1,500.00 a year by direct debit").

    Only where that finder gave no frequency of its own: the labelled finder reads the label's run too.
    """
    have = {c.finder for c in candidates if c.field == "contribution_frequency"} | {"sentence"}  # it reads its own
    out = []
    for c in candidates:
        if c.field != "regular_contribution" or c.finder in have:
            continue
        got = frequency_after_sum(" ".join(w.text for w in c.found.words))
        if got is not None:
            freq = got[0]
            out.append(Candidate("contribution_frequency", freq, replace(c.found, value=freq), c.finder, c.score))
            have.add(c.finder)
    return out


def _rest_of_line(pages: list[list[Line]] | None, page: int, words: list) -> list:
    """The words of a date opening the line after `words` (OCR drops the dash of "15 May 2026 - 14 Aug 2026")."""
    line = next((ln for ln in (pages or [[]] * page)[page - 1] if words and words[-1] in ln.words), None)
    after = line.words[line.words.index(words[-1]) + 1 :] if line is not None else []
    rest = " ".join(w.text for w in after)
    found = P.find_date(rest)
    if found is None or re.sub(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|\W", "", rest[: found[1][0]]):
        return []  # no date, or words other than a weekday before it
    return after[: len(rest[: found[1][1]].split())]


def _said_period_end(candidates: list[Candidate]) -> list[Candidate]:
    """The end of a period said in a sentence ("For the period 10 May 2025 to 9 May 2026").

    A date range alone may be anything (a term, a job); one whose first date a period wording
    introduces (labels.yaml `sentence` period_start) is the statement's period, so its second date
    is the date the values are stated at (spec/record.md), whatever date the letter itself bears.
    """
    said = {(c.value, c.found.page) for c in candidates if c.finder == "sentence" and c.field == "period_start"}
    ranges = [c for c in candidates if c.finder == "pattern" and c.field == "period_start"]
    for start in ranges:
        if (start.value, start.found.page) not in said or not start.found.words:
            continue
        first = start.found.words[0]
        for end in candidates:
            if end.finder != "pattern" or end.field != "valuation_date" or end.found.page != start.found.page:
                continue
            word = end.found.words[0] if end.found.words else None
            if word is not None and abs(word.top - first.top) < 2 and word.x0 > first.x0:  # the same line, after it
                return [Candidate("valuation_date", end.value, end.found, "period", end.score)]
    return []


def period_end(candidates: list[Candidate]) -> str | None:
    """The end of the labelled statement period, if one was printed."""
    return next((str(c.value) for c in candidates if c.finder == "period"), None)


def provider(
    res: Resolution,
    candidates: list[Candidate],
    pages: list[list[Line]],
    methods: list[str],
    doc_type: str,
    prefs: FieldsFile,
) -> Candidate | None:
    """The provider by issuer evidence (extractor/issuer.py), once; a label naming it is its last resort."""
    firm = res.value("adviser_firm")
    named = [c for c in candidates if c.field == "provider" and c.provider is None]
    default = FieldsFile(default=prefs.default)  # the order a plain field takes: which label names it
    ranked = pick("provider", named, default, Facts())
    labelled = ranked[0].candidate if ranked and ranked[0].won else None
    hit = identify(
        pages,
        "ocr" in methods,
        "annual_statement" if doc_type == "unknown" else doc_type,
        str(firm) if firm else None,
        labelled and str(labelled.value),
    )
    if hit is None:
        return None
    issuer, page_no = hit
    if issuer.line is None:  # the label's own words are the evidence
        found = replace(
            labelled.found,
            value=issuer.name,
            basis=issuer.basis,  # type: ignore[union-attr]
            confidence=min(labelled.found.confidence, issuer.confidence),
        )  # type: ignore[union-attr]
    else:
        found = Found(
            issuer.name, page_no, issuer.line.words, issuer.confidence, methods[page_no - 1], basis=issuer.basis
        )
    return Candidate("provider", issuer.name, found, "issuer", found.confidence)


def adviser_firm(res: Resolution, pages: list[list[Line]], methods: list[str], prefs: FieldsFile, facts: Facts) -> None:
    """The firm a label or sentence gave, checked against the provider; else the footer or the letterhead."""
    prov = res.value("provider")
    prov = str(prov) if prov else None
    firm = res.winner("adviser_firm")
    while firm is not None and prov and firm.found.confidence <= 0.8 and same_firm(str(firm.value), prov):
        # "I authorise Acme Life to release...": the provider, read as the firm
        res.reject("adviser_firm", firm, "names the provider", prefs, facts)
        firm = res.winner("adviser_firm")
    if firm is not None:
        if firm.found.confidence <= 0.8 and not has_legal_suffix(str(firm.value)):
            # a sentence or letterhead gives the firm's brand ("Nova Wealth"); its footer the legal name
            legal = footer_firm(pages, prov)
            if legal is not None and same_firm(legal[0], str(firm.value)):
                got = _firm(legal, methods, "footer")
                res.overrule(
                    "adviser_firm",
                    got,
                    f"won: the footer's legal name of {firm.value!r}",
                    "lost: the footer gives the same firm's legal name",
                )
        return
    legal = footer_firm(pages, prov)
    # with the provider unknown, a letterhead may be the provider's own: only the footer counts then
    # (the footer was read just now: the letterhead is read without reading it again)
    got, finder = (legal, "footer") if legal is not None else (letterhead_firm(pages, prov), "letterhead")
    if got is not None:
        cand = _firm(got, methods, finder)
        res.overrule(
            "adviser_firm",
            cand,
            f"won: {cand.finder} names a firm that is not the provider",
            "lost: names the provider",
        )


def _firm(got: tuple[str, int, Line, float], methods: list[str], finder: str) -> Candidate:
    name, page_no, line, conf = got
    return Candidate("adviser_firm", name, Found(name, page_no, line.words, conf, methods[page_no - 1]), finder, conf)


def mend_ocr_policies(res: Resolution) -> None:
    """OCR'd policy numbers that miss the provider's pattern by look-alikes ("ALO8081119") are mended.

    Only a provider known from issuer evidence lends its pattern (spec/record.md "Sure and unsure"),
    and a mended reading has the same characters as the page, each at most swapped for its look-alike.
    """
    prov = res.winner("provider")
    if prov is None or prov.found.basis not in ISSUER_BASES:
        return
    pattern = next((p.policy_pattern for p in load_providers() if p.name == prov.value), None)
    if not pattern:
        return
    for name in ("policy_number", "policy_numbers"):
        won = res.winner(name)
        if won is None or won.found.method != "ocr":
            continue
        values = won.value if isinstance(won.value, list) else [won.value]
        mended = [fit_pattern(str(v), pattern) or v for v in values]
        if mended != values:
            value = mended if isinstance(won.value, list) else mended[0]
            found = replace(won.found, value=value, confidence=won.found.confidence * 0.9)
            ruling = res.rulings[name][0]
            ruling.candidate = replace(won, value=value, found=found)
            ruling.reason += f"; mended by {prov.value}'s policy pattern from {won.value!r}"


def address_block(
    res: Resolution, pages: list[list[Line]], methods: list[str], prefs: FieldsFile, facts: Facts
) -> None:
    """The client's unlabelled address block, only when no label gave the address or the postcode."""
    if res.winner("client_address") is not None and res.winner("client_postcode") is not None:
        return
    name = res.value("client_name")
    block = find_address_block(pages, methods, str(name) if name else None)
    for field in dict.fromkeys(c.field for c in block):
        res.repick(field, [c for c in block if c.field == field], prefs, facts)


def title_of_name(
    res: Resolution, pages: list[list[Line]], methods: list[str], prefs: FieldsFile, facts: Facts
) -> None:
    """The client's title from a line printing it with the client's name, when nothing else gave one.

    A letter in the client's hand names them untitled in its text ("I, Kwame Robert Ibbotson, of ...")
    and prints "Mr Kwame Robert Ibbotson" under the signature.
    """
    name = res.value("client_name")
    if name is None or res.winner("client_title") is not None:
        return
    for page_no, lines in enumerate(pages, start=1):
        for line in lines:
            for seg in line.segments:
                title, person = P.parse_name(_titled_part(seg.text, str(name)))
                if title and person and person.casefold() == str(name).casefold():
                    conf = 0.6 * min(w.conf for w in seg.words)
                    found = Found(title, page_no, list(seg.words), conf, methods[page_no - 1])
                    res.repick("client_title", [Candidate("client_title", title, found, "titled_name", conf)],
                               prefs, facts)
                    return


def _titled_part(text: str, name: str) -> str:
    """The word before the client's name, and the name, where the line says more ("Your client: Ms Ann Lee  P123")."""
    at = text.casefold().find(name.casefold())
    if at <= 0 or not text[at - 1].isspace():
        return text  # at the start, or inside a longer word ("Joann Lee" is no "Ann Lee")
    before = text[:at].split()
    return f"{before[-1]} {text[at : at + len(name)]}" if before else text


def period_start(res: Resolution, prefs: FieldsFile, facts: Facts) -> None:
    """The period's start decided again once the valuation date is: within a year before it (fields.yaml)."""
    end = res.value("valuation_date")
    rulings = res.rulings.get("period_start", [])
    if end is None or len(rulings) < 2:
        return
    res.repick("period_start", [], prefs, replace(facts, valuation_date=str(end)))
