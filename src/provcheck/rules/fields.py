"""The resolver's per-field preferences as data (data/fields.yaml): finder order and arithmetic checks.

The extractor's finders each read candidates for any field; which one wins is decided here, in
data, not by the order the code happens to call them in. The file is checked strictly: a misspelt
finder, check or field name stops the run with the file, key and reason.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from provcheck.rules.loader import BundledFile, listed

Finder = Literal[
    "labelled",
    "learned",
    "name_parts",
    "address_parts",
    "period",
    "plan_list",
    "plan_status",
    "pattern",
    "labelled_weak",
    "near_label",
    "value_history",
    "contribution_table",
    "dated_amount",
    "sentence",
    "account_row",
    "signed_date",
    "address_block",
    "titled_name",
    "title",
    "issuer",
    "footer",
    "letterhead",
    "table",
    "signature",
]
Check = Literal["holdings_total", "period_end", "ni_rules", "period_length"]


class FieldPrefs(BaseModel):
    """One field's preferences: the finders that count, best first, and the checks a reading must pass."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    finders: list[Finder] | None = None  # None: the default order
    checks: list[Check] = Field(default_factory=list)
    # values that say only "something": any reading naming a value outranks them, whichever finder read it
    vague: list[str] = Field(default_factory=list)
    # a name of one word (a surname after its title, "Your client: Ms Nettleship") gives way to a reading
    # of the whole name that ends with it ("Policyholder  Ms Dilys Nettleship")
    surname_alone_vague: bool = False

    @field_validator("finders", "checks")
    @classmethod
    def _once(cls, value: list[str] | None) -> list[str] | None:
        seen = [v for i, v in enumerate(value or []) if v in (value or [])[:i]]
        if seen:
            raise ValueError(f"'{seen[0]}' is listed twice; each counts once, in one place of the order")
        if value is not None and not value:
            raise ValueError("an empty list: name at least one, or leave the key out")
        return value


class FieldsFile(BaseModel):
    """data/fields.yaml."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    default: FieldPrefs
    fields: dict[str, FieldPrefs] = Field(default_factory=dict)

    @field_validator("default")
    @classmethod
    def _default_order(cls, value: FieldPrefs) -> FieldPrefs:
        if value.finders is None:
            raise ValueError("default needs its `finders` order (the one every unnamed field takes)")
        return value

    @field_validator("fields")
    @classmethod
    def _record_fields(cls, value: dict[str, FieldPrefs]) -> dict[str, FieldPrefs]:
        from provcheck.models import Record

        for name in value:
            if name not in Record.model_fields:
                close = difflib.get_close_matches(name, list(Record.model_fields), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                raise ValueError(f"'{name}' is not a record field{hint}")
        return value

    def finders(self, field: str) -> list[str]:
        """The finders whose readings count for `field`, best first."""
        own = self.fields.get(field)
        return list(own.finders if own is not None and own.finders is not None else self.default.finders or [])

    def vague(self, field: str) -> list[str]:
        """The values of `field` that name nothing in particular ("other"), outranked by any that does."""
        own = self.fields.get(field)
        return list(own.vague if own is not None else self.default.vague)

    def surname_alone_vague(self, field: str) -> bool:
        """Whether a one-word reading of `field` gives way to a longer one ending with that word."""
        own = self.fields.get(field)
        return own.surname_alone_vague if own is not None else self.default.surname_alone_vague

    def checks(self, field: str) -> list[str]:
        """The arithmetic checks a reading of `field` is weighed by."""
        own = self.fields.get(field)
        return list(own.checks if own is not None else self.default.checks)


def load_field_prefs(path: Path | None = None) -> FieldsFile:
    """The resolver's preferences (the bundled fields.yaml unless `path` is given).

    Raises:
        ConfigError: the file is missing, not YAML, or breaks the schema (file, key and reason named).
    """
    return BUNDLED.load(path)


BUNDLED = BundledFile(FieldsFile, listed("fields"))
