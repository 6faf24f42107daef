"""Which files a run reads: folders walked recursively, files chosen by extension (spec/record.md, "Inputs")."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from provcheck.errors import UsageError

EXTENSIONS = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"})
# provcheck's own output folders inside a watched inbox or an --out folder are never inputs.
OWN_FOLDERS = frozenset({"processed", "review", "failed", "out", ".provcheck"})


@dataclass
class Inputs:
    """The files to read, in a deterministic order, and how many other files were skipped."""

    files: list[Path] = field(default_factory=list)
    skipped: int = 0


def collect(paths: Iterable[str | Path]) -> Inputs:
    """Expand files and folders into the sorted, de-duplicated list of input files.

    Args:
        paths: files or folders as given by the user. A file given by name is always read,
            whatever its extension: the user asked for it.

    Returns:
        The input files (sorted per argument, walk order deterministic) and the skip count.

    Raises:
        UsageError: a path does not exist.
    """
    out = Inputs()
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder. Check the path and run again.")
        if path.is_file():
            candidates = [path]
        else:
            candidates = []
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in OWN_FOLDERS)
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    p = Path(root) / name
                    if p.suffix.lower() in EXTENSIONS and p.is_file():
                        candidates.append(p)
                    else:
                        out.skipped += 1
        for p in candidates:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                out.files.append(p)
    return out
