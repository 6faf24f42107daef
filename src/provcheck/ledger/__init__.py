"""The ledger: every document seen, every run, its result line and status changes (schema in `schema`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from provcheck.ledger.location import default_ledger_path, network_warning, resolve_ledger_path

if TYPE_CHECKING:
    from provcheck.ledger.schema import SCHEMA_VERSION
    from provcheck.ledger.store import Entry, Ledger, RecordedRun, now

# The store and its SQLite schema are imported when first named: a `check` without a ledger reads only
# `location` (to see whether PROVCHECK_LEDGER asks for one), and sqlite3 is no part of its start-up (issue 14).
_LAZY = {"SCHEMA_VERSION": "schema", "Entry": "store", "Ledger": "store", "RecordedRun": "store", "now": "store"}

__all__ = [
    "SCHEMA_VERSION",
    "Entry",
    "Ledger",
    "RecordedRun",
    "default_ledger_path",
    "network_warning",
    "now",
    "resolve_ledger_path",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f"provcheck.ledger.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
