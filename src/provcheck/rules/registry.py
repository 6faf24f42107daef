"""The provider registry and label vocabulary: data files listed in data/registry.yaml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from provcheck.errors import ConfigError
from provcheck.rules.loader import DATA_DIR, RegexStr, load_model


class Registry(BaseModel):
    """data/registry.yaml: which knowledge files exist."""

    model_config = ConfigDict(extra="forbid")

    rule_pack: str
    labels: str
    providers: list[str]
    crm_profiles: list[str] = Field(default_factory=list)


class Provider(BaseModel):
    """One provider: canonical name, the other names it goes by, and optional per-provider hints."""

    model_config = ConfigDict(extra="forbid")

    name: str
    aliases: list[str] = Field(default_factory=list)
    letterhead: list[str] = Field(default_factory=list)
    policy_pattern: RegexStr | None = None
    loa_validity_months: int | None = Field(default=None, ge=1, le=120)


class Labels(BaseModel):
    """data/labels.yaml: label synonyms per record field, and doc-type cue phrases."""

    model_config = ConfigDict(extra="forbid")

    fields: dict[str, list[str]]
    label_qualifiers: list[str] = Field(default_factory=list)
    sentence: dict[str, list[str]]
    patterns: dict[str, list[str]] = Field(default_factory=dict)
    holdings_columns: dict[str, list[str]]
    totals: list[str]
    doc_type_cues: dict[str, list[str]]
    plan_types: dict[str, list[str]]
    frequencies: dict[str, list[str]]


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The registry of bundled knowledge files."""
    return load_model(DATA_DIR / "registry.yaml", Registry)


@lru_cache(maxsize=4)
def load_providers(extra: tuple[Path, ...] = ()) -> tuple[Provider, ...]:
    """Every provider of the bundled registry, plus any extra provider files given."""
    paths = [DATA_DIR / p for p in registry().providers] + list(extra)
    providers = tuple(load_model(p, Provider) for p in paths)
    seen: dict[str, Path] = {}
    for path, prov in zip(paths, providers, strict=True):
        key = prov.name.casefold()
        if key in seen:
            raise ConfigError(f"{path}: name: '{prov.name}' is already defined in {seen[key]}.")
        seen[key] = path
    return providers


@lru_cache(maxsize=1)
def load_labels() -> Labels:
    """The label vocabulary the extractor matches against."""
    return load_model(DATA_DIR / registry().labels, Labels)
