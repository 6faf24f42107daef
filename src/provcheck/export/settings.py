"""How an out/ folder was written, kept beside it so the review desk can write it again alike.

An approval in the desk regenerates the out/ folders that hold the document (spec/review.md), long after
the `check` or `watch` that chose the CRM profile, the `--known` CRM export and the rules. Those choices
are kept in `FOLDER/.provcheck/export.json` (FOLDER is the `check --out` folder, or the watched inbox):
the profile itself (a user's `--mapping` file may have moved since), the `--known` file's path and the
required fields per doc type of the rules in force (the report's missing-data rates). No client data.
A folder without the file, or with one provcheck cannot read, is written with the generic profile.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from provcheck.export.write import atomic_write_bytes

if TYPE_CHECKING:
    from provcheck.dedupe.known import KnownMatcher
    from provcheck.rules.crm import CrmProfile

SETTINGS = Path(".provcheck") / "export.json"


@dataclass(frozen=True)
class ExportSettings:
    """What an out/ folder is written with."""

    profile: CrmProfile
    known: KnownMatcher | None
    required: Mapping[str, Sequence[str]] | None


def save_settings(
    folder: Path,
    profile: CrmProfile,
    known_path: Path | None = None,
    required: Mapping[str, Sequence[str]] | None = None,
) -> Path:
    """Keep the profile, the `--known` path and the required fields in FOLDER/.provcheck/export.json."""
    data = {
        "profile": profile.model_dump(mode="json"),
        "known": None if known_path is None else str(Path(known_path).resolve()),
        "required": None if required is None else {k: list(v) for k, v in required.items()},
    }
    return atomic_write_bytes(folder / SETTINGS, json.dumps(data, indent=1).encode("utf-8"))


def load_settings(folder: Path) -> ExportSettings:
    """The settings kept for FOLDER; the generic profile and no `--known` when none are (or cannot be read).

    Raises:
        ConfigError: the `--known` file named there cannot be read any more (the caller says so).
    """
    from provcheck.dedupe.known import KnownMatcher
    from provcheck.rules.crm import CrmProfile, load_crm_profile

    try:
        data = json.loads((folder / SETTINGS).read_text(encoding="utf-8"))
        profile = CrmProfile.model_validate(data["profile"])
    except (OSError, ValueError, KeyError, TypeError):
        return ExportSettings(load_crm_profile("generic"), None, None)
    known = KnownMatcher.load(Path(data["known"])) if data.get("known") else None
    required = data.get("required") if isinstance(data.get("required"), dict) else None
    return ExportSettings(profile, known, required)
