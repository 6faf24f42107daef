"""Is the LoA signed? An e-signature statement, or ink at the signature line.

Ink is any mark that is not ruling (graphics.page_graphics): vector paths of any shape, a
pasted image, or dark or pale marks no OCR word explains on a scan (cleaned of its rules).
"Unsigned" is a finding about an area: sure where the signature line was found empty on a
text page, or the area is blank down to pale grey on a scan whose label OCR read well; a
label with no line beside it, or a poorly read label, is unsigned with less confidence, as is a
text page's letter that leaves room to sign under its "Yours faithfully" and has no mark there; no
signature area at all is not known (None).
"""

from __future__ import annotations

import re
from functools import lru_cache

from provcheck.extractor.document import Page, Word
from provcheck.extractor.labels import norm
from provcheck.extractor.layout import Line, Segment
from provcheck.extractor.needles import Guarded
from provcheck.rules.vocabulary import alternation, load_vocabulary

E_SIGNED = Guarded(  # searched on every line three times a document, found on few: needles.py
    re.compile(
        r"(signed electronically|electronically signed|e-signed|esigned|digitally signed|signed digitally|docusign|"
        r"adobe sign|/s/|electronic signature|signature adopted|signing time|signed by:?\s+(?-i:[A-Z][a-z]))",
        re.I,
    )
)


@lru_cache(maxsize=1)
def _party_after() -> re.Pattern[str]:
    return re.compile(rf"^\s*:?\s*{alternation(load_vocabulary().client_words)}\b", re.I)


def e_signed(text: str) -> re.Match[str] | None:
    """An e-signature stamp on the line, or None; "Signed by Policyholder 1" heads a blank box, no stamp.

    "Signed by: Jane Smith" names who signed; "Signed by" and a party (vocabulary.yaml `client_words`)
    is only the box's caption.
    """
    m = E_SIGNED.search(text)
    if m and m[0].lower().startswith("signed by") and _party_after().match(text[m.start() + len("signed by") :]):
        return None
    return m


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    # "Signature", "Signed", "Client's signature", "Member signature", "Policyholder 1 signature", "Your signature";
    # a bilingual form's "Llofnod / Signature", the other language's word or two first
    party = alternation([*load_vocabulary().client_words, "your"])
    other = r"(?:[^\s/]+(?:\s+[^\s/]+)?\s*/\s*)?"
    return re.compile(rf"^{other}(?:{party}(?:'s|s'|s)?\s+(?:\d\s+)?)?(signature|signed)\b")


def _label_words(seg: Segment) -> list[Word]:
    """The label's words: up to its colon where one marks it off ("Signature of executor 1: Olwen Hilary Rawcliffe")."""
    colon = next((i for i, w in enumerate(seg.words[:6]) if w.text.endswith(":")), None)
    return seg.words if colon is None else seg.words[: colon + 1]


@lru_cache(maxsize=1)
def _signing_for() -> re.Pattern[str] | None:
    phrases = load_vocabulary().signing_for
    return re.compile(rf"^\S+(?:\s+\S+){{0,5}}?\s+{alternation(phrases)}\b") if phrases else None


def _signs_for(text: str) -> bool:
    """A caption naming whom the signer acts for ("signed by the deputy on behalf of ms nesta braithwaite")."""
    rx = _signing_for()
    return rx is not None and rx.match(text) is not None


def is_signature_label(text: str) -> bool:
    """Whether normalised text opens with a signature label; the parties are vocabulary.yaml `client_words`."""
    return _label().match(text) is not None


@lru_cache(maxsize=1)
def _valediction() -> re.Pattern[str]:
    return re.compile(r"^\W*" + alternation(load_vocabulary().valedictions) + r"\b", re.I)


def is_valediction(text: str) -> bool:
    """Whether a line opens with the close of a letter ("Yours faithfully,", "Kind regards"; vocabulary.yaml).

    The letter's signature sits below it with no label of its own.
    """
    return _valediction().match(text) is not None


def find_signature(lines_by_page: list[list[Line]], pages: list[Page]) -> tuple[bool, int, list[Word], float] | None:
    """(signed?, page, evidence words, confidence), or None when there is no signature line at all."""
    label_hit: tuple[int, Line, list[Word]] | None = None
    for page_no, lines in enumerate(lines_by_page, start=1):
        for line in lines:
            m = e_signed(line.text)
            if m:
                return True, page_no, line.words, 0.9
    for page_no, lines in enumerate(lines_by_page, start=1):
        page = pages[page_no - 1]
        for line in lines:
            for seg in line.segments:
                text = norm(seg.text)
                if not is_signature_label(text) or (len(_label_words(seg)) > 6 and not _signs_for(text)):
                    continue
                label_hit = label_hit or (page_no, line, seg.words)
                x0, x1 = seg.x0 - 20, seg.x1 + 260
                top, bottom = seg.top - 50, seg.bottom + 50
                for marks, conf in ((page.marks, 0.8), (page.faint, 0.7)):  # a thin pen stroke scans pale
                    for mx0, mtop, mx1, mbot in _ink(marks, seg.words):
                        if mx1 >= x0 and mx0 <= x1 and mbot >= top and mtop <= bottom:
                            return True, page_no, seg.words, conf
                if page.method == "ocr":
                    # Tesseract reads a scribble as low-confidence junk words, or boxes it as one "word" many
                    # lines tall (covering the label and rule too), or as a short word far too wide for its
                    # letters ("Lee" a signature's width): no printed word is that tall or that wide, so it is ink;
                    # a scribble read into the label's own segment ("Signature ey", the "ey" 90 pt tall) is ink too
                    em = min(w.bottom - w.top for w in seg.words)
                    junk = _scribbles(page, (x0, top, x1, bottom), em, seg.words)
                    if junk:
                        return True, page_no, seg.words + [w for w in junk if w not in seg.words], 0.6
    if label_hit is None:
        return _signed_letter(lines_by_page, pages)
    page_no, line, words = label_hit
    return False, page_no, words, _blank_confidence(pages[page_no - 1], line, words)


# A printed word is about half an em wide a letter and an em or so tall, the em being its label's line height:
# a "word" three ems tall, or two ems wide a letter, is a scribble OCR boxed.
SCRIBBLE_TALL, SCRIBBLE_WIDE = 3.0, 2.0


def _inked(word: Word, em: float) -> bool:
    """Is an OCR'd word too tall, or too wide for its letters, to be print beside a label `em` tall?"""
    wide = (word.x1 - word.x0) / max(len(word.text), 1)
    return word.bottom - word.top > SCRIBBLE_TALL * em or wide > SCRIBBLE_WIDE * em


def _scribbles(page: Page, area: tuple[float, float, float, float], em: float, printed: list[Word]) -> list[Word]:
    """The OCR'd words in `area` that are a scribble: read with low confidence, or too tall or wide for print.

    A word of `printed` (the label's own words) is one only when its box is a scribble's.
    """
    x0, top, x1, bottom = area
    return [
        w
        for w in page.words
        if (w.conf < 0.4 or (_inked(w, em) and w.conf < 0.8))
        and w.x1 >= x0
        and w.x0 <= x1
        and w.bottom >= top
        and w.top <= bottom
        and (w not in printed or _inked(w, em))
        and len(w.text) >= 2
    ]


def _ink(marks: list[tuple[float, float, float, float]], label: list[Word]) -> list[tuple[float, float, float, float]]:
    """The marks that can be a signature beside `label`.

    Not a frame drawn round the label (a rounded box's corners are curves) and not a dot of a
    dotted rule: a signature is larger than a dot and never encloses its own label.
    """
    lx0, ltop = min(w.x0 for w in label), min(w.top for w in label)
    lx1, lbot = max(w.x1 for w in label), max(w.bottom for w in label)
    return [
        (x0, top, x1, bottom)
        for x0, top, x1, bottom in marks
        if max(x1 - x0, bottom - top) >= 4 and not (x0 <= lx0 and top <= ltop and x1 >= lx1 and bottom >= lbot)
    ]


def _blank_confidence(page: Page, line: Line, words: list[Word]) -> float:
    """How sure an empty signature area is unsigned: sure where its line was found on a text page."""
    if page.method == "ocr":
        # blank down to pale grey (page.faint) on a scan cleaned of its rules; as sure as the label was read
        return 0.85 if min(w.conf for w in words) >= 0.8 else 0.7
    x0, x1 = min(w.x0 for w in words) - 20, max(w.x1 for w in words) + 260
    top, bottom = min(w.top for w in words) - 30, max(w.bottom for w in words) + 30
    ruled = any(top <= y <= bottom and lx1 >= x0 and lx0 <= x1 for y, lx0, lx1 in page.hlines)
    ruled = ruled or "___" in line.text  # a line typed as underscores ("Signature: ________")
    return 0.9 if ruled else 0.6


def _signed_letter(lines_by_page: list[list[Line]], pages: list[Page]) -> tuple[bool, int, list[Word], float] | None:
    """A letter with no signature label: ink between its "Yours faithfully" and the lines below it."""
    for page_no, lines in enumerate(lines_by_page, start=1):
        page = pages[page_no - 1]
        for line in lines:
            if not is_valediction(line.text):
                continue
            x0, x1, top, bottom = line.x0 - 20, line.x0 + 300, line.bottom, line.bottom + 80
            marks = _ink(page.marks + page.faint, line.words)
            if any(mx1 >= x0 and mx0 <= x1 and mbot >= top and mtop <= bottom for mx0, mtop, mx1, mbot in marks):
                return True, page_no, line.words, 0.7
            # on a scan, the signature may be read as junk words rather than left as marks ("Cy me Le", conf 0.07)
            em = line.bottom - line.top
            junk = _scribbles(page, (x0, top, x1, bottom), em, []) if page.method == "ocr" else []
            if junk:
                return True, page_no, line.words + junk, 0.6
            if page.method != "ocr" and _room_left_blank(line, lines, top, bottom):
                # a text page shows every mark; a scan may have lost a pale one to its cleaning
                return False, page_no, line.words, UNSIGNED_LETTER
    return None


UNSIGNED_LETTER = 0.6  # blank under the valediction: unsigned, but a doubt, never an error by itself (issue 10)
ROOM = 2.0  # the gap under the valediction, in its line heights, that leaves room to sign


def _room_left_blank(valediction: Line, lines: list[Line], top: float, bottom: float) -> bool:
    """Whether the letter leaves room to sign under its valediction before the next line (the typed name).

    No mark in that room (checked by the caller) is a letter nobody signed. A typed name straight
    under the valediction leaves no room, and says nothing either way.
    """
    em = max(valediction.bottom - valediction.top, 6.0)
    below = [ln for ln in lines if ln.top >= valediction.bottom - 1 and ln is not valediction
             and ln.x1 >= valediction.x0 - 20 and ln.x0 <= valediction.x0 + 300]
    if not below:
        return False
    gap = min(ln.top for ln in below) - valediction.bottom
    return gap >= ROOM * em and min(ln.top for ln in below) <= bottom + 4 * em and top < bottom
