"""An ISIN printed on its own line under a scanned fund name, that no check digit settles (extractor/tablerows.py).

Its places still say what OCR misread ("GBOO..." : the two places after the country are digits), as
an ISIN column's reading does (tablebody.read_isin); the code is kept so, unsure, for a person to look.
"""

from __future__ import annotations

from provcheck.extractor.document import Page, Word
from provcheck.extractor.layout import build_lines
from provcheck.extractor.ocrfix import UNSETTLED, repair_isin
from provcheck.extractor.tables import find_holdings

# a code whose check digit fails as printed (a misprint), read with O for 0 in its "00"
READ, SETTLED = "GBOO3VL18G83", "GB003VL18G83"


def _table(conf: float) -> list:
    rows = [
        [(50, "Fund"), (260, "Units"), (330, "Price"), (420, "Value")],
        [(50, "Alder Global Equity Acc"), (260, "100.0000"), (330, "2.0000"), (420, "200.00")],
        [(50, "ISIN"), (68, READ)],
        [(50, "Birch UK Income Inc"), (260, "250.0000"), (330, "1.0000"), (420, "250.00")],
        [(50, "ISIN"), (68, "GB00B3X7QG63")],
    ]
    words = []
    for i, cells in enumerate(rows):
        for x, text in cells:
            x0 = x
            for part in text.split():
                words.append(Word(part, x0, 100 + 11 * i, x0 + 5.5 * len(part), 109 + 11 * i, conf=conf, size=9.0))
                x0 += 5.5 * len(part) + 2.5
    return build_lines(Page(1, 595, 842, words))


def test_an_unsettled_isin_line_keeps_what_its_places_settle_unsure() -> None:
    assert repair_isin(READ) is None  # no check settles it: the case under test
    table = find_holdings([_table(0.9)], ["ocr"])
    assert table is not None
    assert [h.isin for h in table.holdings] == [SETTLED, "GB00B3X7QG63"]
    assert table.mended[0]["isin"] <= UNSETTLED
    assert "isin" not in table.mended[1]


def test_a_text_layers_isin_line_stays_as_printed() -> None:
    table = find_holdings([_table(1.0)], ["text"])
    assert table is not None
    assert [h.isin for h in table.holdings] == [READ, "GB00B3X7QG63"]
