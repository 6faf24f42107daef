"""Moving originals into processed/, review/ or failed/ without ever overwriting anything.

A clash gets ` (2)`, ` (3)`… before the extension (spec/watch.md). The move is a hard link to the new
name (which fails rather than replace an existing file) followed by removing the old name; on a file
system without hard links it falls back to a rename after checking the name is free. Because the
destination is recorded in the ledger before the move, a crash between the link and the unlink is
finished on restart instead of producing a second copy. The note of a file in review/ or failed/ is
written whole before the file is moved in, so the file is never there without it (spec/watch.md).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from provcheck.export.write import atomic_create_bytes, atomic_write_bytes


def sidecar_path(placed: Path) -> Path:
    """The sidecar note beside a placed original: its full name plus `.txt` (`x.pdf` -> `x.pdf.txt`)."""
    return placed.with_name(placed.name + ".txt")


def free_name(folder: Path, name: str) -> Path:
    """The first of `name`, `stem (2).ext`, `stem (3).ext`… in `folder` not used by a file or its note."""
    stem, suffix = os.path.splitext(name)
    n = 1
    while True:
        candidate = folder / (name if n == 1 else f"{stem} ({n}){suffix}")
        if not candidate.exists() and not sidecar_path(candidate).exists():
            return candidate
        n += 1


def move_no_replace(src: Path, dst: Path) -> bool:
    """Move `src` to `dst` unless `dst` exists; True when moved (or when an earlier move got as far as `dst`).

    Args:
        src: the file to move.
        dst: its new path, on the same file system.

    Returns:
        False when `dst` is taken by another file, so the caller picks another name.
    """
    if dst.exists():
        if src.exists() and os.path.samefile(src, dst):
            src.unlink()  # an earlier move linked but was killed before removing the old name
            return True
        return False
    try:
        os.link(src, dst)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if dst.exists():
            return False
        os.replace(src, dst)  # no hard links here (some shares): the name was free a moment ago
        return True
    src.unlink()
    return True


def write_sidecar(placed: Path, text: str) -> Path:
    """Write (or rewrite) the plain-words note beside a placed original, atomically (the desk's own notes)."""
    return atomic_write_bytes(sidecar_path(placed), text.encode("utf-8"))


def write_missing_sidecar(placed: Path, text: str) -> bool:
    """Write the plain-words note beside a placed original, atomically, unless a note is there; True if written."""
    return atomic_create_bytes(sidecar_path(placed), text.encode("utf-8"))


def move_with_note(src: Path, dst: Path, note: str | None) -> bool:
    """Write `dst`'s note (when there is one), then move `src` to `dst`; nothing already there is replaced.

    Args:
        src: the file to move.
        dst: its new path, on the same file system.
        note: the plain-words note to put beside it, or None for a file that has none (processed/).

    Returns:
        False when `dst` or its note's name holds someone else's file, so the caller picks another name.
    """
    if note is not None and not _note_in_place(dst, note):
        return False
    if move_no_replace(src, dst):
        return True
    if note is not None:
        sidecar_path(dst).unlink(missing_ok=True)  # ours, written a moment ago for a name now taken
    return False


def _note_in_place(placed: Path, text: str) -> bool:
    """Create the note beside `placed`; True also when the very same note is there already.

    The same text there is ours, left by a session killed between writing the note and moving the file
    in; any other file of that name is a user's and is left alone.
    """
    data = text.encode("utf-8")
    if atomic_create_bytes(sidecar_path(placed), data):
        return True
    try:
        return sidecar_path(placed).read_bytes() == data
    except OSError:
        return False
