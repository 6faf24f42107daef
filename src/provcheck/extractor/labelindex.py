"""Which of the label synonyms an OCR'd segment can match, found without trying every one (issue 14).

labels.py tries a label on an OCR'd segment three ways: read exactly, spelt with OCR's misreads
(split, joined, a digit for a letter) or fuzzily near (ratio 86 or more, labels of six letters or
more). Tried one by one over hundreds of labels for every segment, that loop was most of a scan
page's field finding. A label passes none of the three unless its text is the segment's words,
its first letter is one the segment's letters may start it with, or it is near in one rapidfuzz
pass; so the loop is given just those, in the synonyms' order, and decides as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

FUZZY_LETTERS = 6  # labels.py tries labels this long or longer fuzzily
FUZZY_FLOOR = 85.9  # under labels.py's 86: the loop scores the near ones again and keeps its own bar


@dataclass(frozen=True)
class SynonymIndex:
    """The synonyms `(field, normalised text, word count)` in order, and their places by what can match them."""

    synonyms: tuple[tuple[str, str, int], ...]
    by_first: dict[str, tuple[int, ...]]  # first letter -> places
    exact: dict[tuple[int, str], tuple[int, ...]]  # (word count, text) -> places
    fuzzy: dict[int, tuple[tuple[int, ...], tuple[str, ...]]]  # word count -> places and texts tried fuzzily

    @property
    def counts(self) -> tuple[int, ...]:
        """The word counts of the synonyms (the segment prefixes `candidates` needs)."""
        return tuple({k for _, _, k in self.synonyms})

    @classmethod
    def of(cls, synonyms: list[tuple[str, str, int]]) -> SynonymIndex:
        """The index of labels.py's synonyms, longest first as it orders them."""
        by_first: dict[str, list[int]] = {}
        exact: dict[tuple[int, str], list[int]] = {}
        fuzzy: dict[int, tuple[list[int], list[str]]] = {}
        for i, (_, syn, k) in enumerate(synonyms):
            by_first.setdefault(syn[:1], []).append(i)
            exact.setdefault((k, syn), []).append(i)
            if len(syn) >= FUZZY_LETTERS:
                places, texts = fuzzy.setdefault(k, ([], []))
                places.append(i)
                texts.append(syn)
        return cls(
            tuple(synonyms),
            {c: tuple(v) for c, v in by_first.items()},
            {key: tuple(v) for key, v in exact.items()},
            {k: (tuple(p), tuple(t)) for k, (p, t) in fuzzy.items()},
        )

    def candidates(self, prefixes: dict[int, str], initials: frozenset[str]) -> list[tuple[str, str, int]]:
        """The synonyms that may match a segment, in order.

        Args:
            prefixes: the segment's normalised first words, by how many words (every count in `counts`).
            initials: the letters a misread label may start with ("" when the segment has no letters).
        """
        keep = {i for c in initials for i in self.by_first.get(c, ())}
        for k, prefix in prefixes.items():
            if not prefix:
                continue
            keep.update(self.exact.get((k, prefix), ()))
            places, texts = self.fuzzy.get(k, ((), ()))
            if texts:
                near = process.extract(prefix, texts, scorer=fuzz.ratio, score_cutoff=FUZZY_FLOOR, limit=None)
                keep.update(places[j] for _, _, j in near)
        return [self.synonyms[i] for i in sorted(keep)]
