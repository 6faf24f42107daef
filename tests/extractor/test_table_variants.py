"""Holdings tables in styles the samples lack (tests/extractor/table_variants.py), read end to end.

The statements are drawn into a temporary folder from holdings made before drawing; each is
checked through the whole pipeline (`check_file`) and its holdings scored as rows (all five
cells equal) against that truth, per style and pooled over each batch.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from provcheck.pipeline import CheckOptions, check_file
from provcheck.scoring import Score, load_truth, score_one
from tests.extractor.table_variants import styles, write_all

OPTIONS = CheckOptions(as_of=dt.date(2026, 11, 1))
STYLES = {s.name: s for s in styles()}
STYLE_BAR = 0.9  # per style: one wrong row of ten
SET_BAR = 0.97  # pooled over a batch: the holdings-row bar


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("table-variants")
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
def test_each_style_reads_its_holdings(folder: Path, name: str) -> None:
    score = _score(folder, [name])
    assert score.doc_type_hits == 1, score.errors
    assert score.rows.f1 >= STYLE_BAR, score.errors


@pytest.mark.parametrize("batch", sorted({s.batch for s in STYLES.values()}))
def test_each_batch_meets_the_row_bar(folder: Path, batch: int) -> None:
    score = _score(folder, [n for n, s in STYLES.items() if s.batch == batch])
    assert score.rows.precision >= SET_BAR, score.errors
    assert score.rows.f1 >= SET_BAR, score.errors


def test_no_summary_or_projection_row_is_a_holding(folder: Path) -> None:
    for name, style in STYLES.items():
        funds = {" ".join(f.name.split()) for f in style.table.funds()}
        for h in _result(folder / f"{name}.pdf")["record"]["holdings"]:
            assert h["fund_name"] in funds, (name, h)


def test_the_drawn_documents_print_their_truth(folder: Path) -> None:
    # the truth is the generator's, not a reading of the PDF: its numbers must really be printed
    import pypdfium2 as pdfium

    for name in STYLES:
        pdf = pdfium.PdfDocument(str(folder / f"{name}.pdf"))
        text = " ".join(page.get_textpage().get_text_range() for page in pdf).replace(",", "")
        pdf.close()
        for h in load_truth(folder / f"{name}.pdf")["record"]["holdings"]:
            for key in ("units", "unit_price", "value", "isin"):
                assert h[key] is None or h[key] in text, (name, key, h[key])
            assert h["fund_name"].split()[0] in text, (name, h["fund_name"])
