"""An address read from its label: the lines right of it or under it, until the postcode (labels' MULTILINE fields).

The lines go on in the value's column while they sit close and plain under one another. They end at
a postcode, at another label or its value, at a heading (bold under a plain address, or set larger),
and at a line of running words ("Where the plan is invested"), which no address line is.
"""

from __future__ import annotations

from provcheck.extractor import parsers as P
from provcheck.extractor.labels import LabelHit, match_labels
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.places import column_words, past_leader_segments, past_leaders
from provcheck.extractor.values import VALUE_FIELDS


def same_row(a: Segment, b: Segment) -> bool:
    """Whether two runs of one line sit on one row, not on two rows of side-by-side columns the line joined.

    A form's two columns need not share rows: a postcode in the right column, a few points higher, joins
    the line of the left column's "Home address" caption but is no value beside it.
    """
    h = max(a.bottom - a.top, b.bottom - b.top, 6.0)
    return abs((a.top + a.bottom) - (b.top + b.bottom)) / 2 <= 0.25 * h


def multiline(hit: LabelHit, lines: list[Line], li: int, seg: Segment) -> tuple[object, list, float] | None:
    """An address: lines from the label (right of it or below it) until a postcode line."""
    parts: list[str] = []
    words: list = []
    rest_words = past_leaders(seg.words[hit.n_words :])  # "Address ........ 20 Mill Lane"
    line = lines[li]
    idx = past_leader_segments(line, line.segments.index(seg))
    if rest_words:
        x_anchor = rest_words[0].x0
        parts.append(" ".join(w.text for w in rest_words))
        words.extend(rest_words)
    elif (
        idx + 1 < len(line.segments)
        and same_row(seg, line.segments[idx + 1])
        and not match_labels(line.segments[idx + 1], VALUE_FIELDS, False)
    ):
        nxt = past_leaders(line.segments[idx + 1].words)
        if nxt:
            x_anchor = nxt[0].x0
            parts.append(" ".join(w.text for w in nxt))
            words.extend(nxt)
        else:
            x_anchor = line.segments[idx + 1].x0
    else:
        x_anchor = seg.x0
        right = line.segments[idx + 1].x0 if idx + 1 < len(line.segments) else 1e9
        below = column_words(lines, li, seg, right, +1)
        if below:
            x_anchor = below[0].x0
    postcode = P.find_postcode(parts[0]) if parts else None
    last = seg.bottom
    h = max(seg.bottom - seg.top, 6.0)
    for line2 in lines[li + 1 : li + 8]:
        if postcode:
            break
        if line2.top - last > 2.2 * h:
            break
        s = next((s for s in line2.segments if abs(s.x0 - x_anchor) <= 15), None)
        if s is None and words and all(o.x0 > max(w.x1 for w in words) + 20 for o in line2.segments):
            continue  # a line of the column to the right ("3 PLANS" beside a form's address boxes)
        if s is None:
            break
        if match_labels(s, VALUE_FIELDS, False) and not P.find_postcode(s.text):
            break
        if words and all(w.bold for w in s.words) and not all(w.bold for w in words):
            break  # a heading in bold under a plain address ("2 Policies this authority covers")
        if words and s.size > max(w.size for w in words) + 1.0 and all(w.conf == 1.0 for w in s.words):
            break  # a heading set larger than the address ("Where the plan is invested"); OCR's sizes vary too much
        if any(
            h.field != "client_postcode"
            for left in line2.segments
            if left.x1 < s.x0
            for h in match_labels(left, VALUE_FIELDS, False)
        ):
            break  # the value of the next label ("Policy number  [H][L][4]..."), not an address line
        if sum(w.text[:1].islower() for w in s.words) >= 3:
            break  # running words ("Where the plan is invested"): an address line is names and numbers
        parts.append(s.text)
        words.extend(s.words)
        last = s.bottom
        postcode = P.find_postcode(s.text)
    if not parts:
        return None
    text = ", ".join(p.strip(" ,") for p in parts)
    pc = P.find_postcode(text)
    if pc:
        text = (text[: pc[1][0]] + text[pc[1][1] :]).strip(" ,")
    address = ", ".join(p.strip() for p in text.split(",") if p.strip())
    if not address:
        return None
    return (address, pc[0] if pc else None), words, min(w.conf for w in words)

