"""Personal names for client matching: normalise once, compare many times.

`parse_name` turns a name as printed ("Mrs Jane A. Smith", "SMITH, Jane Anne", "J A Smith",
"Smith Jane") into a `NameKey`: accents and case folded, punctuation and titles dropped, and
the readings of which token is the surname. A comma fixes the reading ("SMITH, Jane"); without
one, a name of two or more tokens is read both ways (forenames first, and surname first), because
provider letters print both orders. `name_score` compares two keys: the surname must agree, and
the first forenames must agree or one be the other's initial; typos are tolerated through edit
distance (a swap of neighbouring letters counts as one edit). It returns None when the names cannot
be the same person's.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from provcheck.rules.vocabulary import load_vocabulary


@functools.lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """(titles, post-nominals), folded: vocabulary.yaml's. Neither names a person.

    Titles come before a name ("Mrs", "Revd"), post-nominals and generation marks after it ("Jnr", "OBE").
    """
    voc = load_vocabulary()
    return frozenset(voc.title_forms()), frozenset(w.casefold() for w in voc.post_nominals)


# Two tokens this many edits apart (optimal string alignment: a swap of neighbours is one edit) are
# one name mistyped: one edit in a name of up to seven letters, two in a longer one. Jaro-Winkler
# was tried first and rejected: it scores a transposed short name low ("Mia"/"Mai" 0.56) and
# distinct names high ("Scarlett"/"Charlotte", "Thomas"/"Theo" above 0.8).
_LONG_NAME = 8
_INITIAL_SCORE = 0.9  # an initial agrees with a name, but says less than the whole name
_ABSENT_SCORE = 0.9  # a middle name on one side only: neither for nor against

# apostrophes go ("O'Brien"), and so does a hyphen inside a name ("Smith-Jones", "Anne-Marie": one name)
_JOINED = re.compile(r"['\u2019`]|(?<=\w)-(?=\w)")
_NOT_WORD = re.compile(r"[^\w]+|_")


Reading = tuple[tuple[str, ...], str, bool]  # forenames, surname, whether read surname-first without a comma


@dataclass(frozen=True, slots=True)
class NameKey:
    """A normalised name: its tokens, forenames first where a comma said which is the surname.

    Only the tokens are kept (interned: names repeat) so that millions of keys stay small; the
    readings are derived when compared.
    """

    tokens: tuple[str, ...]
    ordered: bool  # a comma fixed the order

    @property
    def readings(self) -> tuple[Reading, ...]:
        """(forenames, surname, surname-first?) for each way the name can be read."""
        tokens = self.tokens
        normal = (tokens[:-1], tokens[-1], False)
        if self.ordered or len(tokens) == 1 or len(tokens[0]) == 1:  # "J Smith" is never surname-first
            return (normal,)
        return (normal, (tokens[1:], tokens[0], True))


def _fold(text: str) -> str:
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _tokens(text: str) -> list[str]:
    text = _JOINED.sub("", text)
    return [sys.intern(t) for t in _NOT_WORD.split(text) if t and not t.isdigit()]


def _strip_titles(tokens: list[str]) -> list[str]:
    titles, suffixes = _name_words()
    while tokens and tokens[0] in titles:
        tokens = tokens[1:]
    while tokens and tokens[-1] in suffixes:
        tokens = tokens[:-1]
    return tokens


def parse_name(raw: str | None) -> NameKey | None:
    """Normalise a printed name.

    Args:
        raw: the name as printed, with or without title, in either order.

    Returns:
        The key, or None when nothing of a name is left (blank, or only a title).
    """
    if not raw or not raw.strip():
        return None
    folded = _fold(raw)
    if "," in folded:
        surname_part, _, given_part = folded.partition(",")
        surname = _strip_titles(_tokens(surname_part))
        given = _strip_titles(_tokens(given_part))
        if surname:
            # "SMITH, Jane": the order is stated; a multi-word surname keeps its last word as the key
            return NameKey((*given, *surname), ordered=True)
        folded = given_part
    tokens = tuple(_strip_titles(_tokens(folded)))
    return NameKey(tokens, ordered=False) if tokens else None


def token_similarity(a: str, b: str) -> float:
    """Similarity of two name tokens in 0-1, 0.0 when they are different names.

    An initial scores 0.9 against a name it starts; a typo (see `_LONG_NAME`) scores 1 - edits / (2 * length).
    """
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        return _INITIAL_SCORE if a[0] == b[0] else 0.0
    longest = max(len(a), len(b))
    allowed = 2 if longest >= _LONG_NAME else 1
    edits = OSA.distance(a, b, score_cutoff=allowed)
    return 1.0 - edits / (2 * longest) if edits <= allowed else 0.0


def _reading_score(a: Reading, b: Reading, address_agrees: bool) -> float | None:
    given_a, surname_a, swapped_a = a
    given_b, surname_b, swapped_b = b
    if len(surname_a) == 1 or len(surname_b) == 1:
        return None  # an initial is never enough for a surname
    # Without an agreeing address, a surname-first reading may not leave a forename unmatched: that
    # "forename" is then most likely the real surname ("James Pauline Wright" is not "Pauline James").
    if not address_agrees and (
        (swapped_a and len(given_a) > len(given_b)) or (swapped_b and len(given_b) > len(given_a))
    ):
        return None
    surname = token_similarity(surname_a, surname_b)
    if not surname:
        return None
    if not given_a or not given_b:
        # crm.md's second key is DOB + surname + postcode; the caller says whether that holds
        return 0.5 * surname + 0.4 if address_agrees else None
    first = token_similarity(given_a[0], given_b[0])
    if not first:
        return None
    middle = _ABSENT_SCORE
    if len(given_a) > 1 and len(given_b) > 1:
        middle = token_similarity(given_a[1], given_b[1])
        if not middle:
            return None  # "Jane Anne Smith" and "Jane Mary Smith" born the same day: two people
    return 0.45 * surname + 0.45 * first + 0.1 * middle


def name_score(a: NameKey, b: NameKey, address_agrees: bool = False) -> float | None:
    """How well two names agree, over every reading of each.

    Args:
        a: one name.
        b: the other.
        address_agrees: the postcodes agree, so crm.md's DOB + surname + postcode key holds: a name
            without forenames may match on its surname, and a surname-first reading may leave a
            middle name unmatched.

    Returns:
        A score in 0-1, or None when surname, first forename or middle name disagree in every reading.
    """
    best: float | None = None
    for reading_a in a.readings:
        for reading_b in b.readings:
            score = _reading_score(reading_a, reading_b, address_agrees)
            if score is not None and (best is None or score > best):
                best = score
    return best


_SOUNDEX_GROUPS = ("aeiouyhw", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r")
_SOUNDEX = {c: digit for digit, letters in enumerate(_SOUNDEX_GROUPS) for c in letters}


@functools.lru_cache(maxsize=1 << 16)  # name tokens repeat: a few thousand cover most clients
def soundex(token: str) -> str:
    """The token's Soundex code (a letter and three digits), used as a blocking key."""
    letters = [c for c in token if c in _SOUNDEX]
    if not letters:
        return token[:4]
    out = [letters[0].upper()]
    last = _SOUNDEX[letters[0]]
    for c in letters[1:]:
        code = _SOUNDEX[c]
        if code and code != last:
            out.append(str(code))
            if len(out) == 4:
                break
        if c not in "hw":  # h and w do not separate two equal codes (the Soundex rule)
            last = code
    return "".join(out).ljust(4, "0")
