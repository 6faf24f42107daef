"""Holdings tables in layouts real UK statements print (tests/extractor/real_tables.py), read end to end.

Each statement is drawn into a temporary folder from holdings made before drawing, checked
through the whole pipeline (`check_file`) and its holdings scored as rows (all five cells equal)
against that truth. The layouts and the public pages their wordings come from are listed in
real_tables.py's docstring, with which of them main read wrong before this batch (14 of 37).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from provcheck.pipeline import CheckOptions, check_file
from provcheck.scoring import Score, load_truth, score_one
from tests.extractor.real_tables import styles, write_all

OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))
STYLES = {s.name: s for s in styles()}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("real-tables")
    write_all(out)
    return out


@cache
def _result(path: Path) -> dict:
    return check_file(path, OPTIONS).to_json_dict()


def _score(folder: Path, names: list[str]) -> Score:
    score = Score()
    for name in names:
        doc = folder / f"{name}.pdf"
        score_one(score, load_truth(doc), _result(doc), doc.name)
    return score


@pytest.mark.parametrize("name", sorted(STYLES))
def test_each_layout_reads_every_row(folder: Path, name: str) -> None:
    score = _score(folder, [name])
    assert score.doc_type_hits == 1, score.errors
    assert score.rows.f1 == 1.0, score.errors


def test_a_statement_with_a_table_per_wrapper_gives_every_wrappers_holdings(folder: Path) -> None:
    style = STYLES["table-per-wrapper"]
    got = [h["fund_name"] for h in _result(folder / "table-per-wrapper.pdf")["record"]["holdings"]]
    assert got == [f.name for f in style.table.funds()]  # in the order printed, ISA then GIA then SIPP


def test_the_plan_value_of_a_statement_with_a_table_per_wrapper_is_the_portfolio_total(folder: Path) -> None:
    style = STYLES["table-per-wrapper"]
    total = sum(f.value for f in style.table.funds())
    assert _result(folder / "table-per-wrapper.pdf")["record"]["plan_value"] == f"{total:.2f}"


def test_a_fund_switch_is_no_holding(folder: Path) -> None:
    got = [h["fund_name"] for h in _result(folder / "fund-switch-then-holdings.pdf")["record"]["holdings"]]
    assert "Ouseburn Japan Value Acc" not in got
    assert len(got) == len(STYLES["fund-switch-then-holdings"].table.funds())


def test_the_drawn_documents_print_their_truth(folder: Path) -> None:
    # the truth is the generator's, not a reading of the PDF: its numbers must really be printed
    import pypdfium2 as pdfium

    for name in STYLES:
        pdf = pdfium.PdfDocument(str(folder / f"{name}.pdf"))
        text = " ".join(page.get_textpage().get_text_range() for page in pdf).replace(",", "")
        pdf.close()
        for h in load_truth(folder / f"{name}.pdf")["record"]["holdings"]:
            for key in ("units", "unit_price", "isin"):
                assert h[key] is None or h[key] in text, (name, key, h[key])
            value = h["value"].lstrip("-")
            assert value in text, (name, "value", h["value"])
            assert h["fund_name"].split()[0] in text, (name, h["fund_name"])
