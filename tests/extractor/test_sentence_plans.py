"""Readings from heldout21's kinds of paperwork, drawn here anew (issue 10).

- an adviser-drafted letter naming each plan by its product in one sentence ("my stocks and shares ISA
  number 81095774IS and my investment bond number BD8864084"), the firm before "and my adviser";
- a firm whose name holds a provider's short brand as letters ("Calverley" holds "LV") is not it;
- a charge that was one rate and "is now" another: the rate now;
- a platform's summary of all the client's accounts, the one the letter of authority covers marked;
- a value labelled with its date in words ("Value of the plan at the quotation date");
- a row of labels over a row of values: the next box's label is no adviser's name.
Each page is drawn here with reportlab; names, numbers and figures are invented; LV= is a registry provider.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of

LETTER = [
    (60, 40, "Calverley & Moss Planning", "Helvetica-Bold"),
    (60, 100, "LV="), (60, 112, "Customer Services"), (60, 124, "PO Box 1234"), (60, 136, "Bristol BS1 1AA"),
    (60, 170, "Dear Sir or Madam,"),
    (60, 190, "I, Mrs Clementine Illingworth, of 49 Stonechat Way, Whitby YO21 5AG, hereby authorise Calverley &"),
    (60, 202, "Moss Planning and my adviser Graham Pettigrew to request information about my stocks and shares"),
    (60, 214, "ISA number 81095774IS and my investment bond number BD8864084 held with you."),
    (60, 250, "Yours faithfully,"),
    (60, 300, "Signature"), (300, 300, "Date: 09/09/2026"),
]


def test_plans_named_by_product_in_one_sentence_and_the_firm_before_its_adviser(tmp_path, options):
    record = record_of(tmp_path, options, LETTER)
    assert record.policy_numbers == ["81095774IS", "BD8864084"]
    assert (record.adviser_firm, record.adviser_name) == ("Calverley & Moss Planning", "Graham Pettigrew")


REPLY = [
    (60, 40, "Kestrel Life", "Helvetica-Bold"),
    (60, 70, "Catriona Baird"), (60, 82, "Pennine Ridge Advisers"), (60, 94, "York YO1 7HH"),
    (60, 120, "Thank you for your letter of authority. The information you asked for is below."),
]


def test_the_rate_that_is_now_charged(tmp_path, options):
    rows = [*REPLY, (60, 140, "Plan number: G2568776"), (60, 154, "Valuation date: 05/04/2026"),
            (60, 168, "Plan value: £34,839.89"),
            (60, 190, "Your annual management charge was 0.40% while you were a member; it is now 0.70% a year.")]
    assert record_of(tmp_path, options, rows).annual_charge_percent == "0.70"


def test_the_account_the_authority_covers_among_the_clients_accounts(tmp_path, options):
    rows = [*REPLY, (60, 140, "Client name"), (250, 140, "Mr Dominic Pickersgill"),
            (60, 154, "Valuation date"), (250, 154, "18/01/2026"),
            (60, 180, "Account"), (230, 180, "Account number"), (340, 180, "Covered by LoA"), (480, 180, "Value"),
            (60, 196, "General Investment Account"), (230, 196, "E3388898"), (340, 196, "No - summary only"),
            (480, 196, "£35,677.01"),
            (60, 212, "Stocks and Shares ISA"), (230, 212, "B0306668"), (340, 212, "Yes"), (480, 212, "£48,332.74")]
    record = record_of(tmp_path, options, rows)
    assert (record.policy_number, record.plan_type, record.plan_value) == ("B0306668", "isa", "48332.74")


def test_a_value_labelled_with_its_date_in_words(tmp_path, options):
    rows = [*REPLY, (60, 140, "Plan number"), (250, 140, "27567587"), (60, 154, "Quotation date"),
            (250, 154, "14 July 2026"), (60, 180, "Value of the plan at the quotation date"), (450, 180, "£342,623.22"),
            (60, 196, "Transfer value payable"), (450, 196, "£339,196.99")]
    record = record_of(tmp_path, options, rows)
    assert (record.plan_value, record.transfer_value) == ("342623.22", "339196.99")


def test_the_next_boxs_label_is_no_advisers_name(tmp_path, options):
    rows = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (60, 70, "Letter of authority", "Helvetica-Bold"),
        (60, 90, "Full name: Thaddeus Jagger"), (60, 104, "Plan number: 34534117-P"),
        (60, 130, "Firm"), (250, 130, "Adviser"), (420, 130, "Firm address"),
        (60, 144, "Otterburn Financial Partners"), (250, 144, "Graham Pettigrew"), (420, 144, "20 Kirkgate, Harrogate"),
        (60, 170, "I authorise the provider named above to give the adviser firm above any information it asks for."),
        (60, 210, "Signature"), (300, 210, "Date signed: 03/03/2026"),
    ]
    assert record_of(tmp_path, options, rows).adviser_name == "Graham Pettigrew"
