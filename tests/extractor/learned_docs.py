"""Statements drawn with reportlab for the teaching tests: a provider's letterhead and a label provcheck does not know.

The providers are invented sample houses (samples/knowledge/providers: Aldgate Life, Cairngorm Assurance),
identified by their letterhead. The label "Sum held for you today" is in no bundled labels list and no
sentence phrase, so nothing but a taught wording reads the amount beside it; "Worth of your holding
today" is read only weakly, by the sentence phrase "worth".
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

SAMPLE_KNOWLEDGE = Path(__file__).resolve().parents[2] / "samples" / "knowledge"
UNKNOWN_LABEL = "Sum held for you today"
WEAK_LABEL = "Worth of your holding today"
VALUE_X = 300.0  # where the amount is drawn, in points from the left


def knowledge_copy(tmp: Path) -> Path:
    """A private copy of samples/knowledge, so a taught wording is written there and nowhere else."""
    folder = tmp / "knowledge"
    shutil.copytree(SAMPLE_KNOWLEDGE, folder)
    return folder


def statement(
    path: Path,
    provider: str,
    policy: str,
    amount: str,
    *,
    client: str = "Mrs Jane Smith",
    label: str = UNKNOWN_LABEL,
    policy_label: str = "Plan number:",
    extra: tuple[tuple[str, str], ...] = (),
) -> Path:
    """One page: the provider's letterhead, a statement's usual labels, and `label` beside `amount`.

    Returns:
        `path`. The amount's box is at x >= VALUE_X on the line "label".
    """
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, 800, provider)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 760, "Annual statement")
    c.setFont("Helvetica", 10)
    rows = [
        ("Statement period:", "1 April 2025 to 31 March 2026"),
        ("Client name:", client),
        (policy_label, policy),
        ("Plan type:", "Personal pension"),
        (label, amount),
        *extra,
    ]
    y = 720.0
    for left, right in rows:
        c.drawString(60, y, left)
        c.drawString(VALUE_X, y, right)
        y -= 18
    c.save()
    return path
