"""A block of labels set right against a shared value column, too close for a column gap (extractor/places.py).

Adviser letterheads print the client's details as a right-aligned label block ("     Name  Ms Ann
Lee" / "NI number  AB123456C"), the values all starting at one x, a joint letter with the second
holder's values in a column further right. A one-word label of free text ("Name", "Address") then
runs straight into its value. Drawn here with reportlab; people and numbers invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.extractor.wording_docs import check

_, H = A4
ROWS = (
    ("Name", "Ms Carys Pryce", "Mr Idris Pryce"),
    ("Date of birth", "14/03/1961", "02/11/1958"),
    ("NI number", "AB123456C", "CE654321A"),
    ("Address", "14 Elm Grove, Cardiff CF10 3AB", None),
    ("Policies", "KL55120094; KL55120095", None),
)


def _letter(path: Path, value_x: float, gap: float, joint: bool, label_font: str) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(535, H - 50, "Ridgeway Wealth Ltd")
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 90, "To: Kestrel Life")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 112, "Joint letter of authority" if joint else "Letter of authority")
    top = 140.0
    if joint:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(value_x, H - top, "First holder")
        c.drawString(value_x + 180, H - top, "Second holder")
        top += 16
    for label, first, second in ROWS:
        c.setFont(label_font, 10)
        c.drawRightString(value_x - gap, H - top, label)
        c.setFont("Helvetica", 10)
        c.drawString(value_x, H - top, first)
        if joint and second:
            c.drawString(value_x + 180, H - top, second)
        top += 16
    c.drawString(60, H - top - 20, "I authorise Kestrel Life to release information about my plans to my adviser.")
    c.drawString(60, H - top - 60, "Signature:")
    c.setLineWidth(1.2)
    c.bezier(130, H - top - 60, 150, H - top - 46, 170, H - top - 70, 200, H - top - 56)
    c.drawString(330, H - top - 60, "Date:  03/03/2026")
    c.save()
    return path


@pytest.mark.parametrize("joint", [False, True])
@pytest.mark.parametrize(("value_x", "gap"), [(200, 5), (230, 4), (180, 6)])
@pytest.mark.parametrize("label_font", ["Helvetica", "Helvetica-Bold"])
def test_a_right_aligned_label_block(tmp_path, options, joint, value_x, gap, label_font):
    doc_type, record = check(_letter(tmp_path / "l.pdf", value_x, gap, joint, label_font), options)
    assert doc_type == "loa"
    assert (record["client_title"], record["client_name"]) == ("Ms", "Carys Pryce")  # the first holder
    assert (record["client_address"], record["client_postcode"]) == ("14 Elm Grove, Cardiff", "CF10 3AB")
    assert (record["client_dob"], record["ni_number"]) == ("1961-03-14", "AB123456C")
    assert record["policy_numbers"] == ["KL55120094", "KL55120095"]
