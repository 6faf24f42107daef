"""The date an LoA was signed: beside its signature, in an e-signature stamp, or the letter's own date.

Split from signature.py, whose labels and stamps it reads the signing date beside.
"""

from __future__ import annotations

import re

from provcheck.extractor.document import Word
from provcheck.extractor.labels import match_labels, norm
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.parsers import find_date
from provcheck.extractor.signature import e_signed, is_signature_label

# How strongly where a date stands says it is the signing date, before how well its words were read.
STAMPED = 0.9  # in an e-signature stamp's own line: the signing system's record
STAMP_NEXT = 0.85  # on the line after the stamp
DATE_LABELLED = 0.9  # "Date: 12/03/2025" beside the signature: labelled and placed
BESIDE_SIGNATURE = 0.8  # a bare date beside the signature line, no other date's label
LETTER_DATE = 0.7  # the letter's own date above "Dear ...": when it was written, mostly when signed


def _read(where: float, words: list[Word]) -> float:
    """A signing date's confidence: where it stands, times how well its words were read (1.0 on a text layer)."""
    return round(where * min((w.conf for w in words), default=1.0), 3)


def _date_labelled(seg: Segment) -> bool:
    """Whether a segment opens with a signing-date label ("Date", "Dated", "Signed on"; labels.yaml)."""
    ocr = any(w.conf < 1.0 for w in seg.words)
    return bool(match_labels(seg, {"date_signed"}, ocr))


def find_signed_date(lines_by_page: list[list[Line]]) -> tuple[str, int, list[Word], float] | None:
    """The signing date when no "Date" label gives it: (ISO date, page, evidence words, confidence).

    An e-signature stamp carries its own date ("Signed electronically by Jane Smith on 3 March
    2026 14:02"), on its line or the stamp's next lines; else a date written beside, above or
    below the first signature line, with or without a label of its own. The confidence says how
    the date was read (`_read`): where it stands and how plainly, times how well its words were read.
    """
    for page_no, lines in enumerate(lines_by_page, start=1):
        for i, line in enumerate(lines):
            m = e_signed(line.text)
            if not m:
                continue
            found = find_date(line.text[m.end() :])
            if found:
                return found[0], page_no, line.words, _read(STAMPED, line.words)
            for nxt in lines[i + 1 : i + 3]:
                if nxt.top - line.bottom > 2.2 * max(line.bottom - line.top, 6.0) or nxt.x0 > line.x1:
                    break
                found = find_date(nxt.text)
                if found:
                    return found[0], page_no, line.words + nxt.words, _read(STAMP_NEXT, line.words + nxt.words)
    for page_no, lines in enumerate(lines_by_page, start=1):
        for line in lines:
            seg = next((s for s in line.segments if is_signature_label(norm(s.text)) and len(s.words) <= 6), None)
            if seg is None:
                continue
            near = [ln for ln in lines if abs((ln.top + ln.bottom) / 2 - (line.top + line.bottom) / 2) <= 40]
            near.sort(key=lambda ln: abs(ln.top - line.top))
            for ln in near:
                for s in ln.segments:
                    found = find_date(s.text)
                    if found and not _labelled_other(s.text[: found[1][0]]):
                        where = DATE_LABELLED if _date_labelled(s) else BESIDE_SIGNATURE
                        return found[0], page_no, seg.words + s.words, _read(where, s.words)
            return None  # the first signature block decides; a joint holder's date is not the client's
    return _letter_date(lines_by_page)


def _letter_date(lines_by_page: list[list[Line]]) -> tuple[str, int, list[Word], float] | None:
    """A letter of authority's own date: a date alone on its line above the "Dear ..." of page 1."""
    lines = lines_by_page[0] if lines_by_page else []
    dear = next((i for i, ln in enumerate(lines) if re.match(r"(?i)dear\b", ln.text)), None)
    if dear is None:
        return None
    for line in reversed(lines[:dear]):
        for seg in line.segments:
            found = find_date(seg.text)
            if found and len(seg.text) - (found[1][1] - found[1][0]) <= 6 and not _labelled_other(seg.text):
                return found[0], 1, seg.words, _read(LETTER_DATE, seg.words)
    return None


_OTHER_DATE = re.compile(r"(?i)\b(birth|born|dob|d\.o\.b|valuation|statement|start|issued?|received|expiry|expires)\b")


def _labelled_other(before: str) -> bool:
    """Whether the words before a date label it as some other date ("Date of birth 1 May 1970")."""
    return bool(_OTHER_DATE.search(before))
