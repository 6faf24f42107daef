"""A contributions table: a row for each payer, each period's column, then a total row.

An annual benefit statement prints "Contributions from 24.06.2025 to 23.06.2026" over columns "Each
month" and "In the year", a row for the member and one for the employer, then "Total". The total in
the column whose heading is a frequency is the plan's regular contribution, paid at that frequency;
"In the year" is what the statement year added up to, no frequency. A heading sits over its amounts'
right edges (amounts are set flush right).
"""

from __future__ import annotations

from functools import lru_cache

from provcheck.extractor import parsers as P
from provcheck.extractor.candidate import Candidate
from provcheck.extractor.found import Found
from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line
from provcheck.extractor.values import parse_frequency
from provcheck.rules import load_labels

HEADS_BELOW = 2  # lines between the caption and the column headings
ROWS = 8  # lines a table's payers and total row run to
EDGE = 12  # points an amount's right edge may sit from its heading's


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    labels = load_labels()
    captions = frozenset(norm(w) for w in labels.fields.get("regular_contribution", []) if w)
    return captions, frozenset(norm(t) for t in labels.totals)


def _captioned(head: str, captions: frozenset[str]) -> bool:
    """Whether `head` is a caption, or starts with one and a space.

    Looked up in a set at each of its spaces: `head == c or head.startswith(c + " ")` tried every
    caption on every line of a document (the same answer, c being head up to one of its spaces).
    """
    if head in captions:
        return True
    at = head.find(" ")
    while at >= 0:
        if head[:at] in captions:
            return True
        at = head.find(" ", at + 1)
    return False


def find_contribution_table(pages: list[list[Line]], methods: list[str]) -> list[Candidate]:
    """The regular contribution and its frequency from a contributions table's total row, or nothing."""
    captions, totals = _words()
    for page_no, lines in enumerate(pages, start=1):
        for i, line in enumerate(lines):
            head = norm(line.segments[0].text) if line.segments else ""
            if not _captioned(head, captions):
                continue
            for j in range(i + 1, min(i + 1 + HEADS_BELOW, len(lines))):
                cols = [(s, f) for s in lines[j].segments for f in [parse_frequency(s.text)] if f and f != "single"]
                if not cols:
                    continue
                for row in lines[j + 1 : j + 1 + ROWS]:
                    if not row.segments or norm(row.segments[0].text) not in totals:
                        continue
                    for heading, freq in cols:
                        cell = next((c for c in row.segments[1:] if abs(c.x1 - heading.x1) <= EDGE), None)
                        money = P.parse_money(cell.text) if cell is not None else None
                        if money is None or cell is None:
                            continue
                        words = [*row.segments[0].words, *cell.words]
                        conf = 0.75 * min(w.conf for w in words)
                        method = methods[page_no - 1]
                        return [
                            Candidate("regular_contribution", money, Found(money, page_no, words, conf, method),
                                      "contribution_table", conf),
                            Candidate("contribution_frequency", freq, Found(freq, page_no, list(heading.words), conf,
                                      method), "contribution_table", conf),
                        ]
                break
    return []
