"""Field parsers: UK dates, money, NI numbers, postcodes, names, policy numbers (truth written by hand)."""

import pytest

from provcheck.extractor import parsers as P


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("14/03/1961", "1961-03-14"),
        ("14 March 1961", "1961-03-14"),
        ("14th March 1961", "1961-03-14"),
        ("1st Mar 1961", "1961-03-01"),
        ("14-Mar-1961", "1961-03-14"),
        ("14.03.1961", "1961-03-14"),
        ("14 Mar 1961", "1961-03-14"),
        ("2025-04-05", "2025-04-05"),
        ("as at 5 April 2025.", "2025-04-05"),
        ("l4/O3/1961", "1961-03-14"),  # OCR letters in digit runs
        ("05/04/25", "2025-04-05"),
        ("April 5, 2025", "2025-04-05"),
    ],
)
def test_dates_in_uk_formats(text, iso):
    assert P.parse_date(text) == iso


@pytest.mark.parametrize("text", ["31/02/2020", "13/13/2020", "no date here", "Plan AL12345678"])
def test_not_a_date(text):
    assert P.parse_date(text) is None


def test_day_first_not_month_first():
    assert P.parse_date("04/03/2020") == "2020-03-04"


def test_all_dates_of_a_period():
    assert [d for d, _ in P.find_all_dates("6 April 2024 to 5 April 2025")] == ["2024-04-06", "2025-04-05"]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("£48,211.07", "48211.07"),
        ("48,211.07", "48211.07"),
        ("GBP 48,211.07", "48211.07"),
        ("(1,234.00)", "-1234.00"),
        ("£1,234", "1234.00"),
        ("-12.50", "-12.50"),
        ("was £48,211.07.", "48211.07"),
        ("£1,000,000.00", "1000000.00"),
        ("£569.00 monthly", "569.00"),
    ],
)
def test_money(text, money):
    assert P.parse_money(text) == money


def test_money_is_not_read_inside_identifiers():
    assert P.parse_money("AL12345678") is None
    assert P.find_money("Plan AL 12345678", require_marker=True) is None


def test_pence_after_a_space_mark_an_amount_after_any_word():
    # a questionnaire's tick in the Yes column, then the details: "Is a transfer value available?  X  127,215.29"
    assert P.find_money("available? X 127,215.29 6 Are", require_marker=True) == ("127215.29", (12, 23))
    assert P.find_money("an annual charge of 1.25% a year", require_marker=True) is None  # a rate
    assert P.find_money("1.25 %") is None
    assert P.find_money("plan AL12345678 in 2025", require_marker=True) is None


@pytest.mark.parametrize(
    ("text", "ni"),
    [
        ("AB 12 34 56 C", "AB123456C"),
        ("ab123456c", "AB123456C"),
        ("NINO: QQ 12 34 56 A", "QQ123456A"),
        ("JG1O3759A", "JG103759A"),
        # forms that print hyphens between the groups
        ("NI number HG-736696-C", "HG736696C"),
        ("AB-12-34-56-C", "AB123456C"),
    ],
)
def test_ni_numbers_with_spaces(text, ni):
    assert P.parse_ni(text) == ni


def test_ni_needs_six_digits():
    assert P.parse_ni("AB 12 34 5 C") is None
    assert P.parse_ni("AB-12345-C") is None


def test_a_hyphenated_plan_number_is_no_ni_number():
    assert P.parse_ni("Plan XLG-123456-A") is None  # the letters run on: not an NI number's two
    assert P.parse_ni("RLW-25708120") is None


@pytest.mark.parametrize(
    ("text", "ni"),
    [
        ("CES16225D", "CE516225D"),  # OCR: S for 5
        ("CES 16225D", "CE516225D"),  # ... and a space where none was printed
        ("XY 19 35 9B C", "XY193598C"),  # B for 8
        ("MR 43 36 19 A", "MR433619A"),
    ],
)
def test_ni_numbers_as_ocr_reads_them(text, ni):
    assert P.parse_ni(text) == ni


@pytest.mark.parametrize(
    ("text", "ni"),
    [
        ("2C552444Z", "ZC552444Z"),  # OCR: 2 for the prefix's Z (the invalid suffix is the validator's to say)
        ("NINO: 2C 55 24 44 A", "ZC552444A"),
        ("J5 48 27 91 B", "JS482791B"),  # 5 for S
        ("A8 12 34 56 C", "AB123456C"),  # 8 for B
    ],
)
def test_ni_prefixes_as_ocr_reads_them(text, ni):
    assert P.parse_ni(text) == ni


@pytest.mark.parametrize(
    "text",
    [
        "8G123456A",  # BG: HMRC issues no such prefix, so the 8 is not mended into one
        "Q0123456A",  # QO: Q never first, O never second
        "C1234567A",  # CI: I never second
        "12 34 56 78 A",  # two digits: a number, not a misread prefix
    ],
)
def test_misread_prefixes_mended_only_into_issued_ones(text):
    assert P.parse_ni(text) is None


@pytest.mark.parametrize("text", ["CLASSES SOLD", "AB SOBS SIB C", "Plan holder BOSS GIBBS"])
def test_words_are_not_ni_numbers(text):
    # look-alike letters count as digits only when at least four real digits are there
    assert P.parse_ni(text) is None


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("sw1a1aa", "SW1A 1AA"),
        ("London EC2V 7HH", "EC2V 7HH"),
        ("M1 1AE", "M1 1AE"),
        ("B33 8TH", "B33 8TH"),
        ("CR2 6XH", "CR2 6XH"),
        ("DN55 1PT", "DN55 1PT"),
        ("GIR 0AA", "GIR 0AA"),
        ("EX4 4PU", "EX4 4PU"),
    ],
)
def test_postcodes(text, postcode):
    assert P.parse_postcode(text) == postcode


def test_postcode_absent():
    assert P.parse_postcode("12 High Street") is None


@pytest.mark.parametrize(
    ("text", "postcode", "printed"),
    [
        ("Eaton, Norwich, NR3 SEA", "NR3 5EA", "NR3 SEA"),  # OCR: S for the inward code's 5
        ("BS24 I1TR", "BS24 1TR", "BS24 I1TR"),  # a serifed 1 read as two strokes
        ("Beeston NG1I67NE", "NG16 7NE", "NG1I67NE"),
        ("Edinburgh EHI6 2DJ", "EH16 2DJ", "EHI6 2DJ"),
    ],
)
def test_postcodes_as_ocr_reads_them(text, postcode, printed):
    found = P.find_postcode(text)
    assert found is not None and found[0] == postcode
    a, b = found[1]
    assert text[a:b] == printed  # the span is that of the text as read, so an address can drop it


@pytest.mark.parametrize("text", ["AT SEA", "HOUSE SIDE", "Flat 1I1 Road", "ASS SEA"])
def test_words_are_not_postcodes(text):
    assert P.find_postcode(text) is None


@pytest.mark.parametrize(
    ("text", "money"),
    [("£151,691 .23", "151691.23"), ("GBP 3,035 .34 a year", "3035.34")],
)
def test_money_with_a_space_before_the_point(text, money):
    # OCR sets a space before the decimal point of a well-spaced figure
    assert P.parse_money(text) == money


@pytest.mark.parametrize(
    ("text", "money"),
    [("Transfer value: £221 ,640.93", "221640.93"), ("£1 ,250,000.00", "1250000.00"), ("£ 5 ,000", "5000.00")],
)
def test_money_with_a_space_before_a_thousands_comma(text, money):
    # OCR sets a space before a comma too: read as £221, the transfer value fell £221,419 below the plan value
    assert P.parse_money(text) == money


@pytest.mark.parametrize(
    ("text", "value"),
    [("9.808.630", "9808.630"), ("1.234.567.8901", "1234567.8901"), ("9,808.630", "9808.630"), ("4.556", "4.556")],
)
def test_a_decimal_with_thousands_points(text, value):
    # OCR reads a thousands comma as a point; only the last point of a number is its decimal point
    assert P.parse_decimal(text) == value


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Mrs Jane  Anne Smith", "Mrs", "Jane Anne Smith"),
        ("DR. Tariq Jones", "Dr", "Tariq Jones"),
        ("Sophie O'Neill", None, "Sophie O'Neill"),
        ("Miss", "Miss", None),
    ],
)
def test_names_and_titles(text, title, name):
    assert P.parse_name(text) == (title, name)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("AL 1234 5678", "AL12345678"),
        ("BW-123456-A", "BW-123456-A"),
        ("EP/2024/12345", "EP/2024/12345"),
        ("AL12345678 (your pension)", "AL12345678"),
        # the label's verb in a sentence ("Your member number is M8800986 and ...") is not the number's
        ("is M8800986 and your scheme is run by us.", "M8800986"),
        ("was KL284716", "KL284716"),
    ],
)
def test_policy_numbers(text, policy):
    assert P.parse_policy(text) == policy


def test_policy_needs_a_digit():
    assert P.parse_policy("Pension") is None


def test_percent_and_decimals():
    assert P.parse_percent("0.75% a year") == "0.75"
    assert P.parse_decimal("1,234.5670") == "1234.5670"
    assert P.parse_isin("gb00b15kxq89") == "GB00B15KXQ89"


@pytest.mark.parametrize(
    "name", ["Aldgate Index-Linked Gilt S4", "Harrowgate Index-Linked Gilt Mutual", "UK Gilts Fund"]
)
def test_fund_name_words_do_not_join_into_an_isin(name):
    assert P.parse_isin(name) is None


def test_isin_printed_in_groups_is_joined():
    assert P.parse_isin("ISIN: GB00 B15K XQ89") == "GB00B15KXQ89"


@pytest.mark.parametrize("text", ["BW-508432-K", "508432-K", "Ref AB-1234.50-X"])
def test_reference_digits_are_not_money(text):
    assert P.find_money(text) is None


def test_amount_before_a_currency_word_is_money():
    assert P.find_money("12.50 GBP") == ("12.50", (0, 5))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (" was 47,801.16 GBP.", "47801.16"),
        ("its surrender value was 100,345 GBP", "100345.00"),
        ("stood at 2,250.00 gbp on that date", "2250.00"),
    ],
)
def test_a_currency_after_the_amount_marks_it_in_a_sentence(text, want):
    # a word before the amount, a space between: the currency after it is its marker
    found = P.find_money(text, require_marker=True)
    assert found is not None and found[0] == want


@pytest.mark.parametrize("text", ["AB12 GBP", "B12.00 GBP", "ref X9 GBP"])
def test_a_reference_before_a_currency_word_is_no_amount(text):
    assert P.find_money(text, require_marker=True) is None


def test_a_dotted_date_is_not_an_amount():
    assert P.find_money("on 12.02.2025 was £245,264.84.", require_marker=True) == ("245264.84", (18, 29))


@pytest.mark.parametrize("text", ["5 April 2026", "9 Apr 2026", "9th April 2026"])
def test_a_dates_day_is_not_an_amount(text):
    # "Valuation run date: 5 April 2026": the label says "valuation", the day is no £5.00
    assert P.find_money(text) is None


def test_an_amount_beside_a_date_is_still_money():
    assert P.find_money("21,450.00 at 5 April 2026") == ("21450.00", (0, 9))
    assert P.find_money("£5 on 5 April 2026") == ("5.00", (0, 2))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("this 3rd day of March 2026", "2026-03-03"),  # a deed's wording under "Dated"
        ("the 21st day of June, 2025", "2025-06-21"),
        ("03 / 03 / 2026", "2026-03-03"),  # spaced digits
        ("0 4 0 3 2 0 2 6", "2026-03-04"),  # one digit to a box
        ("04 03 2026", "2026-03-04"),  # DD MM YYYY boxes
        ("Signed and dated the fourth of March 2026", "2026-03-04"),  # a day written as a word
        ("this twenty-first day of June 2025", "2025-06-21"),
        ("the thirty first of December, 2024", "2024-12-31"),
    ],
)
def test_signing_dates_as_forms_print_them(text, iso):
    assert P.parse_date(text) == iso


@pytest.mark.parametrize("text", ["the thirty-first of February 2026", "this ........ day of ........ 20....."])
def test_a_spelt_day_that_is_no_date(text):
    assert P.parse_date(text) is None


@pytest.mark.parametrize("text", ["12345678", "99 99 9999"])
def test_eight_digits_that_are_no_date(text):
    assert P.parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("•  Stocks & Shares ISA  -  BW-ISA-440192", ["BW-ISA-440192"]),
        ("Personal Pension  HA 7700 1234", ["HA77001234"]),
        ("MBA 100 2231, MBA 100 2232", ["MBA1002231", "MBA1002232"]),
        ("1. CA/55/102938 (with-profits)", ["CA/55/102938"]),
        ("Pension plan 12345678", ["12345678"]),
        # a person's NI number, a date, an amount and a year are not plan numbers
        ("NI number SP 67 80 12 A", []),
        ("valued at £1,234.56 on 12/03/2026", []),
        ("ISA 2024", []),
    ],
)
def test_policy_numbers_in_a_list_line(text, numbers):
    assert P.find_policies(text) == numbers


@pytest.mark.parametrize(
    ("text", "pct"),
    # two places at least, as the spec writes a percent ("0.75"); a third place printed is kept
    [("0.75 per cent", "0.75"), ("1 per cent a year", "1.00"), ("0.5 percent", "0.50"), ("0.125%", "0.125")],
)
def test_a_percentage_in_words(text, pct):
    # "an annual management charge of 1 per cent": UK paperwork writes the sign out too
    assert P.parse_percent(text) == pct


@pytest.mark.parametrize("text", ["AB123456 (ISA)", "AB123456 [ISA]"])
def test_a_note_in_brackets_after_a_plan_number_is_not_part_of_it(text):
    assert P.parse_policy(text) == "AB123456"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("06/06/48", "1948-06-06"),  # 2048 has not come: the century before
        ("31.12.49", "1949-12-31"),
        ("01/02/05", "2005-02-01"),  # 2005 has come: a young client
        ("06/06/1948", "1948-06-06"),
        ("06/06/2048", "2048-06-06"),  # printed in full: a misprint for the dob check to catch, not mended
        ("6th June 1948", "1948-06-06"),
    ],
)
def test_a_birth_dates_two_digit_year_is_in_the_past(text, iso):
    import datetime as dt

    assert P.parse_birth_date(text, today=dt.date(2026, 11, 1)) == iso
    assert P.parse_date("06/06/48") == "2048-06-06"  # other dates keep the pivot at 50


def test_a_product_after_a_dash_is_no_part_of_the_policy_number():
    assert P.parse_policy("RP85009424 - With-Profits Bond") == "RP85009424"
    assert P.parse_policy("WB/4796297 – Investment Bond") == "WB/4796297"
    assert P.parse_policy("BW-ISA-440192") == "BW-ISA-440192"  # hyphens inside a number stay


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        ("Aegon 58542524", "58542524"),
        # "Account: General Investment Account GA3367738" on a platform's tax and valuation pack
        ("General Investment Account GA3367738", "GA3367738"),
        ("Stocks & Shares ISA 440192", "440192"),
        ("AL 1234 5678", "AL12345678"),  # a capital prefix is a group of the number, not a name
        ("(1) PP-1260496", "PP-1260496"),  # a list's item number is no group of the plan's
        ("2. 8270/529908", "8270/529908"),
    ],
)
def test_the_product_named_before_a_plan_number_is_no_part_of_it(text, policy):
    assert P.parse_policy(text) == policy
