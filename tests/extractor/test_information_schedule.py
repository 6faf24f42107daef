"""A provider's reply as a covering letter and an information schedule of numbered questions (answers, labels).

The schedule numbers its questions and their answers alike ("Q3 Planholder's full name" over "A3 Mr
Declan Yardley"): the answer's mark is no part of the value (extractor/answers.py). The covering
letter is addressed to the adviser at the firm: that block is no client's address (addressblock.py).
Drawn with reportlab; names, numbers and addresses are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of

LETTER = [
    (60, 40, "Kestrel Life", "Helvetica-Bold"),
    (60, 100, "Tessa Sedgwick"), (60, 113, "Ridgeway Hale Financial Planning Ltd"),
    (60, 126, "Office 9, 40 Guildhall Walk"), (60, 139, "Dorchester"), (60, 152, "DT6 7NR"),
    (60, 185, "Dear Sir or Madam"),
    (60, 205, "Thank you for your letter of authority. Our answers are set out in the information schedule below."),
]  # fmt: skip


def _qa(numbered: bool) -> list[tuple]:
    items = [("Plan number", "BH5591588A"), ("Planholder's full name", "Mr Declan Yardley"),
             ("Date of birth", "28 Nov 1966"), ("Address held on our records", "84 Rectory Gardens, Kendal, LA12 9TF"),
             ("Current plan value", "£26,215.92")]  # fmt: skip
    rows, top = [], 240
    for n, (question, answer) in enumerate(items, start=1):
        rows.append((60, top, f"Q{n} {question}" if numbered else question))
        rows.append((75, top + 13, f"A{n} {answer}" if numbered else answer))
        top += 32
    return rows


@pytest.mark.parametrize("numbered", [True, False], ids=["q-and-a", "plain"])
def test_the_schedules_answers_and_not_the_advisers_block(tmp_path, options, numbered):
    record = record_of(tmp_path, options, [*LETTER, *_qa(numbered)])
    assert record.policy_number == "BH5591588A"
    assert (record.client_title, record.client_name) == ("Mr", "Declan Yardley")
    assert (record.client_address, record.client_postcode) == ("84 Rectory Gardens, Kendal", "LA12 9TF")
    assert str(record.plan_value) == "26215.92"
