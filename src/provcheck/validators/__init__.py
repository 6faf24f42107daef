"""Validators: one check kind per module, each a pure function over a record.

`validate` runs every check the rule pack enables for a doc type.
"""

from __future__ import annotations

import datetime as dt

from provcheck.models import Issue, Record
from provcheck.rules import RulePack


def validate(record: Record, doc_type: str, pack: RulePack, as_of: dt.date) -> list[Issue]:
    """Every issue the rule pack's checks find in `record` (none yet: filled in by the validation issue)."""
    return []
