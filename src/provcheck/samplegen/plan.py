"""Rendering a provider's LoA response or annual statement from its truth record.

Every non-null field of the record is printed, in the wording and arrangement the layout and the
style draw pick; nothing printed contradicts the record. Extra realistic matter (plan start date,
retirement age, the adviser firm a response is sent to) is not a record field and may vary freely.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from provcheck.models import Record
from provcheck.rules.registry import Provider
from provcheck.samplegen import blocks, fmt, furniture, people
from provcheck.samplegen.blocks import Item
from provcheck.samplegen.houses import House
from provcheck.samplegen.page import Doc
from provcheck.samplegen.table import TableStyle, holdings_table

_VALUE_LABELS = ("Fund value", "Total plan value", "Current value", "Valuation", "Plan value", "Total value")
_TRANSFER_LABELS = ("Transfer value", "Cash-in value", "Surrender value", "Cash value")
_POLICY_LABELS = (
    "Policy number",
    "Plan no.",
    "Your reference",
    "Contract number",
    "Plan reference",
    "Account number",
    "Plan number",
)


@dataclass
class Words:
    """One document's printing choices."""

    date: str
    money: str
    ni_spaced: bool
    colon: bool
    labels: dict[str, str]
    plan_words: str
    freq_words: str


def draw_words(rng: random.Random, house: House, rec: Record, statement: bool) -> Words:
    """Draw label wording and value formats; the house's preferred labels win most of the time."""

    def pick(key: str, pool: tuple[str, ...]) -> str:
        preferred = house.labels.get(key)
        return preferred if preferred and rng.random() < 0.65 else rng.choice(pool)

    labels = {
        "policy": pick("policy", _POLICY_LABELS),
        "value": pick("value", _VALUE_LABELS),
        "transfer": pick("transfer", _TRANSFER_LABELS),
        "plan_type": rng.choice(("Plan type", "Product", "Type of plan", "Product type")),
        "holder": rng.choice(("Plan holder", "Policyholder", "Name", "Client", "Investor")),
        "dob": rng.choice(("Date of birth", "DOB", "Born", "Date of birth")),
        "ni": rng.choice(("National Insurance number", "NI No.", "NINO", "NI number")),
        "valuation": rng.choice(
            ("Statement date", "Valuation date", "Value as at", "Date of valuation")
            if statement
            else ("Valuation date", "Value as at", "Date of valuation", "As at")
        ),
        "contribution": rng.choice(
            ("Regular contribution", "Current contribution", "Contributions", "Premium")
        ),
        "charge": rng.choice(("Annual management charge", "Annual charge", "Product charge", "AMC")),
        "address": rng.choice(("Address", "Correspondence address", "Home address")),
        "postcode": "Postcode",
    }
    plan_rng = random.Random(rng.random())
    freq = rec.contribution_frequency
    return Words(
        date=rng.choice(fmt.DATE_STYLES),
        money=rng.choice(fmt.MONEY_STYLES),
        ni_spaced=rng.random() < 0.5,
        colon=rng.random() < 0.7,
        labels=labels,
        plan_words=fmt.plan_type_words(rec.plan_type, plan_rng) if rec.plan_type else "",
        freq_words=rng.choice(fmt.FREQUENCY_WORDS[freq]) if freq else "",
    )


def holder(rec: Record) -> str:
    """The client's name with the title when the record has one."""
    return " ".join(p for p in (rec.client_title, rec.client_name) if p)


def plan_items(rec: Record, w: Words, statement: bool, with_client: bool) -> list[Item]:
    """The record's plan facts as labelled items (only non-null fields)."""
    L = w.labels
    items: list[Item] = []
    if with_client and rec.client_name:
        items.append((L["holder"], [holder(rec)]))
    if with_client and rec.client_dob:
        items.append((L["dob"], [fmt.date(rec.client_dob, w.date)]))
    if with_client and rec.ni_number:
        items.append((L["ni"], [fmt.ni(rec.ni_number, w.ni_spaced)]))
    if rec.policy_number:
        items.append((L["policy"], [rec.policy_number]))
    if rec.plan_type:
        items.append((L["plan_type"], [w.plan_words]))
    if statement and rec.period_start and rec.valuation_date:
        items.append(
            (
                "Statement period",
                [f"{fmt.date(rec.period_start, w.date)} to {fmt.date(rec.valuation_date, w.date)}"],
            )
        )
    elif rec.valuation_date:
        items.append((L["valuation"], [fmt.date(rec.valuation_date, w.date)]))
    elif statement and rec.period_start:
        items.append(("Period start", [fmt.date(rec.period_start, w.date)]))
    if rec.plan_value:
        label = L["value"] if not (statement and rec.period_start) else f"{L['value']} at end of period"
        items.append((label, [fmt.money(rec.plan_value, w.money)]))
    if rec.transfer_value:
        items.append((L["transfer"], [fmt.money(rec.transfer_value, w.money)]))
    if rec.regular_contribution:
        items.append((L["contribution"], [f"{fmt.money(rec.regular_contribution, w.money)} {w.freq_words}"]))
    if rec.annual_charge_percent:
        items.append((L["charge"], [f"{fmt.percent(rec.annual_charge_percent)} a year"]))
    return items


def client_items(rec: Record, w: Words) -> list[Item]:
    """Client facts as items (for layouts that show them apart from the plan)."""
    items: list[Item] = []
    if rec.client_name:
        items.append((w.labels["holder"], [holder(rec)]))
    if rec.client_dob:
        items.append((w.labels["dob"], [fmt.date(rec.client_dob, w.date)]))
    if rec.ni_number:
        items.append((w.labels["ni"], [fmt.ni(rec.ni_number, w.ni_spaced)]))
    if rec.client_address:
        items.append((w.labels["address"], rec.client_address.split(", ")))
    if rec.client_postcode:
        items.append((w.labels["postcode"], [rec.client_postcode]))
    return items


def prose(rec: Record, w: Words, statement: bool) -> list[str]:
    """The plan facts as running sentences."""
    out = []
    plan = f"your {w.plan_words}" if rec.plan_type else "your plan"
    ref = f" ({w.labels['policy'].lower()} {rec.policy_number})" if rec.policy_number else ""
    if statement and rec.period_start and rec.valuation_date:
        out.append(
            f"This statement covers {plan}{ref} for the period {fmt.date(rec.period_start, w.date)} "
            f"to {fmt.date(rec.valuation_date, w.date)}."
        )
        ref = ""
    if rec.plan_value and rec.valuation_date:
        out.append(
            f"The value of {plan}{ref} on {fmt.date(rec.valuation_date, w.date)} was "
            f"{fmt.money(rec.plan_value, w.money)}."
        )
    elif rec.plan_value:
        out.append(f"The value of {plan}{ref} is {fmt.money(rec.plan_value, w.money)}.")
    if rec.transfer_value:
        out.append(
            f"If you transferred your plan on that date, its {w.labels['transfer'].lower()} would be "
            f"{fmt.money(rec.transfer_value, w.money)}."
        )
    if rec.regular_contribution:
        if rec.contribution_frequency == "single":
            out.append(
                f"A single contribution of {fmt.money(rec.regular_contribution, w.money)} was invested."
            )
        else:
            out.append(
                f"Contributions of {fmt.money(rec.regular_contribution, w.money)} are paid {w.freq_words}."
            )
    if rec.annual_charge_percent:
        out.append(
            f"The annual management charge is {fmt.percent(rec.annual_charge_percent)} of the fund value."
        )
    return out


def render_plan(
    rec: Record, doc_type: str, layout: str, path: Path, provider: Provider, house: House, rng: random.Random
) -> Path:
    """Draw a response or statement in `layout` and save it to `path`."""
    statement = doc_type == "annual_statement"
    size = rng.choice((9.0, 9.5, 10.0)) if house.font != "Courier" else 8.5
    doc = Doc(house.font, house.bold, size=size, margin=rng.choice((48, 54, 60)))
    w = draw_words(rng, house, rec, statement)
    name = furniture.printed_name(rng, provider)
    website = next((s for s in provider.letterhead if "." in s), "")
    page_fmt = house.page_numbers if rng.random() < 0.85 else None
    doc.furniture = lambda d, i, n: furniture.provider_footer(d, house, provider, page_fmt, i, n)
    doc.on_new_page = lambda d: furniture.continuation_header(d, name, rec.policy_number or "")
    furniture.provider_letterhead(doc, house, name, website)
    variant = layout.split("-", 1)[1]

    if statement:
        _statement_top(doc, rec, w, variant, house, rng)
    else:
        _response_top(doc, rec, w, variant, house, rng)

    if rec.holdings:
        title = rng.choice(
            (
                "Your investments",
                "Fund holdings",
                "Where your money is invested",
                "Investment summary",
                "Holdings",
            )
        )
        blocks.heading(doc, title, house.accent, rule=rng.random() < 0.5)
        doc.gap(4)
        style = TableStyle.draw(rng, house.ruled_tables, any(h.isin for h in rec.holdings))
        holdings_table(doc, rec.holdings, style, rec.plan_value, house.accent)
    doc.gap(14)
    closing = (
        "Past performance is not a guide to future returns. The value of investments can fall as well "
        "as rise and you may get back less than you invested."
    )
    doc.para(closing, size=doc.size * 0.85)
    if not statement:
        doc.gap(10)
        doc.para("Yours faithfully,")
        doc.gap(18)
        doc.para(rng.choice(("Customer Services", "Adviser Support Team", "Servicing Team")))
    return doc.save(path)


def _statement_top(doc: Doc, rec: Record, w: Words, variant: str, house: House, rng: random.Random) -> None:
    if rec.client_address or rec.client_postcode:
        doc.gap(18)
        lines = [holder(rec)] if rec.client_name else []
        lines += rec.client_address.split(", ") if rec.client_address else []
        lines += [rec.client_postcode] if rec.client_postcode else []
        blocks.address_block(doc, lines)
        with_client = False
    else:
        with_client = True
    kind = rng.choice(
        (
            "Annual statement",
            "Annual Statement",
            "Yearly plan statement",
            "Your annual statement",
            "Annual Benefit Statement"
            if rec.plan_type and "pension" in rec.plan_type
            else "Annual Valuation Statement",
        )
    )
    blocks.heading(doc, kind, house.accent, size=doc.size * 1.6)
    items = plan_items(rec, w, True, with_client=with_client)
    if not with_client:  # the client's other identifiers still belong in the facts block
        items = [it for it in client_items(rec, w) if it[0] in (w.labels["dob"], w.labels["ni"])] + items
    _arrange(doc, items, rec, w, variant, True, house, rng)


def _response_top(doc: Doc, rec: Record, w: Words, variant: str, house: House, rng: random.Random) -> None:
    firm = people.firm(rng)
    doc.gap(18)
    blocks.address_block(doc, [firm.adviser, firm.name, *firm.address_lines, firm.postcode])
    if rec.valuation_date:
        sent = dt.date.fromisoformat(rec.valuation_date) + dt.timedelta(days=rng.randint(0, 9))
        doc.gap(10)
        doc.text(doc.right, doc.y, fmt.date(sent.isoformat(), w.date), align="right")
    doc.gap(16)
    doc.para(f"Dear {firm.adviser.split()[0]},")
    about = f"{holder(rec)}, " if rec.client_name else ""
    doc.gap(6)
    doc.para(f"Re: {about}{w.labels['policy']} {rec.policy_number or ''}".rstrip(), font=doc.bold)
    doc.gap(6)
    doc.para(
        "Thank you for your letter of authority. We are pleased to provide the information you asked "
        "for about your client's plan. The details below are correct at the valuation date shown."
    )
    items = client_items(rec, w) + plan_items(rec, w, False, with_client=False)
    _arrange(doc, items, rec, w, variant, False, house, rng)


def _arrange(
    doc: Doc,
    items: list[Item],
    rec: Record,
    w: Words,
    variant: str,
    statement: bool,
    house: House,
    rng: random.Random,
) -> None:
    doc.gap(6)
    if variant in ("labelleft", "letter", "schedule"):
        if variant == "schedule" or rng.random() < 0.3:
            blocks.kv_inline(doc, items)
        else:
            blocks.kv_left(
                doc, items, label_w=rng.choice((150, 170, 190)), colon=w.colon, bold_labels=rng.random() < 0.4
            )
    elif variant == "labelabove":
        blocks.kv_above(doc, items, columns=rng.choice((2, 3)))
    elif variant == "boxed":
        blocks.kv_boxed(doc, items, columns=rng.choice((2, 3)), label_inside=rng.random() < 0.6)
    elif variant == "twocol":
        half = (len(items) + 1) // 2
        blocks.kv_twocol(doc, items[:half], items[half:], colon=w.colon)
    elif variant == "prose":
        # Identity facts stay as a short list; the money facts become sentences.
        money_labels = {w.labels[k] for k in ("transfer", "contribution", "charge")}
        keep = [
            it
            for it in items
            if it[0] not in money_labels
            and not it[0].startswith(w.labels["value"])
            and it[0] not in ("Statement period", w.labels["valuation"])
        ]
        blocks.kv_inline(doc, keep)
        doc.gap(8)
        sentences = prose(rec, w, statement)
        if not (rec.plan_value and rec.valuation_date) and rec.valuation_date:
            sentences.insert(0, f"Values are shown as at {fmt.date(rec.valuation_date, w.date)}.")
        for s in sentences:
            doc.para(s)
            doc.gap(3)
    else:
        raise ValueError(f"unknown plan layout variant {variant!r}")
