"""Rule packs: which fields each doc type requires, and the rules' settings.

The default pack is data/default.yaml; a user's pack (`--rules FILE`) is merged over it key by
key (mappings merge, anything else replaces), then the result is validated strictly.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from provcheck.models import FIELDS_BY_TYPE
from provcheck.rules.loader import DATA_DIR, load_model, read_yaml
from provcheck.rules.registry import registry


class RulePack(BaseModel):
    """A validated rule pack."""

    model_config = ConfigDict(extra="forbid")

    required: dict[str, list[str]]

    @field_validator("required")
    @classmethod
    def _known_fields(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for doc_type, fields in value.items():
            if doc_type not in FIELDS_BY_TYPE:
                raise ValueError(f"'{doc_type}' is not a doc type ({', '.join(FIELDS_BY_TYPE)})")
            unknown = [f for f in fields if f not in FIELDS_BY_TYPE[doc_type]]
            if unknown:
                raise ValueError(f"{doc_type}: {', '.join(unknown)} not a field of this doc type")
        return value


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge `over` into a copy of `base`: mappings merge, other values replace."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def load_rule_pack(path: Path | None = None) -> RulePack:
    """The default rule pack, with the user's pack at `path` merged over it."""
    default_path = DATA_DIR / registry().rule_pack
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
