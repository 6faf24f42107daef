"""Where the ledger lives, and whether that place can hold it safely.

Precedence (spec/watch.md "The ledger"): `--ledger PATH`, then the `PROVCHECK_LEDGER` environment variable,
then `provcheck/ledger.sqlite` in the user's data directory (platformdirs). SQLite's WAL mode relies on shared
memory that network file systems do not provide, so a ledger on one is reported with a clear warning.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

ENV_VAR = "PROVCHECK_LEDGER"

# File-system types (as /proc/mounts names them) where WAL's shared-memory locking is unreliable.
NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "davfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.davfs2",
        "fuse.glusterfs",
        "lustre",
        "gpfs",
        "ncpfs",
        "coda",
    }
)


def default_ledger_path() -> Path:
    """The default ledger: `provcheck/ledger.sqlite` under the user's data directory."""
    return Path(platformdirs.user_data_dir("provcheck", appauthor=False)) / "ledger.sqlite"


def resolve_ledger_path(option: Path | str | None = None) -> Path:
    """The ledger path a command should use: the option, else the environment variable, else the default."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return default_ledger_path()


def filesystem_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The file-system type holding `path` (Linux: from /proc/mounts), or None when it cannot be told."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = os.path.realpath(path)
    best, best_type = "", None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, best_type = mount, parts[2]
    return best_type


def network_warning(path: Path) -> str | None:
    """A plain-words warning when the ledger at `path` is on a network file system, else None."""
    probe = path if path.exists() else path.parent
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if sys.platform == "win32":
        network = str(path).startswith("\\\\")
        fs = "a network share"
    else:
        fs_type = filesystem_type(probe)
        network = fs_type is not None and fs_type.lower() in NETWORK_FS
        fs = f"a network file system ({fs_type})"
    if not network:
        return None
    return (
        f"the ledger {path} is on {fs}. SQLite's WAL mode does not work reliably there and the ledger can be "
        "corrupted. Keep the ledger on a local disk (--ledger PATH or PROVCHECK_LEDGER), even when the inbox "
        "is a share."
    )
