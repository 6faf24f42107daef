"""One resolver: each field's value picked from every finder's candidates, by data and by arithmetic.

The preferences are data (rules/data/fields.yaml): which finders count for a field, best first,
and which of the document's own sums a reading must agree with. A reading that agrees with the
document (a plan value the holdings add up to, a valuation date that ends the printed period, an
NI number HMRC could have issued) wins over one that does not, whichever finder read it; among
the rest the better finder wins, and within one finder its first reading. A candidate a reviewer
taught for one provider (spec/review.md "Teaching") counts only on that provider's documents.

Every candidate gets a ruling that says why it won or lost: `provcheck explain` prints them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from provcheck.extractor.candidate import Candidate
from provcheck.extractor.facts import Facts as Facts
from provcheck.extractor.facts import agreement
from provcheck.extractor.found import Found
from provcheck.extractor.roles import OPENING
from provcheck.rules.fields import FieldsFile, load_field_prefs

# the most agreement between readings makes a value: a page may print one misprint twice
MAX_AGREED = 0.98
# what each check says of a reading that disagrees, for a ruling
_CHECK_WORDS = {
    "holdings_total": "the holdings total",
    "period_end": "the statement period's end",
    "ni_rules": "HMRC's NI number rules",
    "period_length": "a period of a year at most to the valuation date",
}


@dataclass
class Ruling:
    """One candidate's fate: whether it won its field, and why."""

    candidate: Candidate
    won: bool
    reason: str
    agrees: dict[str, bool] = field(default_factory=dict)  # check -> agreed; checks that could tell only
    kept_out: bool = False  # left out before ranking (taught for another provider, rejected by a step)


@dataclass
class Resolution:
    """Every field's rulings, its winner first; fields with no candidate are absent."""

    rulings: dict[str, list[Ruling]] = field(default_factory=dict)

    def winner(self, name: str) -> Candidate | None:
        """The candidate that won `name`, or None."""
        rulings = self.rulings.get(name, [])
        return rulings[0].candidate if rulings and rulings[0].won else None

    def value(self, name: str) -> object:
        """The value that won `name`, or None."""
        won = self.winner(name)
        return won.value if won is not None else None

    def present(self) -> set[str]:
        """The fields won with a value (a signature only when there): the fields a doc type weighs."""
        return {n for n in self.rulings if self.value(n) not in (None, [], "", False)}

    def overrule(self, name: str, winner: Candidate, won: str, lost: str) -> None:
        """A resolver step's decision: `winner` takes `name`; every other candidate lost, for `lost`."""
        old = [r for r in self.rulings.get(name, []) if r.candidate is not winner]
        for r in old:
            if r.won:
                r.won, r.reason = False, lost
        self.rulings[name] = [Ruling(winner, True, won), *old]

    def reject(self, name: str, loser: Candidate, reason: str, prefs: FieldsFile, facts: Facts) -> None:
        """A step finds a candidate wrong (a sentence's firm that is the provider): the rest decide again."""
        self.repick(name, [], prefs, facts, without=loser)
        if self.rulings[name] and self.rulings[name][0].won:
            self.rulings[name][0].reason += f"; {loser.finder} {loser.value!r} {reason}"
        self.rulings[name].append(Ruling(loser, False, f"lost: {reason}", kept_out=True))

    def repick(
        self, name: str, more: list[Candidate], prefs: FieldsFile, facts: Facts, without: Candidate | None = None
    ) -> None:
        """Decide `name` again with `more` candidates (a step's); those kept out stay out."""
        old = self.rulings.get(name, [])
        off = [r for r in old if r.kept_out]
        pool = [r.candidate for r in old if not r.kept_out and r.candidate is not without]
        self.rulings[name] = pick(name, pool + more, prefs, facts) + off


def resolve(
    candidates: list[Candidate], facts: Facts, provider: str | None = None, prefs: FieldsFile | None = None
) -> Resolution:
    """Pick each field's value from all candidates.

    Args:
        candidates: every finder's readings, in the finders' own order.
        facts: the document's own sums and dates the readings are checked against.
        provider: the document's resolved provider (None while unknown): a taught candidate of
            another provider, or of any while it is unknown, is left out.
        prefs: the preferences; the bundled fields.yaml by default.
    """
    prefs = prefs or load_field_prefs()
    by_field: dict[str, list[Candidate]] = {}
    taught_off: dict[str, list[Ruling]] = {}
    for c in candidates:
        if c.provider is not None and c.provider != provider:
            why = f"lost: taught for {c.provider}, and this document's provider is {provider or 'not known'}"
            taught_off.setdefault(c.field, []).append(Ruling(c, False, why, kept_out=True))
            continue
        by_field.setdefault(c.field, []).append(c)
    out = Resolution()
    for name in dict.fromkeys([*by_field, *taught_off]):
        out.rulings[name] = pick(name, by_field.get(name, []), prefs, facts) + taught_off.get(name, [])
    return out


UNREAD = 0.2  # a reading's confidence under this ("Phan or policy x number", a word read at 0.0) is barely read


def pick(name: str, candidates: list[Candidate], prefs: FieldsFile, facts: Facts) -> list[Ruling]:
    """The rulings on one field's candidates, the winner first (if any may win)."""
    order = prefs.finders(name)
    checks = prefs.checks(name)
    counted = [c for c in candidates if c.finder in order]
    off = [
        Ruling(c, False, f"lost: fields.yaml counts only {', '.join(order)} for {name}")
        for c in candidates
        if c.finder not in order
    ]
    if not counted:
        return off
    agrees = {id(c): agreement(c, checks, facts) for c in counted}
    # an amount worded as an opening value gives way to any other ("Value at start of period")
    closing = any(c.found.role != OPENING for c in counted)
    position = {id(c): i for i, c in enumerate(counted)}
    vague = set(prefs.vague(name))
    if prefs.surname_alone_vague(name):
        vague |= _surnames_alone(counted)
    named = any(str(c.value) not in vague for c in counted)

    def rank(c: Candidate) -> tuple[int, int, int, int, int, int]:
        opening = int(closing and c.found.role == OPENING)
        agreed = int(not any(agrees[id(c)].values()))
        unread = int(c.score < UNREAD)  # a reading OCR barely read gives way to any read, whichever finder's
        return opening, agreed, int(named and str(c.value) in vague), unread, order.index(c.finder), position[id(c)]

    ranked = sorted(counted, key=rank)
    best, alike = _corroborated(ranked[0], ranked[1:])
    rival = _rival(ranked[0], ranked[1:], agrees, rank)
    if rival is not None:
        best, doubt = _contested(best, rival)
        alike += doubt
    rulings = [Ruling(best, True, _won(ranked[0], ranked[1:], agrees, closing) + alike, agrees[id(ranked[0])])]
    for c in ranked[1:]:
        rulings.append(Ruling(c, False, _lost(c, ranked[0], agrees, closing, vague), agrees[id(c)]))
    return rulings + off


def _surnames_alone(candidates: list[Candidate]) -> set[str]:
    """The one-word readings that another reading of more words ends with ("Nettleship", "Dilys Nettleship")."""
    names = [str(c.value).split() for c in candidates]
    return {
        one[0]
        for one in names
        if len(one) == 1 and any(len(n) > 1 and n[-1].casefold() == one[0].casefold() for n in names)
    }


def _corroborated(best: Candidate, rest: list[Candidate]) -> tuple[Candidate, str]:
    """The winner, surer when the same value was read at other places of the document too, and a note why.

    Two readings of one value from different places (a policy number in the heading and in the
    body) fail together only if both misread alike, so the chance that the value is wrong is the
    product of each one's: confidence 1 - (1 - a)(1 - b)... Readings of the same words (two finders
    on one line) are one reading, and count once.
    """
    places = [best.found]
    for c in rest:
        if c.value == best.value and not any(_same_place(c.found, f) for f in places):
            places.append(c.found)
    if best.found.alone is not None:  # decided again: start from its own reading
        best = replace(best, found=replace(best.found, confidence=best.found.alone, alone=None, contested=False))
    if len(places) == 1:
        return best, ""
    doubt = 1.0
    for f in places:
        doubt *= 1.0 - _alone(f)  # each place as read alone: deciding again never counts agreement twice
    sure = round(min(1.0 - doubt, MAX_AGREED), 3)
    if sure <= _alone(best.found):
        return best, ""
    note = f"; read alike at {len(places)} places (confidence {_alone(best.found):.2f} -> {sure:.2f})"
    return replace(best, found=replace(best.found, confidence=sure, alone=_alone(best.found))), note


def _rival(
    best: Candidate, rest: list[Candidate], agrees: dict[int, dict[str, bool]], rank: Callable[[Candidate], tuple]
) -> Candidate | None:
    """The strongest reading of another value that lost to `best` only by finder order or by position.

    Only where the document's own arithmetic contradicts `best`: then nothing on the page chose it
    over the rival, the finders' order did, and the order is a guess about wording, not evidence.
    """
    if not any(ok is False for ok in agrees[id(best)].values()):
        return None
    tied = [c for c in rest if c.value != best.value and rank(c)[:2] == rank(best)[:2]]
    return max(tied, key=lambda c: _alone(c.found), default=None)


def _contested(best: Candidate, rival: Candidate) -> tuple[Candidate, str]:
    """The winner as sure as it is given a rival reading of another value, and a note why.

    A reading's confidence says how surely its words were read (a text layer's exactly), not
    whether its label meant this field; here nothing on the page decided that, so the winner
    keeps only its share of the two readings' confidence: a * a / (a + b). An equal rival halves
    it; a faint one (a stray amount in running text) barely dents it.
    """
    a, b = best.found.confidence, _alone(rival.found)
    sure = round(a * a / (a + b), 3) if a + b > 0 else 0.0
    if sure >= a:
        return best, ""
    note = f"; {rival.finder} read {rival.value!r}, and the document's sums agree with neither ({a:.2f} -> {sure:.2f})"
    found = replace(best.found, confidence=sure, alone=_alone(best.found), contested=True)
    return replace(best, found=found), note


def _alone(f: Found) -> float:
    return f.confidence if f.alone is None else f.alone


def _same_place(a: Found, b: Found) -> bool:
    """Whether two readings overlap on the page: the same printed words, read twice."""
    if a.page != b.page or not a.words or not b.words:
        return a.page == b.page
    ax0, atop = min(w.x0 for w in a.words), min(w.top for w in a.words)
    ax1, abot = max(w.x1 for w in a.words), max(w.bottom for w in a.words)
    bx0, btop = min(w.x0 for w in b.words), min(w.top for w in b.words)
    bx1, bbot = max(w.x1 for w in b.words), max(w.bottom for w in b.words)
    return ax0 < bx1 and bx0 < ax1 and atop < bbot and btop < abot


def _won(best: Candidate, rest: list[Candidate], agrees: dict[int, dict[str, bool]], closing: bool) -> str:
    if not rest:
        return "won: the only reading"
    agreed = [k for k, v in agrees[id(best)].items() if v]
    if agreed and any(not any(agrees[id(c)].values()) for c in rest):
        return "won: agrees with " + " and ".join(_CHECK_WORDS[k] for k in agreed)
    if closing and any(c.found.role == OPENING for c in rest):
        return "won: a closing value beats an opening one"
    others = sorted({c.finder for c in rest} - {best.finder})
    if not others:
        return f"won: the first {best.finder} reading"
    return f"won: {best.finder} beats {', '.join(others)}"


def _lost(
    c: Candidate,
    best: Candidate,
    agrees: dict[int, dict[str, bool]],
    closing: bool,
    vague: set[str] | frozenset[str] = frozenset(),
) -> str:
    if closing and c.found.role == OPENING and best.found.role != OPENING:
        return "lost: an opening value; a closing one is printed"
    disagreed = [k for k, v in agrees[id(c)].items() if not v]
    if disagreed and any(agrees[id(best)].values()):
        return "lost: disagrees with " + " and ".join(_CHECK_WORDS[k] for k in disagreed)
    same = " (same value)" if c.value == best.value else ""
    if str(c.value) in vague and str(best.value) not in vague:
        return f"lost: {c.value!r} names nothing in particular; the {best.finder} reading names one (fields.yaml vague)"
    if c.finder == best.finder:
        return f"lost: an earlier {c.finder} reading wins{same}"
    return f"lost: {best.finder} beats {c.finder}{same}"
