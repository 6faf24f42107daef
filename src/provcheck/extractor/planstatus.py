"""A reply's schedule of every plan in the client's name, with a status column: the one in force (issue 10).

A provider that finds several plans for a letter of authority may list them all, one row each
("Plan number | Product | Start date | Status | Value | Transfer value | ..."), the ended ones
("Transferred out 21/07/2014", "Paid out") with nil values beside the one still "In force". That
row is the plan the reply is about: its number, product and amounts are the record's, not the
first row's under the heading labels. The headings and the statuses of a plan in force are
vocabulary.yaml `plan_status`; each column's field is the label its heading reads as.
"""

from __future__ import annotations

from functools import lru_cache

from provcheck.extractor import parsers as P
from provcheck.extractor.candidate import Candidate
from provcheck.extractor.found import Found
from provcheck.extractor.labels import match_labels, norm
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.values import VALUE_FIELDS, VALUE_PARSERS, parse_frequency
from provcheck.rules.vocabulary import load_vocabulary

FINDER = "plan_status"
# the fields a row gives, by the field its column's heading reads as
COLUMNS = ("policy_number", "plan_type", "plan_value", "transfer_value", "regular_contribution",
           "annual_charge_percent")
NUMBER_HEADINGS = ("policy_number", "policy_numbers")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    status = load_vocabulary().plan_status
    return frozenset(norm(h) for h in status.headings), tuple(norm(s) for s in status.in_force)


def find_plan_status(pages: list[list[Line]], methods: list[str]) -> list[Candidate]:
    """The in-force row's readings of a schedule of plans with a status column, or nothing."""
    for page_no, lines in enumerate(pages, start=1):
        ocr = methods[page_no - 1] == "ocr"
        for li, line in enumerate(lines):
            columns = _heading(line, ocr)
            if columns is None:
                continue
            rows = _rows(lines[li + 1 :], columns)
            live = [row for row in rows if _in_force(row.get("status"))]
            if len(rows) < 2 or len(live) != 1:
                return []  # one plan, or no single plan in force: the other finders say what there is
            return _readings(live[0], page_no, methods[page_no - 1])
    return []


def _heading(line: Line, ocr: bool) -> list[tuple[Segment, str]] | None:
    """The heading line's columns, each with the field it names ("status" for the status column), or None."""
    if len(line.segments) < 3:
        return None
    headings, _ = _vocabulary()
    columns = []
    for seg in line.segments:
        if norm(seg.text) in headings:
            columns.append((seg, "status"))
            continue
        hits = [h for h in match_labels(seg, VALUE_FIELDS, ocr) if h.n_words == len(seg.words)]
        columns.append((seg, hits[0].field if hits else ""))
    named = {name for _, name in columns}
    if "status" not in named or not named & set(NUMBER_HEADINGS):
        return None
    return columns


def _rows(lines: list[Line], columns: list[tuple[Segment, str]]) -> list[dict[str, Segment]]:
    """The schedule's rows under its heading, each cell by its column's field, until a line that is no row."""
    rows: list[dict[str, Segment]] = []
    for line in lines:
        cells: dict[str, Segment] = {}
        for seg in (part for s in line.segments for part in _split(s, columns)):
            name = _column_of(seg, columns)
            if name and name not in cells:
                cells[name] = seg
        number = next((cells[n] for n in NUMBER_HEADINGS if n in cells), None)
        if number is None or P.parse_policy(number.text) is None or len(line.segments) < 3:
            break
        cells["policy_number"] = number
        rows.append(cells)
    return rows


def _split(seg: Segment, columns: list[tuple[Segment, str]]) -> list[Segment]:
    """A run under two headings or more, its gap too narrow to split it ("n/a (single premium) 1%"), word by word."""
    under = [head for head, _ in columns if min(seg.x1, head.x1) > max(seg.x0, head.x0)]
    if len(under) < 2:
        return [seg]
    parts: list[list] = []
    last = None
    for w in seg.words:
        col = _column_of(Segment([w]), columns)
        if parts and col == last:
            parts[-1].append(w)
        else:
            parts.append([w])
        last = col
    return [Segment(words, seg.line) for words in parts]


def _column_of(seg: Segment, columns: list[tuple[Segment, str]]) -> str:
    """The field of the heading over `seg`: the one it overlaps most, else the nearest (a right-set amount)."""
    def overlap(head: Segment) -> float:
        return min(seg.x1, head.x1) - max(seg.x0, head.x0)

    best = max(columns, key=lambda c: overlap(c[0]))
    if overlap(best[0]) > 0:
        return best[1]
    mid = (seg.x0 + seg.x1) / 2
    return min(columns, key=lambda c: abs((c[0].x0 + c[0].x1) / 2 - mid))[1]


def _in_force(status: Segment | None) -> bool:
    if status is None:
        return False
    text = norm(status.text)
    return any(text == s or text.startswith(s + " ") for s in _vocabulary()[1])


def _readings(row: dict[str, Segment], page_no: int, method: str) -> list[Candidate]:
    out = []
    words = [w for seg in row.values() for w in seg.words]
    for name in COLUMNS:
        seg = row.get(name)
        value = VALUE_PARSERS[name](seg.text) if seg is not None else None
        if value is None or seg is None:
            continue
        out.append(_candidate(name, value, page_no, words, seg.conf, method))
        if name == "regular_contribution":
            freq = parse_frequency(seg.text)  # "£250.00 monthly"
            if freq:
                out.append(_candidate("contribution_frequency", freq, page_no, words, seg.conf, method))
    return out


def _candidate(name: str, value: object, page_no: int, words: list, conf: float, method: str) -> Candidate:
    return Candidate(name, value, Found(value, page_no, words, conf, method), FINDER, conf)
