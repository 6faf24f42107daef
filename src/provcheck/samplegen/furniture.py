"""Letterheads and footers: provider and adviser-firm headers, legal footers, page numbers."""

from __future__ import annotations

import random

from provcheck.rules.registry import Provider
from provcheck.samplegen.houses import House
from provcheck.samplegen.page import GREY, Doc
from provcheck.samplegen.people import Firm

WHITE = (1.0, 1.0, 1.0)


def printed_name(rng: random.Random, provider: Provider) -> str:
    """The name a letterhead prints: the canonical name or one of its aliases."""
    return rng.choice([provider.name, provider.name, *provider.aliases])


def legal_name(provider: Provider) -> str:
    """The registered company name for the footer: the longest alias (usually the legal form)."""
    return max([provider.name, *provider.aliases], key=len)


def provider_letterhead(doc: Doc, house: House, name: str, website: str) -> None:
    """Draw the provider's first-page header in its house style and move the cursor below it."""
    big = doc.size * 1.9
    if house.header == "band":
        doc.rect(0, 0, doc.width, 62, stroke=None, fill=house.accent)
        doc.text(doc.left, 38, name, doc.bold, big, WHITE)
        doc.text(doc.right, 38, website, doc.font, doc.size * 0.85, WHITE, align="right")
        doc.y = 80
    elif house.header == "centre":
        doc.text(doc.width / 2, 52, name.upper(), doc.bold, big, house.accent, align="centre")
        doc.text(
            doc.width / 2,
            66,
            " | ".join([*house.address, house.postcode]),
            size=doc.size * 0.8,
            colour=GREY,
            align="centre",
        )
        doc.line(doc.left, 74, doc.right, 74, 1.2, house.accent)
        doc.y = 84
    elif house.header == "right":
        doc.text(doc.right, 50, name, doc.bold, big, house.accent, align="right")
        y = 64
        for line in [*house.address, house.postcode, website]:
            doc.text(doc.right, y, line, size=doc.size * 0.8, colour=GREY, align="right")
            y += doc.size
        doc.y = y - 12  # below the address column, so full-width blocks do not run into it
    elif house.header == "box":
        w = doc.width_of(name, doc.bold, big) + 24
        doc.rect(doc.left, 30, w, 34, stroke=house.accent, width=1.5)
        doc.text(doc.left + 12, 53, name, doc.bold, big, house.accent)
        doc.text(doc.right, 53, website, size=doc.size * 0.85, colour=GREY, align="right")
        doc.y = 78
    else:  # rule
        doc.text(doc.left, 50, name, doc.bold, big, house.accent)
        doc.text(doc.right, 50, website, size=doc.size * 0.85, colour=GREY, align="right")
        doc.line(doc.left, 58, doc.right, 58, 0.8, house.accent)
        doc.y = 70


def provider_footer(doc: Doc, house: House, provider: Provider, page_fmt: str | None, i: int, n: int) -> None:
    """Registration text and page number at the page bottom."""
    legal = legal_name(provider)
    regulated = (
        "Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct "
        "Authority and the Prudential Regulation Authority."
        if not house.fund_houses
        else "Authorised and regulated by the Financial Conduct Authority."
    )
    where = "Scotland" if house.company_no.startswith("SC") else "England and Wales"
    text = (
        f"{legal} is registered in {where} No. {house.company_no}. Registered office: "
        f"{', '.join(house.address)} {house.postcode}. {regulated}"
    )
    doc.y = doc.height - 52
    doc.line(doc.left, doc.y - 4, doc.right, doc.y - 4, 0.3, GREY)
    doc.para(text, size=6.5, colour=GREY, width=doc.right - doc.left - 60)
    if page_fmt:
        doc.text(doc.right, doc.height - 30, page_fmt.format(i=i, n=n), size=7.5, align="right")


def continuation_header(doc: Doc, name: str, reference: str) -> None:
    """A slim header on pages after the first."""
    doc.text(doc.left, 36, name, doc.bold, doc.size)
    doc.text(doc.right, 36, reference, size=doc.size * 0.85, colour=GREY, align="right")
    doc.line(doc.left, 42, doc.right, 42, 0.4, GREY)
    doc.y = 56


def firm_letterhead(doc: Doc, firm: Firm, style: str) -> None:
    """An adviser firm's header (LoAs are written on the firm's paper)."""
    lines = [*firm.address_lines, firm.postcode]
    if style == "centre":
        doc.text(doc.width / 2, 48, firm.name, doc.bold, doc.size * 1.5, align="centre")
        doc.text(
            doc.width / 2,
            61,
            ", ".join(lines) + f"  Tel {firm.phone}",
            size=doc.size * 0.8,
            colour=GREY,
            align="centre",
        )
        doc.y = 72
    else:
        doc.text(doc.left, 48, firm.name, doc.bold, doc.size * 1.5)
        y = 48
        for line in [*lines, f"Tel: {firm.phone}", f"www.{firm.email_domain}"]:
            doc.text(doc.right, y, line, size=doc.size * 0.8, colour=GREY, align="right")
            y += doc.size * 0.95
        doc.y = y


def firm_footer(doc: Doc, firm: Firm, i: int, n: int, with_frn: bool) -> None:
    """The regulatory footer of an adviser firm (its FRN only when `with_frn`)."""
    text = f"{firm.name} is authorised and regulated by the Financial Conduct Authority"
    text += f" (firm reference number {firm.frn})." if with_frn else "."
    doc.y = doc.height - 48
    doc.para(text, size=6.5, colour=GREY)
    if n > 1:
        doc.text(doc.right, doc.height - 30, f"Page {i} of {n}", size=7.5, align="right")
