"""Typed records that flow through the pipeline, in the shape of spec/record.md (version 1).

`Record` holds every field of every doc type; `DocumentResult.to_json_dict` keeps only the
fields of the document's own type, as the spec requires ("fields of other doc types are
left out"). The field catalogue (`FIELDS_BY_TYPE`) is the one place that says which.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "provcheck.document/1"

DocType = Literal["loa", "loa_response", "annual_statement", "unknown"]
Status = Literal["clean", "needs_review", "rejected", "failed"]
Severity = Literal["error", "warning"]
Method = Literal["text", "ocr", "review"]  # review: a person's correction (spec/review.md)
# How a provider was found that is the issuer's own evidence (spec/record.md "Sure and unsure"):
# provider-dependent checks (policy-number formats, OCR repairs by a pattern) run only on these.
ISSUER_BASES = frozenset(
    {"frn", "company_number", "legal_name", "domain", "letterhead", "addressee_legal_name", "provider_form"}
)
# The basis of a value the resolver chose over a reading of another value by finder order alone, the
# document's own sums agreeing with neither (extractor/resolve.py): an error on it names that doubt.
CONTESTED = "contested"

DOC_TYPES: tuple[str, ...] = ("loa", "loa_response", "annual_statement")

_COMMON = ("provider", "client_title", "client_name", "client_dob", "ni_number", "client_address", "client_postcode")
_PLAN = (
    "policy_number",
    "plan_type",
    "valuation_date",
    "plan_value",
    "transfer_value",
    "regular_contribution",
    "contribution_frequency",
    "annual_charge_percent",
    "holdings",
)
FIELDS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "loa": (
        *_COMMON[:1],
        "policy_numbers",
        *_COMMON[1:],
        "adviser_firm",
        "fca_frn",
        "adviser_name",
        "date_signed",
        "signature_present",
    ),
    "loa_response": (*_COMMON[:1], "policy_number", *_COMMON[1:], *_PLAN[1:]),
    "annual_statement": (*_COMMON[:1], "policy_number", *_COMMON[1:], *_PLAN[1:3], "period_start", *_PLAN[3:]),
    "unknown": _COMMON,  # the fields marked "all" (spec/record.md "More decisions")
}

PLAN_TYPES = (
    "personal_pension",
    "sipp",
    "stakeholder_pension",
    "workplace_pension",
    "isa",
    "gia",
    "onshore_bond",
    "offshore_bond",
    "other",
)
FREQUENCIES = ("monthly", "quarterly", "annually", "single")


class Holding(BaseModel):
    """One fund holding: decimal strings as printed (units, price), money for value (always pounds).

    `price_currency` is `GBX` when the document prices in pence, `GBP` otherwise; None (and left out
    of a result line) without a price.
    """

    model_config = ConfigDict(extra="forbid")

    fund_name: str | None = None
    isin: str | None = None
    units: str | None = None
    unit_price: str | None = None
    value: str | None = None
    price_currency: Literal["GBP", "GBX"] | None = None


class Record(BaseModel):
    """Every record field of every doc type, normalised as docs/result-format.md says; absent is None / []."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    provider: str | None = None
    policy_number: str | None = None
    policy_numbers: list[str] = Field(default_factory=list)
    client_title: str | None = None
    client_name: str | None = None
    client_dob: str | None = None
    ni_number: str | None = None
    client_address: str | None = None
    client_postcode: str | None = None
    adviser_firm: str | None = None
    fca_frn: str | None = None
    adviser_name: str | None = None
    date_signed: str | None = None
    signature_present: bool | None = None
    plan_type: str | None = None
    valuation_date: str | None = None
    period_start: str | None = None
    plan_value: str | None = None
    transfer_value: str | None = None
    regular_contribution: str | None = None
    contribution_frequency: str | None = None
    annual_charge_percent: str | None = None
    holdings: list[Holding] = Field(default_factory=list)

    def for_type(self, doc_type: str) -> dict[str, Any]:
        """The record as the spec prints it: only the fields of `doc_type`, in catalogue order.

        A holding's `price_currency` is left out when unknown (a row with no price), so a holding
        reads as it did before the field existed (docs/result-format.md).
        """
        data = self.model_dump(mode="json")
        for holding in data.get("holdings") or []:
            if holding.get("price_currency") is None:
                del holding["price_currency"]
        return {name: data[name] for name in FIELDS_BY_TYPE[doc_type]}


class Evidence(BaseModel):
    """Where a field's value was read: 1-based page, bbox [x0, top, x1, bottom] in PDF points."""

    model_config = ConfigDict(extra="forbid")

    page: int
    bbox: tuple[float, float, float, float]
    text: str
    confidence: float
    method: Method
    # how the value was found, where that decides what may be checked: for `provider`, the issuer
    # evidence (`frn`, `legal_name`, `domain`, `letterhead`, `addressee_legal_name`...) or a mere `mention`
    basis: str | None = None


class Issue(BaseModel):
    """A rule that failed; `field` is None only for whole-document issues."""

    model_config = ConfigDict(extra="forbid")

    rule: str
    field: str | None
    severity: Severity
    message: str


class Duplicate(BaseModel):
    """Another document this one repeats."""

    model_config = ConfigDict(extra="forbid")

    of: str
    kind: Literal["exact", "same_plan", "same_client"]
    score: float


class Source(BaseModel):
    """The input file."""

    model_config = ConfigDict(extra="forbid")

    path: str
    sha256: str
    pages: int = 0
    ocr_pages: list[int] = Field(default_factory=list)
    bytes: int = 0


class DocumentResult(BaseModel):
    """One document's result: one line of the format of docs/result-format.md."""

    model_config = ConfigDict(extra="forbid")

    schema_: str = Field(default=SCHEMA, alias="schema")
    source: Source
    doc_type: DocType = "unknown"
    record: Record | None = None
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    completeness: float = 0.0
    missing: list[str] = Field(default_factory=list)
    issues: list[Issue] = Field(default_factory=list)
    duplicates: list[Duplicate] = Field(default_factory=list)
    status: Status = "needs_review"
    # spec/review.md: who decided, when, what was corrected and overridden; only on reviewed documents.
    review: dict[str, Any] | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict[str, Any]:
        """The result as one result line's JSON object (record trimmed to the doc type's fields)."""
        record = {} if self.record is None or self.status == "failed" else self.record.for_type(self.doc_type)
        return {
            "schema": self.schema_,
            "source": self.source.model_dump(mode="json"),
            "doc_type": self.doc_type,
            "record": record,
            "evidence": {k: v.model_dump(mode="json") for k, v in self.evidence.items()},
            "completeness": round(self.completeness, 4),
            "missing": list(self.missing),
            "issues": [i.model_dump(mode="json") for i in self.issues],
            "duplicates": [d.model_dump(mode="json") for d in self.duplicates],
            "status": self.status,
        } | ({"review": self.review} if self.review is not None else {})

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> DocumentResult:
        """Read back a result line (the ledger and `report` use this)."""
        payload = dict(data)
        record = payload.pop("record", {}) or {}
        result = cls.model_validate(payload)
        result.record = Record.model_validate(record) if record else None
        return result
