"""Find every record field of a document: classify, then label/value pairing, sentences, tables.

Order of evidence, strongest first: a labelled value (label-left in the same segment or the
next one, label-above on the line below, label and value inside one box), then a phrase in a
running sentence, then document-level fallbacks (the client's address block, the letterhead).
Nothing here knows a provider's layout: label vocabulary is data (rules/data/labels.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from provcheck.extractor import parsers as P
from provcheck.extractor.adviser import FIRM_WORDS, find_adviser_firm, footer_firm, has_legal_suffix
from provcheck.extractor.classify import classify
from provcheck.extractor.document import Document
from provcheck.extractor.issuer import ISSUER_BASES, identify
from provcheck.extractor.labels import FREE_TEXT, NAME_PARTS, LabelHit, match_labels, norm
from provcheck.extractor.layout import Line, Segment, build_lines
from provcheck.extractor.ocrfix import fit_pattern
from provcheck.extractor.plans import find_listed_policies
from provcheck.extractor.provider import same_firm
from provcheck.extractor.sections import SectionMap
from provcheck.extractor.sentences import find_in_sentences, find_patterns
from provcheck.extractor.signature import find_signature, find_signed_date
from provcheck.extractor.tables import find_holdings
from provcheck.extractor.values import VALUE_PARSERS, parse_frequency
from provcheck.models import FIELDS_BY_TYPE, Evidence, Record
from provcheck.rules import load_providers


@dataclass
class Extraction:
    """What the extractor found: the doc type, the record and the evidence of each field."""

    doc_type: str
    record: Record
    evidence: dict[str, Evidence] = field(default_factory=dict)


@dataclass
class Found:
    """A field value with where it was read."""

    value: object
    page: int
    words: list  # the words it was read from (label and value)
    confidence: float
    method: str
    as_at: str | None = None  # the date a label gave its own amount ("Value on 22.05.2026")
    basis: str | None = None  # how it was found, where that matters (the provider: extractor/issuer.py)

    def evidence(self) -> Evidence:
        """The evidence record of this value."""
        ws = self.words
        return Evidence(
            page=self.page,
            bbox=(
                round(min(w.x0 for w in ws), 2),
                round(min(w.top for w in ws), 2),
                round(max(w.x1 for w in ws), 2),
                round(max(w.bottom for w in ws), 2),
            ),
            text=" ".join(w.text for w in ws),
            confidence=round(self.confidence, 3),
            method=self.method,  # type: ignore[arg-type]
            basis=self.basis,
        )


# Fields whose value may run over several lines below or beside the label.
MULTILINE = {"client_address"}
# Amounts whose label may carry its own date ("Current value as at 7 February 2025").
DATED_AMOUNTS = {"plan_value", "transfer_value"}
# Fields whose value is an identifier: a bare one-word label of theirs may open a sentence instead.
IDENTIFIERS = {"policy_number", "policy_numbers"}
# Fields whose value is a date: a form may print it one digit to a box.
DATES = {"date_signed", "client_dob"}
# Fields whose value is a person's name: a name under their label may look like a label itself.
PERSON = {"client_name", "adviser_name", *NAME_PARTS}
# Fields whose bare label ("Name", "Address") means another thing inside another party's section.
PARTY_FIELDS = {"client_name", "client_address", "client_postcode", "client_dob", "client_title"}


def extract(document: Document) -> Extraction:
    """Classify a read document and find every record field of its type.

    Args:
        document: pages of positioned words from `read_document`.

    Returns:
        The doc type, the record (absent fields None / []) and evidence per field found.
    """
    pages = [build_lines(p) for p in document.pages]
    methods = [p.method for p in document.pages]
    doc_type = classify(pages, ocr="ocr" in methods).doc_type
    record = Record()
    if doc_type == "unknown":
        return Extraction(doc_type, record)
    wanted = set(FIELDS_BY_TYPE[doc_type])
    found: dict[str, Found] = {}
    sections = SectionMap(pages)

    table_lines = _table_lines(pages)
    parts = set(NAME_PARTS) if "client_name" in wanted else set()
    _labelled(pages, methods, wanted | parts, sections, found, table_lines)
    _join_name(found, parts)
    _period(found)
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
    _labelled(pages, methods, wanted - set(found), sections, found, table_lines, weak=True)
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
    _mend_ocr_policies(found)
    if "adviser_firm" in wanted:
        _adviser_firm(pages, methods, found)
    table = None
    if "holdings" in wanted:
        table = find_holdings(pages)
        if table is not None:
            found["holdings"] = Found(table.holdings, table.page, [], table.confidence, methods[table.page - 1])
            found["holdings"].words = _table_words(pages[table.page - 1], table.bbox)
    if "signature_present" in wanted:
        sig = find_signature(pages, document.pages)
        if sig is not None:
            present, page_no, words, conf = sig
            found["signature_present"] = Found(present, page_no, words, conf, methods[page_no - 1])
    if "client_address" in wanted and ("client_address" not in found or "client_postcode" not in found):
        _address_block(pages, methods, found)

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


def _labelled(
    pages: list[list[Line]],
    methods: list[str],
    wanted: set[str],
    sections: SectionMap,
    found: dict,
    skip: set[int],
    weak: bool = False,
) -> None:
    for page_no, lines in enumerate(pages, start=1):
        ocr = methods[page_no - 1] == "ocr"
        for li, line in enumerate(lines):
            if id(line) in skip:
                continue
            for seg in line.segments:
                # one label may head two fields ("To" an addressee or a period's end): the field
                # whose value has a shape (a date, an amount) is tried before free text
                after_date = False
                hits = match_labels(seg, wanted, ocr, weak)
                hits.sort(key=lambda h: (-len(h.label), h.field in FREE_TEXT))
                for hit in hits:
                    name = sections.route(hit, page_no)
                    if name is None or name not in wanted:
                        continue
                    as_at = _after_as_at(hit.rest, [])[2] if name in DATED_AMOUNTS else None
                    if after_date and as_at is None:
                        break
                    if name in found and name != "policy_numbers" and not _later(as_at, found[name].as_at):
                        continue
                    got = _value_for(name, hit, lines, li, seg, ocr)
                    if got is None:
                        continue
                    value, words, conf = got
                    if name == "policy_numbers":
                        value = value + _more_policies(lines, li, words)
                    if name == "policy_numbers" and name in found:
                        found[name].value = list(dict.fromkeys([*found[name].value, *value]))
                        break
                    if name == "client_name":
                        title, value = P.parse_name(str(value))
                        if value is None:
                            continue
                        if title and "client_title" not in found:
                            found["client_title"] = Found(title, page_no, words, conf, methods[page_no - 1])
                    found[name] = Found(
                        value,
                        page_no,
                        list(hit.segment.words[: hit.n_words]) + words,
                        conf * hit.score / 100,
                        methods[page_no - 1],
                        as_at,
                    )
                    if name == "regular_contribution" and "contribution_frequency" in wanted:
                        freq = parse_frequency(" ".join(w.text for w in found[name].words))
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
                    break  # one field per segment


def _value_for(
    name: str, hit: LabelHit, lines: list[Line], li: int, seg: Segment, ocr: bool
) -> tuple[object, list, float] | None:
    """The field's value beside or below its label; a plan type may wrap onto a second line."""
    got = _first_value(name, hit, lines, li, seg, ocr)
    if got is not None and name == "period_start" and got[1] and got[1][-1].text.lower() in ("to", "-", "–", "until"):
        return got[0], got[1] + _wrapped(lines, got[1]), got[2]  # "6 April 2024 to" / "5 April 2025"
    if got is None or name != "plan_type" or got[0] != "other" or not got[1]:
        return got
    more = _wrapped(lines, got[1])
    if more:
        words = got[1] + more
        joined = VALUE_PARSERS[name](" ".join(w.text for w in words))
        if joined not in (None, "other"):
            return joined, words, min(w.conf for w in words)
    return got


def _wrapped(lines: list[Line], words: list) -> list:
    """The words continuing a value on the next line, starting under its first word."""
    x0, bottom = words[0].x0, max(w.bottom for w in words)
    h = max(w.bottom - w.top for w in words)
    below = next((ln for ln in lines if ln.top >= bottom - 1), None)
    if below is None or below.top - bottom > 0.9 * h:
        return []
    seg = next((s for s in below.segments if abs(s.x0 - x0) <= 4), None)
    return list(seg.words) if seg is not None else []


def _first_value(
    name: str, hit: LabelHit, lines: list[Line], li: int, seg: Segment, ocr: bool
) -> tuple[object, list, float] | None:
    """Try the value places in order: rest of the segment, the next segment, the lines below."""
    parse: Callable[[str], object] = VALUE_PARSERS[name]
    rest_words = seg.words[hit.n_words :]
    rest = hit.rest
    if name in MULTILINE:
        return _multiline(hit, lines, li, seg)
    if name in DATED_AMOUNTS:
        rest, rest_words, _ = _after_as_at(rest, rest_words)
    if rest:
        v = parse(rest)
        if v is not None and name in IDENTIFIERS and _in_a_sentence(hit, seg):
            return None  # "Policy DI-61120045 has been paid out.": a sentence about a plan, not a label
        if v is not None:
            return v, rest_words, min(w.conf for w in rest_words)
        # a label starting a sentence ("Plan value is shown below"): not a label, unless the
        # segment is a short caption ("Valuation at end of period") with its value beside or below
        if sum(c.islower() for c in rest) > 12 and len(seg.words) > 6:
            return None
    line = lines[li]
    idx = line.segments.index(seg)
    for nxt in line.segments[idx + 1 : idx + 2]:
        if match_labels(nxt, set(VALUE_PARSERS), ocr):
            break
        v = parse(nxt.text)
        if v is not None:
            return v, nxt.words, nxt.conf
        if name in DATES:
            boxed = _boxed_digits(line.segments[idx + 1 :])
            v = parse(" ".join(w.text for w in boxed)) if boxed else None
            if v is not None:
                return v, boxed, min(w.conf for w in boxed)
    right = line.segments[idx + 1].x0 if idx + 1 < len(line.segments) else 1e9
    places = [_column_words(lines, li, seg, right, +1)]
    if name in ("date_signed",):
        places.append(_column_words(lines, li, seg, right, -1))  # a date written above its "Date" line
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
        colon = [head.words[h.n_words - 1].text.endswith(":") for h in hits]
        if any(name not in PERSON or h.field not in PERSON or c for h, c in zip(hits, colon, strict=True)):
            continue
        v = parse(text)
        if v is not None:
            return v, words, min(w.conf for w in words)
    return None


def _boxed_digits(segments: list[Segment]) -> list:
    """A date written one digit or pair to a box ("0 4 | 0 3 | 2 0 2 6"): the words of the run of boxes."""
    words: list = []
    for s in segments:
        if not all(re.fullmatch(r"[/.\-|]*\d{1,4}[/.\-|]*|[/.\-|]", w.text) for w in s.words):
            break
        words.extend(s.words)
        if sum(ch.isdigit() for w in words for ch in w.text) >= 8:
            break
    return words if sum(ch.isdigit() for w in words for ch in w.text) == 8 else []


def _in_a_sentence(hit: LabelHit, seg: Segment) -> bool:
    """Whether a bare one-word label ("Policy") opens running text rather than heads a value."""
    words = seg.words
    if hit.n_words != 1 or words[0].text.endswith(":") or len(words) < 5:
        return False
    return sum(w.text[:1].islower() for w in words[hit.n_words :]) >= 3


_AS_AT = re.compile(r"(?i)(?:as\s+(?:at|of)|at|on)\s+")


def _after_as_at(rest: str, words: list) -> tuple[str, list, str | None]:
    """The text after a date qualifier that ends a label ("Portfolio value as at 28 Feb 2025"), and that date."""
    m = _AS_AT.match(rest)
    if not m:
        return rest, words, None
    dates = P.find_all_dates(rest)
    if not dates or dates[0][1][0] != m.end():
        return rest, words, None
    end = dates[0][1][1]
    used = len(rest[:end].split())
    return rest[end:].strip(" :-–|"), words[used:], dates[0][0]


def _later(new: str | None, old: str | None) -> bool:
    """A dated amount replaces an earlier-dated one: a statement's plan value is its closing value."""
    return new is not None and old is not None and new > old


def _more_policies(lines: list[Line], li: int, words: list) -> list[str]:
    """Further plan numbers listed one a line under the first, in the value's column."""
    if not words:
        return []
    x = words[0].x0
    out: list[str] = []
    last = words[-1].bottom
    for line in lines[li + 1 : li + 10]:
        if line.top - last > 2.0 * max(line.bottom - line.top, 6.0):
            break
        seg = next((s for s in line.segments if abs(s.x0 - x) <= 4), None)
        if seg is None:
            continue
        if any(s.x1 < seg.x0 and match_labels(s, set(VALUE_PARSERS), False) for s in line.segments):
            break  # the value of the next label ("Postcode:  M20 2RN"), not another plan number
        found = VALUE_PARSERS["policy_numbers"](seg.text)
        if not found or len(seg.text.split()) > 3 * len(found):
            break
        out.extend(found)
        last = seg.bottom
    return out


def _column_words(lines: list[Line], li: int, seg: Segment, right: float, step: int) -> list:
    """Words of the next line below (step=1) or above (step=-1) that sit in the label's column.

    The column runs from the label's left edge to the next label on its line, so values under a
    row of labels ("Adviser firm   FCA number") are cut where their labels are.
    """
    h = max(seg.bottom - seg.top, 6.0)
    j = li + step
    if not 0 <= j < len(lines):
        return []
    line = lines[j]
    gap = line.top - seg.bottom if step > 0 else seg.top - line.bottom
    if gap > 2.4 * h:
        return []
    words = [w for w in line.words if seg.x0 - 15 <= w.x0 < right - 2]
    if words and words[0].x0 > seg.x0 + max(60.0, 0.6 * (seg.x1 - seg.x0)):
        return []  # text further right belongs to something else
    return words


def _multiline(hit: LabelHit, lines: list[Line], li: int, seg: Segment) -> tuple[object, list, float] | None:
    """An address: lines from the label (right of it or below it) until a postcode line."""
    parts: list[str] = []
    words: list = []
    rest_words = seg.words[hit.n_words :]
    line = lines[li]
    idx = line.segments.index(seg)
    if rest_words:
        x_anchor = rest_words[0].x0
        parts.append(" ".join(w.text for w in rest_words))
        words.extend(rest_words)
    elif idx + 1 < len(line.segments) and not match_labels(line.segments[idx + 1], set(VALUE_PARSERS), False):
        nxt = line.segments[idx + 1]
        x_anchor = nxt.x0
        parts.append(nxt.text)
        words.extend(nxt.words)
    else:
        x_anchor = seg.x0
        right = line.segments[idx + 1].x0 if idx + 1 < len(line.segments) else 1e9
        below = _column_words(lines, li, seg, right, +1)
        if below:
            x_anchor = below[0].x0
    postcode = P.find_postcode(parts[0]) if parts else None
    last = seg.bottom
    h = max(seg.bottom - seg.top, 6.0)
    for line2 in lines[li + 1 : li + 8]:
        if postcode:
            break
        if line2.top - last > 2.2 * h:
            break
        s = next((s for s in line2.segments if abs(s.x0 - x_anchor) <= 15), None)
        if s is None:
            break
        if match_labels(s, set(VALUE_PARSERS), False) and not P.find_postcode(s.text):
            break
        parts.append(s.text)
        words.extend(s.words)
        last = s.bottom
        postcode = P.find_postcode(s.text)
    if not parts:
        return None
    text = ", ".join(p.strip(" ,") for p in parts)
    pc = P.find_postcode(text)
    if pc:
        text = (text[: pc[1][0]] + text[pc[1][1] :]).strip(" ,")
    address = ", ".join(p.strip() for p in text.split(",") if p.strip())
    if not address:
        return None
    return (address, pc[0] if pc else None), words, min(w.conf for w in words)


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


def _address_block(pages: list[list[Line]], methods: list[str], found: dict) -> None:
    """The client's address block at the top of a letter: a name line, address lines, a postcode line."""
    name = found.get("client_name")
    lines = pages[0] if pages else []
    for i, line in enumerate(lines[:40]):
        for seg in line.segments:
            pc = P.find_postcode(seg.text)
            if not pc or len(seg.text) > len(pc[0]) + 30:
                continue
            if any(o.x1 < seg.x0 and match_labels(o, set(VALUE_PARSERS), False) for o in line.segments):
                continue  # a labelled postcode ("Postcode:  M20 2RN") ends no address block
            # an envelope-window block lines up on the left; a letter writer's own address often on the
            # right, where a company's letterhead address also sits: there the name must have a title
            block, right = _block_above(lines, i, seg, "x0"), False
            if len(block) < 3:
                block, right = _block_above(lines, i, seg, "x1"), True
            if len(block) < 3:
                continue
            title, person = P.parse_name(block[0].text)
            if right and not title:
                continue
            if not title and person and FIRM_WORDS.search(person):
                continue  # an addressee firm's block ("Ridgeway Capital Partners LLP"), not the client's
            if name is not None and person and norm(person) != norm(str(name.value)):
                continue
            if (
                name is None
                and not title
                and not (
                    person
                    and 2 <= len(person.split()) <= 4
                    and all(t[:1].isupper() for t in person.split())
                    and block[0].top < 0.3 * max(ln.bottom for ln in lines)
                )
            ):
                continue
            body = [s.text for s in block[1:]]
            text = ", ".join(body)
            text = (text[: text.upper().rfind(pc[0].split()[0])]).strip(" ,") if pc else text
            words = [w for s in block[1:] for w in s.words]
            method = methods[0]
            if "client_address" not in found and text:
                found["client_address"] = Found(
                    ", ".join(p.strip() for p in text.split(",") if p.strip()), 1, words, 0.7, method
                )
            if "client_postcode" not in found:
                found["client_postcode"] = Found(pc[0], 1, seg.words, 0.7, method)
            if "client_name" not in found and person:
                found["client_name"] = Found(person, 1, block[0].words, 0.6, method)
                if title and "client_title" not in found:
                    found["client_title"] = Found(title, 1, block[0].words, 0.6, method)
            return


def _block_above(lines: list[Line], i: int, seg: Segment, edge: str) -> list[Segment]:
    """`seg` and the lines above it aligned with it on `edge` ("x0" left, "x1" right), nearest last."""
    block = [seg]
    for line2 in reversed(lines[max(0, i - 6) : i]):
        s = next((s for s in line2.segments if abs(getattr(s, edge) - getattr(seg, edge)) <= 6), None)
        if s is None:
            if block[0].top - line2.bottom > 1.2 * max(line2.bottom - line2.top, 6.0):
                break
            continue  # a line of another column (the sender's address) interleaved
        if block[0].top - s.bottom > 1.2 * max(s.bottom - s.top, 6.0):
            break
        block.insert(0, s)
    return block
