"""CRM mapping profiles: YAML files that turn the neutral export tables into a CRM's import shape.

Bundled profiles are listed under `crm_profiles` in data/registry.yaml; a user's own profile is given with
`--mapping FILE`. Loading is strict (`extra="forbid"`): a bad file stops the run with a ConfigError naming
the file, the key path and the reason (exit 2). A profile says, per file it writes, which neutral table
feeds it and, per column, its header and where its value comes from:

- `source`: a neutral column of that table (spec/crm.md), rendered per its kind (text/number/date);
- `value`: a constant; with `source` as well, the constant is written only where the source is not blank
  (Intelliflo's `CodeType: ISIN` beside an ISIN);
- `map`: translates source values (a vendor's plan-type vocabulary); unmapped values pass through.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from provcheck.errors import ConfigError
from provcheck.export.columns import CRM_TABLES, TABLES
from provcheck.rules.loader import DATA_DIR, load_model
from provcheck.rules.registry import registry

DATE_FORMATS = {"YYYY-MM-DD": "%Y-%m-%d", "DD/MM/YYYY": "%d/%m/%Y", "MM/DD/YYYY": "%m/%d/%Y"}


class Column(BaseModel):
    """One output column."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    header: str = Field(min_length=1)
    source: str | None = None
    value: str | None = None
    map: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _has_origin(self) -> Column:
        if self.source is None and self.value is None:
            raise ValueError("give a 'source' (a neutral column) or a constant 'value'")
        return self


class FileMapping(BaseModel):
    """One file a profile writes, fed by one neutral table."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    table: Literal["plans", "holdings", "clients"]
    filename: str = Field(min_length=1)
    columns: list[Column] = Field(min_length=1)

    @field_validator("filename")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if (
            "/" in value
            or "\\" in value
            or value.startswith(".")
            or value in ("results.jsonl", "exceptions.csv")
        ):
            raise ValueError(
                "must be a plain file name (no folders, not hidden, not results.jsonl or exceptions.csv)"
            )
        return value

    @model_validator(mode="after")
    def _known_sources(self) -> FileMapping:
        known = TABLES[self.table]
        for i, col in enumerate(self.columns):
            if col.source is not None and col.source not in known:
                import difflib

                close = difflib.get_close_matches(col.source, list(known), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else f"; valid: {', '.join(known)}"
                raise ValueError(f"columns.{i}.source: '{col.source}' is not a {self.table} column{hint}")
        headers = [c.header for c in self.columns]
        dupes = sorted({h for h in headers if headers.count(h) > 1})
        if dupes:
            raise ValueError(f"columns: header {', '.join(dupes)} appears more than once")
        return self


class CrmProfile(BaseModel):
    """A CRM mapping profile."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    name: str = Field(min_length=1)
    description: str = ""
    delimiter: str = ","
    bom: bool = False
    raw: bool = False
    date_format: Literal["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY"] = "YYYY-MM-DD"
    blank_clears: bool = False
    files: list[FileMapping] = Field(min_length=1)

    @field_validator("delimiter")
    @classmethod
    def _one_char(cls, value: str) -> str:
        if len(value) != 1 or value in ('"', "'", "\r", "\n"):
            raise ValueError("must be a single character such as ',', ';' or a tab ('\\t')")
        return value

    @model_validator(mode="after")
    def _unique_files(self) -> CrmProfile:
        names = [f.filename for f in self.files]
        if len(set(names)) != len(names):
            raise ValueError("files: two files have the same filename")
        return self

    @property
    def strftime(self) -> str:
        """The date format as a strftime pattern."""
        return DATE_FORMATS[self.date_format]


@lru_cache(maxsize=1)
def bundled_profiles() -> dict[str, CrmProfile]:
    """The bundled profiles by name, as listed in data/registry.yaml."""
    out: dict[str, CrmProfile] = {}
    for rel in registry().crm_profiles:
        path = DATA_DIR / rel
        profile = load_model(path, CrmProfile)
        if profile.name in out:
            raise ConfigError(f"{path}: name: '{profile.name}' is already used by another bundled profile.")
        out[profile.name] = profile
    return out


def load_crm_profile(name: str | None = None, mapping: Path | None = None) -> CrmProfile:
    """The profile to export with: a user's mapping file, else a bundled profile by name (default `generic`).

    Args:
        name: a bundled profile's name (`generic`, `excel`, `intelliflo`, `plannr`).
        mapping: a user's profile file (`--mapping FILE`); wins over `name`.

    Returns:
        The validated profile.

    Raises:
        ConfigError: the file is invalid, or no bundled profile has that name.
    """
    if mapping is not None:
        return load_model(mapping, CrmProfile)
    profiles = bundled_profiles()
    key = name or "generic"
    if key not in profiles:
        raise ConfigError(f"--crm {key!r}: no such profile; choose one of {', '.join(sorted(profiles))}.")
    return profiles[key]


__all__ = ["CRM_TABLES", "Column", "CrmProfile", "FileMapping", "bundled_profiles", "load_crm_profile"]
