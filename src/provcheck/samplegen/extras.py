"""Realistic matter around the record's facts: period summary, pension projection, information page.

A statement's money-in/money-out summary, a pension projection, and an information page that
pushes the holdings table onto later pages.

None of it is a record field, and none of it contradicts the record: the summary's closing value is
the plan value and its arithmetic adds up. It is there because real statements carry it, and an
extractor must not mistake an opening value or a projection for the plan value.
"""

from __future__ import annotations

import random
from decimal import Decimal

from provcheck.models import Record
from provcheck.samplegen import blocks, fmt
from provcheck.samplegen.houses import House
from provcheck.samplegen.page import Doc
from provcheck.samplegen.wording import Words

_INFO = (
    "Your plan's value depends on how the funds you hold perform, the contributions paid and the charges "
    "taken. Fund prices are calculated each working day. Where a fund holds property, we may delay "
    "switches and withdrawals from it for up to six months. If you are unsure whether your plan still "
    "suits you, please speak to your financial adviser. You can find out more about the funds, including "
    "their objectives and charges, in the key information documents on our website. Please tell us if "
    "your address or other details change, and keep this statement with your other plan documents."
)


def money_summary(doc: Doc, rec: Record, w: Words, house: House, rng: random.Random) -> None:
    """A period summary that ends at the plan value: opening value, payments in, charges, growth."""
    if not (rec.plan_value and rec.period_start and rec.valuation_date):
        return
    closing = Decimal(rec.plan_value)
    opening = fmt.round_money(closing * Decimal(rng.randint(780, 1040)) / 1000)
    paid_in = Decimal(rng.randint(0, 600000)) / 100
    charges = fmt.round_money(closing * Decimal(rng.randint(2, 12)) / 1000)
    growth = closing - opening - paid_in + charges
    start, end = fmt.date(rec.period_start, w.date), fmt.date(rec.valuation_date, w.date)
    blocks.heading(
        doc, rng.choice(("Your plan over the period", "Summary of the period", "Money in and out")), house.accent
    )
    rows = [
        (f"Value on {start}", opening),
        ("Payments in", paid_in),
        ("Charges deducted", -charges),
        ("Investment growth" if growth >= 0 else "Investment fall", growth),
        (f"Value on {end}", closing),
    ]
    items = [(label, [_signed(amount, w.money)]) for label, amount in rows]
    blocks.kv_left(doc, items, label_w=220, colon=False)


def projection(doc: Doc, rec: Record, w: Words, house: House, rng: random.Random) -> None:
    """A pension projection (SMPI-style): retirement age, projected pot and income, in today's money."""
    if not rec.plan_type or "pension" not in rec.plan_type and rec.plan_type != "sipp":
        return
    base = Decimal(rec.plan_value or "10000")
    age = rng.choice((60, 65, 66, 67, 68))
    pot = fmt.round_money(base * Decimal(rng.randint(110, 260)) / 100)
    income = fmt.round_money(pot * Decimal(rng.randint(35, 55)) / 1000)
    blocks.heading(doc, rng.choice(("Your projected pension", "What you might get back", "Illustration")), house.accent)
    doc.para(
        f"If you retire at age {age}, your plan could be worth {fmt.money(str(pot), w.money)} in today's money. "
        f"This could buy an income of about {fmt.money(str(income), w.money)} a year. These figures are only "
        "an illustration and are not guaranteed."
    )


def information_page(doc: Doc, house: House) -> None:
    """A page of general information; what follows starts on the next page."""
    blocks.heading(doc, "Important information", house.accent)
    doc.para(_INFO)
    doc.gap(6)
    doc.para(_INFO.split(". ", 3)[-1])
    doc.ensure(doc.bottom)  # the holdings begin on a fresh page


def _signed(amount: Decimal, style: str) -> str:
    text = fmt.money(f"{abs(amount):.2f}", style)
    return f"-{text}" if amount < 0 else text
