"""Find every record field of a document and decide its type: labels, sentences, tables, fallbacks.

Order of evidence, strongest first: a labelled value (`labelled.py`: label-left in the same
segment or the next one, label-above on the line below, label and value inside one box), then a
phrase in a running sentence, then document-level fallbacks (the client's address block, the
letterhead). The LoA finders and the plan finders both run on every document; the type is then
decided from its wording and the fields found (issue 10). Nothing here knows a provider's layout:
label vocabulary is data (rules/data/labels.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from provcheck.extractor import parsers as P
from provcheck.extractor.addressblock import find_address_block
from provcheck.extractor.adviser import find_adviser_firm, footer_firm, has_legal_suffix
from provcheck.extractor.classify import classify, with_fields
from provcheck.extractor.document import Document
from provcheck.extractor.found import Found
from provcheck.extractor.issuer import ISSUER_BASES, identify
from provcheck.extractor.labelled import find_labelled
from provcheck.extractor.labels import NAME_PARTS
from provcheck.extractor.layout import Line, build_lines
from provcheck.extractor.learned import apply_learned, find_learned
from provcheck.extractor.ocrfix import fit_pattern
from provcheck.extractor.plans import find_listed_policies
from provcheck.extractor.provider import same_firm
from provcheck.extractor.roles import prefer_holdings_total
from provcheck.extractor.sections import SectionMap
from provcheck.extractor.sentences import find_in_sentences, find_patterns
from provcheck.extractor.signature import find_signature, find_signed_date
from provcheck.extractor.tables import Table, find_holdings
from provcheck.models import FIELDS_BY_TYPE, Evidence, Record
from provcheck.rules import load_providers
from provcheck.rules.knowledge import active as active_knowledge


@dataclass
class Extraction:
    """What the extractor found: the doc type, the record and the evidence of each field."""

    doc_type: str
    record: Record
    evidence: dict[str, Evidence] = field(default_factory=dict)


def extract(document: Document) -> Extraction:
    """Find every record field a document's pages support, then decide its type from wording and fields.

    The type is no gate (spec/record.md "More decisions", issue 10): the LoA finders and the plan
    finders both run on every page, the fields they find are evidence of the type beside the
    wording, and the record then carries its decided type's fields. An `unknown` document carries
    the fields every type has ("all" in the spec's table), as found.

    Args:
        document: pages of positioned words from `read_document`.

    Returns:
        The doc type, the record (absent fields None / []) and evidence per field found.
    """
    pages = [build_lines(p) for p in document.pages]
    methods = [p.method for p in document.pages]
    verdict = classify(pages, ocr="ocr" in methods)
    sections, table_lines = SectionMap(pages), _table_lines(pages)
    readings: dict[str, tuple[dict[str, Found], Table | None]] = {}

    def read_as(doc_type: str) -> tuple[dict[str, Found], Table | None]:
        if doc_type not in readings:
            readings[doc_type] = _find(pages, methods, document, doc_type, sections, table_lines)
        return readings[doc_type]

    # a statement's fields are a reply's and its period: one plan reading serves both for evidence
    seen = _present(read_as("loa")[0]) | _present(read_as("annual_statement")[0])
    doc_type = with_fields(verdict, seen).doc_type
    found, table = read_as("annual_statement" if doc_type == "unknown" else doc_type)
    wanted = set(FIELDS_BY_TYPE[doc_type])
    if "policy_numbers" in found:
        found["policy_numbers"].value = list(dict.fromkeys(found["policy_numbers"].value))
    data = {}
    for name, f in found.items():
        if name in wanted or (name == "client_title" and "client_title" in wanted):
            data[name] = f.value
    record = Record.model_validate({k: v for k, v in data.items() if k in Record.model_fields})
    evidence = {name: f.evidence() for name, f in found.items() if name in data and f.words}
    if "holdings" in data and table is not None:
        # each row's own evidence, keyed as issues name a holding ("holdings[2]"), beside the table's
        for i, (page_no, words) in enumerate(table.rows):
            row = Found(None, page_no, words, min(w.conf for w in words), methods[page_no - 1])
            evidence[f"holdings[{i}]"] = row.evidence()
    return Extraction(doc_type, record, evidence)


def _present(found: dict[str, Found]) -> set[str]:
    """The fields found with a value (a signature only when one is there): the type's field evidence."""
    return {name for name, f in found.items() if f.value not in (None, [], "", False)}


def _find(
    pages: list[list[Line]],
    methods: list[str],
    document: Document,
    doc_type: str,
    sections: SectionMap,
    table_lines: set[int],
) -> tuple[dict[str, Found], Table | None]:
    """Every field of `doc_type` the pages give, strongest evidence first, and the holdings table."""
    wanted = set(FIELDS_BY_TYPE[doc_type])
    found: dict[str, Found] = {}
    parts = set(NAME_PARTS) if "client_name" in wanted else set()
    find_labelled(pages, methods, wanted | parts, sections, found, table_lines)
    _join_name(found, parts)
    _period(found)
    labelled = set(found)  # read under a known label: only these stand against a taught wording
    if "policy_numbers" in wanted and "policy_numbers" not in found:
        listed = find_listed_policies(pages)
        if listed is not None:
            numbers, page_no, words = listed
            found["policy_numbers"] = Found(numbers, page_no, words, 0.7, methods[page_no - 1])
    for name, (value, page_no, words) in find_patterns(pages, wanted - set(found)).items():
        conf = 0.8 * min(w.conf for w in words)
        if name == "client_name":
            title, value = P.parse_name(str(value))
            if value is None:
                continue
            if title and "client_title" not in found:
                found["client_title"] = Found(title, page_no, words, conf, methods[page_no - 1])
        found[name] = Found(value, page_no, words, conf, methods[page_no - 1])
    # labels that often name something else ("Your ref" in a reply is the adviser's): last resort
    find_labelled(pages, methods, wanted - set(found), sections, found, table_lines, weak=True)
    for name in sorted(wanted - set(found)):
        hit = find_in_sentences(pages, name)
        if hit is not None:
            value, page_no, words = hit
            found[name] = Found(value, page_no, words, 0.8 * min(w.conf for w in words), methods[page_no - 1])
    if "date_signed" in wanted and "date_signed" not in found:
        signed = find_signed_date(pages)
        if signed is not None:
            iso, page_no, words, conf = signed
            found["date_signed"] = Found(iso, page_no, words, conf, methods[page_no - 1])
    _provider(pages, methods, doc_type, found)
    _learned(pages, methods, found, wanted, labelled)
    _mend_ocr_policies(found)
    if "adviser_firm" in wanted:
        _adviser_firm(pages, methods, found)
    table = None
    if "holdings" in wanted:
        table = find_holdings(pages)
        if table is not None:
            found["holdings"] = Found(table.holdings, table.page, [], table.confidence, methods[table.page - 1])
            found["holdings"].words = _table_words(pages[table.page - 1], table.bbox)
            prefer_holdings_total(found)
    if "signature_present" in wanted:
        sig = find_signature(pages, document.pages)
        if sig is not None:
            present, page_no, words, conf = sig
            found["signature_present"] = Found(present, page_no, words, conf, methods[page_no - 1])
    if "client_address" in wanted and ("client_address" not in found or "client_postcode" not in found):
        find_address_block(pages, methods, found)

    return found, table


def _join_name(found: dict, parts: set[str]) -> None:
    """A name printed in parts ("Forename(s)", "Surname") is the client's name when no label gave it whole."""
    got = {p: found.pop(p) for p in NAME_PARTS if p in found}
    if not parts or "client_name" in found or "surname" not in got or len(got) < 2:
        return
    title, name = P.parse_name(" ".join(str(f.value) for f in got.values()))
    if name is None:
        return
    first = next(iter(got.values()))
    words = [w for f in got.values() for w in f.words]
    found["client_name"] = Found(name, first.page, words, min(f.confidence for f in got.values()), first.method)
    if title and "client_title" not in found:
        found["client_title"] = Found(title, first.page, first.words, first.confidence, first.method)


def _adviser_firm(pages: list[list[Line]], methods: list[str], found: dict) -> None:
    """The firm from a sentence pattern is checked against the provider; else the footer or the letterhead."""
    provider = str(found["provider"].value) if "provider" in found else None
    firm = found.get("adviser_firm")
    if firm is not None and provider and firm.confidence <= 0.8 and same_firm(str(firm.value), provider):
        del found["adviser_firm"]  # "I authorise Acme Life to release...": the provider, read as the firm
    if "adviser_firm" in found:
        firm = found["adviser_firm"]
        if firm.confidence <= 0.8 and not has_legal_suffix(str(firm.value)):
            # a sentence or letterhead gives the firm's brand ("Nova Wealth"); its footer the legal name
            legal = footer_firm(pages, provider)
            if legal is not None and same_firm(legal[0], str(firm.value)):
                name, page_no, line, conf = legal
                found["adviser_firm"] = Found(name, page_no, line.words, conf, methods[page_no - 1])
        return
    got = find_adviser_firm(pages, provider)
    if got is not None:
        name, page_no, line, conf = got
        found["adviser_firm"] = Found(name, page_no, line.words, conf, methods[page_no - 1])


def _table_words(lines: list[Line], bbox: list[float]) -> list:
    return [
        w
        for ln in lines
        for w in ln.words
        if w.top >= bbox[1] - 1 and w.bottom <= bbox[3] + 1 and w.x0 >= bbox[0] - 1 and w.x1 <= bbox[2] + 1
    ]


def _table_lines(pages: list[list[Line]]) -> set[int]:
    """Ids of lines that are holdings-table headers: their "Value" is a column, not a field label."""
    from provcheck.extractor.tables import find_header

    return {id(ln) for lines in pages for ln in lines if find_header(ln) is not None}


def _period(found: dict) -> None:
    """A period such as "6 April 2024 to 5 April 2025" under a period label: the second date is its end."""
    f = found.get("period_start")
    if f is None or "valuation_date" in found:
        return
    dates = P.find_all_dates(" ".join(w.text for w in f.words))
    if len(dates) >= 2:
        found["valuation_date"] = Found(dates[-1][0], f.page, f.words, f.confidence, f.method)


def _provider(pages: list[list[Line]], methods: list[str], doc_type: str, found: dict) -> None:
    """The provider, by issuer evidence first (extractor/issuer.py); a labelled name is the last resort."""
    firm = found["adviser_firm"].value if "adviser_firm" in found else None
    labelled = found.get("provider")
    hit = identify(pages, "ocr" in methods, doc_type, str(firm) if firm else None, labelled and str(labelled.value))
    if hit is None:
        found.pop("provider", None)
        return
    issuer, page_no = hit
    if issuer.line is None:  # a labelled value: its label's words are the evidence
        labelled.value, labelled.basis = issuer.name, issuer.basis
        labelled.confidence = min(labelled.confidence, issuer.confidence)
        return
    found["provider"] = Found(
        issuer.name, page_no, issuer.line.words, issuer.confidence, methods[page_no - 1], basis=issuer.basis
    )


def _learned(pages: list[list[Line]], methods: list[str], found: dict, wanted: set[str], labelled: set[str]) -> None:
    """Wordings a reviewer taught for this document's provider, once it is resolved (extractor/learned.py)."""
    if "provider" not in found:
        return
    provider = str(found["provider"].value)
    # only this provider's wordings are looked for (a firm may teach hundreds); apply_learned checks it again
    taught = tuple(w for w in active_knowledge().learned if w.provider == provider)
    if taught:
        apply_learned(found, find_learned(pages, methods, taught), provider, wanted, labelled)


def _mend_ocr_policies(found: dict) -> None:
    """OCR'd policy numbers that miss the provider's pattern by look-alikes ("ALO8081119") are mended.

    Only a provider known from issuer evidence lends its pattern (spec/record.md "Sure and unsure"),
    and a mended reading has the same characters as the page, each at most swapped for its look-alike.
    """
    provider = found.get("provider")
    if provider is None or provider.basis not in ISSUER_BASES:
        return
    pattern = next((p.policy_pattern for p in load_providers() if p.name == provider.value), None)
    if not pattern:
        return
    for name in ("policy_number", "policy_numbers"):
        f = found.get(name)
        if f is None or f.method != "ocr":
            continue
        values = f.value if isinstance(f.value, list) else [f.value]
        mended = [fit_pattern(v, pattern) or v for v in values]
        if mended != values:
            f.value = mended if isinstance(f.value, list) else mended[0]
            f.confidence *= 0.9

