"""Where a value sits around its label: beside it past dot leaders, on the lines below, boxed digit by digit.

The label finder (`labelled.py`) says which field a label names; these say which words around
it are that field's value, and where a value runs on (an address over lines, a list of plans).
"""

from __future__ import annotations

import re

from provcheck.extractor.labelends import LIST_ITEM
from provcheck.extractor.labels import FREE_TEXT, match_labels
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.values import VALUE_FIELDS, VALUE_PARSERS


def split_at_labels(lines: list[Line], ocr: bool) -> list[Line]:
    """Split each segment where a second colon label starts: "Name: Mrs Ann Lee  Date of birth: 1/2/1960".

    Two pairs a mail-merge prints a few spaces apart fall in one segment; a label ending in a colon
    after a value starts a segment of its own, and a lone bar between pairs is dropped, so the
    right pair's label is never read into the left pair's value. The lines are changed in place.
    """
    for line in lines:
        line.segments = [part for seg in line.segments for part in _split(seg, ocr)]
    _split_at_value_column(lines, ocr)
    return lines


# A block of labels set right, each followed closely by its value, the values all starting at one x
# ("      Name  Ms Ann Lee" / "NI number  AB123456C"): three rows make a block.
_BLOCK_ROWS = 3


def _split_at_value_column(lines: list[Line], ocr: bool) -> None:
    """Split a label from its value where the rows of a right-aligned label block start their values.

    The labels of such a block end a few points short of a shared value column, too close for a
    column gap, so "Name Ms Ann Lee" is one segment and a one-word label of free text ("Name",
    "Address") would read as the start of a phrase. Where three rows or more each open with a whole
    label and their next words start at the same x, each is cut there.
    """
    starts: list[tuple[float, Line, Segment, int]] = []
    for line in lines:
        for seg in line.segments:
            n = _whole_label(seg, ocr)
            # a label closed by its colon is marked off already ("Adviser name: Tom Okafor")
            if n and not seg.words[n - 1].text.endswith(":"):
                starts.append((seg.words[n].x0, line, seg, n))
    done: set[int] = set()  # segments already cut
    for x, *_ in list(starts):
        block = [s for s in starts if abs(s[0] - x) <= 1.5 and id(s[2]) not in done]
        if len({id(s[1]) for s in block}) < _BLOCK_ROWS or not _set_right(block):
            continue
        for _, line, seg, n in block:
            if id(seg) in done:
                continue
            done.add(id(seg))
            # only a label of free text needs the cut; a number or date label reads past its value
            if _free_label(seg, n, ocr):
                i = next(i for i, s in enumerate(line.segments) if s is seg)
                line.segments[i : i + 1] = [Segment(seg.words[:n], seg.line), Segment(seg.words[n:], seg.line)]


def _set_right(block: list[tuple[float, Line, Segment, int]]) -> bool:
    """Whether the block's labels are set right: their right edges agree and their left edges do not.

    Labels set left with their values at one x are a table or running text, read as they are.
    """
    rights = [seg.words[n - 1].x1 for _, _, seg, n in block]
    lefts = [seg.words[0].x0 for _, _, seg, _ in block]
    return max(rights) - min(rights) <= 2.0 and max(lefts) - min(lefts) > 4.0


def _whole_label(seg: Segment, ocr: bool) -> int:
    """How many of a segment's first words (up to four, words left after) are its longest whole label; 0 if none.

    "Date of birth" over "Date"; a number after a label is the value's, not an item number's ("Address 14 Elm").
    """
    for k in range(min(4, len(seg.words) - 1), 0, -1):
        if seg.words[k - 1].text.isdigit():
            continue
        hits = match_labels(Segment(seg.words[:k], seg.line), VALUE_FIELDS, ocr)
        if any(h.n_words == k and h.score >= 90 for h in hits):
            return k
    return 0


def _free_label(seg: Segment, n: int, ocr: bool) -> bool:
    """Whether a segment's first `n` words are a label of a free-text field ("Name", "Address")."""
    hits = match_labels(Segment(seg.words[:n], seg.line), VALUE_FIELDS, ocr)
    return any(h.n_words == n and h.field in FREE_TEXT for h in hits)


def _split(seg: Segment, ocr: bool) -> list[Segment]:
    words, cuts, start = seg.words, [], 0
    for i, w in enumerate(words):
        if i > start and w.text in ("|", "¦") and i + 1 < len(words):
            cuts.append((start, i))
            start = i + 1
            continue
        if i <= start + 1 or not w.text.endswith(":") or len(w.text) < 2:
            continue
        # the label ending at this colon, first word earliest: "Date of valuation:" is one label
        for j in range(max(start, i - 5), i + 1):
            hits = match_labels(Segment(words[j:], seg.line), VALUE_FIELDS, ocr)
            if not any(h.n_words == i - j + 1 and h.score >= 90 for h in hits):
                continue
            if j > start and _holds_value(words[start:j], seg.line, ocr):
                cuts.append((start, j))
                start = j
            break
    if not cuts:
        return [seg]
    cuts.append((start, len(words)))
    return [Segment(words[a:b], seg.line) for a, b in cuts if b > a]


def _holds_value(words: list, line: int, ocr: bool) -> bool:
    """Whether a piece left of a label has a value after its own label: a figure or a capitalised word.

    "Current value at" before "end of period:" is one label's words, not a pair of its own.
    """
    if words[-1].text.endswith(":"):
        return False
    hits = match_labels(Segment(words, line), VALUE_FIELDS, ocr)
    rest = words[max((h.n_words for h in hits), default=0) :]
    return any(any(ch.isdigit() or ch in "£$€" for ch in w.text) or w.text[:1].isupper() for w in rest)


def wrapped(lines: list[Line], words: list) -> list:
    """The words continuing a value on the next line, starting under its first word."""
    x0, bottom = words[0].x0, max(w.bottom for w in words)
    h = max(w.bottom - w.top for w in words)
    below = next((ln for ln in lines if ln.top >= bottom - 1), None)
    if below is None or below.top - bottom > 0.9 * h:
        return []
    seg = next((s for s in below.segments if abs(s.x0 - x0) <= 4), None)
    return list(seg.words) if seg is not None else []


_LEADER_WORD = re.compile(r"[.…_·:]{2,}|…")


def is_leader(text: str) -> bool:
    """Whether a word is nothing but a dot leader ("........", "…", "__")."""
    return _LEADER_WORD.fullmatch(text) is not None


def past_leaders(words: list) -> list:
    """The words after any dot leaders that join a label to its value ("Address ........ 20 Mill Lane")."""
    i = 0
    while i < len(words) and is_leader(words[i].text):
        i += 1
    return list(words[i:])


def past_leader_segments(line: Line, idx: int) -> int:
    """The index to read the next segment after: past segments that are nothing but leaders."""
    while idx + 1 < len(line.segments) - 1 and not past_leaders(line.segments[idx + 1].words):
        idx += 1
    return idx


def boxed_digits(segments: list[Segment]) -> list:
    """A date written one digit or pair to a box ("0 4 | 0 3 | 2 0 2 6"): the words of the run of boxes."""
    words: list = []
    for s in segments:
        if not all(re.fullmatch(r"[/.\-|]*\d{1,4}[/.\-|]*|[/.\-|]", w.text) for w in s.words):
            break
        words.extend(s.words)
        if sum(ch.isdigit() for w in words for ch in w.text) >= 8:
            break
    return words if sum(ch.isdigit() for w in words for ch in w.text) == 8 else []


def more_policies(lines: list[Line], li: int, words: list) -> list[str]:
    """Further plan numbers listed one a line under the first, in the value's column."""
    if not words:
        return []
    x = words[0].x0
    out: list[str] = []
    last = words[-1].bottom
    for line in lines[li + 1 : li + 10]:
        if line.top - last > 2.0 * max(line.bottom - line.top, 6.0):
            break
        seg = next((s for s in line.segments if abs(s.x0 - x) <= 4), None)
        if seg is None:
            continue
        at = line.segments.index(seg)
        if LIST_ITEM.fullmatch(seg.text) and at + 1 < len(line.segments):
            seg = line.segments[at + 1]  # "(2)      8270/529908": the list's item number, then the plan's
        before = [s for s in line.segments if s.x1 < seg.x0 and not LIST_ITEM.fullmatch(s.text)]
        if any(match_labels(s, VALUE_FIELDS, False) for s in before):
            break  # the value of the next label ("Postcode:  M20 2RN"), not another plan number
        if match_labels(seg, {"policy_numbers"}, False):
            break  # the next box's own label ("Plan 4" of a form's empty plan boxes), no number
        found = VALUE_PARSERS["policy_numbers"](seg.text)
        if not found or len(seg.text.split()) > 3 * len(found):
            break
        out.extend(found)
        last = seg.bottom
    return out


def caption_above(lines: list[Line], li: int) -> list:
    """The words of a caption just above line `li` over the rows below it: text with no digits, or nothing."""
    if li == 0:
        return []
    line, above = lines[li], lines[li - 1]
    if line.top - above.bottom > 1.5 * max(line.bottom - line.top, 6.0) or len(above.words) > 6:
        return []
    return [] if any(ch.isdigit() for ch in above.text) else list(above.words)


def column_words(lines: list[Line], li: int, seg: Segment, right: float, step: int) -> list:
    """Words of the next line below (step=1) or above (step=-1) that sit in the label's column.

    The column runs from the label's left edge to the next label on its line, so values under a
    row of labels ("Adviser firm   FCA number") are cut where their labels are.
    """
    h = max(seg.bottom - seg.top, 6.0)
    j = li + step
    if not 0 <= j < len(lines):
        return []
    line = lines[j]
    gap = line.top - seg.bottom if step > 0 else seg.top - line.bottom
    if gap > 2.4 * h:
        return []
    words = [w for w in line.words if seg.x0 - 15 <= w.x0 < right - 2]
    if words and words[0].x0 > seg.x0 + max(60.0, 0.6 * (seg.x1 - seg.x0)):
        return []  # text further right belongs to something else
    return words
