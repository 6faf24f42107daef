"""Every finder, run once over a document: each a pure function from the page layout to candidates.

A finder reads what its kind of evidence gives, for every field of every doc type, and never
sees what another finder found: two finders may both read a field, and the resolver
(extractor/resolve.py) decides between them by the preferences in rules/data/fields.yaml. The
finders that need a field already decided (the provider's issuer evidence, the adviser firm's
footer, the client's address block) run as resolver steps (extractor/steps.py), after it.
"""

from __future__ import annotations

from itertools import islice

from provcheck.extractor import parsers as P
from provcheck.extractor.accounts import account_row
from provcheck.extractor.addressparts import find_address_parts
from provcheck.extractor.candidate import Candidate
from provcheck.extractor.cashapart import add_cash_apart
from provcheck.extractor.contribtable import find_contribution_table
from provcheck.extractor.document import Document
from provcheck.extractor.found import Found
from provcheck.extractor.fundblocks import find_blocks
from provcheck.extractor.fundgrid import find_grid
from provcheck.extractor.fundsentence import find_fund_sentences
from provcheck.extractor.labelled import DATED_AMOUNTS, find_labelled
from provcheck.extractor.labels import NAME_PARTS
from provcheck.extractor.layout import Line
from provcheck.extractor.nearlabel import find_near_labels
from provcheck.extractor.paragraphs import Paragraph, paragraphs
from provcheck.extractor.plans import find_listed_policies
from provcheck.extractor.planstatus import find_plan_status
from provcheck.extractor.roles import holdings_total
from provcheck.extractor.sections import section_map
from provcheck.extractor.sentences import KIND, find_patterns, sentence_readings
from provcheck.extractor.signature import find_signature
from provcheck.extractor.signeddate import find_signed_date
from provcheck.extractor.tables import Table, find_holdings, header_lines
from provcheck.extractor.titles import SCORE as TITLE_SCORE
from provcheck.extractor.titles import find_title_product
from provcheck.extractor.valuehistory import find_value_history
from provcheck.models import FIELDS_BY_TYPE

# every field some doc type has: the finders look for all of them on every document (issue 10)
EVERY_FIELD = frozenset(f for fields in FIELDS_BY_TYPE.values() for f in fields)
# passed as frozensets: the label matcher keys its cache by the fields asked for (labels._label_hits), and a
# frozenset is taken as it is, its hash kept, where a set was copied and hashed again for every segment
_LABELLED = EVERY_FIELD | frozenset(NAME_PARTS)
SENTENCE_READINGS = 4  # a field's sentence readings kept: enough for the arithmetic, few enough to read


def find_candidates(
    pages: list[list[Line]], methods: list[str], document: Document
) -> tuple[list[Candidate], Table | None]:
    """Every finder's candidates for every field, in the finders' own order, and the holdings table.

    Args:
        pages: each page's lines (layout.build_lines).
        methods: each page's reading method ("text" or "ocr").
        document: the pages as read, for the marks a signature finder looks at.
    """
    sections = section_map(pages)
    headers = header_lines(pages)  # a header row's "Value" is a column, not a label
    history, heads = find_value_history(pages, methods)  # "Date | Policy value | Surrender value": the newest row
    headers |= heads  # nor is a value history's "Policy value" over its dated rows
    out = find_labelled(pages, methods, _LABELLED, sections, headers)  # type: ignore[arg-type]
    out += _dated_amounts(out)
    out += _listed(pages, methods)
    out += find_plan_status(pages, methods)  # a schedule of plans with a status column: the one in force
    out += find_address_parts(pages, methods)  # "Address line 1", "Address line 2", "Town": joined
    paras = paragraphs(pages)
    out += _patterns(pages, methods, paras)
    # labels that often name something else ("Your ref" in a reply is the adviser's): their own finder
    out += find_labelled(pages, methods, EVERY_FIELD, sections, headers, weak=True)  # type: ignore[arg-type]
    # a label no wording holds, read by its words' nearness to one field's (nearlabel.py)
    out += find_near_labels(pages, methods, sections, headers)
    out += history
    out += find_contribution_table(pages, methods)
    out += _sentences(pages, methods, paras)
    out += _signed_date(pages, methods)
    out += _title(pages, methods)
    # a grid of funds across the page, a heading a row (fundgrid.py), reads wrongly as a table's one row
    table = find_grid(pages) or find_holdings(pages, methods)
    if table is None:
        table = find_blocks(pages)  # funds listed as labelled blocks, not a table (fundblocks.py)
    if table is None:
        table = find_fund_sentences(pages)  # "1,918.097 units at £2.4567 = £4,712.19" under the fund's name
    if table is not None:
        add_cash_apart(table, pages)  # "Cash park  1,907.19" under the table's total
        words = _table_words(pages[table.page - 1], table.bbox)
        found = Found(table.holdings, table.page, words, table.confidence, methods[table.page - 1])
        out.append(Candidate("holdings", table.holdings, found, "table", table.confidence))
    out += _account(pages, methods, table)
    sig = find_signature(pages, document.pages)
    if sig is not None:
        present, page_no, words, conf = sig
        found = Found(present, page_no, words, conf, methods[page_no - 1])
        out.append(Candidate("signature_present", present, found, "signature", conf))
    return out, table


def _one(
    field: str, value: object, page_no: int, words: list, conf: float, methods: list[str], finder: str
) -> Candidate:
    return Candidate(field, value, Found(value, page_no, words, conf, methods[page_no - 1]), finder, conf)


def _dated_amounts(labelled: list[Candidate]) -> list[Candidate]:
    """The date a value's own label gives ("Fund value (5 April 2026)"), as the valuation date: the latest."""
    dated = [c for c in labelled if c.field in DATED_AMOUNTS and c.found.as_at]
    if not dated:
        return []
    best = max(dated, key=lambda c: str(c.found.as_at))
    f = best.found
    found = Found(f.as_at, f.page, f.words, f.confidence, f.method)
    return [Candidate("valuation_date", f.as_at, found, "dated_amount", best.score)]


def _listed(pages: list[list[Line]], methods: list[str]) -> list[Candidate]:
    listed = find_listed_policies(pages)
    if listed is None:
        return []
    numbers, page_no, words = listed
    return [_one("policy_numbers", numbers, page_no, words, 0.7, methods, "plan_list")]


def _patterns(pages: list[list[Line]], methods: list[str], paras: list[Paragraph]) -> list[Candidate]:
    out = []
    for name, (value, page_no, words) in find_patterns(pages, set(EVERY_FIELD), paras).items():
        conf = 0.8 * min(w.conf for w in words)
        if name == "client_name":
            title, value = P.parse_name(str(value))
            if value is None:
                continue
            if title:
                out.append(_one("client_title", title, page_no, words, conf, methods, "pattern"))
        out.append(_one(name, value, page_no, words, conf, methods, "pattern"))
    return out


def _sentences(pages: list[list[Line]], methods: list[str], paras: list[Paragraph]) -> list[Candidate]:
    out = []
    for name in sorted(KIND):
        # every paragraph's reading, the first best: the document's arithmetic may prefer a later one
        for value, page_no, words in islice(sentence_readings(pages, name, paras), SENTENCE_READINGS):
            out.append(_one(name, value, page_no, words, 0.8 * min(w.conf for w in words), methods, "sentence"))
    return out


def _account(pages: list[list[Line]], methods: list[str], table: Table | None) -> list[Candidate]:
    """A valuation's summary line of the account its detail is about: plan type, number, value (accounts.py)."""
    rows = {id(w) for _, words in table.rows for w in words} if table is not None else set()
    totals = {table.total, holdings_total(table.holdings)} - {None} if table is not None else set()
    row = account_row(pages, rows, totals)
    if row is None:
        return []
    conf = 0.7 * min(w.conf for w in row.words)
    return [
        _one(name, value, row.page, row.words, conf, methods, "account_row")
        for name, value in (("plan_type", row.plan_type), ("policy_number", row.policy), ("plan_value", row.value))
        if value is not None
    ]


def _title(pages: list[list[Line]], methods: list[str]) -> list[Candidate]:
    titled = find_title_product(pages)
    if titled is None:
        return []
    plan_type, words = titled
    return [_one("plan_type", plan_type, 1, words, TITLE_SCORE * min(w.conf for w in words), methods, "title")]


def _signed_date(pages: list[list[Line]], methods: list[str]) -> list[Candidate]:
    signed = find_signed_date(pages)
    if signed is None:
        return []
    iso, page_no, words, conf = signed
    return [_one("date_signed", iso, page_no, words, conf, methods, "signed_date")]


def _table_words(lines: list[Line], bbox: list[float]) -> list:
    return [
        w
        for ln in lines
        for w in ln.words
        if w.top >= bbox[1] - 1 and w.bottom <= bbox[3] + 1 and w.x0 >= bbox[0] - 1 and w.x1 <= bbox[2] + 1
    ]
