"""Registry names on a line: each provider's names and legal names, matched whole and word-bounded.

A registry name matches only as a whole name: word-bounded, and not as a fragment of a longer
proper name ("Kestrel" in "Kestrel Financial Planning", a town in an address); OCR'd text is
compared fuzzily only name-length window against whole multi-word name, so one changed letter
never turns a town ("Harrogate") into a house (issue 11). The names are indexed by their first
word, built once per knowledge set (the knowledge clears these caches when it changes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from rapidfuzz import fuzz

from provcheck.extractor.labels import norm
from provcheck.rules import Provider, load_labels, load_providers
from provcheck.rules.vocabulary import alternation, load_vocabulary


@lru_cache(maxsize=1)
def _legal_suffix() -> re.Pattern[str]:
    """Legal suffixes a printed name loses (spec/record.md "provider"), stacked too: "Assurance Society Limited"."""
    return re.compile(r"(?:[\s,]+" + alternation(load_vocabulary().legal_suffixes) + r")+\s*$", re.I)


def strip_legal(name: str) -> str:
    """`Pennine Life Limited` → `Pennine Life`."""
    return _legal_suffix().sub("", " ".join(name.split())).strip(" ,.")


@lru_cache(maxsize=1)
def name_table() -> tuple[tuple[str, Provider | None, bool, str], ...]:
    """(normalised whole name, provider, is a legal name, its word-bounded pattern) for every name, longest first.

    A pattern is compiled by `name_pattern` when a line first needs it (`_name_index` picks those
    lines): compiling all of them cost a one-page run more than reading its page.
    """
    rows: dict[str, tuple[str, Provider, bool, str]] = {}
    shared: set[str] = set()  # a legal entity issuing for two brands names neither on its own
    providers = load_providers()
    # ... but a brand's own name is that brand's, though another brand's entity bears it bare: "Phoenix Life"
    # is the Phoenix Life brand, while "Phoenix Life Limited" issues Standard Life's plans too
    brand = {norm(p.name): p.name for p in providers}
    for prov in providers:
        legal = {norm(e.legal_name) for e in prov.entities}
        legal |= {norm(strip_legal(e.legal_name)) for e in prov.entities}  # "... Company Limited" printed bare
        for name in [*prov.names(), *(strip_legal(e.legal_name) for e in prov.entities)]:
            n = norm(name)
            owner = brand.get(n)
            if n in rows and owner is not None and rows[n][1].name != owner:
                if owner == prov.name:
                    del rows[n]  # the brand's own row replaces another's entity's
                else:
                    continue
            elif n in rows and rows[n][1].name != prov.name and owner is None:
                shared.add(n)
            if len(n) >= 3 and n not in rows:
                rx = r"(?<![\w&])" + r"\W+".join(map(re.escape, n.split())) + r"(?![\w&])"
                rows[n] = (n, prov, n in legal, rx)
            elif n and n not in rows and re.fullmatch(r"\w+[^\w\s]+", name.strip()):
                # a short brand its mark sets apart ("LV="): only the name as printed, mark and all
                rows[n] = (n, prov, n in legal, r"(?<![\w&])" + re.escape(name.strip()) + r"(?![\w&=])")
    # a shared name stays in the table with no provider, so the brand words inside it do not decide either
    out = [(n, None, r[2], r[3]) if n in shared else r for n, r in rows.items()]
    return tuple(sorted(out, key=lambda r: -len(r[0])))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _name_continues() -> frozenset[str]:
    """Words after a name that make it a fragment of a longer proper name (vocabulary.yaml `name_continues`).

    "Kestrel Financial Planning", "Royal London Hospital", "Beacon Road"; other capitalised words after a
    name are a heading's ("Aviva Annual Statement") and leave it whole.
    """
    voc = load_vocabulary()
    return frozenset(w.casefold() for w in [*voc.name_continues, *voc.regulator_words])


@cache
def name_pattern(source: str) -> re.Pattern[str]:
    """A name's pattern, compiled once (`re`'s own cache holds only 512, fewer than a registry's names)."""
    return re.compile(source, re.I)


_RUN = re.compile(r"\w+")
_LEADING_RUN = re.compile(r"^\w+")


@lru_cache(maxsize=1)
def _name_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The names of `name_table` by the first run of word characters of their first word, and the rest.

    A name's pattern starts after a non-word character and its first word's leading run ends where
    the text's run does (at the next word's separator, or at the "&" or "'" inside the word), so a
    name can match a line only if that run is one of the line's runs: the whole table is looked up
    by the line's runs, not tried name by name. Names whose first word does not open with an ASCII
    word character are tried on every line.
    """
    index: dict[str, list[int]] = {}
    always: list[int] = []
    for i, (n, *_) in enumerate(name_table()):
        run = _LEADING_RUN.match(n.split()[0])
        if run is None or not run[0].isascii():
            always.append(i)
        else:
            index.setdefault(run[0], []).append(i)
    return {k: tuple(v) for k, v in index.items()}, tuple(always)


def _name_candidates(folded: str) -> Iterable[int]:
    """The rows of `name_table` that can match the lower-cased `folded`, in table order.

    Text with a non-ASCII letter or digit is tried against every name: `re`'s case-insensitive
    matching and `str.lower` part ways on a few such letters (a long s, a dotted capital I).
    """
    if not folded.isascii() and any(not c.isascii() and c.isalnum() for c in folded):
        return range(len(name_table()))
    index, always = _name_index()
    found = set(always)
    for run in set(_RUN.findall(folded)):
        found.update(index.get(run, ()))
    return sorted(found)


# words before a name that leave it whole: prepositions, and the labels of a provider ("Provider  Aviva")
_NEUTRAL_BEFORE = frozenset("the from to dear at with by your our and of for via re".split())


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    return frozenset(w for label in load_labels().fields.get("provider", []) for w in norm(label).split())


def _cased(found: str, names: tuple[str, ...]) -> bool:
    """Whether `found` is printed as a name: as the registry spells it, or every word capitalised."""
    if any(" ".join(found.split()) == " ".join(n.split()) for n in names):
        return True
    return all(w[:1].isupper() or not w[:1].isalpha() for w in found.split())


def _whole(text: str, start: int, end: int, foot: bool = False) -> bool:
    """Whether text[start:end] stands as a whole name, not the start or end of a longer proper name.

    On a page's foot line (`foot`) a name opening it before lower-case words is the issuer's sign-off
    ("Zurich please keep this document with your records. Page 1 of 1"), not a word of a sentence.
    """
    before = re.search(r"([A-Za-z][\w'&-]*)\W{0,2}$", text[:start])
    after = re.match(r"\W{0,2}([A-Za-z][\w'&-]*)", text[end:])
    if after and after[1].lower() in _name_continues() and not re.match(r"\s*[.:;|,(]", text[end:]):
        return False
    # a one-word name opening a sentence before a lower-case word is the word ("Just a reminder",
    # "Elevate your savings"), not the provider; in capitals or standing alone it is the name
    name = text[start:end]
    opens = before is None or re.search(r"[.!?:|]\s*$", text[:start]) is not None
    if " " not in name and not name.isupper() and opens and after and after[1][:1].islower() and not foot:
        return False
    if before and before[1][:1].isupper() and before[1].lower() not in _NEUTRAL_BEFORE | _label_words():
        gap = text[before.end(1) : start]
        if not re.search(r"[.:;|,\-–]", gap) and len(gap) < 3:  # a wide gap is a column break
            return False
    return True


@lru_cache(maxsize=1)
def _bodies() -> tuple[str, ...]:
    return tuple(w.casefold() for w in load_vocabulary().regulator_words)


def _a_bodys_name(after: str, ocr: bool) -> bool:
    """Whether the word after a name makes it a regulator's ("Prudential Regulation Authority"), OCR'd too.

    Only the next word counts: "Aviva Letter of Authority" and "Aviva authority form" are the provider's.
    """
    words = re.findall(r"[a-z]+", after.lower())[:2]
    if not words:
        return False
    if ocr:  # Tesseract reads small print loosely: "Regubstinn Authonty"
        regulation = any(fuzz.ratio(words[0], b) >= 70 for b in _bodies())
        return regulation or (len(words) == 2 and words[0][:3] == "reg" and fuzz.ratio(words[1], "authority") >= 75)
    return words[0] in _bodies()


@lru_cache(maxsize=8192)  # a document's readings and the issuer's passes ask of the same lines again
def match_name(
    text: str, ocr: bool = False, next_line: str = "", foot: bool = False
) -> tuple[Provider, str, float, bool] | None:
    """The longest registry name standing whole in `text`: (provider, name, score, is a legal name).

    Exact word-bounded matches first; on OCR'd text, a multi-word name of 8 letters or more also
    matches a window of as many words at a ratio of 90 or more (never a part of one word). A name
    that ends the line is judged with the first word of `next_line` after it, as a wrapped footer
    reads ("... authorised by the Prudential / Regulation Authority"). `foot`: the line is a page's
    lowest, where a one-word name may open it before lower-case words (`_whole`).
    """
    own = " ".join(text.replace("’", "'").split())
    low = (own + " " + " ".join(next_line.split()[:1])).strip()
    folded = low.lower()
    table = name_table()
    for i in _name_candidates(folded):
        n, prov, legal, source = table[i]
        if n.split()[0] not in folded:
            continue  # its words were a shared name's, blanked out below
        for m in name_pattern(source).finditer(low):
            if prov is None:  # an entity issuing for several brands: its span names none of them
                low = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end() :]
                folded = low.lower()
                continue
            if m.end() > len(own) or not _cased(m[0], tuple(prov.names())):
                continue  # "to transact business" names no provider called Transact
            if not legal and _a_bodys_name(low[m.end() :], ocr):
                continue
            if legal or _whole(low, m.start(), m.end(), foot):
                return prov, n, 1.0, legal
    if not ocr:
        return None
    words = norm(own).split()
    for n, prov, legal, _ in name_table():
        size = len(n.split())
        if prov is None or size < 2 or len(n) < 8:
            continue
        for i in range(len(words) - size + 1):
            if fuzz.ratio(n, " ".join(words[i : i + size])) >= 90:
                return prov, n, 0.9, legal
    return None
