"""A reply's bare subject as OCR reads it, its dash dropped: "Mr Dominic Pryce plan DD-814503-94" (labels.yaml).

A provider's reply addressed to the adviser prints the client and the plan as its subject, "Mr Dominic
Pryce - plan DD-814503-94"; OCR often loses the short dash. The subject line standing alone still names
the client (never the adviser the letter is addressed to) and the plan. Each letter is drawn here with
reportlab; names and numbers are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of


def _reply(subject: str) -> list[tuple]:
    return [
        (60, 40, "Kestrel Life  Retirement account", "Helvetica-Bold"),
        (60, 92, "Harriet Drummond"),
        (420, 92, "18 July 2026"),
        (60, 105, "Ridgeway Wealth Ltd"),
        (60, 118, "2 Mill Lane"),
        (60, 131, "Bath BA1 1AA"),
        (60, 178, subject),
        (60, 205, "Thank you for your letter of authority. We set out below the information you asked for."),
        (60, 230, "Date of birth  20 August 1959"),
        (60, 244, "Values at  16 July 2026"),
        (60, 258, "Total fund value  £632,322.65"),
    ]


def test_a_subject_with_its_dash_dropped_names_the_client_and_plan(tmp_path, options):
    record = record_of(tmp_path, options, _reply("Mr Dominic Peter Pryce plan DD-814503-94"))
    assert (record.client_title, record.client_name) == ("Mr", "Dominic Peter Pryce")
    assert record.policy_number == "DD-814503-94"


def test_a_sentence_going_on_after_the_plan_is_no_subject(tmp_path, options):
    record = record_of(tmp_path, options, _reply("Mr Dominic Peter Pryce plan DD-814503-94 was opened in 2010."))
    assert record.client_name != "Dominic Peter Pryce"
