"""Wordings of an attorney's LoA, a deferred member's reply and a cash ISA's statement (labels, notvalues, resolver).

- Under a Lasting Power of Attorney the client is "the donor" and the attorney writes (gov.uk, Office
  of the Public Guardian); the plans are "plan(s) A, B, C" and a table headed "Plan or policy number".
- "Plan   FAO Marcus Szymanski" says whom a letter is for; "Contributions   None received since ..."
  says there are none; a label's "other" product gives way to a reading that names one (fields.yaml
  `vague`).
- A cash ISA is worth its closing balance ("Balance on 5 April 2026").
Drawn with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of


def test_an_attorneys_letter_names_the_donors_plans(tmp_path, options):
    rows = [
        (60, 40, "Lasting Power of Attorney: Miss Philippa Quarmby (the donor)", "Helvetica-Bold"),
        (60, 90, "To: Kestrel Life, PO Box 8777, Birmingham B13 9UZ"),
        (60, 120, "Details of the donor (your customer)", "Helvetica-Bold"),
        (70, 136, "Full name of donor"), (250, 136, "Philippa Quarmby"),
        (70, 150, "Date of birth"), (250, 150, "23/03/1968"),
        (60, 180, "As attorney for Miss Philippa Quarmby I authorise Kestrel Life to give Oriel Bridge Planning"),
        (60, 193, "any information it asks for about plan(s) 2506404999, GP/620298, 3911999-001, including values."),
        (60, 230, "Signature of attorney"),
    ]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert record.client_name == "Philippa Quarmby"
    assert record.policy_numbers == ["2506404999", "GP/620298", "3911999-001"]


def test_a_deferred_members_reply(tmp_path, options):
    rows = [
        (60, 40, "Workplace pensions administration", "Helvetica-Bold"),
        (60, 90, "Plan"), (200, 90, "FAO Marcus Szymanski"),
        (60, 104, "Scheme:"), (200, 104, "Bramwell Civil Contractors Pension Scheme"),
        (60, 130, "Thank you for your letter of authority. Your client left the scheme on 24/03/2022."),
        (60, 150, "Contributions"), (200, 150, "None received since 24/03/2022"),
        (60, 164, "Value of pot at 1 May 2026"), (400, 164, "£50,824.01"),
        (60, 190, "If your client rejoins an employer who uses this scheme, the pot stays a workplace pension."),
    ]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert record.regular_contribution is None
    assert record.plan_type == "workplace_pension"


def test_a_cash_isa_is_worth_its_closing_balance(tmp_path, options):
    rows = [
        (60, 40, "Your Easy Access Cash ISA - annual statement", "Helvetica-Bold"),
        (60, 90, "Ms Rosalind Ellery"), (360, 90, "Account number"), (460, 90, "SAV-8616584"),
        (60, 104, "86 Nettleton Street, Glasgow, G12 4JD"),
        (360, 104, "Statement period"), (460, 104, "6 April 2025 to 5 April 2026"),
        (60, 140, "Balance on 6 April 2025"), (400, 140, "£7,687.21"),
        (60, 154, "Interest added"), (400, 154, "£477.86"),
        (60, 168, "Balance on 5 April 2026"), (400, 168, "£12,207.25"),
    ]  # fmt: skip
    assert str(record_of(tmp_path, options, rows).plan_value) == "12207.25"
