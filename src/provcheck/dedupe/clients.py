"""Is this the same client? Compact client keys, the match rule, blocking keys, and batch deduplication.

The match rule follows crm.md's client key, strongest first:

1. NI number. Both present and equal: the same client (score 1.0, or 0.9 when the names disagree,
   e.g. after a marriage). Both present and different: never the same client.
2. Date of birth + surname + postcode. The dates of birth must be equal (a different date of birth
   is a different person: parents, children and siblings share surname and address). Postcodes
   must be equal or one typo apart (a misread character is likelier than a namesake born the same
   day next door); when one side has no postcode the names alone must agree. A record without a
   forename matches on surname only when both postcodes are present and agree.
3. Fuzzy forename: the first forenames must agree within a typo or as an initial ("J. A. Smith"
   and "Jane Anne Smith"), and so must middle names present on both sides; twins share
   everything else and differ only here.

Blocking keeps comparison near-linear: a pair is compared only when it shares a key. Every key but
the NI number carries the date of birth, which tier 2 requires anyway; within one date of birth a
pair must share the postcode, the Soundex code of some name token (so a typo in the surname is
caught through the forename, and the other way round), or the initials of its first and last name
tokens (so an initial and a mistyped surname are still compared).
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from provcheck.dedupe.names import NameKey, name_score, parse_name, soundex

_NO_POSTCODE_FACTOR = 0.95  # a match without the address behind it is a little less certain


@dataclass(frozen=True, slots=True)
class ClientKey:
    """What client matching needs of a record, normalised; small enough to keep millions."""

    name: NameKey | None
    dob: str | None
    ni: str | None
    postcode: str | None


def _compact(value: str | None) -> str | None:
    if value is None:
        return None
    text = "".join(value.split()).upper()
    return text or None


def client_key(name: str | None, dob: str | None, ni: str | None, postcode: str | None) -> ClientKey | None:
    """Normalise one client's identifying fields.

    Args:
        name: the name as printed (title and order as they come).
        dob: ISO date of birth.
        ni: NI number, any spacing or case.
        postcode: postcode, any spacing or case.

    Returns:
        The key, or None when nothing could ever match it (no NI number and no date of birth and name).
    """
    dob = (dob or "").strip()
    key = ClientKey(parse_name(name), sys.intern(dob) if dob else None, _compact(ni), _compact(postcode))
    if key.ni is None and (key.dob is None or key.name is None):
        return None
    return key


def match_clients(a: ClientKey, b: ClientKey) -> float | None:
    """Whether two client keys are the same client (module docstring), and how sure.

    Args:
        a: one client.
        b: the other.

    Returns:
        A score in 0-1, or None when they are not the same client.
    """
    if a.ni and b.ni:
        if a.ni != b.ni:
            return None
        names = name_score(a.name, b.name) if a.name and b.name else None
        return 1.0 if names is not None else 0.9
    if a.dob is None or a.dob != b.dob or a.name is None or b.name is None:
        return None
    if a.postcode and b.postcode:
        if a.postcode != b.postcode and OSA.distance(a.postcode, b.postcode, score_cutoff=1) > 1:
            return None
        score = name_score(a.name, b.name, address_agrees=True)
    else:
        score = name_score(a.name, b.name)
        score = None if score is None else score * _NO_POSTCODE_FACTOR
    return None if score is None else round(score, 3)


def _blocks_within_dob(key: ClientKey) -> set[str]:
    """The blocks of a client with a name among those born the same day (module docstring)."""
    tokens = key.name.tokens  # type: ignore[union-attr]
    blocks = {"t" + soundex(token) for token in tokens if len(token) > 1}  # a set: "Richard Richards"
    if key.postcode:
        blocks.add("p" + key.postcode)
    # first letters of first and last token, in either order: catches "C Geen" / "Christopher Green"
    first, last = tokens[0][0], tokens[-1][0]
    blocks.add("i" + (first + last if first <= last else last + first))
    return blocks


def blocking_keys(key: ClientKey) -> set[str]:
    """The blocks a client goes in; two clients are compared only if they share one."""
    keys: set[str] = set()
    if key.ni:
        keys.add("n:" + key.ni)
    if key.dob and key.name:
        keys.update(f"{key.dob}:{block}" for block in _blocks_within_dob(key))
    return keys


ClientRow = tuple[str | None, str | None, str | None, str | None]  # name, dob, ni, postcode


def _pairs_within(rows: list[tuple[int, ClientRow]]) -> list[tuple[int, int, float]]:
    """Matching pairs among rows that share a date of birth (blocks by postcode and name tokens)."""
    keys: list[ClientKey | None] = []
    blocks: dict[str, list[int]] = defaultdict(list)
    for local, (_, row) in enumerate(rows):
        key = client_key(*row)
        keys.append(key)
        if key is not None and key.name is not None:  # NI numbers cross dates of birth: done by the caller
            for block in _blocks_within_dob(key):
                blocks[block].append(local)
    found: list[tuple[int, int, float]] = []
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                score = match_clients(keys[i], keys[j])  # type: ignore[arg-type]
                if score is not None:
                    found.append((rows[i][0], rows[j][0], score))
    return found


def _pairs_in_chunk(groups: list[list[tuple[int, ClientRow]]]) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for rows in groups:
        out.extend(_pairs_within(rows))
    return out


def find_client_duplicates(rows: Sequence[ClientRow], workers: int = 1) -> list[tuple[int, int, float]]:
    """Every pair of rows that are the same client, by blocked comparison.

    Rows are grouped by date of birth (every key but the NI number needs it), the groups shared out
    to `workers` processes, and pairs that share an NI number across groups are added afterwards.

    Args:
        rows: (name, ISO date of birth, NI number, postcode) per client record.
        workers: processes to use; 1 runs in this process.

    Returns:
        (i, j, score) with i < j indexes into `rows`, sorted.
    """
    by_dob: dict[str, list[tuple[int, ClientRow]]] = defaultdict(list)
    by_ni: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        if row[1]:
            by_dob[row[1]].append((index, row))
        if row[2]:
            by_ni["".join(row[2].split()).upper()].append(index)
    groups = [g for g in by_dob.values() if len(g) > 1]
    found: list[tuple[int, int, float]] = []
    if workers > 1 and len(groups) > 1:
        chunks = [groups[k :: workers * 8] for k in range(workers * 8)]
        # spawn: workers start clean (no copy of the caller's memory, no fork of a threaded process)
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            for part in pool.imap_unordered(_pairs_in_chunk, chunks):
                found.extend(part)
    else:
        found = _pairs_in_chunk(groups)
    found.extend(_ni_pairs(rows, by_ni.values(), {(i, j) for i, j, _ in found}))
    return sorted(found)


def _ni_pairs(
    rows: Sequence[ClientRow], groups: Iterable[list[int]], known: set[tuple[int, int]]
) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for members in groups:
        if len(members) < 2:
            continue
        keys = {i: client_key(*rows[i]) for i in members}
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) in known:
                    continue
                score = match_clients(keys[i], keys[j])  # type: ignore[arg-type]
                if score is not None:
                    out.append((i, j, score))
    return out
