import csv
import io

import pytest

from provcheck.export.render import neutralise, render_cell, render_table
from provcheck.rules.crm import load_crm_profile


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", "\n"])
def test_text_that_could_run_as_formula_is_prefixed(start):
    cell = render_cell(start + "HYPERLINK(1)", "text", load_crm_profile("generic"))
    assert cell == "'" + start + "HYPERLINK(1)"


def test_plain_text_is_untouched():
    assert neutralise("Aviva Mixed 40-85%") == "Aviva Mixed 40-85%"


def test_negative_number_stays_a_number():
    assert render_cell("-12.50", "number", load_crm_profile("generic")) == "-12.50"


def test_number_column_with_formula_is_escaped():
    assert render_cell("=1+1", "number", load_crm_profile("generic")) == "'=1+1"


def test_raw_profile_writes_cells_as_they_are():
    raw = load_crm_profile("generic").model_copy(update={"raw": True})
    assert render_cell("=1+1", "text", raw) == "=1+1"


def test_dates_follow_profile_format():
    assert render_cell("2026-03-31", "date", load_crm_profile("plannr")) == "31/03/2026"
    assert render_cell("2026-03-31", "date", load_crm_profile("generic")) == "2026-03-31"


def test_bom_only_for_excel_profile():
    rows = [{"client_ref": "C1", "first_name": "Zoë"}]
    excel = render_table(rows, "clients", load_crm_profile("excel"))
    plain = render_table(rows, "clients", load_crm_profile("generic"))
    assert excel.startswith(b"\xef\xbb\xbf") and not plain.startswith(b"\xef\xbb\xbf")
    parsed = list(csv.DictReader(io.StringIO(excel.decode("utf-8-sig"))))
    assert parsed[0]["first_name"] == "Zoë"
