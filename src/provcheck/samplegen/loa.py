"""Rendering a Letter of Authority: from the client (on the adviser firm's paper) to a provider.

Layouts: `letter` (a letter with the facts in running text and a short list), `form` (numbered
sections, label-left), `twocol` (client and adviser side by side), `boxed` (a form of boxes). The
signature line carries an ink signature (bezier curves), a typed e-signature mark, or nothing,
as `signature_present` says.
"""

from __future__ import annotations

import random
from pathlib import Path

from provcheck.models import Record
from provcheck.rules.registry import Provider
from provcheck.samplegen import blocks, fmt, furniture, people
from provcheck.samplegen.blocks import Item
from provcheck.samplegen.houses import House
from provcheck.samplegen.page import GREY, Doc

_SCOPE = (
    "I authorise you to release to my adviser any information they request about the plans listed, "
    "including valuations, fund holdings, charges, transfer values and any guaranteed benefits. "
    "This authority does not allow my adviser to make any changes to the plans without my further "
    "written instruction. A copy of this authority is as valid as the original."
)


def render_loa(rec: Record, layout: str, path: Path, provider: Provider, house: House, rng: random.Random) -> Path:
    """Draw an LoA in `layout` and save it to `path`."""
    firm_rng = random.Random(rng.random())
    base = people.firm(firm_rng)
    firm_name = rec.adviser_firm or base.name
    domain = "".join(ch for ch in firm_name.split(" ")[0].lower() if ch.isalpha()) + ".co.uk"
    firm = people.Firm(
        firm_name,
        rec.fca_frn or "",
        rec.adviser_name or "",
        base.address_lines,
        base.postcode,
        base.phone,
        domain,
    )
    font = rng.choice((("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")))
    doc = Doc(*font, size=rng.choice((9.5, 10.0, 10.5)), margin=rng.choice((54, 60, 66)))
    date_style = rng.choice(fmt.DATE_STYLES)
    ni_spaced = rng.random() < 0.5
    frn_in_footer = rng.random() < 0.3
    doc.furniture = lambda d, i, n: furniture.firm_footer(d, firm, i, n, frn_in_footer and bool(firm.frn))
    furniture.firm_letterhead(doc, firm, rng.choice(("centre", "left")))
    to_name = furniture.printed_name(rng, provider)
    variant = layout.split("-", 1)[1]
    labels = {
        "dob": rng.choice(("Date of birth", "DOB", "Born")),
        "ni": rng.choice(("National Insurance number", "NI No.", "NINO", "NI number")),
        "policy": rng.choice(("Policy number", "Plan number", "Policy no.", "Contract number", "Plan reference")),
        "frn": rng.choice(("FCA firm reference number", "FCA FRN", "FRN", "FCA number")),
    }
    if variant == "twocol":  # two columns leave no room for the long form of the label
        labels["ni"], labels["frn"] = rng.choice(("NI No.", "NINO")), "FRN"
    client = _client_items(rec, labels, date_style, ni_spaced, separate_title=variant in ("form", "boxed"))
    adviser: list[Item] = []
    if rec.adviser_firm:
        adviser.append(("Adviser firm", [rec.adviser_firm]))
    if rec.fca_frn:
        adviser.append((labels["frn"], [rec.fca_frn]))
    if rec.adviser_name:
        adviser.append(("Adviser", [rec.adviser_name]))

    doc.gap(20)
    to_lines = [to_name, *house.address, house.postcode]
    if variant in ("letter", "twocol"):
        blocks.address_block(doc, to_lines)
    else:
        doc.gap(6)
        blocks.kv_left(doc, [("To", to_lines)], label_w=40, colon=True)
    if rec.date_signed and variant == "letter":
        doc.gap(8)
        doc.text(doc.right, doc.y, fmt.date(rec.date_signed, date_style), align="right")
    plans = rec.policy_numbers
    short = provider.name.split(" ")[0] if rng.random() < 0.5 else provider.name
    title = rng.choice(
        (
            "Letter of Authority",
            "LETTER OF AUTHORITY",
            "Authority to release information",
            "Letter of Authority - request for information",
        )
    )
    blocks.heading(doc, title, (0, 0, 0), size=doc.size * 1.5)
    if variant == "letter":
        doc.gap(6)
        doc.para("Dear Sirs,")
        doc.gap(4)
        re_line = f"Re: {short} plan{'s' if len(plans) > 1 else ''} {', '.join(plans)}" if plans else "Re: my plans"
        doc.para(re_line, font=doc.bold)
        doc.gap(4)
        who = " ".join(p for p in (rec.client_title, rec.client_name) if p) or "the undersigned"
        frn = f" (FCA firm reference number {rec.fca_frn})" if rec.fca_frn else ""
        doc.para(
            f"I, {who}, authorise {rec.adviser_firm or 'my adviser'}{frn} to act on my behalf in "
            f"respect of the plans listed above. {_SCOPE}"
        )
        doc.gap(6)
        blocks.kv_left(doc, [it for it in client if it[0] != "Full name"], label_w=160)
        if rec.adviser_name:
            doc.gap(6)
            doc.para(f"My adviser at the firm is {rec.adviser_name}.")
    elif variant == "form":
        blocks.heading(doc, "1. Your details", GREY, rule=True)
        blocks.kv_left(doc, client, label_w=170, colon=rng.random() < 0.5)
        blocks.heading(doc, "2. Plans covered by this authority", GREY, rule=True)
        blocks.kv_left(doc, [("Provider", [to_name])] + [(labels["policy"], [p]) for p in plans], label_w=170)
        blocks.heading(doc, "3. Your adviser", GREY, rule=True)
        blocks.kv_left(doc, adviser, label_w=170)
        blocks.heading(doc, "4. Declaration", GREY, rule=True)
        doc.para(_SCOPE)
    elif variant == "twocol":
        doc.gap(6)
        doc.para(
            f"Please accept this letter as my authority for the adviser named below to obtain information "
            f"about my {short} plans."
        )
        doc.gap(4)
        blocks.kv_twocol(doc, client, adviser + [(labels["policy"], plans)] if plans else adviser)
        doc.gap(6)
        doc.para(_SCOPE)
    elif variant == "boxed":
        if rng.random() < 0.35:
            blocks.kv_boxed_left(doc, client)
            doc.gap(8)
        else:
            blocks.kv_boxed(doc, client, columns=2, label_inside=rng.random() < 0.5)
        blocks.kv_boxed(doc, [(labels["policy"], [p]) for p in plans], columns=3)
        blocks.kv_boxed(doc, adviser[:1], columns=1, label_inside=True)
        blocks.kv_boxed(doc, adviser[1:], columns=2, label_inside=True)
        doc.para(_SCOPE)
    else:
        raise ValueError(f"unknown LoA layout {layout!r}")
    _sign(doc, rec, rng, date_style, variant)
    return doc.save(path)


def _client_items(
    rec: Record, labels: dict[str, str], date_style: str, ni_spaced: bool, separate_title: bool
) -> list[Item]:
    items: list[Item] = []
    if separate_title and rec.client_title:
        items.append(("Title", [rec.client_title]))
    name = rec.client_name if separate_title else " ".join(p for p in (rec.client_title, rec.client_name) if p)
    if name:
        items.append(("Full name", [name]))
    if rec.client_dob:
        items.append((labels["dob"], [fmt.date(rec.client_dob, date_style)]))
    if rec.ni_number:
        items.append((labels["ni"], [fmt.ni(rec.ni_number, ni_spaced)]))
    if rec.client_address:
        items.append(("Address", rec.client_address.split(", ")))
    if rec.client_postcode:
        items.append(("Postcode", [rec.client_postcode]))
    return items


def _sign(doc: Doc, rec: Record, rng: random.Random, date_style: str, variant: str) -> None:
    doc.ensure(110)
    doc.gap(40)
    line_w = 200
    y = doc.y
    doc.text(doc.left, y + 12, "Signature of client", size=doc.size * 0.85)
    doc.line(doc.left, y, doc.left + line_w, y, 0.7)
    mark_w = 0.0
    if rec.signature_present:
        if rng.random() < 0.7:
            blocks.signature(doc, rng, doc.left, y, line_w)
        else:
            when = fmt.date(rec.date_signed, date_style) if rec.date_signed else ""
            mark = f"Signed electronically by {rec.client_name or 'the client'}" + (f" on {when}" if when else "")
            mark_w = doc.text(doc.left + 2, y - 4, mark, "Courier", doc.size * 0.75, (0.1, 0.1, 0.5))
    x_date = doc.left + max(line_w, mark_w + 10) + 30  # keep the date clear of a long e-signature mark
    doc.text(x_date, y + 12, "Date", size=doc.size * 0.85)
    doc.line(x_date, y, x_date + 120, y, 0.7)
    if rec.date_signed:
        doc.text(x_date + 4, y - 4, fmt.date(rec.date_signed, date_style))
    doc.y = y + 16
    if variant == "form" and rec.client_name:
        doc.gap(10)
        doc.text(doc.left, doc.y, f"Print name: {rec.client_name}")
