"""What every set's truth test checks the same way: codes' check digits and a held-out set's rebuild by its command.

Each set's own test checks its truth against the contract in its author's terms; these are the parts that are
the same arithmetic whoever writes the set.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path


def isin_ok(code: str) -> bool:
    """Whether `code` is an ISIN: two letters, nine letters or digits, and a Luhn check digit over them."""
    if not re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}\d", code):
        return False
    digits = "".join(str(int(c, 36)) for c in code)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def sedol_ok(code: str) -> bool:
    """Whether the seven characters of `code` pass the SEDOL weighted check (weights 1 3 1 7 3 9 1)."""
    total = sum(int(ch, 36) * w for ch, w in zip(code, (1, 3, 1, 7, 3, 9, 1), strict=True))
    return total % 10 == 0


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def assert_rebuilds(set_dir: Path, seed: str, out: Path) -> None:
    """The set's README command (`generate.py --out OUT --seed SEED`) makes every committed byte of `docs/`."""
    subprocess.run(
        [sys.executable, str(set_dir / "generate.py"), "--out", str(out), "--seed", seed],
        check=True,
        capture_output=True,
    )
    assert _digest(out) == _digest(set_dir / "docs")
