"""What every set's truth test checks the same way: codes' check digits and a held-out set's rebuild by its command.

Each set's own test checks its truth against the contract in its author's terms; these are the parts that are
the same arithmetic whoever writes the set.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pypdfium2 as pdfium


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


_MONEY = re.compile(r"^\d+\.\d{2}$")
_DECIMAL = re.compile(r"^\d+\.\d+$")


def assert_holdings_add_up(rec: dict) -> None:
    """Each holding is well formed and is its units at its price (pence in pounds); together they are the plan value."""
    for h in rec["holdings"]:
        assert _MONEY.match(h["value"]) and _DECIMAL.match(h["units"]) and _DECIMAL.match(h["unit_price"])
        assert h["isin"] is None or (len(h["isin"]) == 12 and isin_ok(h["isin"]))
        if h["isin"] and h["isin"].startswith("GB00"):
            assert sedol_ok(h["isin"][4:11])
        per = Decimal(h["unit_price"]) / (100 if h["price_currency"] == "GBX" else 1)
        assert (Decimal(h["units"]) * per).quantize(Decimal("0.01"), ROUND_HALF_UP) == Decimal(h["value"])
    assert sum(Decimal(h["value"]) for h in rec["holdings"]) == Decimal(rec["plan_value"])


def page_texts(pdf: Path) -> list[str]:
    """Each page's text layer, as pdfium reads it ("" for a page that is only an image)."""
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def assert_text_layer(truth: dict, pdf: Path) -> None:
    """A text document prints its client's name; a scan has no text layer, but a mixed one keeps its first page's."""
    texts = page_texts(pdf)
    if not truth["scanned"]:
        squash = lambda s: re.sub(r"\s", "", s).casefold()  # noqa: E731
        assert squash(truth["record"]["client_name"]) in squash("".join(texts))
        return
    kept = [bool(t.strip()) for t in texts]
    assert kept == ([True] + [False] * (len(texts) - 1) if truth["mixed"] else [False] * len(texts))
