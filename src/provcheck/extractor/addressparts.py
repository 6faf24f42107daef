"""An address printed in parts, one label a part: "Address line 1  56 Swallow Rise", "Town  Worcester" (issue 10).

A provider's online form prints what it holds as it asks for it: a label for each address line,
the town and the postcode, a line left blank where the client gave none. The parts from the first
label (labels.yaml `address_parts` `first`) on, each the run beside its label, join into the
client's address in reading order; the postcode has a label of its own. A part whose label runs
on in the label's column below the first, or beside it on a form's two columns, belongs to it.
"""

from __future__ import annotations

from functools import lru_cache

from provcheck.extractor.candidate import Candidate
from provcheck.extractor.found import Found
from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line, Segment
from provcheck.rules import load_labels

FINDER = "address_parts"
COLUMN = 12.0  # how far a part's label may sit from the first's left edge, in points
MAX_LINES = 8  # the parts' labels follow within these lines of the first


@lru_cache(maxsize=1)
def _labels() -> tuple[frozenset[str], frozenset[str]]:
    parts = load_labels().address_parts
    return frozenset(norm(x) for x in parts.get("first", [])), frozenset(norm(x) for x in parts.get("more", []))


def find_address_parts(pages: list[list[Line]], methods: list[str]) -> list[Candidate]:
    """The client's address joined from its labelled parts, or nothing when no first part is labelled."""
    first, more = _labels()
    if not first:
        return []
    for page_no, lines in enumerate(pages, start=1):
        for li, line in enumerate(lines):
            for si, seg in enumerate(line.segments):
                if _label(seg) not in first:
                    continue
                parts = [_beside(line, si)]
                for below in lines[li + 1 : li + 1 + MAX_LINES]:
                    at = next((i for i, s in enumerate(below.segments) if abs(s.x0 - seg.x0) <= COLUMN), None)
                    if at is None or _label(below.segments[at]) not in more:
                        break
                    parts.append(_beside(below, at))
                kept = [p for p in parts if p is not None]
                if len(kept) < 2:
                    return []  # one line is no address in parts: the labelled finder reads a lone line
                words = [w for p in kept for w in p.words]
                value = ", ".join(p.text.strip(" ,") for p in kept)
                conf = min(p.conf for p in kept)
                found = Found(value, page_no, words, conf, methods[page_no - 1])
                return [Candidate("client_address", value, found, FINDER, conf)]
    return []


def _label(seg: Segment) -> str:
    return norm(seg.text.rstrip(":"))


def _beside(line: Line, at: int) -> Segment | None:
    """The run right of the label at `at`, or None for a part left blank (the next run is another label)."""
    if at + 1 >= len(line.segments):
        return None
    nxt = line.segments[at + 1]
    first, more = _labels()
    return None if _label(nxt) in first | more or not any(ch.isalnum() for ch in nxt.text) else nxt
