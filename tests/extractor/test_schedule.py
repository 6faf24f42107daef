"""An adviser's LoA with a schedule of plans at several providers: this letter's provider's plans (schedule.py).

The letter goes to each provider named in the schedule; the one it is addressed to holds only the
rows that name it. The adviser is named "of that firm" after the firm. Drawn with reportlab; the
people and numbers are invented, the providers are registry names.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of


def _letter(to: str, rows: list[tuple[str, str]]) -> list[tuple]:
    out = [
        (40, 40, "Tarn House Wealth Management", "Helvetica-Bold"),
        (40, 100, f"To: {to}"), (60, 113, "Customer Services"), (60, 126, "PO Box 4423"), (60, 139, "Bristol BS9 1PZ"),
        (120, 170, "LETTER OF AUTHORITY AND SCHEDULE OF PLANS", "Helvetica-Bold"),
        (40, 195, "I authorise Tarn House Wealth Management, and Judith Nuttall of that firm, to ask for and receive"),
        (40, 208, "information about the plans in the schedule below."),
        (40, 235, "Full name"), (200, 235, "Mr Lionel Edward Oldroyd"),
        (40, 265, "Schedule of plans", "Helvetica-Bold"),
        (40, 283, "No.", "Helvetica-Bold"), (80, 283, "Provider", "Helvetica-Bold"),
        (330, 283, "Policy number", "Helvetica-Bold"),
    ]  # fmt: skip
    for n, (provider, number) in enumerate(rows, start=1):
        out += [(40, 283 + 15 * n, str(n)), (80, 283 + 15 * n, provider), (330, 283 + 15 * n, number)]
    out += [(40, 380, "Signature of planholder"), (330, 380, "Date  03/10/2026")]
    return out


SCHEDULE = [("Transact", "823781852"), ("Hargreaves Lansdown", "CP5556952"), ("ReAssure", "YL3159761")]


@pytest.mark.parametrize(("to", "want"), [("ReAssure", ["YL3159761"]), ("Transact", ["823781852"])])
def test_only_the_addressed_providers_plans(tmp_path, options, to, want):
    record = record_of(tmp_path, options, _letter(to, SCHEDULE))
    assert record.provider == to
    assert record.policy_numbers == want
    assert record.adviser_name == "Judith Nuttall"


def test_a_schedule_naming_no_provider_keeps_every_plan(tmp_path, options):
    rows = [("Personal pension", "823781852"), ("ISA", "CP5556952")]
    assert record_of(tmp_path, options, _letter("ReAssure", rows)).policy_numbers == ["823781852", "CP5556952"]
