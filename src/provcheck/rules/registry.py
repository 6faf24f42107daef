"""The registry of bundled knowledge files (data/registry.yaml), and the label vocabulary's schema.

Providers and labels in force come from rules/knowledge.py: the bundled files, then the firm's
knowledge folder.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from provcheck.rules.loader import BundledFile
from provcheck.rules.providers import Provider

__all__ = ["Labels", "Provider", "Registry", "load_labels", "load_providers", "registry"]


class Registry(BaseModel):
    """data/registry.yaml: which knowledge files exist."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    rule_pack: str
    labels: str
    doc_types: str
    fields: str = "fields.yaml"  # the resolver's per-field preferences (rules/fields.py)
    providers: list[str]
    crm_profiles: list[str] = Field(default_factory=list)


class PlanLists(BaseModel):
    """labels.yaml `plan_lists`: a line naming plans (`nouns`) and pointing on (`cues`, or a closing colon)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    nouns: list[str] = Field(default_factory=list)
    cues: list[str] = Field(default_factory=list)
    # a column heading of a small plan table ("Provider | Plan type | Reference"): its row introduces the rows below
    headings: list[str] = Field(default_factory=list)


_MACRO = re.compile(r"<([A-Z][A-Z0-9_]*)>")


class ValueRoles(BaseModel):
    """What an amount's label says it is beyond its field: an opening value, a closing one, a projection."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    opening: list[str] = Field(default_factory=list)
    closing: list[str] = Field(default_factory=list)
    projection: list[str] = Field(default_factory=list)
    # money moved during the period (a year's contributions received, income paid out): never what is paid each period
    movement: list[str] = Field(default_factory=list)


class PriceMarks(BaseModel):
    """labels.yaml `price_marks`: the words and marks that say a table's prices are in pence or pounds."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    pence: list[str] = Field(default_factory=list)
    pounds: list[str] = Field(default_factory=list)
    other: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # "Unit prices are shown in pence."


class NearLabel(BaseModel):
    """labels.yaml `near_label`: how a label the vocabulary does not hold is matched to the nearest field's words.

    A label's words, less `stop_words`, are compared with each field's wordings (word overlap,
    each word weighed by how few fields use it); the nearest field takes the value when its
    similarity reaches `min_similarity` and no other field comes within `margin` of it.
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)

    stop_words: list[str] = Field(default_factory=list)
    min_similarity: float = Field(default=0.6, gt=0.0, le=1.0)
    margin: float = Field(default=0.1, ge=0.0, lt=1.0)
    max_label_words: int = Field(default=6, ge=1)
    # the fields whose parser only takes a value of their shape (an amount, a date, a number): a label
    # no wording names is trusted only where the value itself must look like the field's
    fields: list[str] = Field(default_factory=list)
    # the share of a label finder's strength a near label keeps: below every exact or fuzzy label
    score: float = Field(default=0.6, gt=0.0, lt=1.0)

    @field_validator("fields")
    @classmethod
    def _record_fields(cls, value: list[str]) -> list[str]:
        from provcheck.models import Record

        for name in value:
            if name not in Record.model_fields or name == "holdings":
                close = difflib.get_close_matches(name, list(Record.model_fields), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                raise ValueError(f"'{name}' is not a record field{hint}")
        return value


class ValueHistory(BaseModel):
    """labels.yaml `value_history`: the column headings of a table of a plan's values on several dates."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    date: list[str] = Field(default_factory=list)
    plan_value: list[str] = Field(default_factory=list)
    transfer_value: list[str] = Field(default_factory=list)


class Labels(BaseModel):
    """data/labels.yaml: label synonyms per record field, sentence phrases and patterns, table headings.

    Doc-type evidence lives apart, in doc_types.yaml (rules/doctypes.py).
    """

    model_config = ConfigDict(extra="forbid", defer_build=True)

    fields: dict[str, list[str]]
    label_qualifiers: list[str] = Field(default_factory=list)
    # labels of a name printed in parts ("Forename(s)", "Surname"), joined into client_name
    name_parts: dict[Literal["forenames", "middle_names", "surname"], list[str]] = Field(default_factory=dict)
    # labels of an address printed in parts ("Address line 1", "Address line 2", "Town"), the first
    # opening it, joined into client_address
    address_parts: dict[Literal["first", "more"], list[str]] = Field(default_factory=dict)
    # bare nouns that label a field only when an item number follows ("Policy 1:", "Plan 2")
    item_labels: dict[str, list[str]] = Field(default_factory=dict)
    # a line that introduces a list of plans below it ("This authority covers the following policies:")
    plan_lists: PlanLists = Field(default_factory=lambda: PlanLists())
    weak_fields: dict[str, list[str]] = Field(default_factory=dict)
    sentence: dict[str, list[str]]
    macros: dict[str, str] = Field(default_factory=dict)
    patterns: dict[str, list[str]] = Field(default_factory=dict)
    holdings_columns: dict[str, list[str]]
    totals: list[str]
    totals_after: list[str] = Field(default_factory=list)
    not_holdings: list[str] = Field(default_factory=list)
    cash_lines: list[str] = Field(default_factory=list)
    carried_lines: list[str] = Field(default_factory=list)
    name_tails: list[str] = Field(default_factory=list)
    not_holdings_titles: list[str] = Field(default_factory=list)
    holdings_titles: list[str] = Field(default_factory=list)
    earlier_titles: list[str] = Field(default_factory=list)
    price_marks: PriceMarks = Field(default_factory=lambda: PriceMarks())
    value_roles: ValueRoles = Field(default_factory=lambda: ValueRoles())
    near_label: NearLabel = Field(default_factory=lambda: NearLabel())
    value_history: ValueHistory = Field(default_factory=lambda: ValueHistory())
    plan_types: dict[str, list[str]]
    frequencies: dict[str, list[str]]

    @field_validator("fields", "weak_fields", "sentence", "patterns", "item_labels")
    @classmethod
    def _record_fields(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        # a misspelt field name would teach labels nobody asks for: name the closest real one
        from provcheck.models import Record

        known = [f for f in Record.model_fields if f != "holdings"]
        for name in value:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                raise ValueError(f"'{name}' is not a record field{hint}")
        return value

    @model_validator(mode="after")
    def _patterns_compile(self) -> Labels:
        for name, patterns in self.patterns.items():
            for i, pattern in enumerate(patterns):
                try:
                    rx = re.compile(self.expand(pattern))
                except (re.error, KeyError) as exc:
                    raise ValueError(f"patterns.{name}[{i}] is not a valid pattern ({exc})") from None
                if "v" not in rx.groupindex:
                    raise ValueError(f"patterns.{name}[{i}] has no (?P<v>...) group for the value")
        return self

    def expand(self, pattern: str) -> str:
        """The pattern with each `<NAME>` replaced by `macros.NAME`, macros inside macros too.

        `<TITLE>`, `<LEGAL>` and `<FIRM_WORD>` come from vocabulary.yaml unless `macros` sets them.

        Raises:
            KeyError: the pattern names a macro that is not defined.
        """
        from provcheck.rules.vocabulary import macros

        shared = macros()  # <TITLE>, <LEGAL>, <FIRM_WORD>: the word lists of vocabulary.yaml

        def sub(m: re.Match[str]) -> str:
            if m[1] in self.macros:
                return self.macros[m[1]]
            if m[1] in shared:
                return shared[m[1]]
            raise KeyError(f"macro <{m[1]}> is not defined under macros")

        for _ in range(4):  # a macro may use another ("<FIRM_NAME>" is "<CAPS>" and a firm word)
            expanded = _MACRO.sub(sub, pattern)
            if expanded == pattern:
                break
            pattern = expanded
        return pattern


BUNDLED = BundledFile(Registry, "registry.yaml")


def registry() -> Registry:
    """The registry of bundled knowledge files."""
    return BUNDLED.load()


def load_providers() -> tuple[Provider, ...]:
    """Every provider in force: the bundled registry's, then the knowledge folder's (rules/knowledge.py)."""
    from provcheck.rules.knowledge import active

    return active().providers


def load_labels() -> Labels:
    """The label vocabulary in force: the bundled wordings plus the knowledge folder's."""
    from provcheck.rules.knowledge import active

    return active().labels
