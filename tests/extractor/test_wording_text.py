"""Values in running text, letters' references and dates, and labels that must not take a value (issue 10).

Statements and replies say the value in a sentence as often as under a label ("Your plan was
worth £12,345.67 on 5 April 2026"); a reply quotes "Our ref" (the provider's own case number) and
"Your ref" (the adviser's) at its top and names the plan in passing ("Re: Mrs Ann Lee, plan
KL55120094"); a letter prints several dates (its own, the client's birth, the valuation). Platforms
and life offices title a wrapper's or a bond's valuation by its name ("ISA valuation"): the
valuation statements platforms send (solomonsifa.co.uk/half-year-valuation-statements,
knowledgebase.hubwise.co.uk regulatory reporting documents). Each document is drawn with reportlab
(wording_docs.py); names, numbers and amounts are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.wording_docs import base_lines, check, letter, statement

PLAN = "Re: Mrs Carys Pryce - Plan number KL55120094"


@pytest.mark.parametrize(
    "sentence",
    [
        "On 5 April 2026 the accumulated fund was £21,450.00.",
        "The plan's value at 5 April 2026 was £21,450.00.",
        "The policy value at 5 April 2026 was £21,450.00.",
    ],
)
def test_a_value_said_in_a_sentence(tmp_path, options, sentence):
    _, record = check(letter(tmp_path / "l.pdf", [PLAN, "", sentence]), options)
    assert (record["plan_value"], record["valuation_date"]) == ("21450.00", "2026-04-05")


def test_the_transfer_value_of_your_plan_is_no_plan_value(tmp_path, options):
    body = [
        PLAN,
        "",
        "The plan value as at 5 April 2026 was £21,450.00.",
        "The transfer value of your plan at 5 April 2026 was £20,980.00.",
    ]
    _, record = check(letter(tmp_path / "l.pdf", body), options)
    assert (record["plan_value"], record["transfer_value"]) == ("21450.00", "20980.00")


@pytest.mark.parametrize(
    "sentence",
    ["The amount available to transfer is £20,980.00.", "The value available for transfer is £20,980.00."],
)
def test_what_is_available_to_transfer(tmp_path, options, sentence):
    body = [PLAN, "", "The plan value as at 5 April 2026 was £21,450.00.", sentence]
    _, record = check(letter(tmp_path / "l.pdf", body), options)
    assert (record["plan_value"], record["transfer_value"]) == ("21450.00", "20980.00")


def test_a_birth_date_in_a_sentence_is_no_valuation_date(tmp_path, options):
    body = [
        "Re: Your client Mrs Carys Pryce",
        "",
        "She was born on 14 March 1961.",
        "The policy value at 5 April 2026 was £21,450.00.",
    ]
    _, record = check(letter(tmp_path / "l.pdf", body), options)
    assert (record["client_dob"], record["valuation_date"]) == ("1961-03-14", "2026-04-05")


@pytest.mark.parametrize(
    "line",
    [
        "Re: Mrs Carys Pryce, plan KL55120094",
        "We hold one policy for your client, number KL55120094.",
        "Her bond, reference KL55120094, is invested as follows.",
    ],
)
def test_the_plan_named_in_passing_wins_over_our_ref(tmp_path, options, line):
    body = [line, "", "Fund value: £21,450.00", "Values as at: 5 April 2026"]
    _, record = check(letter(tmp_path / "l.pdf", body), options)
    assert record["policy_number"] == "KL55120094"


def test_our_ref_is_not_the_plan_number_when_a_label_gives_it(tmp_path, options):
    body = ["Re: Mrs Carys Pryce", "", "Policy number: KL55120094", "Current value: £21,450.00 as at 5 April 2026"]
    _, record = check(
        letter(tmp_path / "l.pdf", body, refs=(("Our ref", "CS/99812"), ("Your ref", "RW/PRYCE"))), options
    )
    assert record["policy_number"] == "KL55120094"


def test_a_bank_accounts_digits_are_no_plan_number(tmp_path, options):
    # a guard: the plan named in passing needs letters before its digits
    body = [PLAN, "", "We will pay the proceeds to account 31926819.", "Fund value: £21,450.00"]
    _, record = check(letter(tmp_path / "l.pdf", body), options)
    assert record["policy_number"] == "KL55120094"


@pytest.mark.parametrize("label", ["Valuation run date", "Transfer value date", "Portfolio valuation date"])
def test_a_date_under_a_valuation_label_is_no_amount(tmp_path, options, label):
    pairs = [(lab, val) for lab, val in base_lines() if not lab.endswith("value")] + [(label, "9 April 2026")]
    _, record = check(statement(tmp_path / "s.pdf", pairs, "gutter"), options)
    assert (record["plan_value"], record["transfer_value"]) == (None, None)


def test_a_persons_name_under_an_account_label_is_no_plan_type(tmp_path, options):
    pairs = [("Account name", "Mrs Carys Pryce"), ("Account number", "KL55120094"), ("Fund value", "£21,450.00")]
    _, record = check(statement(tmp_path / "s.pdf", pairs, "gutter"), options)
    assert record["plan_type"] is None and record["policy_number"] == "KL55120094"


@pytest.mark.parametrize(
    ("title", "lines", "plan_type"),
    [
        (
            "ISA Valuation",
            [("Account holder", "Mrs Carys Pryce"), ("ISA account number", "KL55120094"), ("As at", "5 April 2026"),
             ("Total value of your investments", "£21,450.00")],
            None,
        ),
        (
            "Investment Bond Valuation",
            [("Policyholder(s)", "Mrs Carys Pryce"), ("Bond number", "KL55120094"), ("Product", "With Profits Bond"),
             ("Valuation date", "5 April 2026"), ("Bond value", "£21,450.00")],
            "onshore_bond",
        ),
    ],
)  # fmt: skip
def test_a_wrappers_or_bonds_valuation_is_a_statement(tmp_path, options, title, lines, plan_type):
    doc_type, record = check(statement(tmp_path / "s.pdf", lines, "below", title=title), options)
    assert doc_type == "annual_statement"
    assert (record["policy_number"], record["plan_value"]) == ("KL55120094", "21450.00")
    assert record["valuation_date"] == "2026-04-05"
    if plan_type:
        assert record["plan_type"] == plan_type


@pytest.mark.parametrize("layout", ["inline", "gutter", "table"])
@pytest.mark.parametrize(
    ("plan", "transfer"),
    [
        ("Fund value (5 April 2026)", "Transfer value (5 April 2026)"),
        ("Plan value (as at 5 April 2026)", "Cash-in value (as at 5 April 2026)"),
    ],
)
def test_the_date_a_values_label_gives_is_the_valuation_date(tmp_path, options, plan, transfer, layout):
    # no other date on the page: the value's own label says when it holds
    pairs = [("Plan number", "KL55120094"), (plan, "£21,450.00"), (transfer, "£20,980.00")]
    _, record = check(statement(tmp_path / "s.pdf", pairs, layout), options)
    assert (record["plan_value"], record["transfer_value"]) == ("21450.00", "20980.00")
    assert record["valuation_date"] == "2026-04-05"


def test_the_later_dated_value_gives_the_valuation_date(tmp_path, options):
    # a statement's opening and closing values, each dated by its label; a sentence quotes the opening date
    pairs = [
        ("Plan number", "KL55120094"),
        ("Value on 10.07.2024", "£19,870.12"),
        ("Value on 09.07.2025", "£21,450.00"),
    ]
    text = ("Your last statement showed the value on 10.07.2024.",)
    _, record = check(statement(tmp_path / "s.pdf", pairs, "gutter", text=text), options)
    assert (record["plan_value"], record["valuation_date"]) == ("21450.00", "2025-07-09")


@pytest.mark.parametrize(
    "sentence",
    [
        "Its value on 5 April 2026 was £21,450.00 and the transfer value was £20,980.00.",
        "We have valued the plan at £21,450.00 as at 5 April 2026.",
    ],
)
def test_a_reply_says_what_the_plan_is_worth(tmp_path, options, sentence):
    _, record = check(letter(tmp_path / "l.pdf", [PLAN, "", "The plan started on 1 June 2010.", sentence]), options)
    assert (record["plan_value"], record["valuation_date"]) == ("21450.00", "2026-04-05")


def test_our_reference_in_a_sentence_about_the_plan_is_no_plan_number(tmp_path, options):
    # a guard for the pattern above: the provider's case number quoted beside the plan
    quote = "About this plan, please quote our reference CS998127 when you write."
    body = ["Re: Mrs Carys Pryce", "", quote, "Fund value: £21,450.00"]
    _, record = check(letter(tmp_path / "l.pdf", body), options)
    assert record["policy_number"] != "CS998127"


@pytest.mark.parametrize(
    ("printed", "frequency"), [("£150.00 per calendar month", "monthly"), ("£150.00 pcm", "monthly")]
)
def test_how_often_per_calendar_month(tmp_path, options, printed, frequency):
    pairs = [*base_lines(), ("Regular contribution", printed)]
    _, record = check(statement(tmp_path / "s.pdf", pairs, "gutter"), options)
    assert (record["regular_contribution"], record["contribution_frequency"]) == ("150.00", frequency)


def test_a_date_of_birth_in_a_replys_subject_line(tmp_path, options):
    body = ["Re: Mrs Carys Pryce (DOB 14/03/1961), Plan KL55120094", "", "Fund value: £21,450.00"]
    _, record = check(letter(tmp_path / "l.pdf", body), options)
    assert (record["client_dob"], record["policy_number"]) == ("1961-03-14", "KL55120094")
