"""LoA response layouts: letter with grid, 'plan at a glance' panel, landscape platform valuation, prose.

Each layout draws one PDF and returns the record fields it printed (normalised truth).
"""

from __future__ import annotations

from hd_common import Case, address_window, footer, fund_table, letterhead, plan_truth, ref_block
from hd_data import FREQ_WORDS, fmt_date, fmt_money, fmt_ni, fmt_units
from hd_draw import BOLD, Page, build, grid, landscape_a4, para_cells, styles
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table


def _client(case: Case, *, address: bool = True, ni: bool = True, title: bool = True) -> dict:
    p = case.client
    t = {"provider": case.provider.truth, "client_name": p.name, "client_dob": p.dob.isoformat()}
    if title:
        t["client_title"] = p.title
    if ni:
        t["ni_number"] = p.ni
    if address:
        t["client_address"] = ", ".join(p.address_lines())
        t["client_postcode"] = p.postcode
    return t


def _contrib_words(case: Case, money_style: str = "gbp") -> str:
    pl = case.plan
    if pl.contribution is None:
        return "None being paid"
    return f"{fmt_money(pl.contribution, money_style)} {case.rng.choice(FREQ_WORDS[pl.frequency])}"


def letter_grid(case: Case, path: str) -> dict:
    """A letter to the adviser: reference block, key/value grid of the plan, fund table with ISINs."""
    rng, p, prov, pl, firm = case.rng, case.client, case.provider, case.plan, case.firm
    font = prov.font
    st = styles(font, 9.5)
    ds = rng.choice(["long", "slash", "short"])
    issued = pl.valuation_date.replace(day=min(28, pl.valuation_date.day))
    pol_label = rng.choice(["Policy number", "Plan number", "Contract number"])

    def first(c):
        letterhead(c, prov, rng_style)
        address_window(c, [case.adviser, firm.name, *firm.address], font, 9.5)
        ref_block(
            c,
            [
                ("Our ref", f"LOA/{case.seed:05d}"),
                ("Your ref", p.surname.upper()[:6] + "01"),
                (pol_label, pl.policy_printed),
                ("Date", fmt_date(issued, ds)),
            ],
            font,
        )

    rng_style = rng.choice(["left", "centre"])
    page = Page(
        top_first=92 * mm,
        on_first=first,
        footer=lambda c, n, t: footer(c, n, t, text=prov.reg_text, font=font, style="of"),
    )
    show_addr = rng.random() < 0.6
    rows = [
        ["Policyholder", f"{p.title} {p.name}"],
        ["Date of birth", fmt_date(p.dob, ds)],
        ["National Insurance number", fmt_ni(p.ni, rng.random() < 0.5)],
    ]
    if show_addr:
        rows.append(["Address on our records", ", ".join([*p.address_lines(), p.postcode])])
    rows += [
        ["Plan type", pl.plan_words],
        [pol_label, pl.policy_printed],
        ["Start date", fmt_date(pl.start_date, ds)],
        ["Current value", fmt_money(pl.value)],
        ["Transfer value", fmt_money(pl.transfer)],
        ["Regular contribution", _contrib_words(case)],
        ["Annual management charge", f"{pl.charge:.2f}%"],
    ]
    story = [
        Paragraph(f"Dear {case.adviser}", st["body"]),
        Paragraph(f"<b>{p.title} {p.name} - {pl.plan_words} {pl.policy_printed}</b>", st["body"]),
        Paragraph(
            f"Thank you for your letter of authority. We have added your details to the plan and set out "
            f"below the information you asked for. Values are correct as at "
            f"{fmt_date(pl.valuation_date, ds)} and are not guaranteed.",
            st["body"],
        ),
        grid(
            para_cells(rows, st["cell"], st["cell"], set()),
            [60 * mm, 110 * mm],
            header=False,
            lines="box",
            font=font,
            size=9,
        ),
        Spacer(1, 8),
        Paragraph("Fund details", st["h2"]),
        fund_table(
            case,
            st,
            font,
            ["name", "isin", "units", "price", "value"],
            widths=[66 * mm, 28 * mm, 26 * mm, 22 * mm, 28 * mm],
            commas=rng.random() < 0.5,
            shade=prov.colour,
            total="Total",
        ),
        Spacer(1, 8),
        Paragraph(
            "The transfer value is the amount we would pay to another provider if the plan were "
            "transferred on the valuation date. It may be less than the current value where an early "
            "exit charge applies.",
            st["small"],
        ),
        Spacer(1, 10),
        Paragraph("Yours sincerely", st["body"]),
        Paragraph("Adviser Support Team", st["body"]),
    ]
    build(path, page, story, "Letter of authority response")
    return _client(case, address=show_addr) | plan_truth(case)


def glance_panel(case: Case, path: str) -> dict:
    """'Your plan at a glance' panel, client grid, long fund table with SEDOL and ISIN over pages."""
    rng, p, prov, pl = case.rng, case.client, case.provider, case.plan
    font = prov.font
    st = styles(font, 9)
    ds = rng.choice(["long", "dash"])
    ref_label = rng.choice(["Plan reference", "Policy no.", "Account number"])

    def first(c):
        letterhead(c, prov, "band")

    def later(c):
        w, h = c._pagesize
        c.setFont(font, 8)
        c.drawString(20 * mm, h - 15 * mm, f"{prov.printed}  -  {ref_label} {pl.policy_printed}  (continued)")

    page = Page(
        top_first=32 * mm,
        on_first=first,
        on_later=later,
        footer=lambda c, n, t: footer(c, n, t, text=prov.reg_text, font=font, style="ref", ref=pl.policy_printed),
    )
    val_label = rng.choice(["Plan value", "Fund value", "Total value"])
    tv_label = rng.choice(["Transfer value", "Cash-in value"])
    panel = Table(
        [
            [f"Your plan at a glance - as at {fmt_date(pl.valuation_date, ds)}", ""],
            [val_label, fmt_money(pl.value)],
            [tv_label, fmt_money(pl.transfer)],
            ["Plan type", pl.plan_words],
            [ref_label, pl.policy_printed],
        ],
        colWidths=[80 * mm, 90 * mm],
    )
    light = tuple(0.88 + 0.12 * x for x in prov.colour)
    panel.setStyle(
        [
            ("BACKGROUND", (0, 0), (-1, -1), light),
            ("FONT", (0, 0), (-1, -1), font, 10),
            ("FONT", (0, 0), (-1, 0), BOLD[font], 11),
            ("FONT", (1, 1), (1, 2), BOLD[font], 14),
            ("SPAN", (0, 0), (-1, 0)),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
    )
    details = [
        ["Name", f"{p.name}", "Date of birth", fmt_date(p.dob, ds)],
        ["NI number", fmt_ni(p.ni, True), "Plan started", fmt_date(pl.start_date, ds)],
    ]
    how = {"monthly": "monthly", "quarterly": "quarterly", "annually": "once a year"}.get(pl.frequency or "", "")
    contrib = (
        "No regular contributions are being paid into this plan."
        if pl.contribution is None
        else f"Contributions of {fmt_money(pl.contribution)} are paid {how} by direct debit."
    )
    story = [
        Paragraph(f"Information for your adviser, {case.firm.name}", st["h1"]),
        panel,
        Spacer(1, 10),
        Paragraph("About the policyholder", st["h2"]),
        grid(details, [30 * mm, 55 * mm, 30 * mm, 55 * mm], header=False, lines="none", font=font, size=9),
        Paragraph("Contributions and charges", st["h2"]),
        Paragraph(
            contrib + f" The annual management charge on this plan is {pl.charge:.2f}% a year, taken "
            "monthly by cancelling units. Fund charges are included in the unit prices.",
            st["body"],
        ),
        Paragraph("Where your money is invested", st["h2"]),
        fund_table(
            case,
            st,
            font,
            ["name", "sedol", "isin", "units", "price", "value"],
            widths=[49 * mm, 19 * mm, 29 * mm, 25 * mm, 20 * mm, 28 * mm],
            commas=True,
            shade=prov.colour,
            total=f"{val_label}",
            lines="rules",
            headers={"price": "Price £", "value": "Value £", "units": "Units held"},
        ),
        Spacer(1, 6),
        Paragraph("Unit prices are bid prices at the close of business on the valuation date.", st["small"]),
    ]
    build(path, page, story, "Plan information")
    t = _client(case, address=False, title=False)
    return t | plan_truth(case)


def platform_valuation(case: Case, path: str) -> dict:
    """A dense landscape platform valuation: header grid, assets with SEDOL/ISIN/weights, a cash line."""
    rng, p, prov, pl = case.rng, case.client, case.provider, case.plan
    font = "Helvetica"
    st = styles(font, 8.5)
    ds = rng.choice(["slash", "dash"])

    def first(c):
        w, h = c._pagesize
        letterhead(c, prov, "band")
        c.setFont(BOLD[font], 12)
        c.drawString(20 * mm, h - 33 * mm, f"Valuation report as at {fmt_date(pl.valuation_date, ds)}")

    page = Page(
        size=landscape_a4(),
        top_first=38 * mm,
        top_later=20 * mm,
        bottom=28 * mm,
        on_first=first,
        footer=lambda c, n, t: footer(c, n, t, text=prov.reg_text, font=font, style="slash"),
    )
    head = [
        ["Account holder", f"{p.title} {p.name}", "Account", pl.policy_printed, "Wrapper", pl.plan_words],
        ["Date of birth", fmt_date(p.dob, ds), "NI number", fmt_ni(p.ni, False), "Adviser", case.firm.name],
        [
            "Address",
            ", ".join(p.address_lines()),
            "Postcode",
            p.postcode,
            "Opened",
            fmt_date(pl.start_date, ds),
        ],
    ]
    summary = [
        ["Total valuation", fmt_money(pl.value)],
        ["Cash-in value (after any charges)", fmt_money(pl.transfer)],
        ["Regular payment", _contrib_words(case)],
        ["Annual platform charge", f"{pl.charge:.2f}%"],
    ]
    story = [
        grid(
            para_cells(head, st["cell"], st["cell"], set()),
            [28 * mm, 60 * mm, 22 * mm, 38 * mm, 22 * mm, 87 * mm],
            header=False,
            lines="box",
            font=font,
            size=8,
        ),
        Spacer(1, 8),
        fund_table(
            case,
            st,
            font,
            ["name", "sedol", "isin", "units", "price", "value", "weight"],
            widths=[92 * mm, 20 * mm, 30 * mm, 30 * mm, 26 * mm, 30 * mm, 29 * mm],
            commas=True,
            price_gbp=True,
            shade=(0.2, 0.2, 0.2),
            total="Total",
            lines="rules",
            headers={
                "name": "Asset",
                "units": "Quantity",
                "price": "Price",
                "value": "Valuation (£)",
                "weight": "Weight",
            },
        ),
        Spacer(1, 8),
        grid(summary, [70 * mm, 60 * mm], header=False, lines="box", font=font, size=9),
        Spacer(1, 6),
        Paragraph(
            "Prices are the latest available on the valuation date. Cash is held in the platform cash "
            "account and is included in the total valuation.",
            st["small"],
        ),
    ]
    build(path, page, story, "Valuation report")
    return _client(case) | plan_truth(case)


def prose_letter(case: Case, path: str) -> dict:
    """Everything in sentences: values, contributions and each fund line written out in prose."""
    rng, p, prov, pl, firm = case.rng, case.client, case.provider, case.plan, case.firm
    font = prov.font
    st = styles(font, 10.5)
    ds = rng.choice(["long", "ord", "weekday"])
    label = rng.choice(["policy", "plan", "certificate"])

    def first(c):
        letterhead(c, prov, "centre")
        address_window(c, [firm.name, *firm.address], font, 10, top=50 * mm)

    page = Page(
        top_first=88 * mm,
        on_first=first,
        footer=lambda c, n, t: footer(c, n, t, text=prov.reg_text, font=font, style="of"),
    )
    vd = fmt_date(pl.valuation_date, ds)
    tv = (
        "as no exit charge applies, this is also its transfer value"
        if pl.transfer == pl.value
        else f"its transfer value on that date was {fmt_money(pl.transfer)}, after an early exit charge"
    )
    contrib = (
        "No contributions are currently being paid."
        if pl.contribution is None
        else f"Contributions of {fmt_money(pl.contribution)} {rng.choice(FREQ_WORDS[pl.frequency])} are being paid."
    )
    addr = ", ".join(p.address_lines()) + ", " + p.postcode
    story = [
        Paragraph("Dear Sirs", st["body"]),
        Paragraph(f"<b>Your client: {p.title} {p.name}</b>", st["body"]),
        Paragraph(
            f"We confirm that {p.title} {p.name}, born {fmt_date(p.dob, 'long')}, National Insurance number "
            f"{fmt_ni(p.ni, True)}, holds {pl.plan_words} {label} number {pl.policy_printed} with us. Our "
            f"records show the policyholder's address as {addr}.",
            st["body"],
        ),
        Paragraph(
            f"On {vd} the {label} was worth {fmt_money(pl.value)}; {tv}. {contrib} The annual management "
            f"charge is {pl.charge:.2f}%.",
            st["body"],
        ),
        Paragraph(f"The {label} is invested as follows:", st["body"]),
    ]
    for h in pl.funds:
        ident = f" (ISIN {h.isin})" if h.isin else ""
        story.append(
            Paragraph(
                f"- {fmt_units(h, True)} units in {h.fund_name}{ident} at £{h.price_str()} per unit, "
                f"worth {fmt_money(h.value)}",
                st["body"],
            )
        )
    story += [
        Paragraph("If you need anything further, please write to us quoting the number above.", st["body"]),
        Spacer(1, 8),
        Paragraph("Yours faithfully", st["body"]),
        Paragraph("Servicing Department", st["body"]),
    ]
    build(path, page, story, "Letter")
    return _client(case) | plan_truth(case)


LAYOUTS = {
    "resp-letter-grid": letter_grid,
    "resp-glance-panel": glance_panel,
    "resp-platform-landscape": platform_valuation,
    "resp-prose": prose_letter,
}
