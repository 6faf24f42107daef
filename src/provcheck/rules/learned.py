"""Learned wordings: a provider's label for a field, taught by a reviewer in the desk (spec/review.md "Teaching").

They are data in the firm's knowledge folder (`learned.yaml`, a knowledge file with a `learned:` list),
read by the same strict loader as every rules file (rules/knowledge.py), and applied only to documents of
their provider (extractor/learned.py). The desk writes them (review/teach.py); this module only reads.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from provcheck.errors import ConfigError
from provcheck.rules.loader import load_model, read_yaml

LEARNED_FILE = "learned.yaml"

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Sha256 = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[0-9a-f]{64}$")]


class LearnedWording(BaseModel):
    """One taught label: on `provider`'s documents, `label` heads the value of `field`.

    A `field` of `holdings.<column>` (e.g. `holdings.value`) makes `label` a heading of that holdings table column.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    provider: Text
    field: Text
    label: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=120)]
    taught_by: Text
    taught_at: dt.datetime
    from_document: Sha256  # the content hash of the document it was taught on

    def key(self) -> tuple[str, str, str]:
        """What makes two wordings the same: provider, field and label, case and spacing aside."""
        return (self.provider.casefold(), self.field, " ".join(self.label.casefold().split()))


def column_fields(columns: dict[str, list[str]]) -> set[str]:
    """The learned fields of holdings columns: `holdings.value` for a taught heading of the value column.

    Only the columns a holding has a field for (labels.yaml `holdings_columns` names other kinds too).
    """
    from provcheck.models import Holding

    return {f"holdings.{kind}" for kind in columns if kind in Holding.model_fields}


def check_wordings(path: Path | str, wordings: list[LearnedWording], providers: set[str], fields: set[str]) -> None:
    """A learned wording must name a provider in force and a field that has labels.

    Raises:
        ConfigError: naming the file, the entry and what to do.
    """
    for i, w in enumerate(wordings):
        if w.field not in fields:
            raise ConfigError(
                f"{path}: learned[{i}].field: {w.field!r} is not a field that has labels "
                f"(one of {', '.join(sorted(fields))}). Fix or remove the entry."
            )
        if w.provider not in providers:
            raise ConfigError(
                f"{path}: learned[{i}].provider: {w.provider!r} is not a provider in force "
                "(bundled or in this knowledge folder). Fix or remove the entry."
            )


def read_learned(folder: Path) -> list[LearnedWording]:
    """The wordings of `folder/learned.yaml` (none when it does not exist), strictly read."""
    from provcheck.rules.providers import KnowledgeFile

    path = folder / LEARNED_FILE
    if not path.is_file():
        return []
    data = read_yaml(path)
    if data is None:
        return []
    return list(load_model(path, KnowledgeFile, data).learned)
