"""Annual (periodic) statement layouts: classic, sidebar, platform quarterly, bond anniversary.

Classic is a tax-year pension statement; sidebar puts the client beside the main column; platform
quarterly carries a transactions list; bond anniversary states a surrender value.

Each layout draws one PDF and returns the record fields it printed (normalised truth).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hd_common import Case, address_window, footer, fund_table, letterhead, plan_truth, ref_block
from hd_data import fmt_date, fmt_money, fmt_ni, money
from hd_draw import BOLD, Page, build, grid, para_cells, styles, text_lines
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

_PER_YEAR = {"monthly": 12, "quarterly": 4, "annually": 1}


def _client(case: Case, *, address: bool = True, ni: bool = True, dob: bool = True, title: bool = True) -> dict:
    p = case.client
    t = {"provider": case.provider.truth, "client_name": p.name}
    if title:
        t["client_title"] = p.title
    if dob:
        t["client_dob"] = p.dob.isoformat()
    if ni:
        t["ni_number"] = p.ni
    if address:
        t["client_address"] = ", ".join(p.address_lines())
        t["client_postcode"] = p.postcode
    return t


def _movement(case: Case, periods: int) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """(start value, paid in, charges, growth) that add up to the plan value at the period end."""
    pl, rng = case.plan, case.rng
    paid = (pl.contribution or Decimal(0)) * periods
    charges = money(pl.value * pl.charge / 100)  # a year's charge, whatever is paid in
    growth = money(pl.value * Decimal(rng.randint(-40, 110)) / 1000)
    start = pl.value - paid + charges - growth
    if start <= 0:
        growth = Decimal("0.00")
        start = pl.value - paid + charges
    return money(start), money(paid), charges, growth


def classic(case: Case, path: str) -> dict:
    """Address window, reference block, 'how your plan changed' summary, funds, then the small print."""
    rng, p, prov, pl = case.rng, case.client, case.provider, case.plan
    p.town_caps = rng.random() < 0.5
    font = prov.font
    st = styles(font, 9.5)
    ds = rng.choice(["long", "short", "slash"])
    issued = pl.valuation_date + dt.timedelta(days=rng.randint(12, 40))
    ref_label = rng.choice(["Plan number", "Policy number", "Membership number", "Scheme reference"])

    def first(c):
        letterhead(c, prov, rng_style)
        address_window(c, [f"{p.title} {p.name}", *p.address_lines(), p.postcode], font, 10)
        ref_block(
            c,
            [
                (ref_label, pl.policy_printed),
                ("Date of issue", fmt_date(issued, ds)),
                ("Enquiries", "0345 600 " + f"{rng.randint(1000, 9999)}"),
            ],
            font,
        )

    rng_style = rng.choice(["left", "centre"])
    page = Page(
        top_first=95 * mm,
        on_first=first,
        footer=lambda c, n, t: footer(c, n, t, text=prov.reg_text, font=font, style="of"),
    )
    periods = _PER_YEAR.get(pl.frequency or "", 0)
    start, paid, charges, growth = _movement(case, periods)
    s, e = fmt_date(pl.period_start, ds), fmt_date(pl.valuation_date, ds)
    summary = [
        [f"Value at {s}", fmt_money(start)],
        ["Payments in", fmt_money(paid)],
        ["Charges deducted", "-" + fmt_money(charges)],
        [
            "Investment growth" if growth >= 0 else "Investment loss",
            fmt_money(growth) if growth >= 0 else "-" + fmt_money(-growth),
        ],
        [f"Value at {e}", fmt_money(pl.value)],
    ]
    sm = grid(
        summary,
        [110 * mm, 40 * mm],
        header=False,
        lines="rules",
        right_cols=(1,),
        font=font,
        size=10,
        bold_last=True,
    )
    who = "pension" if "pension" in pl.plan_type or pl.plan_type == "sipp" else "plan"
    story = [
        Paragraph(f"Your annual {who} statement", st["h1"]),
        Paragraph(f"{pl.plan_words} - for the period {s} to {e}", st["bold"]),
        Paragraph(
            f"Dear {p.title} {p.surname}, this statement shows how your plan has changed over the "
            "year and what it was worth at the end of the period.",
            st["body"],
        ),
        Paragraph("How your plan changed", st["h2"]),
        sm,
        Spacer(1, 6),
        Paragraph(
            f"If you had transferred your plan to another provider on {e}, we would have paid "
            f"{fmt_money(pl.transfer)}. This is your transfer value.",
            st["body"],
        ),
    ]
    if pl.contribution is not None:
        each = {"monthly": "each month", "quarterly": "each quarter", "annually": "each year"}[pl.frequency]
        story.append(Paragraph(f"Your regular contribution is {fmt_money(pl.contribution)} {each}.", st["body"]))
    story += [
        Paragraph("Your investments", st["h2"]),
        fund_table(
            case,
            st,
            font,
            ["name", "units", "price", "value"],
            widths=[86 * mm, 28 * mm, 26 * mm, 30 * mm],
            commas=rng.random() < 0.5,
            price_gbp=True,
            value_style="gbp",
            total="Total value",
            shade=prov.colour,
            headers={"price": "Unit price", "value": "Value"},
        ),
        Paragraph("Charges", st["h2"]),
        Paragraph(f"Annual management charge: {pl.charge:.2f}% a year of the value of your plan.", st["body"]),
        Paragraph("Your personal details", st["h2"]),
        Paragraph(
            f"Date of birth: {fmt_date(p.dob, ds)}<br/>National Insurance number: {fmt_ni(p.ni, True)}<br/>"
            "Please tell us if any of these details are wrong.",
            st["body"],
        ),
    ]
    build(path, page, story, "Annual statement")
    return _client(case) | plan_truth(case, isin=False) | {"period_start": pl.period_start.isoformat()}


def sidebar(case: Case, path: str) -> dict:
    """A shaded sidebar of client details beside the main column; a small bar chart of past values."""
    rng, p, prov, pl = case.rng, case.client, case.provider, case.plan
    font = prov.font
    st = styles(font, 9)
    ds = rng.choice(["short", "dot", "long"])
    num_label = rng.choice(["Membership number", "Plan number", "Contract"])

    def first(c):
        w, h = c._pagesize
        col = prov.colour
        c.setFillColor(colors.Color(*(0.9 + 0.1 * x for x in col)))
        c.rect(0, 0, 62 * mm, h, fill=1, stroke=0)
        c.setFillColor(colors.black)
        from hd_draw import logo

        logo(c, prov.mark, 10 * mm, h - 26 * mm, 14 * mm, col)
        c.setFillColor(colors.Color(*col))
        c.setFont(BOLD[font], 10.5)
        c.drawString(10 * mm, h - 32 * mm, prov.printed)
        c.setFillColor(colors.black)
        y = text_lines(c, 10 * mm, h - 50 * mm, ["Your details"], BOLD[font], 10)
        rows = [
            ("Name", f"{p.title} {p.name}"),
            ("Date of birth", fmt_date(p.dob, ds)),
            ("NI number", fmt_ni(p.ni, False)),
            (num_label, pl.policy_printed),
        ]
        for k, v in rows:
            y = text_lines(c, 10 * mm, y - 2, [k], font, 7.5)
            y = text_lines(c, 10 * mm, y, [v], BOLD[font], 8.5)
        y = text_lines(c, 10 * mm, y - 4, ["Address"], font, 7.5)
        text_lines(c, 10 * mm, y, [*p.address_lines(), p.postcode], font, 8.5, 10.5)

    page = Page(
        top_first=20 * mm,
        first_x=70 * mm,
        on_first=first,
        footer=lambda c, n, t: footer(c, n, t, text=prov.reg_text, font=font, style="slash"),
    )
    vals = [money(pl.value * Decimal(f)) for f in (rng.uniform(0.6, 0.8), rng.uniform(0.75, 0.95))] + [pl.value]
    years = [pl.valuation_date.year - 2, pl.valuation_date.year - 1, pl.valuation_date.year]
    s, e = fmt_date(pl.period_start, ds), fmt_date(pl.valuation_date, ds)
    tv_label = rng.choice(["Transfer value", "Cash-in value"])
    key = Table(
        [[f"Total plan value at {e}", fmt_money(pl.value)], [tv_label, fmt_money(pl.transfer)]],
        colWidths=[75 * mm, 40 * mm],
    )
    key.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), BOLD[font], 11),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ]
    )
    story = [
        Paragraph("Statement of your plan", st["h1"]),
        Paragraph(f"Period covered: {s} - {e}", st["bold"]),
        Paragraph(f"Plan type: {pl.plan_words}", st["body"]),
        key,
        Spacer(1, 8),
        Paragraph("Your plan value over the last three years (at each statement date)", st["small"]),
        _Bars(vals, years, prov.colour, font),
        Spacer(1, 6),
        Paragraph("Your funds", st["h2"]),
        fund_table(
            case,
            st,
            font,
            ["name", "isin", "units", "price", "value"],
            widths=[38 * mm, 27 * mm, 19 * mm, 16 * mm, 20 * mm],
            commas=False,
            total="Total",
            lines="rules",
            headers={"price": "Price", "units": "Units"},
        ),
        Paragraph("Charges", st["h2"]),
        Paragraph(f"Plan charge: {pl.charge:.2f}% each year.", st["body"]),
    ]
    if pl.contribution is not None:
        story.append(Paragraph(f"Contributions: {fmt_money(pl.contribution)} ({pl.frequency}).", st["body"]))
    build(path, page, story, "Statement")
    return _client(case) | plan_truth(case) | {"period_start": pl.period_start.isoformat()}


class _Bars(Flowable):
    """Three labelled bars (past values are distractors, only the last is the plan value)."""

    def __init__(self, vals, years, colour, font):
        super().__init__()
        self.vals, self.years, self.colour, self.font = vals, years, colour, font
        self.width, self.height = 110 * mm, 38 * mm

    def draw(self) -> None:
        """Draw the bars with their year and value labels."""
        c, top = self.canv, max(self.vals)
        for i, (v, y) in enumerate(zip(self.vals, self.years, strict=True)):
            bh = float(v / top) * 26 * mm
            x = i * 36 * mm
            c.setFillColor(colors.Color(*self.colour))
            c.rect(x, 8, 22 * mm, bh, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.setFont(self.font, 7)
            c.drawString(x, 0, str(y))
            c.drawString(x, 10 + bh, fmt_money(v, "gbp"))


def platform_quarterly(case: Case, path: str) -> dict:
    """Quarterly platform statement: summary, transactions (distractor dates and sums), holdings + cash."""
    rng, p, prov, pl = case.rng, case.client, case.provider, case.plan
    font = "Helvetica"
    st = styles(font, 8.5)
    ds = rng.choice(["slash", "dash"])

    def first(c):
        letterhead(c, prov, "left")
        address_window(c, [f"{p.title} {p.name}", *p.address_lines(), p.postcode], font, 9.5, top=50 * mm)
        ref_block(
            c,
            [
                ("Account number", pl.policy_printed),
                ("Statement date", fmt_date(pl.valuation_date, ds)),
                ("Product", pl.plan_words),
            ],
            font,
            top=50 * mm,
            gap=26 * mm,
        )

    page = Page(
        top_first=88 * mm,
        on_first=first,
        footer=lambda c, n, t: footer(c, n, t, text=prov.reg_text, font=font, style="of"),
    )
    s, e = fmt_date(pl.period_start, ds), fmt_date(pl.valuation_date, ds)
    tx = [["Date", "Description", "Amount (£)"]]
    d = pl.period_start
    for k in range(3):
        day = d + dt.timedelta(days=5 + 30 * k)
        if pl.frequency == "monthly":
            tx.append([fmt_date(day, ds), "Contribution received by direct debit", f"{pl.contribution:,.2f}"])
        fee = money(pl.value * pl.charge / 1200)
        tx.append([fmt_date(day + dt.timedelta(days=20), ds), "Platform charge", f"-{fee:,.2f}"])
    h0 = pl.funds[0]
    tx.append(
        [
            fmt_date(d + dt.timedelta(days=40), ds),
            f"Income reinvested - {h0.fund_name}",
            f"{Decimal(rng.randint(500, 9000)) / 100:,.2f}",
        ]
    )
    story = [
        Paragraph(f"Quarterly statement: {s} to {e}", st["h1"]),
        Paragraph(f"Account holder date of birth: {fmt_date(p.dob, ds)}", st["body"]),
        grid(
            [
                ["Total account value", fmt_money(pl.value)],
                ["Cash-in value", fmt_money(pl.transfer)],
                ["Platform charge (annual rate)", f"{pl.charge:.2f}%"],
            ]
            + ([["Regular contribution", f"{fmt_money(pl.contribution)} {pl.frequency}"]] if pl.contribution else []),
            [70 * mm, 40 * mm],
            header=False,
            lines="box",
            right_cols=(1,),
            font=font,
            size=9.5,
        ),
        Spacer(1, 6),
        Paragraph("Transactions this quarter", st["h2"]),
        grid(
            para_cells(tx, st["cell"], st["cellr"], {2}),
            [26 * mm, 110 * mm, 34 * mm],
            lines="rules",
            font=font,
            size=8,
            right_cols=(2,),
        ),
        Paragraph("Your holdings", st["h2"]),
        fund_table(
            case,
            st,
            font,
            ["name", "sedol", "isin", "units", "price", "value"],
            widths=[49 * mm, 19 * mm, 29 * mm, 25 * mm, 20 * mm, 28 * mm],
            commas=True,
            price_gbp=True,
            shade=(0.25, 0.25, 0.3),
            total="Total account value",
            headers={"units": "Quantity", "price": "Price", "name": "Investment"},
        ),
    ]
    build(path, page, story, "Quarterly statement")
    t = _client(case, ni=False)
    return (
        t | plan_truth(case, contribution=pl.contribution is not None) | {"period_start": pl.period_start.isoformat()}
    )


def bond_anniversary(case: Case, path: str) -> dict:
    """Investment bond anniversary statement: bond year, premium and withdrawals, surrender value, funds."""
    rng, p, prov, pl = case.rng, case.client, case.provider, case.plan
    font = prov.font
    st = styles(font, 9.5)
    ds = rng.choice(["long", "ord", "slash"])

    def first(c):
        letterhead(c, prov, "centre")
        address_window(c, [f"{p.title} {p.name}", *p.address_lines(), p.postcode], font, 10, top=50 * mm)

    page = Page(
        top_first=88 * mm,
        on_first=first,
        footer=lambda c, n, t: footer(
            c, n, t, text=prov.reg_text, font=font, style="ref", ref=f"Bond {pl.policy_printed}"
        ),
    )
    s, e = fmt_date(pl.period_start, ds), fmt_date(pl.valuation_date, ds)
    premium = money(pl.value * Decimal(rng.choice(["0.8", "0.9", "1.05"])))
    wd = money(premium * Decimal("0.05"))
    rows = [
        ["Bond number", pl.policy_printed],
        ["Bond type", pl.plan_words],
        ["Bond holder", f"{p.title} {p.name}"],
        ["Bondholder's date of birth", fmt_date(p.dob, ds)],
        ["Bond year", f"{s} to {e}"],
        ["Total premium invested", fmt_money(premium)],
        ["Withdrawals this bond year (5%)", fmt_money(wd)],
        ["Bond value at anniversary", fmt_money(pl.value)],
        ["Surrender value", fmt_money(pl.transfer)],
        ["Number of policy segments", str(rng.choice([20, 50, 100]))],
    ]
    story = [
        Paragraph("Anniversary statement", st["h1"]),
        grid(
            para_cells(rows, st["cell"], st["cellb"], {1}),
            [70 * mm, 100 * mm],
            header=False,
            lines="rules",
            font=font,
            size=9,
        ),
        Spacer(1, 6),
        Paragraph(
            f"The surrender value is what you would receive if you cashed in the whole bond on {e}, after "
            "any early surrender charge. It includes all segments.",
            st["body"],
        ),
        Paragraph("Fund holdings at the anniversary", st["h2"]),
        fund_table(
            case,
            st,
            font,
            ["name", "isin", "units", "price", "value"],
            widths=[62 * mm, 30 * mm, 26 * mm, 22 * mm, 30 * mm],
            commas=True,
            value_style="gbp",
            total="Bond value",
            headers={"units": "Units allocated", "price": "Bid price (£)", "value": "Value"},
        ),
        Paragraph(f"The annual management charge of {pl.charge:.2f}% is deducted monthly from the bond.", st["body"]),
    ]
    build(path, page, story, "Anniversary statement")
    return (
        _client(case, ni=False) | plan_truth(case, contribution=False) | {"period_start": pl.period_start.isoformat()}
    )


LAYOUTS = {
    "stmt-classic": classic,
    "stmt-sidebar": sidebar,
    "stmt-platform-quarterly": platform_quarterly,
    "stmt-bond-anniversary": bond_anniversary,
}
