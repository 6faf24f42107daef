"""Find every record field of a document and decide its type: finders, then one resolver.

Every finder (extractor/finders.py) runs once over the page layout and hands back candidates for
any field of any doc type; none sees what another found. The resolver (extractor/resolve.py)
picks each field's value from all of them by the preferences in rules/data/fields.yaml and by
the document's own arithmetic; the steps that need a decided field (the provider, the adviser
firm, OCR mending, the address block: extractor/steps.py) follow in order. The type is decided
from the wording and the fields found, and is no gate (issue 10). Nothing here knows a
provider's layout: label vocabulary is data (rules/data/labels.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from provcheck.extractor import steps
from provcheck.extractor.answers import drop_answer_marks
from provcheck.extractor.candidate import Candidate
from provcheck.extractor.classify import classify, with_fields
from provcheck.extractor.document import Document
from provcheck.extractor.finders import find_candidates
from provcheck.extractor.found import Found
from provcheck.extractor.layout import Line, build_lines
from provcheck.extractor.learned import find_learned
from provcheck.extractor.places import split_at_labels
from provcheck.extractor.resolve import Facts, Resolution, resolve
from provcheck.extractor.roles import holdings_total
from provcheck.extractor.schedule import plans_for_provider
from provcheck.extractor.tables import Table
from provcheck.extractor.taughtheads import taught_table
from provcheck.models import FIELDS_BY_TYPE, Evidence, Record
from provcheck.rules.fields import load_field_prefs
from provcheck.rules.knowledge import active as active_knowledge


@dataclass
class Extraction:
    """What the extractor found: the doc type, the record, the evidence of each field, and every ruling."""

    doc_type: str
    record: Record
    evidence: dict[str, Evidence] = field(default_factory=dict)
    resolution: Resolution = field(default_factory=Resolution)  # every candidate and why it won or lost


def extract(document: Document) -> Extraction:
    """Find every record field a document's pages support, then decide its type from wording and fields.

    The record carries the decided type's fields; an `unknown` document carries the fields every
    type has ("all" in spec/record.md's table), as found.

    Args:
        document: pages of positioned words from `read_document`.

    Returns:
        The doc type, the record (absent fields None / []), evidence per field found, the rulings.
    """
    pages = [drop_answer_marks(split_at_labels(build_lines(p), p.method == "ocr")) for p in document.pages]
    methods = [p.method for p in document.pages]
    prefs = load_field_prefs()
    candidates, table = find_candidates(pages, methods, document)
    candidates += steps.derived(candidates, pages)
    facts = _facts(table, steps.period_end(candidates))
    res = resolve(candidates, facts, None, prefs)
    doc_type = with_fields(classify(pages, ocr="ocr" in methods), res.present()).doc_type
    issuer = steps.provider(res, candidates, pages, methods, doc_type, prefs)
    if issuer is not None:
        candidates.append(issuer)
    # a taught wording counts once the provider is known: the fields are resolved again with it
    provider = str(issuer.value) if issuer else None
    candidates += _learned(pages, methods, provider)
    relearned = taught_table(pages, methods, provider, active_knowledge().learned)
    if relearned is not None:  # the table read again with the provider's taught column headings
        table = relearned[0]
        candidates.append(relearned[1])
        facts = _facts(table, facts.period_end)
    res = resolve(candidates, facts, provider, prefs)
    steps.mend_ocr_policies(res)
    plans_for_provider(res, pages)
    steps.adviser_firm(res, pages, methods, prefs, facts)
    steps.address_block(res, pages, methods, prefs, facts)
    steps.title_of_name(res, pages, methods, prefs, facts)
    steps.period_start(res, prefs, facts)
    return _extraction(doc_type, res, table, methods)


def _facts(table: Table | None, period_end: str | None) -> Facts:
    """What the document's own arithmetic says: the holdings' sum and printed total, the period's end."""
    if table is None:
        return Facts(None, period_end)
    return Facts(holdings_total(table.holdings), period_end, table.total)


def _extraction(doc_type: str, res: Resolution, table: Table | None, methods: list[str]) -> Extraction:
    """The record of the decided type's fields, with the evidence of each and of each holding."""
    data: dict[str, object] = {}
    evidence: dict[str, Evidence] = {}
    for name in FIELDS_BY_TYPE[doc_type]:
        won = res.winner(name)
        if won is None:
            continue
        value = won.value
        if name == "policy_numbers":
            value = list(dict.fromkeys(value))  # type: ignore[call-overload]
        data[name] = value
        if won.found.words:
            evidence[name] = won.found.evidence()
    if "regular_contribution" not in data:
        # a frequency is the contribution's: with none found, "Paid monthly" is an annuity's income, not a premium's
        data.pop("contribution_frequency", None)
        evidence.pop("contribution_frequency", None)
    record = Record.model_validate(data)
    if "holdings" in data and table is not None:
        # each row's own evidence, keyed as issues name a holding ("holdings[2]"), beside the table's
        for i, (page_no, words) in enumerate(table.rows):
            row = Found(None, page_no, words, min(w.conf for w in words), methods[page_no - 1])
            evidence[f"holdings[{i}]"] = row.evidence()
            for name, conf in table.mended[i].items():
                # a number or ISIN mended from a misreading is less sure than its row (tablemend.py)
                evidence[f"holdings[{i}].{name}"] = row.evidence().model_copy(update={"confidence": round(conf, 3)})
    return Extraction(doc_type, record, evidence, res)


def _learned(pages: list[list[Line]], methods: list[str], provider: str | None) -> list[Candidate]:
    """Candidates from the wordings a reviewer taught for this document's provider (extractor/learned.py).

    Only the resolved provider's wordings are looked for (a firm may teach hundreds); the resolver
    checks the provider of each candidate again and ranks them by fields.yaml ("learned").
    """
    if provider is None:
        return []
    taught = tuple(w for w in active_knowledge().learned if w.provider == provider)
    return find_learned(pages, methods, taught) if taught else []
