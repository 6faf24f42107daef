"""The ledger: every document seen, every run, its result line and status changes (schema in `schema`)."""

from provcheck.ledger.location import default_ledger_path, network_warning, resolve_ledger_path
from provcheck.ledger.schema import SCHEMA_VERSION
from provcheck.ledger.store import Entry, Ledger, RecordedRun, now

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
