"""A fund name's words as OCR misread them, mended into the words fund names are made of.

Tesseract reads "Acc" as "Ace", "Gilt" as "Git", "Smaller" as "Smailer" and the share class
"S4" as "$4"; the row's numbers are right, and the name is what the adviser matches the fund by.
A word of an OCR'd name that is no fund word (vocabulary.yaml `fund_words`) but one look-alike
change (`ocr_lookalikes.letters`) from exactly one is taken for it; a "$" before a share class's
digits is an "S". Anything else, a fund house's name above all, stays as read: no word is
guessed from outside the lists. Text-layer names are as printed and never pass through here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provcheck.rules.vocabulary import load_vocabulary

__all__ = ["mend_name"]

_SHARE_CLASS = re.compile(r"^\$(\d{1,2})$")  # "$4": no UK fund name prints a dollar sign before digits
_WORD = re.compile(r"^[A-Za-z$][A-Za-z$\-]*$")


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    return {w.casefold(): w for w in load_vocabulary().fund_words}


@lru_cache(maxsize=1)
def _letters() -> tuple[tuple[str, str], ...]:
    return tuple((r.casefold(), p.casefold()) for r, p in load_vocabulary().ocr_lookalikes.letters)


def _changes(word: str) -> set[str]:
    """Every spelling one look-alike change from `word` (folded)."""
    out = set()
    for read, printed in _letters():
        if not read:  # a letter lost: put back anywhere
            out |= {word[:i] + printed + word[i:] for i in range(len(word) + 1)}
            continue
        start = word.find(read)
        while start >= 0:
            out.add(word[:start] + printed + word[start + len(read) :])
            start = word.find(read, start + 1)
    return out


def _cased(meant: str, read: str) -> str:
    """The fund word in the case the word was read in: "ACE" -> "ACC", "git" -> "gilt", "Ace" -> "Acc"."""
    if read.isupper() and len(read) > 1:
        return meant.upper()
    if read.islower():
        return meant.lower()
    return meant


@lru_cache(maxsize=4096)
def _mend_word(word: str) -> str:
    m = _SHARE_CLASS.match(word)
    if m:
        return "S" + m[1]
    folded = word.casefold()
    if folded in _words() or len(word) < 3 or not _WORD.match(word):
        return word
    near = {c for c in _changes(folded) if c in _words()}
    return _cased(_words()[near.pop()], word) if len(near) == 1 else word


def mend_name(name: str) -> str:
    """An OCR'd fund name with each misread fund word mended; other words as read."""
    return " ".join(_mend_word(w) for w in name.split(" "))
