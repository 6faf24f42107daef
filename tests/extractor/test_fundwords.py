"""OCR'd fund names: a misread fund word is mended into the one it looks like (extractor/fundwords.py).

The misreadings are the kinds Tesseract gives on scanned statements: "c" read "e", a thin "l"
lost, "ll" read "il", "S" read "$". House names are not fund words and stay as read.
"""

from __future__ import annotations

import pytest

from provcheck.extractor.document import Page, Word
from provcheck.extractor.fundwords import mend_name
from provcheck.extractor.layout import build_lines
from provcheck.extractor.tables import find_holdings
from tests.extractor.tablelines import lines_of


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("Alder UK Equity Income I Ace", "Alder UK Equity Income I Acc"),
        ("Birch Index-Linked Git Series 2", "Birch Index-Linked Gilt Series 2"),
        ("Cedar UK Smailer Companies Inc", "Cedar UK Smaller Companies Inc"),
        ("Dune Money Market $4", "Dune Money Market S4"),
        ("ELM STERLING CORPORATE BOND ACE", "ELM STERLING CORPORATE BOND ACC"),
        ("Fir Global Equity Ine", "Fir Global Equity Inc"),
    ],
)
def test_a_misread_fund_word_is_mended(read: str, printed: str) -> None:
    assert mend_name(read) == printed


@pytest.mark.parametrize(
    "name",
    [
        "Peliow North American Index Acc",  # a house's name: no list says what it should be
        "Wexcombe Japan Growth Pn S4",
        "Caimmore FTSE All-Share Tracker",
    ],
)
def test_names_with_no_misread_fund_word_stay_as_read(name: str) -> None:
    assert mend_name(name) == name


def _page(conf: float) -> Page:
    rows = [
        [(50, "Fund"), (260, "Units"), (330, "Price"), (420, "Value")],
        [(50, "Alder Index-Linked Git S4"), (260, "100.0000"), (330, "2.0000"), (420, "200.00")],
        [(50, "Birch Money Market I Ace"), (260, "250.0000"), (330, "1.0000"), (420, "250.00")],
    ]
    words = []
    for i, cells in enumerate(rows):
        for x, text in cells:
            x0 = x
            for part in text.split():
                words.append(Word(part, x0, 100 + 14 * i, x0 + 5.5 * len(part), 110 + 14 * i, conf=conf, size=9.0))
                x0 += 5.5 * len(part) + 2.5
    return Page(1, 595, 842, words)


def test_a_scanned_tables_names_are_mended_and_a_text_layers_are_not() -> None:
    scanned = find_holdings([build_lines(_page(0.9))], ["ocr"])
    printed = find_holdings([build_lines(_page(1.0))], ["text"])
    assert scanned is not None and printed is not None
    assert [h.fund_name for h in scanned.holdings] == ["Alder Index-Linked Gilt S4", "Birch Money Market I Acc"]
    assert [h.fund_name for h in printed.holdings] == ["Alder Index-Linked Git S4", "Birch Money Market I Ace"]


def test_a_share_class_wrapped_onto_its_own_line_and_read_with_a_dollar_ends_the_name() -> None:
    # "Whinmoor Index-Linked Gilt Pension" / "S2": OCR reads the lone "S2" as "$2", a line with no letter
    rows = [
        ([(50, "Fund"), (260, "Units"), (330, "Price"), (420, "Value")], True),
        ([(50, "Alder Index-Linked Gilt Pension"), (260, "100.0000"), (330, "2.0000"), (420, "200.00")], False),
        ([(50, "$2")], False),
        ([(50, "Birch Strategic Bond Pension"), (260, "250.0000"), (330, "1.0000"), (420, "250.00")], False),
    ]
    table = find_holdings([lines_of(rows, pitch=11.0)], ["ocr"])
    assert table is not None
    names = [h.fund_name for h in table.holdings]
    assert names == ["Alder Index-Linked Gilt Pension S2", "Birch Strategic Bond Pension"]
