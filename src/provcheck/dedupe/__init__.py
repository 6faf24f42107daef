"""Duplicate detection within a batch and against documents seen before (issue 3).

`DuplicateIndex` (index.py) is what the pipeline uses: kinds, which documents are compared and how
earlier documents are seeded are stated there. `clients.py` holds the client match rule and the
blocked batch deduplication the benchmark measures; `names.py` the name normalisation; `known.py`
reads the `--known` CRM export; `synthetic.py` makes labelled records for tests and the benchmark.
"""

from __future__ import annotations

from provcheck.dedupe.clients import ClientKey, client_key, find_client_duplicates, match_clients
from provcheck.dedupe.index import DuplicateIndex, merge_duplicates
from provcheck.dedupe.known import KnownRecords, iter_known, load_known

__all__ = [
    "ClientKey",
    "DuplicateIndex",
    "KnownRecords",
    "client_key",
    "find_client_duplicates",
    "iter_known",
    "load_known",
    "match_clients",
    "merge_duplicates",
]
