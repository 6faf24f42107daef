"""Field finding on small statements drawn here, each with a wording or layout the samples lack.

The expected values are written in each test by hand; the PDFs are drawn with reportlab.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from provcheck.pipeline import CheckOptions, check_file

OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))
LETTERHEAD = [(60, "Aldgate Life"), (60, "Your annual statement"), (60, "Mrs Jane Smith")]


def _statement(path: Path, rows: list[tuple[float, str]], prose: list[str] = ()) -> Path:
    """One page: a letterhead, then each (x, text) row one line down, then running sentences."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 790.0
    for x, text in [*LETTERHEAD, *rows]:
        if x < 0:  # a row of two cells: label-left pairs side by side
            left, right = text.split("|")
            c.drawString(60, y, left)
            c.drawString(300, y, right)
        else:
            c.drawString(x, y, text)
        y -= 16
    for sentence in prose:
        y -= 6
        c.drawString(60, y, sentence)
        y -= 14
    c.save()
    return path


def _record(path: Path) -> dict:
    result = check_file(path, OPTIONS)
    assert result.doc_type == "annual_statement", result.doc_type
    return result.record.model_dump(mode="json")


def test_a_label_after_a_qualifier_word(tmp_path: Path) -> None:
    pdf = _statement(tmp_path / "a.pdf", [(60, "Plan number: AL1234567"), (60, "Total portfolio value: £12,345.67")])
    assert _record(pdf)["plan_value"] == "12345.67"


def test_the_closing_dated_value_is_the_plan_value(tmp_path: Path) -> None:
    rows = [
        (60, "Plan number: AL1234567"),
        (-1, "Value on 01.02.2026|£1,000.00"),
        (-1, "Payments in|£50.00"),
        (-1, "Value on 01.05.2026|£1,100.00"),
    ]
    rec = _record(_statement(tmp_path / "b.pdf", rows))
    assert rec["plan_value"] == "1100.00"


def test_a_valuation_label_heads_a_date_and_the_amount_below_it(tmp_path: Path) -> None:
    rows = [(60, "Plan number: AL1234567"), (300, "Valuation as at 5 April 2025"), (300, "GBP 235,407.97")]
    rec = _record(_statement(tmp_path / "c.pdf", rows))
    assert (rec["valuation_date"], rec["plan_value"]) == ("2025-04-05", "235407.97")


def test_from_and_to_give_the_period(tmp_path: Path) -> None:
    rows = [(60, "Plan number: AL1234567"), (-1, "From:|22 February 2025"), (-1, "To:|21 February 2026")]
    rec = _record(_statement(tmp_path / "d.pdf", rows))
    assert (rec["period_start"], rec["valuation_date"]) == ("2025-02-22", "2026-02-21")


def test_an_unlisted_product_is_plan_type_other(tmp_path: Path) -> None:
    rows = [(60, "Plan number: AL1234567"), (-1, "Product type|With-Profits Endowment")]
    assert _record(_statement(tmp_path / "e.pdf", rows))["plan_type"] == "other"


def test_an_amount_in_a_sentence_past_an_abbreviation(tmp_path: Path) -> None:
    prose = ["The value of your Personal Pension (plan no. AL1234567) on 12.02.2025 was £245,264.84."]
    rec = _record(_statement(tmp_path / "f.pdf", [(60, "Plan number: AL1234567")], prose))
    assert rec["plan_value"] == "245264.84"


def test_the_footer_names_the_issuer_over_a_fund_in_the_body(tmp_path: Path) -> None:
    """A house outside the registry holding a registered house's fund is still itself, and unknown."""
    c = canvas.Canvas(str(tmp_path / "g.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    lines = [
        "Quayside Assurance",
        "Your annual statement",
        "Plan number: QA1234567",
        "Plan value: £10,000.00",
        "Harrowgate US Equity Index Mutual fund: £10,000.00",
    ]
    for i, text in enumerate(lines):
        c.drawString(60, (790 if i == 0 else 600) - 18 * i, text)  # letterhead, then the body lower down
    c.drawString(60, 60, "Quayside Assurance is registered in England and Wales No. 01234567.")
    c.save()
    result = check_file(tmp_path / "g.pdf", OPTIONS)
    assert result.record.provider == "Quayside Assurance"
    assert "provider_unknown" in {i.rule for i in result.issues}


def _pages(path: Path, pages: list[list[tuple[float, str]]]) -> Path:
    """Pages of (x, text) rows, one line each, 16 points apart; x < 0 puts "left|right" in two columns."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for rows in pages:
        c.setFont("Helvetica", 10)
        y = 790.0
        for x, text in rows:
            if x < 0:
                for col, cell in zip((60, 250, 340, 430), text.split("|"), strict=False):
                    c.drawString(col, y, cell)
            else:
                c.drawString(x, y, text)
            y -= 16
        c.showPage()
    c.save()
    return path


COVERING_LETTER = [
    (60, "Quayside Assurance"),
    (60, "1 Harbour Street, Bristol BS1 4QA"),
    (60, ""),
    (60, "Mr Peter Holloway"),
    (60, "14 Orchard Close"),
    (60, "Stafford"),
    (60, "ST18 0TR"),
    (60, ""),
    (60, "3 March 2026"),
    (60, "Dear Mr Holloway"),
    (60, "Please find attached the details we hold for the plan named overleaf."),
    (60, "Yours sincerely"),
    (60, "Customer Services"),
]
PLAN_PAGE = [
    (60, "Policy number: QA7781234"),
    (60, "Name: Mr Peter James Holloway"),
    (60, "Date of birth: 17/09/1963"),
    (60, "Valuation date: 28 February 2026"),
    (60, "Plan value: £15,000.00"),
    (60, ""),
    (-1, "Fund|Units|Price|Value"),
    (-1, "Quayside Global Equity|4000.00|2.5000|6,000.00"),
    (-1, "Quayside Managed Bond|6000.00|1.5000|9,000.00"),
]


def test_a_reply_behind_a_covering_letter_gets_its_fields(tmp_path: Path) -> None:
    """Issue 10: page 1 names nothing, page 2 lists the plan under plain labels: a reply, not unknown."""
    result = check_file(_pages(tmp_path / "cover.pdf", [COVERING_LETTER, PLAN_PAGE]), OPTIONS)
    assert result.doc_type == "loa_response"
    rec = result.to_json_dict()["record"]
    got = (rec["policy_number"], rec["client_name"], rec["client_dob"])
    assert got == ("QA7781234", "Peter James Holloway", "1963-09-17")
    assert (rec["plan_value"], len(rec["holdings"])) == ("15000.00", 2)


def test_an_unknown_document_still_reports_the_fields_every_type_has(tmp_path: Path) -> None:
    rows = [
        (60, "Change of address"),
        (60, "Name: Mrs Ruth Anne Calder"),
        (60, "Date of birth: 02/11/1958"),
        (60, "National Insurance number: JT 55 21 09 B"),
        (60, "New address: 8 Quarry Road, Hexham"),
        (60, "Postcode: NE46 3AB"),
    ]
    result = check_file(_pages(tmp_path / "moved.pdf", [rows]), OPTIONS).to_json_dict()
    assert result["doc_type"] == "unknown"
    rec = result["record"]
    assert set(rec) == {"provider", "client_title", "client_name", "client_dob", "ni_number", "client_address",
                        "client_postcode"}
    assert (rec["client_title"], rec["client_name"], rec["client_dob"]) == ("Mrs", "Ruth Anne Calder", "1958-11-02")
    assert (rec["ni_number"], rec["client_postcode"]) == ("JT552109B", "NE46 3AB")
    assert result["completeness"] == 0.0 and result["status"] == "needs_review"


FUNDS = [
    (-1, "Fund|Units|Price|Value"),
    (-1, "Aldgate Global Equity|4000.00|2.5000|6,000.00"),
    (-1, "Aldgate Managed Bond|3000.00|1.6667|5,000.00"),
]


def test_a_start_of_period_value_is_not_the_plan_value(tmp_path: Path) -> None:
    """Issue 10: the start value printed first gave way to nothing, and the fund table took the blame."""
    rows = [
        (60, "Plan number: AL1234567"),
        (-1, "Value at start of period|£10,000.00"),
        (-1, "Payments in|£500.00"),
        (-1, "Value at end of period|£11,000.00"),
        (-1, "Total value|£11,000.00"),
        *FUNDS,
    ]
    result = check_file(_pages(tmp_path / "period.pdf", [[*LETTERHEAD, *rows]]), OPTIONS)
    assert result.record.plan_value == "11000.00"
    assert "holdings_sum" not in {i.rule for i in result.issues}


def test_an_opening_value_gives_way_to_a_closing_one(tmp_path: Path) -> None:
    rows = [(60, "Plan number: AL1234567"), (-1, "Opening value|£9,000.00"), (-1, "Closing value|£9,400.00")]
    assert _record(_statement(tmp_path / "open.pdf", rows))["plan_value"] == "9400.00"


def test_the_plan_value_the_holdings_add_up_to_is_preferred(tmp_path: Path) -> None:
    rows = [(60, "Plan number: AL1234567"), (-1, "Fund value|£10,800.00"), (-1, "Total value|£11,000.00"), *FUNDS]
    assert _record(_pages(tmp_path / "sum.pdf", [[*LETTERHEAD, *rows]]))["plan_value"] == "11000.00"


def test_an_opening_value_is_passed_over_even_when_the_holdings_add_up_to_it(tmp_path: Path) -> None:
    rows = [(60, "Plan number: AL1234567"), (-1, "Opening value|£11,000.00"), (-1, "Closing value|£11,200.00"), *FUNDS]
    assert _record(_pages(tmp_path / "open2.pdf", [[*LETTERHEAD, *rows]]))["plan_value"] == "11200.00"


@pytest.mark.parametrize("label", ["Cash-in value", "Surrender value", "Encashment value", "Cash in value"])
def test_a_transfer_value_under_another_wording(tmp_path: Path, label: str) -> None:
    rows = [(60, "Plan number: AL1234567"), (-1, "Plan value|£11,000.00"), (-1, f"{label}|£10,500.00")]
    rec = _record(_statement(tmp_path / "cash.pdf", rows))
    assert (rec["plan_value"], rec["transfer_value"]) == ("11000.00", "10500.00")


def test_dot_leaders_stay_out_of_the_value(tmp_path: Path) -> None:
    rows = [
        (60, "Plan number ........ AL1234567"),
        (60, "Address ........ 20 Mill Lane, Leeds"),
        (60, "Postcode ........ LS1 4AB"),
        (60, "Plan value ........ £11,000.00"),
    ]
    rec = _record(_statement(tmp_path / "dots.pdf", rows))
    assert (rec["client_address"], rec["client_postcode"]) == ("20 Mill Lane, Leeds", "LS1 4AB")
    assert (rec["policy_number"], rec["plan_value"]) == ("AL1234567", "11000.00")


def test_projections_and_illustrations_are_not_values(tmp_path: Path) -> None:
    rows = [
        (60, "Plan number: AL1234567"),
        (-1, "Projected value at retirement|£123,456.00"),
        (-1, "Fund value at age 65|£99,000.00"),
        (-1, "Transfer value at retirement|£97,000.00"),
    ]
    prose = ["Illustration: if you keep paying in, the value of your plan at 65 could be £150,000.00."]
    rec = _record(_statement(tmp_path / "proj.pdf", rows, prose))
    assert (rec["plan_value"], rec["transfer_value"]) == (None, None)
    rows.append((-1, "Plan value|£11,000.00"))
    assert _record(_statement(tmp_path / "proj2.pdf", rows, prose))["plan_value"] == "11000.00"


def test_a_later_pages_heading_names_the_reply(tmp_path: Path) -> None:
    """Issue 10: the title is on page 2, over the plan's details, behind a covering letter."""
    path = tmp_path / "title2.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, rows in enumerate([COVERING_LETTER, PLAN_PAGE[:3]]):
        y = 790.0
        if i == 1:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(60, y, "Plan information")
            y -= 30
        c.setFont("Helvetica", 10)
        for x, text in rows:
            c.drawString(x, y, text)
            y -= 16
        c.showPage()
    c.save()
    result = check_file(path, OPTIONS)
    assert result.doc_type == "loa_response"
    assert (result.record.policy_number, result.record.client_dob) == ("QA7781234", "1963-09-17")
