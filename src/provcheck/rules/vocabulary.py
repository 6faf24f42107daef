"""The shared word lists (data/vocabulary.yaml): legal suffixes, firm words, titles, months, OCR look-alikes.

Before issue 10 these lived in Python, several in two or three copies that disagreed. Each is
now read once from the data file by the strict loader (an unknown key, a wrong type or a bad
entry stops the run naming the file and key) and cached; the stages build their matchers from
it. `reload` exists for a caller that swaps the file (the tests do), and clears every cache
built from it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from provcheck.rules.loader import DATA_DIR, BundledFile

VOCABULARY_FILE = DATA_DIR / "vocabulary.yaml"


def _words(value: list[str]) -> list[str]:
    out = []
    for i, w in enumerate(value):
        w = " ".join(w.split())
        if not w:
            raise ValueError(f"entry {i} is empty")
        out.append(w)
    return out


class JointHolders(BaseModel):
    """How two holders of one plan are printed; the first named is the record's client."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    joiners: list[str]
    second_holder: list[str] = Field(default_factory=list)
    both_labels: list[str] = Field(default_factory=list)

    @field_validator("joiners", "second_holder")
    @classmethod
    def _clean(cls, value: list[str]) -> list[str]:
        return _words(value)


class OcrLookalikes(BaseModel):
    """Characters Tesseract confuses, and which of them each reader takes for a digit."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    as_digit: dict[str, str]
    as_letter: dict[str, str]
    readers: dict[str, str]
    # [read, printed] letters of a word, each at most two characters, not both empty (fund names only)
    letters: list[tuple[str, str]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_character_each(self) -> OcrLookalikes:
        for name, table, want in (("as_digit", self.as_digit, str.isdigit), ("as_letter", self.as_letter, str.isalpha)):
            for read, meant in table.items():
                if len(read) != 1 or len(meant) != 1 or not want(meant):
                    kind = "digit" if name == "as_digit" else "letter"
                    raise ValueError(f"{name}.{read}: each entry maps one character to one {kind}, got '{meant}'")
        for name, letters in self.readers.items():
            unknown = [ch for ch in letters if ch not in self.as_digit]
            if unknown:
                raise ValueError(f"readers.{name}: '{''.join(unknown)}' not in as_digit")
        for read, printed in self.letters:
            if read == printed or len(read) > 2 or len(printed) > 2:
                raise ValueError(f"letters: [{read!r}, {printed!r}] must differ and be at most two characters each")
        return self

    def reader(self, name: str) -> str:
        """The look-alike letters reader `name` takes for digits.

        Raises:
            KeyError: no such reader in the file (a programming error: the stage asks for its own name).
        """
        return self.readers[name]


class PlanStatus(BaseModel):
    """A schedule of a client's plans with a status column: its heading, and the statuses of a plan in force."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    headings: list[str] = Field(default_factory=list)
    in_force: list[str] = Field(default_factory=list)

    @field_validator("headings", "in_force")
    @classmethod
    def _clean(cls, value: list[str]) -> list[str]:
        return [w.casefold() for w in _words(value)]


class Vocabulary(BaseModel):
    """data/vocabulary.yaml."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    legal_suffixes: list[str]
    firm_words: list[str]
    provider_words: list[str]
    name_continues: list[str]
    regulator_words: list[str]
    titles: dict[str, list[str]]
    post_nominals: list[str] = Field(default_factory=list)
    joint_holders: JointHolders
    client_words: list[str]
    months: dict[int, list[str]]
    day_words: dict[int, list[str]] = Field(default_factory=dict)
    valedictions: list[str]
    signing_for: list[str] = Field(default_factory=list)
    other_provider_cues: list[str] = Field(default_factory=list)
    label_nouns: list[str] = Field(default_factory=list)
    notes_headings: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    ocr_lookalikes: OcrLookalikes
    fund_words: list[str] = Field(default_factory=list)
    trading_name_phrases: list[str] = Field(default_factory=list)
    own_address_phrases: list[str] = Field(default_factory=list)
    contact_labels: list[str] = Field(default_factory=list)
    plan_status: PlanStatus = Field(default_factory=lambda: PlanStatus())

    @field_validator(
        "legal_suffixes",
        "firm_words",
        "provider_words",
        "name_continues",
        "regulator_words",
        "post_nominals",
        "valedictions",
        "signing_for",
        "other_provider_cues",
        "label_nouns",
        "notes_headings",
        "client_words",
        "abbreviations",
        "fund_words",
        "trading_name_phrases",
        "own_address_phrases",
        "contact_labels",
    )
    @classmethod
    def _clean(cls, value: list[str]) -> list[str]:
        return _words(value)

    @field_validator("months")
    @classmethod
    def _twelve(cls, value: dict[int, list[str]]) -> dict[int, list[str]]:
        if sorted(value) != list(range(1, 13)):
            raise ValueError("give the names of each month 1 to 12, once each")
        return {k: [w.casefold() for w in _words(v)] for k, v in value.items()}

    @field_validator("day_words")
    @classmethod
    def _days(cls, value: dict[int, list[str]]) -> dict[int, list[str]]:
        if value and sorted(value) != list(range(1, 32)):
            raise ValueError("give the words of each day 1 to 31, once each")
        return {k: [w.casefold() for w in _words(v)] for k, v in value.items()}

    @field_validator("titles")
    @classmethod
    def _titles(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        seen: dict[str, str] = {}
        for title, others in value.items():
            for form in [title, *others]:
                key = form.casefold()
                if key in seen:
                    raise ValueError(f"'{form}' is listed under both '{seen[key]}' and '{title}'")
                seen[key] = title
        return value

    def title_forms(self) -> dict[str, str]:
        """Every printed form of a title, folded, to the title as the record writes it ("doctor" → "Dr")."""
        return {form.casefold(): title for title, others in self.titles.items() for form in [title, *others]}

    def day_numbers(self) -> dict[str, int]:
        """Every ordinal day word, folded, to its number ("twenty-first" → 21)."""
        return {word: number for number, words in self.day_words.items() for word in words}

    def month_numbers(self) -> dict[str, int]:
        """Every printed month name, folded, to its number ("sept" → 9)."""
        return {name: number for number, names in self.months.items() for name in names}


def alternation(words: list[str] | tuple[str, ...] | set[str], cased: bool = False) -> str:
    r"""A regex group matching any of `words`, longest first, spaces as `\s+`.

    Args:
        words: the phrases.
        cased: also the upper-case form of each (for case-sensitive patterns: "Ltd" and "LTD").
    """
    forms = set(words) | ({w.upper() for w in words} if cased else set())
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered) + ")"


# VOCABULARY_FILE looked up at first use, so a caller that swaps the file (the tests) and `reload`s reads theirs
BUNDLED = BundledFile(Vocabulary, lambda: VOCABULARY_FILE)


def load_vocabulary() -> Vocabulary:
    """The shared word lists, read once.

    Raises:
        ConfigError: the file is missing, not YAML, or breaks the schema (file, key and reason named).
    """
    return BUNDLED.load()


def read_vocabulary(path: Path) -> Vocabulary:
    """A vocabulary file read strictly (not cached)."""
    return BUNDLED.load(path)


@lru_cache(maxsize=1)
def macros() -> dict[str, str]:
    """The label patterns' macros built from the vocabulary: <TITLE>, <LEGAL>, <FIRM_WORD> (cased), <MONTH>."""
    voc = load_vocabulary()
    titles = [form for title, others in voc.titles.items() for form in [title, *others]]
    return {
        "TITLE": alternation(titles),
        "LEGAL": alternation(voc.legal_suffixes, cased=True),
        "FIRM_WORD": alternation([*voc.legal_suffixes, *voc.firm_words], cased=True),
        "MONTH": alternation(list(voc.month_numbers())),
    }


def reload() -> Vocabulary:
    """Read the vocabulary file again and clear every cache built from it (and from the labels)."""
    from provcheck.rules.knowledge import _clear_derived_caches

    BUNDLED.cache_clear()
    macros.cache_clear()
    _clear_derived_caches()
    return load_vocabulary()


__all__ = ["VOCABULARY_FILE", "Vocabulary", "alternation", "load_vocabulary", "macros", "read_vocabulary", "reload"]
