"""Letter of Authority layouts: adviser letterhead, Origo-style boxed form, client's own letter, e-sign.

Each layout draws one PDF and returns the record fields it printed (normalised truth).
"""

from __future__ import annotations

from hd_common import Case, address_window, footer
from hd_data import fmt_date, fmt_ni
from hd_draw import BOLD, CharBoxes, Page, SignatureLine, build, grid, para_cells, styles, text_lines
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table


def _client_truth(case: Case, *, title: bool = True, dob: bool = True, ni: bool = True, address: bool = True) -> dict:
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


def _signature_truth(case: Case) -> dict:
    t = {"signature_present": case.signed}
    if case.date_signed:
        t["date_signed"] = case.date_signed.isoformat()
    return t


def adviser_letter(case: Case, path: str) -> dict:
    """On the adviser firm's letterhead, to the provider; plans in a small table; ink signature."""
    rng, p, firm, prov = case.rng, case.client, case.firm, case.provider
    font = rng.choice(["Helvetica", "Times-Roman"])
    st = styles(font, 10)
    dstyle = rng.choice(["long", "slash", "ord"])

    def first(c):
        w, h = c._pagesize
        c.setFillColor(colors.Color(*firm.colour))
        c.setFont(BOLD[font], 15)
        c.drawRightString(w - 20 * mm, h - 20 * mm, firm.name)
        c.setFillColor(colors.black)
        text_lines(c, w - 20 * mm, h - 26 * mm, firm.address, font, 8, 10, right=True)
        c.setStrokeColor(colors.Color(*firm.colour))
        c.line(20 * mm, h - 33 * mm - 10 * len(firm.address), w - 20 * mm, h - 33 * mm - 10 * len(firm.address))
        address_window(c, [prov.printed, "Customer Services", *prov.address], font, 10, top=62 * mm)

    reg = (
        f"{firm.name} is authorised and regulated by the Financial Conduct Authority. "
        f"Financial Services Register number {firm.frn}."
    )
    page = Page(
        top_first=100 * mm,
        on_first=first,
        footer=lambda c, n, t: footer(c, n, t, text=reg, font=font, style="slash"),
    )
    plans = [["Provider", "Policy / plan number"]] + [[prov.printed, pr] for pr, _ in case.policies]
    name_line = f"{p.title} {p.name}"
    story = [
        Paragraph(fmt_date(case.date_signed, dstyle), st["body"]),
        Spacer(1, 6),
        Paragraph("Dear Sir or Madam", st["body"]),
        Paragraph("<b>LETTER OF AUTHORITY</b>", st["h2"]),
        grid(
            para_cells(
                [
                    ["Client", name_line],
                    ["Date of birth", fmt_date(p.dob, dstyle)],
                    ["National Insurance number", fmt_ni(p.ni, rng.random() < 0.5)],
                    ["Address", "<br/>".join([*p.address_lines(), p.postcode])],
                ],
                st["cell"],
                st["cell"],
                set(),
            ),
            [55 * mm, 100 * mm],
            header=False,
            lines="none",
            font=font,
            size=9.5,
        ),
        Spacer(1, 6),
        Paragraph(
            f"I authorise {firm.name} (FCA Firm Reference Number {firm.frn}), and in particular "
            f"{case.adviser}, to request and receive any information they need about the plans listed "
            "below, including valuations, fund details, transfer values and charges. Please treat this "
            "letter as authority to discuss the plans with them and to send copies of all future "
            "correspondence to them. This authority does not allow them to make payments to themselves.",
            st["body"],
        ),
        grid(plans, [70 * mm, 60 * mm], lines="box", font=font, size=9.5),
        Spacer(1, 8),
        Paragraph("A copy of this letter is as valid as the original.", st["small"]),
        Spacer(1, 14),
        KeepTogether(
            [
                SignatureLine(110 * mm, case.signed, case.seed, "Signed:", font),
                Paragraph(f"Name: {name_line}", st["body"]),
                Paragraph(f"Date: {fmt_date(case.date_signed, dstyle)}", st["body"]),
            ]
        ),
    ]
    build(path, page, story, "Letter of Authority")
    t = _client_truth(case) | _signature_truth(case)
    return t | {
        "policy_numbers": [tr for _, tr in case.policies],
        "adviser_firm": firm.name,
        "fca_frn": firm.frn,
        "adviser_name": case.adviser,
    }


def origo_form(case: Case, path: str) -> dict:
    """A numbered, boxed industry-style form: names in cells, DOB and NI one character per box."""
    p, firm, prov = case.client, case.firm, case.provider
    font = "Helvetica"
    st = styles(font, 9)
    shade = (0.85, 0.88, 0.92)

    def first(c):
        w, h = c._pagesize
        c.setFont(BOLD[font], 14)
        c.drawString(20 * mm, h - 22 * mm, "Letter of Authority")
        c.setFont(font, 9)
        c.drawString(20 * mm, h - 28 * mm, "Request for information and appointment of agent")
        c.setFont(font, 7)
        c.drawRightString(w - 20 * mm, h - 22 * mm, "Form LOA-IND  v4.2  (04/24)")

    page = Page(
        top_first=34 * mm,
        on_first=first,
        footer=lambda c, n, t: footer(
            c,
            n,
            t,
            text="Please complete in BLOCK CAPITALS using black ink. Incomplete forms will be returned.",
            font=font,
            style="of",
        ),
    )

    def section(title: str, rows: list[list], widths: list[float]) -> list:
        head = Table([[title]], colWidths=[170 * mm])
        head.setStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.Color(*shade)),
                ("FONT", (0, 0), (-1, -1), BOLD[font], 9.5),
            ]
        )
        return [
            head,
            grid(
                para_cells(rows, st["cell"], st["cell"], set()),
                widths,
                header=False,
                lines="box",
                font=font,
                size=9,
            ),
            Spacer(1, 5),
        ]

    dob = p.dob.strftime("%d%m%Y")
    sign_date = case.date_signed.strftime("%d%m%Y") if case.signed else "        "
    addr = "<br/>".join(p.address_lines())
    plan_rows = [["Plan / policy number", "Plan type (if known)"]] + [[pr, ""] for pr, _ in case.policies]
    plan_rows += [["", ""]] * (4 - len(case.policies))
    story = [
        *section(
            "1  Provider",
            [["Provider name", prov.printed], ["Provider address", ", ".join(prov.address)]],
            [45 * mm, 125 * mm],
        ),
        *section(
            "2  Policyholder",
            [
                ["Title", p.title, "Forename(s)", p.forenames],
                ["Surname", p.surname, "", ""],
                ["Home address", addr, "Postcode", p.postcode],
            ],
            [28 * mm, 62 * mm, 28 * mm, 52 * mm],
        ),
        CharBoxes("Date of birth (DD MM YYYY)", dob, font, gaps=(2, 4)),
        Spacer(1, 4),
        CharBoxes("National Insurance number", p.ni, font, gaps=(2, 4, 6, 8)),
        Spacer(1, 8),
        *section("3  Plans covered by this authority", plan_rows, [85 * mm, 85 * mm]),
        *section(
            "4  Adviser",
            [
                ["Firm name", firm.name],
                ["FCA firm reference number", firm.frn],
                ["Adviser", case.adviser],
                ["Firm address", ", ".join(firm.address)],
            ],
            [45 * mm, 125 * mm],
        ),
        Paragraph("<b>5  Declaration</b>", st["bold"]),
        Paragraph(
            "I/We authorise you to give the adviser named in section 4 any information they ask for about "
            "the plans in section 3, and to accept instructions from them as my/our agent. This "
            "authority replaces any earlier one and stays in force until I/we cancel it in writing.",
            st["body"],
        ),
        Spacer(1, 10),
        SignatureLine(120 * mm, case.signed, case.seed, "Policyholder signature", font),
        Spacer(1, 6),
        CharBoxes("Date (DD MM YYYY)", sign_date, font, gaps=(2, 4)),
    ]
    build(path, page, story, "Letter of Authority form")
    t = _client_truth(case)
    t |= {
        "signature_present": case.signed,
        "date_signed": case.date_signed.isoformat() if case.signed else None,
    }
    return t | {
        "policy_numbers": [tr for _, tr in case.policies],
        "adviser_firm": firm.name,
        "fca_frn": firm.frn,
        "adviser_name": case.adviser,
    }


def client_letter(case: Case, path: str) -> dict:
    """The client's own short letter: their address top right, details in the prose, no adviser name."""
    rng, p, firm, prov = case.rng, case.client, case.firm, case.provider
    font = "Times-Roman"
    st = styles(font, 11)
    dstyle = rng.choice(["long", "ord", "dot"])

    def first(c):
        w, h = c._pagesize
        lines = [
            f"{p.title} {p.name}",
            *p.address_lines(),
            p.postcode,
            "",
            fmt_date(case.date_signed, dstyle),
        ]
        text_lines(c, w - 20 * mm, h - 22 * mm, lines, font, 11, 14, right=True)
        address_window(c, [prov.printed, *prov.address], font, 11, top=70 * mm)

    page = Page(top_first=112 * mm, on_first=first, footer=None)
    refs = [pr for pr, _ in case.policies]
    plist = refs[0] if len(refs) == 1 else ", ".join(refs[:-1]) + " and " + refs[-1]
    fa = ", ".join(firm.address)
    story = [
        Paragraph("Dear Sir or Madam", st["body"]),
        Paragraph(f"<b>Plan number{'s' if len(refs) > 1 else ''}: {plist}</b>", st["body"]),
        Paragraph(
            f"Please accept this letter as my authority for {firm.name} (FCA number {firm.frn}) of {fa} to "
            "obtain any information they require about the above plans, and to act on my behalf in "
            "respect of them.",
            st["body"],
        ),
        Paragraph(
            f"For identification, my date of birth is {fmt_date(p.dob, 'long')} and my National Insurance "
            f"number is {fmt_ni(p.ni, True)}.",
            st["body"],
        ),
        Paragraph("Please send the information directly to them.", st["body"]),
        Spacer(1, 10),
        Paragraph("Yours faithfully", st["body"]),
        SignatureLine(80 * mm, case.signed, case.seed, "", font),
        Paragraph(f"{p.title} {p.name}", st["body"]),
    ]
    build(path, page, story, "Letter")
    t = _client_truth(case) | _signature_truth(case)
    return t | {
        "policy_numbers": [tr for _, tr in case.policies],
        "adviser_firm": firm.name,
        "fca_frn": firm.frn,
    }


def esign_portal(case: Case, path: str) -> dict:
    """A portal print-out: banner, key/value list, and a typed e-signature record (or 'awaiting')."""
    rng, p, firm, prov = case.rng, case.client, case.firm, case.provider
    font = "Helvetica"
    st = styles(font, 9.5)

    def first(c):
        w, h = c._pagesize
        c.setFillColor(colors.Color(*firm.colour))
        c.rect(0, h - 18 * mm, w, 18 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(BOLD[font], 13)
        c.drawString(20 * mm, h - 11.5 * mm, firm.name)
        c.setFont(font, 8)
        c.drawRightString(w - 20 * mm, h - 11.5 * mm, f"FRN {firm.frn}")
        c.setFillColor(colors.black)

    page = Page(
        top_first=28 * mm,
        on_first=first,
        footer=lambda c, n, t: footer(
            c,
            n,
            t,
            text=f"Document ID LOA-{case.seed:06d}. Generated by ClientSign secure portal.",
            font=font,
            style="ref",
            ref=f"LOA-{case.seed:06d}",
        ),
    )
    dstyle = rng.choice(["dash", "slash", "short"])
    rows = [
        ["Authority to", prov.printed],
        ["Plans", "\n".join(pr for pr, _ in case.policies)],
        ["Name", f"{p.title} {p.name}"],
        ["Born", fmt_date(p.dob, dstyle)],
        ["NI no.", fmt_ni(p.ni, False)],
        ["Address", ", ".join(p.address_lines())],
        ["Postcode", p.postcode],
        ["Adviser firm", f"{firm.name} (FRN {firm.frn})"],
        ["Your adviser", case.adviser],
    ]
    t_rows = [[k, v] for k, v in rows]
    story = [
        Paragraph("Letter of Authority", st["h1"]),
        Paragraph(
            "You asked us to collect details of your existing plans. Please check the details below.",
            st["body"],
        ),
        grid(
            t_rows,
            [40 * mm, 130 * mm],
            header=False,
            lines="rules",
            font=font,
            size=9.5,
            zebra=(0.95, 0.95, 0.95),
        ),
        Spacer(1, 10),
        Paragraph(
            f"I authorise {prov.printed} to release information about the plans above to my adviser "
            f"and to accept them as my agent.",
            st["body"],
        ),
        Spacer(1, 8),
    ]
    if case.signed:
        when = fmt_date(case.date_signed, dstyle)
        stamp = f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
        story.append(
            Paragraph(
                f"<b>Signed electronically</b> by {p.name} on {when} at {stamp} (UK time). "
                f"Signature ID ES-{rng.randint(10**7, 10**8 - 1)}. Verified by one-time passcode "
                "sent to the client's mobile telephone.",
                st["body"],
            )
        )
    else:
        story += [
            Paragraph("Status: <b>awaiting client signature</b>", st["body"]),
            SignatureLine(110 * mm, False, case.seed, "Signature", font),
            Paragraph("Date: ____ / ____ / ________", st["body"]),
        ]
    build(path, page, story, "Letter of Authority")
    t = _client_truth(case) | _signature_truth(case)
    if not case.signed:
        t["date_signed"] = None
    return t | {
        "policy_numbers": [tr for _, tr in case.policies],
        "adviser_firm": firm.name,
        "fca_frn": firm.frn,
        "adviser_name": case.adviser,
    }


LAYOUTS = {
    "loa-adviser-letter": adviser_letter,
    "loa-boxed-form": origo_form,
    "loa-client-letter": client_letter,
    "loa-esign-portal": esign_portal,
}
