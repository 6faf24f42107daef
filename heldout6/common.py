"""Provider letterheads and footers for heldout6 (fictional addresses and numbers)."""

from __future__ import annotations

import random

from draw import Flow

TOWNS = [("Norminster", "NR9 2ZZ"), ("Westbury Park", "WB1 1XX"), ("Kingsferry", "KF3 0ZZ"), ("Edgecombe", "EC9 4ZZ")]


def provider_head(provider: str, rng: random.Random, style: int):
    town, pc = rng.choice(TOWNS)
    box = rng.randint(1000, 9999)

    def head(f: Flow) -> None:
        c = f.c
        if style == 0:
            f.put(f.left, 805, provider, "Helvetica-Bold", 20)
            f.put(f.right, 812, f"PO Box {box}, {town} {pc}", size=7.5, align="r")
            f.put(f.right, 802, "03069 990" + str(box)[:3], size=7.5, align="r")
            c.setLineWidth(0.8)
            c.line(f.left, 792, f.right, 792)
        elif style == 1:
            c.setFillColorRGB(0.1, 0.35, 0.3)
            c.rect(f.left, 790, 6, 34, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            f.put(f.left + 14, 806, provider, "Times-Bold", 19)
            f.put(f.left + 14, 794, f"{town}  ·  {pc}", "Times-Roman", 8)
        else:
            f.put(f.right, 806, provider, "Helvetica-Bold", 16, "r")
            if f.page > 1:
                f.put(f.left, 806, "continued", "Helvetica-Oblique", 8)
        f.y = 770 if f.page == 1 else 775

    def foot(f: Flow) -> None:
        f.c.setLineWidth(0.3)
        f.c.line(f.left, 52, f.right, 52)
        f.put(f.left, 42, f"{provider}  |  PO Box {box}, {town} {pc}", size=6.5)
        f.put(f.right, 42, f"Page {f.page}", size=6.5, align="r")

    return head, foot


def adviser_block(f: Flow, firm: str, adviser: str | None) -> None:
    if adviser:
        f.line(adviser)
    f.line(firm)
    f.line("Unit 4, Wharfside Business Park")
    f.line("Elmbridge")
    f.line("EL4 9ZZ")


def address_block(f: Flow, name: str, lines: list[str], postcode: str, inline: bool, x: float | None = None) -> None:
    """The client's address as a window envelope prints it; the postcode on its own line or after the town."""
    body = [name, *lines]
    if inline:
        body[-1] = f"{body[-1]}  {postcode}"
    else:
        body.append(postcode)
    for ln in body:
        f.line(ln, x=x)
