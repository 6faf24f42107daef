"""A provider's form of numbered questions, each answered on the line below (labels.yaml; labelvalue.py).

"2. Your full name (as shown on your plan documents)" over "Octavia Esme Varley": a long bracketed
qualifier ends the label, and a question that runs on ("7. Plan or policy number(s) this authority
covers") is still answered below it. Each page is drawn here with reportlab; names and numbers are
invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of

QUESTIONS = [
    ("1. Your title", "Mrs"),
    ("2. Your full name (as shown on your plan documents)", "Octavia Esme Varley"),
    ("3. Your date of birth", "22/10/1947"),
    ("5. Your current home address", "37 Bramble Crescent, Stirling"),
    ("6. Postcode", "FK8 8XD"),
    ("7. Plan or policy number(s) this authority covers", "1455668599"),
    ("10. Name of your adviser's firm", "Kirkstall Abbey Wealth Partners"),
    ("11. Name of the individual adviser (optional)", "Grace Oyelaran"),
]


def test_each_numbered_question_is_answered_below_it(tmp_path, options):
    rows: list[tuple] = [
        (60, 40, "Kestrel Life", "Helvetica-Bold"),
        (60, 60, "Giving your financial adviser authority to deal with us", "Helvetica-Bold"),
    ]
    for i, (question, answer) in enumerate(QUESTIONS):
        rows += [(60, 90 + 36 * i, question), (80, 106 + 36 * i, answer)]
    rows += [(60, 400, "I authorise Kestrel Life to release to the adviser named above any information they ask for."),
             (60, 440, "Your signature"), (300, 440, "Date: 19/08/2026")]
    record = record_of(tmp_path, options, rows)
    got = (record.client_name, record.client_address, record.policy_numbers, record.adviser_firm, record.adviser_name)
    assert got == ("Octavia Esme Varley", "37 Bramble Crescent, Stirling", ["1455668599"],
                   "Kirkstall Abbey Wealth Partners", "Grace Oyelaran")
