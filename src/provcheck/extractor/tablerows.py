"""A holdings table's rows joined with their wrapped fund names.

Text tightly spaced with a row is that row's wrapped fund name (above or below its numbers),
text standing apart is a sub-heading. Which way a table's names run is voted over its blocks
of tightly spaced lines; where lines are evenly spaced, how a name wraps (a wrapped line is
full: its next word would not have fitted) tells which row a line joins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from provcheck.extractor.fundwords import mend_name
from provcheck.extractor.ocrfix import MENDED, UNSETTLED, repair_isin, unsettled_isin
from provcheck.extractor.tablebody import Body
from provcheck.extractor.tablecells import CODE_LABEL, isin_in, isin_token
from provcheck.extractor.tableprices import price_currency
from provcheck.models import Holding

__all__ = ["RowLines", "full", "groups", "holdings_of", "orientation", "room", "to_holding"]


def groups(body: list[Body]) -> list[list[Body]]:
    """Rows and text split into blocks of tightly spaced lines; totals, headings and noise stand alone.

    Lines of one row sit at the name's leading (their boxes touch or overlap, as numbers set
    midway between two name lines do); rows are set apart by padding or a rule's space.
    """
    pairs = [
        (a, b)
        for a, b in zip(body, body[1:], strict=False)
        if a.page == b.page and "row" in (a.kind, b.kind) and {a.kind, b.kind} <= {"row", "text"}
    ]
    gaps = [b.line.top - a.line.bottom for a, b in pairs]
    heights = sorted(b.line.bottom - b.line.top for b in body) or [10.0]
    limit = max(min(gaps, default=0.0), 0.0) + max(1.5, 0.25 * heights[len(heights) // 2])
    blocks: list[list[Body]] = []
    for b in body:
        prev = blocks[-1][-1] if blocks else None
        if (
            prev is not None
            and b.kind in ("row", "text")
            and prev.kind in ("row", "text")
            and prev.page == b.page
            and b.line.top - prev.line.bottom <= limit
        ):
            blocks[-1].append(b)
        else:
            blocks.append([b])
    return blocks


def orientation(blocks: list[list[Body]]) -> str:
    """Where a table's wrapped names run: "below" their numbers, "above" them, or both ("middle")."""
    votes = {"below": 0, "above": 0, "middle": 0}
    for block in blocks:
        rows = [i for i, b in enumerate(block) if b.kind == "row"]
        if len(rows) != 1 or len(block) == 1:
            continue
        before, after = rows[0] > 0, rows[0] < len(block) - 1
        votes["middle" if before and after else "above" if before else "below"] += 1
    if not any(votes.values()):
        _wrap_votes(blocks, votes)
    if not any(votes.values()):
        # evenly spaced lines: each run of rows between headings starts with a name's first line
        # (names above their numbers), or with a row (names below), or starts and ends with text
        for block in blocks:
            if len(block) < 2 or not any(b.kind == "row" for b in block):
                continue
            starts, ends = block[0].kind == "text", block[-1].kind == "text"
            votes["middle" if starts and ends else "above" if starts else "below"] += 1
    return max(votes, key=lambda k: (votes[k], k == "below"))


def room(blocks: list[list[Body]]) -> float:
    """The widest fund name line: about the width names wrap at."""
    widths = [b.fund_words[-1].x1 - b.fund_words[0].x0 for block in blocks for b in block if b.fund_words]
    return max(widths, default=0.0)


def full(line: Body, nxt: Body, room: float) -> bool:
    """Was `line`'s name wrapped before `nxt`: would `nxt`'s first word not have fitted after it?"""
    if not line.fund_words or not nxt.fund_words or room <= 0:
        return False
    words, first = line.fund_words, nxt.fund_words[0]
    space = max(2.0, 0.25 * (first.bottom - first.top))
    return words[-1].x1 - words[0].x0 + space + (first.x1 - first.x0) > room + 0.5


def _wrap_votes(blocks: list[list[Body]], votes: dict[str, int]) -> None:
    """Evenly spaced lines: which way names run, told by how text wraps.

    A wrapped line is full: its next word would not have fitted. Text below a row continues
    it ("below") when the row's name is full; text above a row starts its name ("above") when
    the text itself is full before the row's first word. A short name line is a name's last:
    a short row under text ends that text's name ("above"); short text between rows ends the
    row's above it ("below").
    """
    width = room(blocks)

    def short(b: Body) -> bool:
        return bool(b.fund_words) and b.fund_words[-1].x1 - b.fund_words[0].x0 < 0.5 * width

    for block in blocks:
        for n, b in enumerate(block):
            above = block[n - 1] if n > 0 else None
            below = block[n + 1] if n + 1 < len(block) else None
            if b.kind == "row":
                if above is not None and above.kind == "text" and short(b):
                    votes["above"] += 1
                continue
            if b.kind != "text":
                continue
            above = above if above is not None and above.kind == "row" else None
            below = below if below is not None and below.kind == "row" else None
            continues = above is not None and full(above, b, width)
            starts = below is not None and full(b, below, width)
            if continues != starts:
                votes["below" if continues else "above"] += 1
            elif above is not None and below is not None and short(b):
                votes["below"] += 1


def _split_between(row: Body, between: list[Body], room: float) -> int:
    """How many of the text lines between two rows continue the first row's name (names around their numbers).

    A name runs on while each of its lines is full; the first line that is not ends it.
    """
    chain = [row, *between]
    for n in range(len(between)):
        if not full(chain[n], chain[n + 1], room):
            return n
    return (len(between) + 1) // 2 if room <= 0 else len(between)


@dataclass
class RowLines:
    """A row and the text lines of its wrapped name above and below it."""

    row: Body
    before: list[Body] = field(default_factory=list)
    after: list[Body] = field(default_factory=list)

    @property
    def lines(self) -> list[Body]:
        """All its lines, top to bottom."""
        return [*self.before, self.row, *self.after]


def holdings_of(block: list[Body], orientation: str, room: float) -> tuple[list[RowLines], bool]:
    """The holdings of a block and whether the block is a sub-heading (text and no row)."""
    rows = [i for i, b in enumerate(block) if b.kind == "row"]
    if not rows:
        return [], True
    found = [RowLines(block[i]) for i in rows]
    for n, i in enumerate(rows):
        nxt = rows[n + 1] if n + 1 < len(rows) else len(block)
        between = [b for b in block[i + 1 : nxt] if b.kind == "text"]
        if n == 0:
            lead = [b for b in block[:i] if b.kind == "text"]
            if len(rows) == 1 or orientation != "below":
                found[0].before = lead
        if nxt == len(block):
            if orientation != "above" or len(rows) == 1:
                found[n].after = between
        elif orientation == "above":
            found[n + 1].before = between
        elif orientation == "middle":
            cut = _split_between(block[i], between, room)
            found[n].after, found[n + 1].before = between[:cut], between[cut:]
        else:
            found[n].after = between
    for h in found:
        h.before, h.after = _not_outdented(h.before, h.row), _not_outdented(h.after, h.row)
        _keep_full(h, room)
    return found, False


_OUTDENT = 4.0  # points left of the row's name that a line of its name never starts


def _not_outdented(lines: list[Body], row: Body) -> list[Body]:
    """The name lines that start at or right of the row's name: one set further left heads the rows.

    A two-level valuation prints each plan's line ("Group Personal Pension 147-729347") out to the
    left of the funds under it; a fund's wrapped name lines up with it or hangs indented.
    """
    if not row.fund_words:
        return lines
    left = row.fund_words[0].x0 - _OUTDENT
    return [b for b in lines if not b.fund_words or b.fund_words[0].x0 >= left]


def _keep_full(h: RowLines, room: float) -> None:
    """Drop text that cannot be part of the name by how names wrap: every line but a name's last is long.

    A short line before the numbers cannot start their name, and nothing follows a short line
    of it: such text is a sub-heading set like a name ("Pension funds"). ISIN lines always belong.
    """

    def short(b: Body) -> bool:
        words = b.fund_words
        return room >= 100 and bool(words) and words[-1].x1 - words[0].x0 < 0.5 * room and not isin_in(b.fund)

    cut = max((k + 1 for k, b in enumerate(h.before) if short(b)), default=0)
    h.before = h.before[cut:]
    kept, prev, going = [], h.row, True
    for b in h.after:
        if isin_in(b.fund):
            kept.append(b)
            continue
        going = going and not short(prev)
        if going:
            kept.append(b)
            prev = b
    h.after = kept


# a line of a label and one code-like reading, maybe split at a gap: "ISIN: GBOOBKTOQLB6S", "ISIN: IBOOR V672VQ2"
_LABELLED_CODE = re.compile(r"^\s*ISIN(?: code)?\s*:?\s*(?=[A-Z0-9 ]*\d)[A-Z0-9]{2,13}(?: [A-Z0-9]{2,11})?\s*$")


def to_holding(h: RowLines) -> Holding | None:
    """The holding a row and its name lines print; None when no name can be read."""
    isin = h.row.isin
    names = []
    for b in h.lines:
        part = CODE_LABEL.sub(" ", b.fund)
        found = isin_token(b.fund, mend=b.ocr)
        if found:
            # "ISIN: GB00..." printed with the fund name: an identifier, not part of the name
            code, token = found
            kept = unsettled_isin(code) if b.ocr and code == token and repair_isin(code) is None else None
            if isin is None and kept is not None and kept != code:
                # no check settles it ("GBOO3VL18G83"): its places do, as in an ISIN column (read_isin), unsure
                conf = min((w.conf for w in b.fund_words), default=1.0)
                h.row.mended["isin"] = (None, UNSETTLED * conf)
                code = kept
            elif isin is None and code != token:
                conf = min((w.conf for w in b.fund_words), default=1.0)
                h.row.mended["isin"] = (None, MENDED * conf)  # a misread code, mended by its check digits
            isin = isin or code
            printed = r"\s?".join(map(re.escape, token))  # maybe spaced out at a misjudged gap
            part = re.sub(r"[(\[]?\s*" + printed + r"[_\s]*[)\]]?", " ", part)
        elif _LABELLED_CODE.match(b.fund):
            part = ""  # "ISIN: GBOOBKTOQLB6S": a code no check settles is still no part of the name
        if part.strip(" :-/|"):  # what is left of "SEDOL / ISIN: ... / ..." once the codes are out
            names.append(part)
    name = ""
    for part in names:
        part = " ".join(part.split())
        # a name broken after a hyphen ("Multi-" / "Asset") joins without a space
        glue = "" if re.search(r"[A-Za-z0-9]-$", name) and part[:1].isalnum() else " "
        name = f"{name}{glue}{part}" if name else part
    if not re.search(r"[A-Za-z]{2}", name):
        return None
    row = h.row
    if row.ocr:
        name = mend_name(name)  # "Ace" for "Acc", "Git" for "Gilt": look-alikes of the words fund names use
    currency = price_currency(row.units, row.price, row.value, row.price_currency)
    return Holding(
        fund_name=name, isin=isin, units=row.units, unit_price=row.price, value=row.value, price_currency=currency
    )
