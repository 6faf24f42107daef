"""Telling when a file in the inbox has finished arriving.

A copy over a share fires "created" long before its last byte lands (spec/crm.md, "Watched folders"). A
file is ready when its size and mtime have not changed for `settle` seconds, or at once when it was
renamed into place (the writer's own signal that it is complete). Names a writer uses while copying —
hidden files, `~$` lock files, `.part`, `.tmp`, `.crdownload`, `.download`, `.partial` — are never inputs.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from provcheck.inputs import EXTENSIONS

IN_PROGRESS_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".download", ".filepart", ".!ut")


def is_input_name(name: str) -> bool:
    """Whether a top-level inbox entry with this name is a document to process (spec/record.md extensions)."""
    if name.startswith((".", "~$")) or name.lower().endswith(IN_PROGRESS_SUFFIXES):
        return False
    return os.path.splitext(name)[1].lower() in EXTENSIONS


@dataclass
class _Seen:
    signature: tuple[int, int]
    changed_at: float
    first_seen: float


class Settler:
    """Tracks inbox files between scans and reports which have settled.

    Args:
        settle: seconds a file's size and mtime must stay unchanged.
        clock: a monotonic clock (tests pass their own).
    """

    def __init__(self, settle: float, clock=time.monotonic) -> None:
        self.settle = settle
        self.clock = clock
        self.seen: dict[str, _Seen] = {}
        self.renamed: set[str] = set()
        self.wall_first_seen: dict[str, float] = {}

    def mark_renamed(self, name: str) -> None:
        """A file was renamed into the inbox: ready as soon as it is seen."""
        self.renamed.add(name)

    def scan(self, inbox: Path) -> list[str]:
        """Stat the inbox's top level and return the names that are ready, oldest first.

        Args:
            inbox: the watched folder (subfolders are not inputs).

        Returns:
            Names ready to claim, ordered by when they were first seen, then by name.
        """
        now = self.clock()
        present: dict[str, tuple[int, int]] = {}
        try:
            entries = list(os.scandir(inbox))
        except FileNotFoundError:
            entries = []
        for entry in entries:
            if not is_input_name(entry.name):
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            present[entry.name] = (st.st_size, st.st_mtime_ns)
        for name in list(self.seen):
            if name not in present:
                del self.seen[name]
                self.wall_first_seen.pop(name, None)
        self.renamed &= set(present)
        ready = []
        for name, signature in present.items():
            seen = self.seen.get(name)
            if seen is None:
                seen = self.seen[name] = _Seen(signature, now, now)
                self.wall_first_seen[name] = time.time()
            elif seen.signature != signature:
                seen.signature, seen.changed_at = signature, now
            if name in self.renamed or now - seen.changed_at >= self.settle:
                ready.append(name)
        ready.sort(key=lambda n: (self.seen[n].first_seen, n))
        return ready

    def signature(self, name: str) -> tuple[int, int] | None:
        """The size and mtime last seen for `name`."""
        seen = self.seen.get(name)
        return None if seen is None else seen.signature

    def forget(self, name: str) -> None:
        """Stop tracking a name (it was claimed)."""
        self.seen.pop(name, None)
        self.renamed.discard(name)
        self.wall_first_seen.pop(name, None)
