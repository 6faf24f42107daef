"""Printed personal names: the title before a name, and the first of joint holders (issue 10).

Titles and joiners are vocabulary.yaml's (`titles`, `joint_holders.joiners`). parsers.py
re-exports these, so a finder asks `parsers.parse_name` as it always did.
"""

from __future__ import annotations

import re
from functools import lru_cache

from provcheck.rules.vocabulary import alternation, load_vocabulary


@lru_cache(maxsize=1)
def _titles() -> tuple[dict[str, str], re.Pattern[str]]:
    """(printed form, folded, to the record's title; a pattern for a title opening a name), from vocabulary.yaml."""
    forms = load_vocabulary().title_forms()
    return forms, re.compile(r"^" + alternation(list(forms)) + r"\.?(?=\s|$)", re.I)


def title_pattern() -> str:
    r"""A regex group matching any printed title, without its full stop ("Mr", "Doctor"); match it ignoring case."""
    return alternation(list(_titles()[0]))


@lru_cache(maxsize=1)
def _joint() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the joiner before a second titled holder, a pair of titles): vocabulary.yaml titles and joint_holders."""
    title = title_pattern() + r"\.?"
    # a word ("and") stands apart from its neighbours; a sign ("&") may touch them: "Mr&Mrs"
    joiners = load_vocabulary().joint_holders.joiners
    joiner = "|".join(
        rf"(?<!\w){re.escape(j)}(?!\w)" if j[:1].isalnum() else re.escape(j)
        for j in sorted(joiners, key=len, reverse=True)
    )
    return (
        re.compile(rf"\s*(?:{joiner})\s*(?={title}\s)", re.I),
        re.compile(rf"^({title})\s*(?:{joiner})\s*{title}\s+", re.I),
    )


def first_holder(text: str) -> str:
    """The first of joint holders as printed; the record's client is the first named (issue 10).

    "Mr John Carter & Mrs Ann Carter" → "Mr John Carter"; "Mr & Mrs John Carter" → "Mr John Carter".
    A second name counts only with a title of its own, so "Smith and Jones" stays whole.
    """
    joint, pair = _joint()
    t = pair.sub(r"\1 ", " ".join(text.split()))
    return joint.split(t, maxsplit=1)[0].strip()


@lru_cache(maxsize=1)
def _both() -> tuple[frozenset[str], re.Pattern[str]]:
    """(the labels naming both holders, lower case; the joiner between two names), from vocabulary.yaml."""
    joint = load_vocabulary().joint_holders
    # a word ("and") stands apart from the names; a sign ("&", ";") may touch the name before it
    joiner = "|".join(
        rf"\s+{re.escape(j)}\s+" if j[:1].isalnum() else rf"\s*{re.escape(j)}\s+"
        for j in sorted(joint.joiners, key=len, reverse=True)
    )
    return frozenset(" ".join(label.casefold().split()) for label in joint.both_labels), re.compile(joiner, re.I)


def first_named(label: str, text: str) -> str:
    """Under a label naming both holders, the first of two names, titled or not; else the text as it is.

    "Account holders  Stuart Okafor and Callum Sandham" → "Stuart Okafor" (vocabulary.yaml
    `joint_holders.both_labels`); under "Client name" "Smith and Jones" stays whole.
    """
    labels, joiner = _both()
    if " ".join(label.casefold().split()) not in labels:
        return text
    return joiner.split(text, maxsplit=1)[0].strip()


def parse_name(text: str) -> tuple[str | None, str | None]:
    """(title, name) from a printed name: `Mrs Jane  Smith` → ("Mrs", "Jane Smith"); `Doctor A Lee` → "Dr"."""
    t = " ".join(first_holder(text).replace(",", " , ").split()).strip(" ,:;")
    t = t.replace(" , ", ", ")
    title = None
    forms, opening = _titles()
    m = opening.match(t)
    if m:
        title = forms[m[0].rstrip(".").casefold()]
        t = t[m.end() :].strip()
    if not re.search(r"[A-Za-z]{2}", t) or not re.search(r"(?<![\w'])[A-Z]", t):
        # a printed name has a capital; "of policyholder" after a "Full name" label has none
        return title, None
    return title, t
