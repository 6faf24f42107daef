"""Heading words as OCR may give them: a look-alike letter ("Pund", "Vaiue", "Unlts"), a word split at a gap ("Val ue").

A holdings header is known by its words (labels.yaml `holdings_columns`); on a poor scan one
misread letter hides a heading ("Pund code (ISIN)" is no heading, and a line holding it reads
as prose). A word that is no heading word but one edit from exactly one (two for a long word)
is taken for it; two pieces that together make a heading word, and alone make none, are joined.
The heading vocabulary is the data: nothing here names a word.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from provcheck.extractor.labels import norm
from provcheck.rules import load_labels

# words this short are left as read: one edit turns too many short words into others ("fee", "nav")
MIN_LENGTH = 4
# past this length a word may be two edits off ("Nurnber": the m read as rn)
LONG = 7


@lru_cache(maxsize=1)
def heading_words() -> frozenset[str]:
    """Every word of every column heading in labels.yaml, as `norm` gives it."""
    syns = (s for names in load_labels().holdings_columns.values() for s in names)
    return frozenset(w for s in syns for w in norm(s).split() if sum(ch.isalpha() for ch in w) >= MIN_LENGTH)


@lru_cache(maxsize=64)
def _near_length(vocab: frozenset[str], n: int, limit: int) -> tuple[str, ...]:
    """The heading words a word of `n` letters may be `limit` edits from: at most `limit` letters longer or shorter."""
    return tuple(sorted(v for v in vocab if abs(len(v) - n) <= limit))


@lru_cache(maxsize=4096)
def heading_word(word: str) -> str:
    """The heading word `word` is a misreading of, or `word` itself when it is none (or could be two)."""
    vocab = heading_words()
    if word in vocab or len(word) < MIN_LENGTH or sum(ch.isalpha() for ch in word) < 3:
        return word
    limit = 2 if len(word) >= LONG else 1
    # (choice, distance, index) for every heading word at most `limit` edits off, in one pass in C
    near = [
        (d, v)
        for v, d, _ in process.extract(
            word,
            _near_length(vocab, len(word), limit),
            scorer=Levenshtein.distance,
            processor=None,
            score_cutoff=limit,
            limit=None,
        )
    ]
    if not near:
        return word
    best = min(d for d, _ in near)
    found = [v for d, v in near if d == best]
    return found[0] if len(found) == 1 else word


def heading_text(words: list[str]) -> list[str]:
    """`words` (normed) with misread heading words mended and split ones joined."""
    vocab = heading_words()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if i + 1 < len(words) and w not in vocab and words[i + 1] not in vocab:
            joined = heading_word(w + words[i + 1])
            if joined in vocab:
                out.append(joined)
                i += 2
                continue
        out.append(heading_word(w))
        i += 1
    return out
