"""Wider layouts and wordings, each on documents drawn for it (issue 10 item 6).

Two key/value columns on one line, a label above its value, one character a box, parties named
in sentences, covering letters and small-print pages, regular contributions. Every document is
drawn here (tests/extractor/drawn_forms.py) from invented names and numbers; the expected values
are what was printed, written in the test.

Three batches, each written before the code changed for it and run first on the code that passed
the batches before: the first failed 7 of 21 on the code before this work (a "Your plan number"
label above its value, boxed characters twice, the adviser in "its adviser Jane Doe" and in "my
adviser, X of Firm,", a notes page's example amounts, employee beside employer contributions); the
second 5 of 17 (two party sentences, and three single premiums once their expected values were set
to the samples' convention, frequency `single`); the third 4 of 9 (pairs a few spaces apart).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provcheck.pipeline import CheckOptions, check_file
from tests.extractor.drawn_forms import Boxes, Line, Text, draw, pairs, rows, stacked


def _check(tmp_path: Path, options: CheckOptions, pages):
    result = check_file(draw(tmp_path / "d.pdf", pages), options)
    assert result.record is not None, result.issues
    return result


def _record(tmp_path: Path, options: CheckOptions, pages):
    return _check(tmp_path, options, pages).record


STATEMENT_HEAD = [
    Text(60, 50, "Harbour Life", "Helvetica-Bold", 16),
    Text(60, 80, "Annual Pension Statement", "Helvetica-Bold", 13),
]

LOA_HEAD = [
    Text(60, 50, "Ridgeway Wealth Ltd", "Helvetica-Bold", 15),
    Text(60, 68, "4 Quay Street, Bristol BS1 4DJ", size=8),
    Text(60, 110, "Letter of Authority", "Helvetica-Bold", 13),
]


# 1. Two key/value columns side by side -------------------------------------------------------


def test_two_labelled_columns_on_one_line(tmp_path, options):
    grid = [
        [("Policy number:", "JH55120094"), ("Date of birth:", "14 March 1961")],
        [("Name:", "Mrs Carys Pryce"), ("NI number:", "JT 12 34 56 C")],
        [("Plan type:", "Personal pension"), ("Valuation date:", "31 March 2026")],
        [("Plan value:", "£21,450.00"), ("Transfer value:", "£21,100.00")],
    ]
    items = [*STATEMENT_HEAD, *pairs(110, [(60, 150), (320, 410)], grid)]
    r = _record(tmp_path, options, [items])
    assert r.policy_number == "JH55120094"
    assert r.client_dob == "1961-03-14"
    assert r.client_name == "Carys Pryce" and r.client_title == "Mrs"
    assert r.ni_number == "JT123456C"
    assert r.plan_type == "personal_pension"
    assert r.valuation_date == "2026-03-31"
    assert r.plan_value == "21450.00" and r.transfer_value == "21100.00"


def test_two_columns_without_colons(tmp_path, options):
    grid = [
        [("Plan number", "JH55120094"), ("Date of birth", "14/03/1961")],
        [("Plan holder", "Mr Owen Tremayne"), ("Plan type", "Stakeholder pension")],
        [("Statement date", "31/03/2026"), ("Total value", "£8,920.40")],
    ]
    items = [*STATEMENT_HEAD, *pairs(110, [(60, 150), (320, 400)], grid)]
    r = _record(tmp_path, options, [items])
    assert r.policy_number == "JH55120094"
    assert r.client_dob == "1961-03-14"
    assert r.client_name == "Owen Tremayne"
    assert r.plan_type == "stakeholder_pension"
    assert r.plan_value == "8920.40"


def test_a_right_hand_label_is_not_swallowed_by_a_short_gap(tmp_path, options):
    # one string with the second pair after a wide run of spaces, as a mail-merge prints it
    items = [
        *STATEMENT_HEAD,
        Text(60, 110, "Policy number: JH55120094            Date of birth: 14 March 1961"),
        Text(60, 128, "Name: Mrs Carys Pryce            Plan type: Personal pension"),
        Text(60, 146, "Plan value: £21,450.00            Valuation date: 31 March 2026"),
    ]
    r = _record(tmp_path, options, [items])
    assert r.policy_number == "JH55120094"
    assert r.client_dob == "1961-03-14"
    assert r.client_name == "Carys Pryce"
    assert r.plan_type == "personal_pension"
    assert r.plan_value == "21450.00"
    assert r.valuation_date == "2026-03-31"


# 2. Label above value ------------------------------------------------------------------------


def test_label_above_value_in_three_columns(tmp_path, options):
    grid = [
        [("Policy number", "JH55120094"), ("Date of birth", "14/03/1961"), ("National Insurance number", "JT123456C")],
        [("Policyholder", "Mrs Carys Pryce"), ("Plan type", "Personal pension"), ("Valuation date", "31/03/2026")],
        [("Plan value", "£21,450.00"), ("Transfer value", "£21,100.00"), ("Annual management charge", "0.45%")],
    ]
    items = [*STATEMENT_HEAD, *stacked(110, [60, 230, 400], grid)]
    r = _record(tmp_path, options, [items])
    assert r.policy_number == "JH55120094"
    assert r.client_dob == "1961-03-14"
    assert r.ni_number == "JT123456C"
    assert r.client_name == "Carys Pryce"
    assert r.plan_type == "personal_pension"
    assert r.valuation_date == "2026-03-31"
    assert r.plan_value == "21450.00" and r.transfer_value == "21100.00"
    assert r.annual_charge_percent == "0.45"


def test_label_above_value_in_two_columns(tmp_path, options):
    grid = [
        [("Your plan number", "JH55120094"), ("Your date of birth", "14 March 1961")],
        [("Your name", "Mr Owen Tremayne"), ("Statement period", "1 April 2025 to 31 March 2026")],
        [("Value at 31 March 2026", "£8,920.40"), ("Cash-in value", "£8,700.00")],
    ]
    items = [*STATEMENT_HEAD, *stacked(110, [60, 320], grid)]
    r = _record(tmp_path, options, [items])
    assert r.policy_number == "JH55120094"
    assert r.client_dob == "1961-03-14"
    assert r.client_name == "Owen Tremayne"
    assert r.period_start == "2025-04-01" and r.valuation_date == "2026-03-31"
    assert r.plan_value == "8920.40" and r.transfer_value == "8700.00"


# 3. Boxed forms, one character a box ---------------------------------------------------------


def _boxed_loa(**boxes: str) -> list:
    b = {
        "ni": "JT123456C",
        "dob": "14 03 1961",
        "postcode": "BS6 5QT",
        "policy": "HL4471902",
    } | boxes
    return [
        *LOA_HEAD,
        Text(60, 140, "To: Harbour Life, Customer Services, PO Box 100, Leeds LS1 1AA"),
        Text(60, 170, "Client details", "Helvetica-Bold", 11),
        Text(60, 195, "Full name"),
        Text(200, 195, "Mrs Carys Pryce"),
        Text(60, 222, "National Insurance number"),
        Boxes(200, 218, b["ni"]),
        Text(60, 249, "Date of birth"),
        Boxes(200, 245, b["dob"]),
        Text(60, 276, "Address"),
        Text(200, 276, "12 Elm Road, Bristol"),
        Text(60, 303, "Postcode"),
        Boxes(200, 299, b["postcode"]),
        Text(60, 330, "Policy number"),
        Boxes(200, 326, b["policy"]),
        Text(60, 370, "I authorise Ridgeway Wealth Ltd (FCA number 512345) to request information about"),
        Text(60, 384, "the plans above and to discuss them with you."),
        Text(60, 430, "Signature"),
        Line(200, 400, 442),
        Text(210, 424, "C Pryce", "Times-Italic", 14),
        Text(60, 460, "Date"),
        Boxes(200, 456, "03 03 2026"),
    ]


def test_boxed_characters_are_joined(tmp_path, options):
    result = _check(tmp_path, options, [_boxed_loa()])
    r = result.record
    assert result.doc_type == "loa"
    assert r.ni_number == "JT123456C"
    assert r.client_dob == "1961-03-14"
    assert r.client_postcode == "BS6 5QT"
    assert r.policy_numbers == ["HL4471902"]
    assert r.date_signed == "2026-03-03"


def test_boxed_dates_with_slashes_and_grouped_ni(tmp_path, options):
    r = _record(tmp_path, options, [_boxed_loa(ni="JT 12 34 56 C", dob="14/03/1961")])
    assert r.ni_number == "JT123456C"
    assert r.client_dob == "1961-03-14"


# 4. Parties named in sentences ---------------------------------------------------------------


def _sentence_loa(sentence: list[str]) -> list:
    return [
        *LOA_HEAD,
        Text(60, 140, "To: Harbour Life, Customer Services, PO Box 100, Leeds LS1 1AA"),
        *pairs(175, [(60, 200)], [
            [("Client name:", "Mrs Carys Pryce")],
            [("Date of birth:", "14/03/1961")],
            [("NI number:", "JT123456C")],
            [("Address:", "12 Elm Road, Bristol, BS6 5QT")],
            [("Policy number:", "HL4471902")],
        ]),
        *rows(60, 290, sentence, 14),
        Text(60, 400, "Signed:"),
        Line(120, 300, 410),
        Text(130, 394, "C Pryce", "Times-Italic", 14),
        Text(60, 425, "Date: 3 March 2026"),
    ]


def test_i_we_authorise_a_firm_and_its_adviser(tmp_path, options):
    sentence = [
        "I/We authorise Ridgeway Wealth Ltd (FRN 512345) and its adviser Jane Doe to obtain information",
        "about my/our plans listed above and to act on my/our behalf.",
    ]
    r = _record(tmp_path, options, [_sentence_loa(sentence)])
    assert r.adviser_firm == "Ridgeway Wealth Ltd"
    assert r.fca_frn == "512345"
    assert r.adviser_name == "Jane Doe"
    assert r.client_name == "Carys Pryce"


def test_adviser_named_first_in_the_sentence(tmp_path, options):
    sentence = [
        "I hereby authorise my financial adviser, Tomasz Nowak of Ridgeway Wealth Ltd, FCA firm reference",
        "number 512345, to request any information they require about the policies above.",
    ]
    r = _record(tmp_path, options, [_sentence_loa(sentence)])
    assert r.adviser_name == "Tomasz Nowak"
    assert r.adviser_firm == "Ridgeway Wealth Ltd"
    assert r.fca_frn == "512345"


def _reply(opening: list[str]) -> list:
    return [
        Text(60, 50, "Harbour Life", "Helvetica-Bold", 16),
        Text(60, 70, "Customer Services, PO Box 100, Leeds LS1 1AA", size=8),
        Text(60, 110, "Ridgeway Wealth Ltd"),
        Text(60, 124, "4 Quay Street"),
        Text(60, 138, "Bristol BS1 4DJ"),
        Text(400, 110, "Date: 9 April 2026"),
        Text(60, 175, "Re: Mrs Carys Pryce, policy HL4471902", "Helvetica-Bold", 10),
        *rows(60, 200, opening, 14),
        *pairs(270, [(60, 230)], [
            [("Policy number:", "HL4471902")],
            [("Policyholder:", "Mrs Carys Pryce")],
            [("Date of birth:", "14/03/1961")],
            [("Plan type:", "Personal pension")],
            [("Valuation date:", "6 April 2026")],
            [("Plan value:", "£31,208.77")],
        ]),
    ]


def test_a_reply_naming_the_adviser_keeps_the_client(tmp_path, options):
    opening = [
        "Dear Sir or Madam,",
        "Your adviser, Jane Doe of Ridgeway Wealth, has asked us for details of the plan below.",
        "We write in reply to the letter of authority from Ridgeway Wealth Ltd dated 3 March 2026.",
    ]
    result = _check(tmp_path, options, [_reply(opening)])
    r = result.record
    assert result.doc_type == "loa_response"
    assert r.client_name == "Carys Pryce"
    assert r.policy_number == "HL4471902"
    assert r.valuation_date == "2026-04-06"
    assert r.plan_value == "31208.77"


def test_a_reply_whose_only_date_is_the_lo_as(tmp_path, options):
    # the letter of authority's date is not the date the plan was valued at
    items = _reply(["We write in reply to the letter of authority from Ridgeway Wealth Ltd dated 3 March 2026."])
    items = [i for i in items if not (isinstance(i, Text) and i.text.startswith(("Valuation date", "6 April")))]
    r = _record(tmp_path, options, [items])
    assert r.valuation_date in (None, "2026-04-09")


# 5. Covering letters and notes pages ---------------------------------------------------------


COVER = [
    Text(60, 50, "Harbour Life", "Helvetica-Bold", 16),
    Text(60, 70, "Customer Services, PO Box 100, Leeds LS1 1AA", size=8),
    *rows(60, 110, ["Mrs Carys Pryce", "12 Elm Road", "Bristol", "BS6 5QT"], 13),
    Text(400, 110, "15 April 2026"),
    Text(60, 190, "Dear Mrs Pryce,"),
    *rows(60, 215, [
        "Please find enclosed your annual statement for your Harbour Life plan. It shows how your plan",
        "has performed over the year and what it was worth on 31 March 2026.",
        "If you paid £2,000 or more into pensions this year you may wish to review your allowance.",
        "Yours sincerely,",
        "Anna Wells, Head of Customer Services",
    ], 14),
]

BODY = [
    *STATEMENT_HEAD,
    *pairs(110, [(60, 220)], [
        [("Plan number:", "JH55120094")],
        [("Plan holder:", "Mrs Carys Pryce")],
        [("Date of birth:", "14 March 1961")],
        [("Plan type:", "Personal pension")],
        [("Statement period:", "1 April 2025 to 31 March 2026")],
        [("Plan value:", "£21,450.00")],
        [("Transfer value:", "£21,100.00")],
        [("Annual management charge:", "0.45%")],
    ]),
]

NOTES = [
    Text(60, 50, "Important information", "Helvetica-Bold", 13),
    *rows(60, 80, [
        "Your plan is covered by the Financial Services Compensation Scheme (FSCS). You may be entitled",
        "to compensation of up to £85,000 if we cannot meet our obligations.",
        "Charges example: if you had invested £10,000 on 1 January 2020 with an annual charge of 1.00%,",
        "the value after five years would be £11,040.00 after charges of £540.00.",
        "Plan value: this is the value of your units at the valuation date.",
        "Transfer value: the amount we would pay to another provider, which may be less than £12,500.00.",
        "Policy number: quote this when you contact us. Date of birth 01/01/1900 is shown if unknown.",
        "Notes",
        "1. Figures shown on 6 April 2019 are before the change of fund range.",
    ], 14, size=7),
]


def test_a_covering_letter_and_notes_page_leave_the_statement_fields(tmp_path, options):
    result = _check(tmp_path, options, [COVER, BODY, NOTES])
    r = result.record
    assert result.doc_type == "annual_statement"
    assert r.policy_number == "JH55120094"
    assert r.client_name == "Carys Pryce"
    assert r.client_dob == "1961-03-14"
    assert r.period_start == "2025-04-01" and r.valuation_date == "2026-03-31"
    assert r.plan_value == "21450.00" and r.transfer_value == "21100.00"
    assert r.annual_charge_percent == "0.45"


def test_notes_page_alone_gives_no_values(tmp_path, options):
    r = _record(tmp_path, options, [COVER, NOTES])
    assert r.plan_value is None and r.transfer_value is None
    assert r.client_dob is None
    assert r.annual_charge_percent is None


# 6. Regular contributions --------------------------------------------------------------------


def _contrib(lines: list[str]) -> list:
    return [
        *STATEMENT_HEAD,
        *pairs(110, [(60, 200)], [
            [("Plan number:", "JH55120094")],
            [("Plan holder:", "Mrs Carys Pryce")],
            [("Plan type:", "Personal pension")],
            [("Plan value:", "£21,450.00")],
        ]),
        *rows(60, 200, lines, 16),
    ]


@pytest.mark.parametrize(
    ("lines", "amount", "freq"),
    [
        (["You pay £150.00 a month into your plan by direct debit."], "150.00", "monthly"),
        (["Regular premium: £50 monthly"], "50.00", "monthly"),
        (["Contributions: £200.00 per month (gross)"], "200.00", "monthly"),
        (["Regular contribution:  £600.00 each quarter"], "600.00", "quarterly"),
        (["Your contributions of £1,200.00 a year are collected every April."], "1200.00", "annually"),
        # a single premium is recorded with the frequency `single` (the samples' truth does the same)
        (["Single premium:  £10,000.00", "No regular contributions are being paid."], "10000.00", "single"),
        (["Single premium paid on 1 May 2019:  £10,000.00"], "10000.00", "single"),
    ],
)
def test_contribution_wordings(tmp_path, options, lines, amount, freq):
    r = _record(tmp_path, options, [_contrib(lines)])
    assert r.regular_contribution == amount
    assert r.contribution_frequency == freq


def test_employer_and_employee_contributions(tmp_path, options):
    lines = [
        "Contributions (monthly)",
        "Employee contribution:  £125.00",
        "Employer contribution:  £250.00",
        "Total contribution:  £375.00",
    ]
    r = _record(tmp_path, options, [_contrib(lines)])
    assert r.regular_contribution == "375.00"
    assert r.contribution_frequency == "monthly"


# Second batch: written after the first passed, run on that code before any change made for it --


def test_three_pairs_on_one_line(tmp_path, options):
    grid = [
        [("Policy no:", "JH55120094"), ("Plan type:", "SIPP"), ("Valued at:", "31/03/2026")],
        [("Investor:", "Mr Owen Tremayne"), ("Born:", "02/11/1958"), ("NI no:", "JT123456C")],
        [("Fund value:", "£64,003.15"), ("Surrender value:", "£63,500.00"), ("AMC:", "0.35%")],
    ]
    items = [*STATEMENT_HEAD, *pairs(110, [(40, 100), (215, 275), (390, 450)], grid)]
    r = _record(tmp_path, options, [items])
    assert r.policy_number == "JH55120094"
    assert r.plan_type == "sipp"
    assert r.valuation_date == "2026-03-31"
    assert r.client_name == "Owen Tremayne"
    assert r.client_dob == "1958-11-02"
    assert r.ni_number == "JT123456C"
    assert r.plan_value == "64003.15" and r.transfer_value == "63500.00"
    assert r.annual_charge_percent == "0.35"


def test_an_loa_with_client_and_adviser_side_by_side(tmp_path, options):
    items = [
        *LOA_HEAD,
        Text(60, 140, "To: Harbour Life, Customer Services, PO Box 100, Leeds LS1 1AA"),
        Text(60, 170, "Client", "Helvetica-Bold", 11),
        Text(320, 170, "Adviser", "Helvetica-Bold", 11),
        *pairs(190, [(60, 140), (320, 400)], [
            [("Name:", "Mrs Carys Pryce"), ("Name:", "Jane Doe")],
            [("Date of birth:", "14/03/1961"), ("Firm:", "Ridgeway Wealth Ltd")],
            [("NI number:", "JT123456C"), ("FRN:", "512345")],
            [("Address:", "12 Elm Road"), ("Telephone:", "0117 496 0000")],
            [("", "Bristol BS6 5QT"), ("", "")],
        ]),
        Text(60, 300, "Policy number: HL4471902"),
        Text(60, 330, "I authorise you to release information about the plan above to my adviser named above."),
        Text(60, 380, "Signed:"),
        Text(130, 374, "C Pryce", "Times-Italic", 14),
        Text(60, 405, "Date: 3 March 2026"),
    ]
    r = _record(tmp_path, options, [items])
    assert r.client_name == "Carys Pryce"
    assert r.client_dob == "1961-03-14" and r.ni_number == "JT123456C"
    assert r.client_address == "12 Elm Road, Bristol" and r.client_postcode == "BS6 5QT"
    assert r.adviser_name == "Jane Doe"
    assert r.adviser_firm == "Ridgeway Wealth Ltd" and r.fca_frn == "512345"
    assert r.policy_numbers == ["HL4471902"]


def test_label_above_an_address_beside_label_above_pairs(tmp_path, options):
    items = [
        *LOA_HEAD,
        Text(60, 140, "To: Harbour Life, Customer Services, PO Box 100, Leeds LS1 1AA"),
        *stacked(170, [60, 250, 420], [
            [("Full name", "Mrs Carys Pryce"), ("Date of birth", "14 Mar 1961"), ("NI number", "JT 12 34 56 C")],
        ]),
        Text(60, 210, "Home address", size=8),
        *rows(60, 222, ["12 Elm Road", "Redland", "Bristol"], 13, size=10.5),
        Text(250, 210, "Postcode", size=8),
        Text(250, 222, "BS6 5QT", size=10.5),
        Text(420, 210, "Plan number", size=8),
        Text(420, 222, "HL4471902", size=10.5),
        Text(60, 290, "I authorise Ridgeway Wealth Ltd (FRN 512345) to obtain information about my plan."),
        Text(60, 340, "Signature:"),
        Text(130, 334, "C Pryce", "Times-Italic", 14),
        Text(60, 365, "Date: 3 March 2026"),
    ]
    r = _record(tmp_path, options, [items])
    assert r.client_name == "Carys Pryce"
    assert r.client_dob == "1961-03-14" and r.ni_number == "JT123456C"
    assert r.client_address == "12 Elm Road, Redland, Bristol"
    assert r.client_postcode == "BS6 5QT"
    assert r.policy_numbers == ["HL4471902"]


def test_boxes_under_their_label(tmp_path, options):
    items = [
        *LOA_HEAD,
        Text(60, 140, "To: Harbour Life, Customer Services, PO Box 100, Leeds LS1 1AA"),
        Text(60, 170, "Full name"),
        Text(200, 170, "Mr Owen Tremayne"),
        Text(60, 200, "National Insurance number", size=8),
        Boxes(60, 212, "JT123456C"),
        Text(260, 200, "Date of birth (DD MM YYYY)", size=8),
        Boxes(260, 212, "02 11 1958"),
        Text(60, 245, "Postcode", size=8),
        Boxes(60, 257, "BS6 5QT"),
        Text(260, 245, "Policy number", size=8),
        Boxes(260, 257, "HL-4471902"),
        Text(60, 300, "I authorise Ridgeway Wealth Ltd (FRN 512345) to obtain information about my plan."),
        Text(60, 340, "Signature:"),
        Text(130, 334, "O Tremayne", "Times-Italic", 14),
        Text(60, 365, "Date: 3 March 2026"),
    ]
    r = _record(tmp_path, options, [items])
    assert r.ni_number == "JT123456C"
    assert r.client_dob == "1958-11-02"
    assert r.client_postcode == "BS6 5QT"
    assert r.policy_numbers == ["HL-4471902"]


@pytest.mark.parametrize(
    ("sentence", "firm", "frn", "adviser"),
    [
        (["I, Mrs Carys Pryce, authorise Ridgeway Wealth Ltd, FCA number 512345, and its representative",
          "Jane Doe to request information about my plans."], "Ridgeway Wealth Ltd", "512345", "Jane Doe"),
        (["Please release any information requested by my adviser Jane Doe of Ridgeway Wealth Ltd",
          "(FRN 512345) about the plans above."], "Ridgeway Wealth Ltd", "512345", "Jane Doe"),
        (["I hereby authorise you to release information to Ridgeway Wealth Ltd (FRN 512345), my financial",
          "adviser, and to its adviser Mr Tomasz Nowak."], "Ridgeway Wealth Ltd", "512345", "Tomasz Nowak"),
        (["We authorise Jane Doe of Ridgeway Wealth Ltd (FCA firm reference number 512345) to obtain",
          "information on our behalf."], "Ridgeway Wealth Ltd", "512345", "Jane Doe"),
    ],
)
def test_party_sentences(tmp_path, options, sentence, firm, frn, adviser):
    r = _record(tmp_path, options, [_sentence_loa(sentence)])
    assert r.adviser_firm == firm
    assert r.fca_frn == frn
    assert r.adviser_name == adviser
    assert r.client_name == "Carys Pryce"


def test_a_reply_with_a_covering_letter_and_terms_page(tmp_path, options):
    cover = [
        Text(60, 50, "Harbour Life", "Helvetica-Bold", 16),
        *rows(60, 110, ["Ridgeway Wealth Ltd", "4 Quay Street", "Bristol BS1 4DJ"], 13),
        Text(400, 110, "9 April 2026"),
        Text(60, 170, "Dear Jane Doe,"),
        *rows(60, 195, [
            "Thank you for your letter of authority dated 3 March 2026 for your client Mrs Carys Pryce.",
            "Please find enclosed the information you asked for about plan HL4471902.",
            "If you have any questions please call us on 0345 000 0000.",
            "Yours faithfully,",
            "Customer Services",
        ], 14),
    ]
    schedule = [
        Text(60, 50, "Plan information", "Helvetica-Bold", 13),
        *pairs(90, [(60, 230)], [
            [("Policy number:", "HL4471902")],
            [("Policyholder:", "Mrs Carys Pryce")],
            [("Date of birth:", "14/03/1961")],
            [("Plan type:", "Personal pension")],
            [("Valuation date:", "6 April 2026")],
            [("Plan value:", "£31,208.77")],
            [("Transfer value:", "£30,950.00")],
            [("Regular contribution:", "£150.00 monthly")],
        ]),
    ]
    terms = [
        Text(60, 50, "Terms and conditions", "Helvetica-Bold", 12),
        *rows(60, 75, [
            "Valuation date: 1 January 2000. Values are not guaranteed and can fall as well as rise.",
            "Plan value: £1,000.00 in this example would buy 1,000 units at 100p.",
            "Regular contribution: £25.00 monthly is the least we accept.",
            "Policyholder: Mr A Example (the person who owns the plan).",
        ], 12, size=7),
    ]
    result = _check(tmp_path, options, [cover, schedule, terms])
    r = result.record
    assert result.doc_type == "loa_response"
    assert r.policy_number == "HL4471902"
    assert r.client_name == "Carys Pryce"
    assert r.valuation_date == "2026-04-06"
    assert r.plan_value == "31208.77" and r.transfer_value == "30950.00"
    assert r.regular_contribution == "150.00" and r.contribution_frequency == "monthly"


@pytest.mark.parametrize(
    ("lines", "amount", "freq"),
    [
        (["Monthly contribution  £150.00"], "150.00", "monthly"),
        (["Premium: £50.00 (paid monthly by direct debit)"], "50.00", "monthly"),
        (["Regular contributions: £1,800.00 a year"], "1800.00", "annually"),
        (["Contribution amount: £300.00          Frequency: Quarterly"], "300.00", "quarterly"),
        (["You pay £150.00 each month and your employer pays £200.00 each month."], "150.00", "monthly"),
        (["No contributions are being paid to this plan."], None, None),
        (["Single contribution:  £5,000.00 paid on 3 May 2020"], "5000.00", "single"),
        (["Lump sum investment: £20,000.00", "Regular premium: £50.00 monthly"], "50.00", "monthly"),
    ],
)
def test_more_contribution_wordings(tmp_path, options, lines, amount, freq):
    r = _record(tmp_path, options, [_contrib(lines)])
    assert r.regular_contribution == amount
    assert r.contribution_frequency == freq


# Third batch: written after the second passed, run on that code before any change made for it ---


@pytest.mark.parametrize("gap", ["  ", "   ", " | "])
def test_pairs_one_narrow_gap_apart(tmp_path, options, gap):
    # a mail-merge line with only two or three spaces (or a bar) between the pairs
    items = [
        *STATEMENT_HEAD,
        Text(60, 110, f"Name: Mrs Carys Pryce{gap}Date of birth: 14/03/1961"),
        Text(60, 128, f"Plan number: JH55120094{gap}Plan type: Personal pension"),
        Text(60, 146, f"Plan value: £21,450.00{gap}Transfer value: £21,100.00"),
        Text(60, 164, f"Valuation date: 31/03/2026{gap}NI number: JT123456C"),
    ]
    r = _record(tmp_path, options, [items])
    assert r.client_name == "Carys Pryce"
    assert r.client_dob == "1961-03-14"
    assert r.policy_number == "JH55120094"
    assert r.plan_type == "personal_pension"
    assert r.plan_value == "21450.00" and r.transfer_value == "21100.00"
    assert r.valuation_date == "2026-03-31"
    assert r.ni_number == "JT123456C"


def test_an_loa_pair_line_with_a_narrow_gap(tmp_path, options):
    items = [
        *LOA_HEAD,
        Text(60, 140, "To: Harbour Life, Customer Services, PO Box 100, Leeds LS1 1AA"),
        Text(60, 170, "Client name: Mrs Carys Pryce   NI number: JT123456C"),
        Text(60, 186, "Address: 12 Elm Road, Bristol   Postcode: BS6 5QT"),
        Text(60, 202, "Adviser: Jane Doe   Firm: Ridgeway Wealth Ltd   FRN: 512345"),
        Text(60, 218, "Policy number: HL4471902   Date of birth: 14/03/1961"),
        Text(60, 250, "I authorise you to release information about the plan above to my adviser."),
        Text(60, 300, "Signed:"),
        Text(130, 294, "C Pryce", "Times-Italic", 14),
        Text(60, 325, "Date: 3 March 2026"),
    ]
    r = _record(tmp_path, options, [items])
    assert r.client_name == "Carys Pryce" and r.ni_number == "JT123456C"
    assert r.client_address == "12 Elm Road, Bristol" and r.client_postcode == "BS6 5QT"
    assert r.adviser_name == "Jane Doe"
    assert r.adviser_firm == "Ridgeway Wealth Ltd" and r.fca_frn == "512345"
    assert r.policy_numbers == ["HL4471902"]
    assert r.client_dob == "1961-03-14"


def test_reply_sentences_name_the_client_and_the_values(tmp_path, options):
    items = [
        Text(60, 50, "Harbour Life", "Helvetica-Bold", 16),
        *rows(60, 110, ["Ridgeway Wealth Ltd", "4 Quay Street", "Bristol BS1 4DJ"], 13),
        Text(400, 110, "9 April 2026"),
        Text(60, 170, "Dear Ms Doe,"),
        *rows(60, 195, [
            "Thank you for your letter of authority dated 3 March 2026. Your client, Mrs Carys Pryce,",
            "holds a personal pension with us, plan number HL4471902.",
            "On 6 April 2026 the plan was valued at £31,208.77 and its transfer value was £30,950.00.",
            "Contributions of £150.00 a month are being paid by direct debit.",
        ], 14),
    ]
    result = _check(tmp_path, options, [items])
    r = result.record
    assert result.doc_type == "loa_response"
    assert r.client_name == "Carys Pryce"
    assert r.policy_number == "HL4471902"
    assert r.plan_type == "personal_pension"
    assert r.plan_value == "31208.77" and r.transfer_value == "30950.00"
    assert r.valuation_date == "2026-04-06"
    assert r.regular_contribution == "150.00" and r.contribution_frequency == "monthly"


@pytest.mark.parametrize(
    ("lines", "amount", "freq"),
    [
        (["Regular contributions (gross)   £200.00      Frequency   Monthly"], "200.00", "monthly"),
        (["Premium amount", "£45.00", "Premium frequency", "Annually"], "45.00", "annually"),
        (["Your contribution: £80.00 per month. Your employer's contribution: £120.00 per month."], "80.00", "monthly"),
        (["Direct debit amount: £25.00 (collected on the 1st of each month)"], "25.00", "monthly"),
    ],
)
def test_third_batch_contribution_wordings(tmp_path, options, lines, amount, freq):
    r = _record(tmp_path, options, [_contrib(lines)])
    assert r.regular_contribution == amount
    assert r.contribution_frequency == freq


@pytest.mark.parametrize(("boxed", "title"), [("DR", "Dr"), ("MR", "Mr"), ("MRS", "Mrs"), ("MISS", "Miss")])
def test_a_boxed_title_and_an_address_with_a_boxed_comma(tmp_path, options, boxed, title):
    # a title takes two or three boxes, fewer than a run of boxes needs; a comma takes a box of its own
    typed = ("Mrs Carys Pryce", "12 Elm Road, Bristol")
    items = [i for i in _boxed_loa() if not (isinstance(i, Text) and i.text in typed)]
    items += [
        Text(60, 182, "Title"), Boxes(200, 178, boxed),
        Text(200, 195, "Carys Pryce"),
        Boxes(200, 272, "FLAT 1, CASTLE HOUSE"),
        Boxes(200, 286, "BRISTOL"),
    ]
    r = _check(tmp_path, options, [items]).record
    assert (r.client_title, r.client_name) == (title, "Carys Pryce")
    assert (r.client_address, r.client_postcode) == ("FLAT 1, CASTLE HOUSE, BRISTOL", "BS6 5QT")
