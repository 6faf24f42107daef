"""Sure and unsure: an `error` stands only on values read with confidence (spec/record.md).

Every check judges values as if they were read right. A misread (an OCR "O" for "0", a weak
label) then looks like a wrong document, and the document is rejected for the reader's
mistake. So after the checks, in this one place, an error is kept only when every value it
rests on was read at or above the pack's `confidence_threshold`; otherwise it becomes a
warning that names the doubt, and a person looks at the paper.
"""

from __future__ import annotations

import re

from provcheck.models import CONTESTED, Evidence, Issue
from provcheck.validators.required import LABELS

# Values a rule's finding rests on besides the field the issue names.
DEPENDS: dict[str, tuple[str, ...]] = {
    "holdings_sum": ("plan_value", "holdings"),
    "transfer_below_value": ("plan_value",),
    "period_order": ("period_start", "valuation_date"),
}
# Rules that judge a code by its own check digit: a check digit exists to catch misreadings, so
# when OCR read the code a failing one says the reading is wrong as often as the paper, and the
# finding is never sure there, however confident the OCR words (a text layer is read exactly).
CHECK_DIGIT_RULES = frozenset({"isin"})
# Rules that judge the document by its own arithmetic (holdings adding up to the plan value): on a
# scan a row OCR dropped or misread fails the sum as a wrong statement does, and a dropped row
# lowers no word's confidence, so the finding is never sure when a value it adds was OCR'd.
ARITHMETIC_RULES = frozenset({"holdings_sum"})
# How the doubt names a field when "the <label>" does not say where to look.
_PLACES = {"signature_present": "the signature line"}
_INDEX = re.compile(r"\[(\d+)\]")


def _keys(field: str) -> list[str]:
    """The evidence keys a field's value may be under, most precise first: holdings[2].isin, holdings[2], holdings."""
    keys = [field]
    head = field.split(".", 1)[0]
    if head != field:
        keys.append(head)
    base = head.split("[", 1)[0]
    if base != head:
        keys.append(base)
    return keys


def _evidence(field: str, evidence: dict[str, Evidence]) -> Evidence | None:
    return next((evidence[k] for k in _keys(field) if k in evidence), None)


def _self_check(rule: str, name: str, field: str) -> bool:
    """Whether `rule` checks `name` against the document's own redundancy: never sure where OCR read it."""
    return rule in ARITHMETIC_RULES or (rule in CHECK_DIGIT_RULES and name == field)


def doubt(issue: Issue, evidence: dict[str, Evidence], threshold: float) -> tuple[str, Evidence] | None:
    """The field and evidence, least certain under the threshold, an issue's finding rests on; None when sure."""
    if issue.field is None:
        return None
    weak = []
    for name in (issue.field, *DEPENDS.get(issue.rule, ())):
        found = _evidence(name, evidence)
        if found is not None and found.confidence < threshold:
            weak.append((name, found))
        elif found is not None and found.method == "ocr" and _self_check(issue.rule, name, issue.field):
            weak.append((name, found))
    return min(weak, key=lambda pair: pair[1].confidence) if weak else None


def place(field: str) -> str:
    """A field as a doubt names it: "the signature line", "the fund holdings (row 3)"."""
    base = field.split("[", 1)[0]
    name = _PLACES.get(base) or "the " + LABELS.get(base, base.replace("_", " "))
    row = _INDEX.search(field)
    return f"{name} (row {int(row.group(1)) + 1})" if row and base == "holdings" else name


def settle(issues: list[Issue], evidence: dict[str, Evidence] | None, threshold: float) -> list[Issue]:
    """The issues with each error on an unsure value turned into a warning naming the doubt.

    Args:
        issues: what the checks found.
        evidence: where each value was read (field -> evidence); None when the record was not
            read from a document (a record given whole is taken as sure).
        threshold: the pack's `confidence_threshold`.

    Returns:
        The issues in the same order; errors on sure values unchanged.
    """
    if not evidence:
        return issues
    out = []
    for item in issues:
        unsure = doubt(item, evidence, threshold) if item.severity == "error" else None
        if unsure is None:
            out.append(item)
            continue
        out.append(downgrade(item, *unsure))
    return out


def downgrade(item: Issue, field: str, weak: Evidence, where: str = "") -> Issue:
    """`item` as a warning that names the unsure value it rests on (`where`: on which document, if another)."""
    how = "by OCR from a scan" if weak.method == "ocr" else "from the text layer"
    if item.rule in CHECK_DIGIT_RULES and weak.method == "ocr":
        note = (
            f" Not sure: {place(field)}{where} was read {how} on page {weak.page}, and a misreading fails "
            "a check digit just as a misprint does; check it by eye."
        )
    elif item.rule in ARITHMETIC_RULES and weak.method == "ocr" and field.startswith("holdings"):
        note = (
            f" Not sure: {place(field)}{where} was read {how} on page {weak.page}, and a row missed or "
            "misread there fails the sum just as a wrong figure does; check it by eye."
        )
    elif weak.basis == CONTESTED:
        note = (
            f" Not sure: {place(field)}{where} on page {weak.page} was chosen between readings that differ, "
            f"and none of them agrees with the document's own figures (confidence {weak.confidence:.2f}); "
            "check it by eye."
        )
    else:
        note = (
            f" Not sure: {place(field)}{where} could not be read clearly "
            f"(confidence {weak.confidence:.2f}, read {how} on page {weak.page}); check it by eye."
        )
    return item.model_copy(update={"severity": "warning", "message": item.message + note})
