"""A child's account statement goes to its registered contact at the child's home (addressblock.py, vocabulary.yaml).

A Junior ISA is the child's account, run by a registered contact (a parent): the statement's address
window names the contact, and the account holder (the client) is labelled apart. The window's address
is the household's, the client's; the contact's title and name are not the client's. A window under
another person the statement does not call the registered contact is still nobody's. Each statement
is drawn here with reportlab; names, numbers and amounts are invented.
"""

from __future__ import annotations

import pytest

from tests.extractor.drawn_rows import record_of


def _statement(contact_label: str) -> list[tuple]:
    return [
        (40, 30, "Kestrel Investments", "Helvetica-Bold"),
        (360, 30, "Junior ISA annual statement", "Helvetica-Bold"),
        (40, 100, "Mr Callum Tremayne"),
        (40, 113, "199 Mill Brow"),
        (40, 126, "Thornbury"),
        (40, 139, "Worcester"),
        (40, 152, "WR1 8ES"),
        (40, 210, "Account holder"), (222, 210, "Value of the account"),
        (40, 222, "Rory Tremayne"), (222, 228, "£17,210.81 at 28 October 2026"),
        (40, 242, "Date of birth"),
        (40, 254, "2 March 2013"),
        (40, 274, contact_label),
        (40, 286, "Mr Callum Tremayne"),
        (40, 306, "Account number"),
        (40, 318, "JISA 0079 9147"),
        (40, 338, "Statement date"),
        (40, 350, "28 October 2026"),
    ]


def test_the_registered_contacts_window_is_the_childs_address(tmp_path, options):
    record = record_of(tmp_path, options, _statement("Registered contact"))
    assert (record.client_name, record.client_title) == ("Rory Tremayne", None)
    assert (record.client_address, record.client_postcode) == ("199 Mill Brow, Thornbury, Worcester", "WR1 8ES")


@pytest.mark.parametrize("label", ["Adviser", "Trustee"])
def test_a_window_under_another_person_is_not_the_clients(tmp_path, options, label):
    record = record_of(tmp_path, options, _statement(label))
    assert (record.client_address, record.client_postcode) == (None, None)
