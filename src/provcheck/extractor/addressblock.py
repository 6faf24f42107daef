"""The client's address block at the top of a letter: a name line, address lines, a postcode line.

A fallback after labels and sentences: a letter to the client (or an LoA in the client's own
hand) prints the name and address in an envelope-window block with no label at all.
"""

from __future__ import annotations

from provcheck.extractor import parsers as P
from provcheck.extractor.adviser import has_firm_word
from provcheck.extractor.candidate import Candidate
from provcheck.extractor.found import Found
from provcheck.extractor.labels import match_labels, norm
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.values import VALUE_FIELDS, name_and_address
from provcheck.rules.vocabulary import load_vocabulary

# How surely a block is the client's address, before how well its words were read (a text layer: 1.0).
SAME_NAME = 0.85  # under the client's name as read elsewhere on the document
TITLED = 0.8  # under a titled name ("Mrs J Patel"): a letter's addressee
SHAPED = 0.7  # a bare name over address lines: only the shape says so
# An address block is printed in one type size: a line this much taller above it is a heading, not its name.
TALLER = 1.4


def _read(whose: float, words: list) -> float:
    return round(whose * min((w.conf for w in words), default=1.0), 3)


def find_address_block(pages: list[list[Line]], methods: list[str], name: str | None) -> list[Candidate]:
    """The client's address block at the top of a letter: a name line, address lines, a postcode line.

    Args:
        pages: each page's lines (only page 1 is read).
        methods: each page's reading method.
        name: the client's name read elsewhere, if any: a block under another name is not the client's.

    Returns:
        Candidates for the address, postcode, name and title the block gives (none when no block).
    """
    lines = pages[0] if pages else []
    for i, line in enumerate(lines[:40]):
        for seg in line.segments:
            pc = P.find_postcode(seg.text)
            one = _one_line(lines, i, seg, name, methods[0]) if pc and i > 0 else []
            if one:
                return one
            if not pc or len(seg.text) > len(pc[0]) + 30:
                continue
            if any(o.x1 < seg.x0 and match_labels(o, VALUE_FIELDS, False) for o in line.segments):
                continue  # a labelled postcode ("Postcode:  M20 2RN") ends no address block
            # an envelope-window block lines up on the left; a letter writer's own address often on the
            # right, where a company's letterhead address also sits: there the name must have a title
            block, right = _block_above(lines, i, seg, "x0"), False
            if len(block) < 3:
                block, right = _block_above(lines, i, seg, "x1"), True
            if len(block) < 3:
                continue
            title, person = P.parse_name(block[0].text)
            # no name over the block ("103 Wentworth Street" heads it): the writer's own, if the letter says so
            nameless = bool(person) and any(ch.isdigit() for ch in block[0].text)
            if nameless and not _says_own_address(lines):
                continue
            if nameless:
                title, person = None, None
            if right and not title and not nameless:
                continue
            if not title and person and has_firm_word(person):
                continue  # an addressee firm's block ("Ridgeway Capital Partners LLP"), not the client's
            if not nameless and has_firm_word(block[1].text):
                continue  # a person at a firm ("Tessa Sedgwick / Ridgeway Hale Financial Planning Ltd"): the adviser
            # a child's account goes to the registered contact at the child's home: their block is its address
            contact = name is not None and bool(person) and _contact(lines, str(person))
            if name is not None and person and norm(person) != norm(name) and not contact:
                continue
            if (
                not nameless
                and name is None
                and not title
                and not (
                    person
                    and 2 <= len(person.split()) <= 4
                    and all(t[:1].isupper() for t in person.split())
                    and block[0].top < 0.3 * max(ln.bottom for ln in lines)
                )
            ):
                continue
            lines_of = block if nameless else block[1:]
            text = ", ".join(s.text for s in lines_of)
            text = (text[: text.upper().rfind(pc[0].split()[0])]).strip(" ,") if pc else text
            words = [w for s in lines_of for w in s.words]
            # how surely the block is the client's: under the name read elsewhere, under a title, or by shape
            whose = SAME_NAME if name is not None and person and not contact else TITLED if title else SHAPED
            out = []
            if text:
                address = ", ".join(p.strip() for p in text.split(",") if p.strip())
                out.append(_candidate("client_address", address, words, _read(whose, words), methods[0]))
            out.append(_candidate("client_postcode", pc[0], seg.words, _read(whose, seg.words), methods[0]))
            if person and name is None:  # its title goes with its name: a labelled name keeps its own
                out.append(_candidate("client_name", person, block[0].words, 0.6, methods[0]))
            # a name labelled without its title ("Account holders"): the block's is its own (not the contact's)
            if person and title and not contact:
                out.append(_candidate("client_title", title, block[0].words, 0.6, methods[0]))
            return out
    return []


def _contact(lines: list[Line], person: str) -> bool:
    """Whether the page labels `person` as the one the client's account is run by ("Registered contact")."""
    labels = [norm(p) for p in load_vocabulary().contact_labels]
    for i, line in enumerate(lines):
        for seg in line.segments:
            text = norm(seg.text)
            label = next((p for p in labels if text == p or text.startswith(p + " ")), None)
            if label is None:
                continue
            rest = " ".join(w.text for w in seg.words[len(label.split()) :])
            below = (s for ln in lines[i + 1 : i + 4] for s in ln.segments if abs(s.x0 - seg.x0) <= 6)
            value = rest or next((s.text for s in below), "")
            if norm(P.parse_name(value)[1] or "") == norm(person):
                return True
    return False


def _says_own_address(lines: list[Line]) -> bool:
    """Whether the page says the address at its top is the writer's ("I, Ann Lee, of the address above")."""
    text = f" {norm(' '.join(ln.text for ln in lines))} "
    return any(f" {norm(p)} " in text for p in load_vocabulary().own_address_phrases)


def _one_line(lines: list[Line], i: int, seg: Segment, name: str | None, method: str) -> list[Candidate]:
    """An address printed on one line under the client's name line, its person the client read elsewhere.

    "Policyholder: Mr Huw Bevan" over "Flat 8, 72 Quarry Bank, Hexham NE46 5LE".
    """
    if name is None:
        return []
    split = name_and_address("X, " + seg.text)  # the line as a name's address: a number in it, a postcode ending it
    above = next((s for s in lines[i - 1].segments if abs(s.x0 - seg.x0) <= 6), None)
    if split is None or above is None or seg.top - above.bottom > 1.2 * max(seg.bottom - seg.top, 6.0):
        return []
    hits = match_labels(above, {"client_name"}, False)
    text = " ".join(w.text for w in above.words[hits[0].n_words :]) if hits else above.text
    if norm(P.parse_name(text.strip(" :"))[1] or "") != norm(name):
        return []
    conf = _read(SAME_NAME, seg.words)
    return [
        _candidate("client_address", split[1], seg.words, conf, method),
        _candidate("client_postcode", split[2], seg.words, conf, method),
    ]


def address_after_name(words: list, page_no: int, conf: float, method: str) -> dict[str, Found]:
    """The address printed after the client's name on its line ("Ms Ann Lee, 8 Cobble Wynd, Kendal, LA9 5QR")."""
    split = name_and_address(" ".join(w.text for w in words))
    if split is None:
        return {}
    return {
        "client_address": Found(split[1], page_no, words, conf, method),
        "client_postcode": Found(split[2], page_no, words, conf, method),
    }


def _candidate(field: str, value: str, words: list, conf: float, method: str) -> Candidate:
    return Candidate(field, value, Found(value, 1, words, conf, method), "address_block", conf)


def _block_above(lines: list[Line], i: int, seg: Segment, edge: str) -> list[Segment]:
    """`seg` and the lines above it aligned with it on `edge` ("x0" left, "x1" right), nearest last."""
    block = [seg]
    for line2 in reversed(lines[max(0, i - 6) : i]):
        s = next((s for s in line2.segments if abs(getattr(s, edge) - getattr(seg, edge)) <= 6), None)
        if s is None:
            if block[0].top - line2.bottom > 1.2 * max(line2.bottom - line2.top, 6.0):
                break
            continue  # a line of another column (the sender's address) interleaved
        if block[0].top - s.bottom > 1.2 * max(s.bottom - s.top, 6.0):
            break
        if s.bottom - s.top > TALLER * (seg.bottom - seg.top):
            break  # a letterhead or title in larger type over the window ("Aviva" above "Mr O MacAskill")
        block.insert(0, s)
    return block
