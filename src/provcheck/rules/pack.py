"""Rule packs: which fields each doc type requires, and every rule's settings.

The default pack is data/default.yaml and is the one place defaults live: the models below have
no defaults of their own, so a setting is never decided in two places. A user's pack
(`--rules FILE`) is merged over the default key by key (mappings merge, anything else
replaces), then the result is validated strictly; errors name the user's file, the key path
and the reason.
"""

from __future__ import annotations

import difflib
import hashlib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from provcheck.models import FIELDS_BY_TYPE, Severity
from provcheck.rules.loader import DATA_DIR, RegexStr, load_model, read_yaml
from provcheck.rules.registry import load_providers, registry

ConsistencyField = Literal["client_name", "client_dob", "ni_number"]


class Rule(BaseModel):
    """A rule's common settings: whether it runs, and the severity of what it finds."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    enabled: bool
    severity: Severity


class AgeRule(Rule):
    """dob_age: the client's age at the reference date must lie in [min_age, max_age]."""

    min_age: int = Field(ge=0, le=150)
    max_age: int = Field(ge=0, le=150)

    @model_validator(mode="after")
    def _ordered(self) -> AgeRule:
        if self.min_age > self.max_age:
            raise ValueError(f"min_age ({self.min_age}) is above max_age ({self.max_age})")
        return self


class LoaValidityRule(Rule):
    """loa_expired: an LoA older than this many months (unless the provider says otherwise)."""

    validity_months: int = Field(ge=1, le=120)


class SumRule(Rule):
    """holdings_sum: holdings' values add up to the plan value within `tolerance` pounds."""

    tolerance: float = Field(ge=0)


class UnitsPriceRule(Rule):
    """units_price: units x price is the holding's value within max(tolerance, relative_tolerance x value)."""

    tolerance: float = Field(ge=0)
    relative_tolerance: float = Field(ge=0, le=1)
    pence_prices: bool


class TransferRule(Rule):
    """transfer_below_value: transfer value more than `tolerance` pounds below the plan value."""

    tolerance: float = Field(ge=0)


class ConsistencyRule(Rule):
    """cross_document: documents of one run about the same policy must agree on these fields."""

    fields: list[ConsistencyField]


class Rules(BaseModel):
    """Every rule, by the name its issues carry in `rule`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    required: Rule
    provider_unknown: Rule
    signature: Rule
    ni_number: Rule
    postcode: Rule
    fca_frn: Rule
    isin: Rule
    policy_pattern: Rule
    date_format: Rule
    dob_age: AgeRule
    future_date: Rule
    period_order: Rule
    loa_expired: LoaValidityRule
    number_format: Rule
    holdings_sum: SumRule
    units_price: UnitsPriceRule
    transfer_below_value: TransferRule
    plan_type: Rule
    contribution_frequency: Rule
    cross_document: ConsistencyRule


class ProviderOverride(BaseModel):
    """A pack's per-provider settings; each one set wins over the provider registry's."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    policy_pattern: RegexStr | None = None
    described: str | None = None  # the pattern in words, for messages ("8 digits")
    loa_validity_months: int | None = Field(default=None, ge=1, le=120)


def _field_hint(doc_type: str, name: str) -> str:
    """Why `name` cannot be required of `doc_type`, and which field was probably meant."""
    elsewhere = [t for t, fields in FIELDS_BY_TYPE.items() if name in fields]
    if elsewhere:
        return f"'{name}' is a field of {' and '.join(elsewhere)}, not of {doc_type}"
    close = difflib.get_close_matches(name, FIELDS_BY_TYPE[doc_type], n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"its fields: {', '.join(FIELDS_BY_TYPE[doc_type])}"
    return f"'{name}' is not a field of {doc_type}; {hint}"


class RulePack(BaseModel):
    """A validated rule pack."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    required: dict[str, list[str]]
    # a rule's `error` stands only on values read at least this sure (spec/record.md, "Sure and unsure")
    confidence_threshold: float = Field(ge=0, le=1)
    rules: Rules
    providers: dict[str, ProviderOverride] = Field(default_factory=dict)

    @field_validator("required")
    @classmethod
    def _known_fields(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for doc_type, fields in value.items():
            if doc_type not in FIELDS_BY_TYPE:
                close = difflib.get_close_matches(doc_type, list(FIELDS_BY_TYPE), n=1, cutoff=0.5)
                hint = f"did you mean '{close[0]}'?" if close else f"doc types: {', '.join(FIELDS_BY_TYPE)}"
                raise ValueError(f"'{doc_type}' is not a doc type; {hint}")
            unknown = [f for f in fields if f not in FIELDS_BY_TYPE[doc_type]]
            if unknown:
                raise ValueError(f"{doc_type}: " + "; ".join(_field_hint(doc_type, f) for f in unknown))
        return value

    @field_validator("providers")
    @classmethod
    def _known_providers(cls, value: dict[str, ProviderOverride]) -> dict[str, ProviderOverride]:
        # A misspelt provider name would silently never apply: refuse it and say which name was meant.
        names = [p.name for p in load_providers()]
        for name in value:
            if name not in names:
                close = difflib.get_close_matches(name, names, n=1, cutoff=0.5)
                hint = f"did you mean '{close[0]}'?" if close else f"known providers: {', '.join(names)}"
                raise ValueError(f"'{name}' is not a provider in the registry; {hint}")
        return value

    def provider_settings(self, name: str | None) -> ProviderOverride:
        """The effective per-provider settings: the registry's, with the pack's override over them."""
        out = ProviderOverride()
        if name is None:
            return out
        for provider in load_providers():
            if provider.name == name:
                fmt = provider.policy_format
                out = ProviderOverride(
                    policy_pattern=fmt.pattern if fmt else None,
                    described=fmt.described if fmt else None,
                    loa_validity_months=provider.loa_validity_months,
                )
        override = self.providers.get(name)
        if override is not None:
            update = override.model_dump(exclude_none=True)
            if "policy_pattern" in update:
                update.setdefault("described", None)  # the registry's words describe the registry's pattern
            out = out.model_copy(update=update)
        return out


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge `over` into a copy of `base`: mappings merge, other values replace."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


# Packs already read, by their files (path and a digest of the bytes) and the knowledge they were checked
# against (provider names come from it): `check_file` without a pack asks for one per document, and
# parsing and validating the YAML each time cost more than reading its bytes. The bytes, not the mtime:
# a file rewritten within the file system's timestamp tick keeps its mtime. A few entries cover a session.
_PACKS: dict[tuple[object, ...], tuple[object, RulePack]] = {}
_PACKS_KEPT = 8


def _stamp(path: Path) -> tuple[str, str] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None  # not cached: the loader says what is wrong with it
    return (str(path.resolve()), hashlib.sha256(data).hexdigest())


def load_rule_pack(path: Path | None = None) -> RulePack:
    """The default rule pack, with the user's pack at `path` merged over it.

    The pack is read once per version of its files and knowledge in force, and the same object is
    returned while they stay as they are: copy it (`model_copy(deep=True)`) before changing it.

    Args:
        path: the user's pack (YAML), or None for the default pack alone.

    Returns:
        The validated, effective pack.

    Raises:
        ConfigError: a file cannot be read, is not YAML, or does not validate (file, key path, reason).
    """
    from provcheck.rules.knowledge import active

    default_path = DATA_DIR / registry().rule_pack
    stamps = (_stamp(default_path), _stamp(path) if path is not None else "default")
    knowledge = active()
    kept = _PACKS.get(stamps) if None not in stamps else None
    if kept is not None and kept[0] is knowledge:
        return kept[1]
    pack = _kept_rule_pack(default_path, path)
    if None not in stamps:
        if len(_PACKS) >= _PACKS_KEPT:
            _PACKS.pop(next(iter(_PACKS)))
        _PACKS[stamps] = (knowledge, pack)
    return pack


def _kept_rule_pack(default_path: Path, path: Path | None) -> RulePack:
    """The pack read, or kept from an earlier run (rules/cache.py) while its files and provider names are unchanged."""
    from provcheck.rules import cache

    files = [default_path] if path is None else [default_path, path]
    names = [p.name for p in load_providers()]  # the pack's provider overrides are checked against them
    return cache.cached("rule-pack", [*cache.file_parts(files), *names], lambda: _read_rule_pack(default_path, path))


def _read_rule_pack(default_path: Path, path: Path | None) -> RulePack:
    data = read_yaml(default_path)
    if path is None:
        return load_model(default_path, RulePack, data)
    user = read_yaml(path)
    if user is None:
        user = {}
    if not isinstance(user, dict):
        from provcheck.errors import ConfigError

        raise ConfigError(f"{path}: expected a mapping of keys to values at the top level.")
    return load_model(path, RulePack, merge(data, user))
