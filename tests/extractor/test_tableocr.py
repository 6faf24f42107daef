"""extractor/tableocr.py: a misread heading word is found among the heading words near its length only.

The lookup compares a word with the heading words at most `limit` letters longer or shorter (issue
14's speed work); these tests hold it to the rule read over the whole vocabulary, at the edges of
that window above all: a word `limit` letters shorter or longer than the heading word it stands for.
"""

from __future__ import annotations

import random
import string

from rapidfuzz.distance import Levenshtein

from provcheck.extractor.tableocr import LONG, MIN_LENGTH, heading_word, heading_words


def _by_the_rule(word: str) -> str:
    """The rule as the module states it, over every heading word: the one nearest, if alone within the limit."""
    vocab = heading_words()
    if word in vocab or len(word) < MIN_LENGTH or sum(ch.isalpha() for ch in word) < 3:
        return word
    limit = 2 if len(word) >= LONG else 1
    near = [(Levenshtein.distance(word, v), v) for v in vocab]
    near = [(d, v) for d, v in near if d <= limit]
    if not near:
        return word
    best = min(d for d, _ in near)
    found = [v for d, v in near if d == best]
    return found[0] if len(found) == 1 else word


def _slips(word: str, rnd: random.Random) -> list[str]:
    """`word` with letters dropped, added and changed: one or two of each, at its ends and within."""
    out = []
    for n in (1, 2):
        out.append(word[n:])  # letters lost at the start: as short as the window allows
        out.append(word[:-n])
        out.append("x" * n + word)  # letters gained: as long as the window allows
        out.append(word + "q" * n)
        for _ in range(6):
            w = list(word)
            for _ in range(n):
                i = rnd.randrange(len(w))
                op = rnd.randrange(3)
                if op == 0:
                    w.insert(i, rnd.choice(string.ascii_lowercase + "01"))
                elif op == 1 and len(w) > 1:
                    w.pop(i)
                else:
                    w[i] = rnd.choice(string.ascii_lowercase + "01")
            out.append("".join(w))
    return out


def test_every_slip_of_every_heading_word_is_mended_as_the_rule_over_the_whole_vocabulary_says():
    rnd = random.Random(14)
    words = [s for v in sorted(heading_words()) for s in _slips(v, rnd)]
    mended = [w for w in words if heading_word(w) != w]
    assert len(mended) > len(words) // 4  # the slips do reach heading words, the edges included
    assert [heading_word(w) for w in words] == [_by_the_rule(w) for w in words]


def test_a_word_two_letters_short_of_a_long_heading_word_is_mended_and_one_past_the_window_is_not():
    long_words = sorted(v for v in heading_words() if len(v) >= LONG + 2)
    assert long_words
    for v in long_words:
        if _by_the_rule(v[:-2]) == v:
            assert heading_word(v[:-2]) == v
        assert heading_word(v[:-3]) == _by_the_rule(v[:-3])  # three edits: never this word
        assert heading_word(v[:-3]) != v
