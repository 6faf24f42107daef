"""Rendering a provider's LoA response or annual statement from its truth record.

Every non-null field of the record is printed, in the wording and arrangement the layout and the
style draw pick; nothing printed contradicts the record. Extra realistic matter (plan start date,
retirement age, the adviser firm a response is sent to) is not a record field and may vary freely.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from provcheck.models import Record
from provcheck.rules.registry import Provider
from provcheck.samplegen import blocks, extras, fmt, furniture, people
from provcheck.samplegen.blocks import Item
from provcheck.samplegen.houses import House
from provcheck.samplegen.page import Doc
from provcheck.samplegen.table import TableStyle, holdings_table
from provcheck.samplegen.wording import Words, client_items, draw_words, holder, plan_items, prose


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
    if statement and rng.random() < 0.35:
        extras.money_summary(doc, rec, w, house, rng)
    if statement and rng.random() < 0.4:
        extras.projection(doc, rec, w, house, rng)
    if rec.holdings and rng.random() < 0.15:
        extras.information_page(doc, house)

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
    items = plan_items(rec, w, True, with_client=with_client, skip=_skip(variant))
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
    items = client_items(rec, w) + plan_items(rec, w, False, with_client=False, skip=_skip(variant))
    _arrange(doc, items, rec, w, variant, False, house, rng)


def _skip(variant: str) -> frozenset[str]:
    return frozenset({"period", "value", "transfer", "contribution", "charge"}) if variant == "prose" else frozenset()


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
                doc,
                items,
                label_w=rng.choice((150, 170, 190)),
                colon=w.colon,
                bold_labels=rng.random() < 0.4,
                ruled=rng.random() < 0.3,
            )
    elif variant == "labelabove":
        blocks.kv_above(doc, items, columns=rng.choice((2, 3)))
    elif variant == "boxed":
        if rng.random() < 0.3:
            blocks.kv_boxed_left(doc, items, shade=house.accent_tint)
        else:
            blocks.kv_boxed(doc, items, columns=rng.choice((2, 3)), label_inside=rng.random() < 0.6)
    elif variant == "twocol":
        half = (len(items) + 1) // 2
        blocks.kv_twocol(doc, items[:half], items[half:], colon=w.colon)
    elif variant == "prose":
        # Identity facts stay a short list (the money and dates were skipped); the rest become sentences.
        blocks.kv_inline(doc, items)
        doc.gap(8)
        for sentence in prose(rec, w, statement):
            doc.para(sentence)
            doc.gap(3)
    else:
        raise ValueError(f"unknown plan layout variant {variant!r}")
