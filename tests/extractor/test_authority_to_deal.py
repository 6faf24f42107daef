"""A provider's own "Authority to deal" form: boxed captions, plan boxes, a declaration (labels, places).

The form asks for "Forename(s) in full" and gives six numbered plan boxes ("Plan 1" ... "Plan 6"), the
client filling only the first: an empty box's caption is no plan number. Drawn with reportlab;
names, numbers and addresses are invented.
"""

from __future__ import annotations

from tests.extractor.drawn_rows import record_of


def test_the_forenames_in_full_and_only_the_filled_plan_box(tmp_path, options):
    rows = [
        (40, 40, "Kestrel Life", "Helvetica-Bold"), (40, 60, "Authority to deal on your behalf", "Helvetica-Bold"),
        (40, 100, "Section A About you", "Helvetica-Bold"),
        (40, 118, "Title"), (150, 118, "Surname"), (350, 118, "Forename(s) in full"),
        (44, 132, "Mrs"), (154, 132, "Fairclough"), (354, 132, "Maureen"),
        (40, 152, "Date of birth"), (44, 166, "29 March 1953"),
        (40, 195, "Section B Your plan numbers", "Helvetica-Bold"),
        (40, 213, "Plan 1"), (220, 213, "Plan 2"), (400, 213, "Plan 3"),
        (44, 227, "736-620288"),
        (40, 247, "Plan 4"), (220, 247, "Plan 5"), (400, 247, "Plan 6"),
        (40, 280, "Section D Your authority", "Helvetica-Bold"),
        (40, 298, "I, Maureen Fairclough, authorise Kestrel Life to deal with the adviser named in Section C."),
        (40, 330, "Planholder's signature"), (400, 330, "Date signed"),
    ]  # fmt: skip
    record = record_of(tmp_path, options, rows)
    assert record.client_name == "Maureen Fairclough"
    assert record.policy_numbers == ["736-620288"]
