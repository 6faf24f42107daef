"""The duplicate index of one run: which earlier documents a new document repeats.

`check_and_add` is called once per readable document in input order; it reports duplicates on
the later document only, one entry per earlier document, the strongest kind winning
(`exact` > `same_plan` > `same_client`), ordered strongest first.

- `exact`: the same bytes (`source.sha256`), whatever the doc type. Score 1.0.
- `same_plan`: the same provider, policy number and valuation date (provider compared without case
  or spacing, policy number without case, spaces or punctuation). LoAs have no valuation date and
  never give `same_plan`. Score 1.0.
- `same_client`: the client fields match (`provcheck.dedupe.clients`), both documents are of the
  same doc type and nothing shows they concern different plans. Across doc types a shared client is
  the normal flow (an LoA, then the provider's response, then statements), so it is not reported;
  within a type, two documents of one client that name different providers, disjoint policy
  numbers or different valuation dates are two plans or two periods, not a repeat. So `same_client`
  flags what identifiers cannot settle: a document whose policy number or date was not read.
  Documents of type `unknown` give `exact` only.

Duplicates are between documents (spec/record.md "Decisions"): a client or plan already in the CRM
(a `--known` row) is a match, which the exports carry as the CRM's reference (`provcheck.dedupe.known`),
never a duplicate, and never changes a status.

Documents seen before (the ledger's) enter through `seed` before the run, into an index of their own
that the run asks with `check_only`, so the batch's own duplicates never depend on the ledger; per
metrics.md a file dropped again after a run that was not clean is rework, linked by the ledger, not a
duplicate, so `seed` only takes `clean` results. The index keeps a compact key per document (path, hash, plan key,
client key), never whole results.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from provcheck.dedupe.clients import ClientKey, client_key, match_clients
from provcheck.dedupe.known import iter_known
from provcheck.models import FIELDS_BY_TYPE, DocumentResult, Duplicate, Record

_RANK = {"exact": 0, "same_plan": 1, "same_client": 2}


@dataclass(frozen=True, slots=True)
class _PlanIdent:
    """What tells two documents of one client apart: provider, policy numbers, valuation date."""

    provider: str | None
    policies: frozenset[str]
    valuation: str | None

    def differs_from(self, other: _PlanIdent) -> bool:
        if self.provider and other.provider and self.provider != other.provider:
            return True
        if self.policies and other.policies and not self.policies & other.policies:
            return True
        return bool(self.valuation and other.valuation and self.valuation != other.valuation)


@dataclass(frozen=True, slots=True)
class _ClientEntry:
    ref: int
    doc_type: str
    key: ClientKey
    ident: _PlanIdent | None


def _provider(value: str | None) -> str | None:
    return " ".join(value.casefold().split()) or None if value else None


def _policy(value: str | None) -> str | None:
    return "".join(c for c in value.upper() if c.isalnum()) or None if value else None


def merge_duplicates(first: list[Duplicate], second: list[Duplicate]) -> list[Duplicate]:
    """Two lists of duplicates as one, strongest first.

    One entry per other document (paths compared resolved), the strongest kind winning; ties keep
    `first`'s order, then `second`'s.
    """
    from provcheck.pipeline import resolved

    best: dict[str, tuple[int, Duplicate]] = {}
    for pos, dup in enumerate([*first, *second]):
        key = resolved(dup.of)
        old = best.get(key)
        if old is None or (_RANK[dup.kind], -dup.score) < (_RANK[old[1].kind], -old[1].score):
            best[key] = (old[0] if old else pos, dup)
    ordered = sorted(best.values(), key=lambda item: (_RANK[item[1].kind], -item[1].score, item[0]))
    return [dup for _, dup in ordered]


class DuplicateIndex:
    """Remembers the documents of a run (and any seen before) and finds which a new one repeats."""

    def __init__(self) -> None:
        self._refs: list[str] = []
        self._by_sha: dict[str, list[int]] = defaultdict(list)
        self._by_plan: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        self._clients: list[_ClientEntry] = []
        self._blocks: dict[str, list[int]] = defaultdict(list)

    @classmethod
    def for_run(cls, options: object) -> DuplicateIndex:
        """An index for one run; the `--known` CRM export, when named, is read only to refuse a bad file.

        A CRM row is a match, not a duplicate (module docstring), so it never enters the index.

        Args:
            options: run options (`CheckOptions`); its `known_path` is checked when set.

        Returns:
            The index.

        Raises:
            ConfigError: the `--known` file cannot be used (see `provcheck.dedupe.known`).
        """
        path = getattr(options, "known_path", None)
        if path is not None:
            for _ in iter_known(path):
                pass
        return cls()

    def seed(self, results: Iterable[DocumentResult]) -> int:
        """Add documents seen before this run, so new documents are checked against them too.

        Only `clean` results are taken: a file dropped again after a run that was not clean is
        rework of it (metrics.md), which the ledger links, not a duplicate.

        Args:
            results: earlier results, oldest first (e.g. the latest run of each document in the ledger).

        Returns:
            How many were added.
        """
        added = 0
        for result in results:
            if result.status == "clean":
                self._add(result)
                added += 1
        return added

    def check_and_add(self, result: DocumentResult) -> list[Duplicate]:
        """Duplicates of `result` among documents added so far; then add it.

        Args:
            result: a document's result (not `failed`).

        Returns:
            One entry per earlier document it repeats, strongest kind first.
        """
        return self._check(result, add=True)

    def check_only(self, result: DocumentResult) -> list[Duplicate]:
        """Duplicates of `result` among documents added so far, without adding it (documents seen before)."""
        return self._check(result, add=False)

    def _check(self, result: DocumentResult, *, add: bool) -> list[Duplicate]:
        hits: dict[int, tuple[str, float]] = {}

        def hit(ref: int, kind: str, score: float) -> None:
            old = hits.get(ref)
            if old is None or (_RANK[kind], -score) < (_RANK[old[0]], -old[1]):
                hits[ref] = (kind, score)

        if result.source.sha256:
            for ref in self._by_sha.get(result.source.sha256, ()):
                hit(ref, "exact", 1.0)
        record = self._record(result)
        plan = self._plan_key(record, result.doc_type)
        for ref in self._by_plan.get(plan, ()) if plan else ():
            hit(ref, "same_plan", 1.0)
        key = self._client_key(record)
        if key is not None:
            ident = self._ident(record, result.doc_type)
            for entry in self._candidates(key):
                if entry.doc_type != result.doc_type or (entry.ident and entry.ident.differs_from(ident)):
                    continue
                score = match_clients(key, entry.key)
                if score is not None:
                    hit(entry.ref, "same_client", score)
        if add:
            self._add(result, record, plan, key)
        ordered = sorted(hits.items(), key=lambda item: (_RANK[item[1][0]], -item[1][1], item[0]))
        return [Duplicate(of=self._refs[ref], kind=kind, score=score) for ref, (kind, score) in ordered]  # type: ignore[arg-type]

    # -- internals -----------------------------------------------------------------------------

    @staticmethod
    def _record(result: DocumentResult) -> dict[str, object]:
        """The record's fields of its own doc type only (an `unknown` document has none)."""
        if result.record is None or result.status == "failed":
            return {}
        record: Record = result.record
        return {name: getattr(record, name) for name in FIELDS_BY_TYPE.get(result.doc_type, ())}

    @staticmethod
    def _plan_key(record: dict[str, object], doc_type: str) -> tuple[str, str, str] | None:
        provider = _provider(record.get("provider"))  # type: ignore[arg-type]
        policy = _policy(record.get("policy_number"))  # type: ignore[arg-type]
        valuation = record.get("valuation_date")
        if doc_type == "loa" or not (provider and policy and valuation):
            return None
        return (provider, policy, str(valuation))

    @staticmethod
    def _client_key(record: dict[str, object]) -> ClientKey | None:
        if not record:
            return None
        return client_key(
            record.get("client_name"),  # type: ignore[arg-type]
            record.get("client_dob"),  # type: ignore[arg-type]
            record.get("ni_number"),  # type: ignore[arg-type]
            record.get("client_postcode"),  # type: ignore[arg-type]
        )

    @staticmethod
    def _ident(record: dict[str, object], doc_type: str) -> _PlanIdent:
        numbers = record.get("policy_numbers") if doc_type == "loa" else [record.get("policy_number")]
        policies = frozenset(p for p in (_policy(n) for n in numbers or ()) if p)  # type: ignore[union-attr]
        valuation = record.get("valuation_date")
        return _PlanIdent(_provider(record.get("provider")), policies, str(valuation) if valuation else None)  # type: ignore[arg-type]

    @staticmethod
    def _client_blocks(key: ClientKey) -> list[str]:
        # Everyone born the same day, and everyone with the same NI number: the match rule needs one
        # of the two, so these blocks lose nothing (the batch deduplication blocks finer, for scale).
        blocks = ["n:" + key.ni] if key.ni else []
        if key.dob and key.name:
            blocks.append(key.dob)
        return blocks

    def _candidates(self, key: ClientKey) -> list[_ClientEntry]:
        seen: set[int] = set()
        out: list[_ClientEntry] = []
        for block in self._client_blocks(key):
            for i in self._blocks.get(block, ()):
                if i not in seen:
                    seen.add(i)
                    out.append(self._clients[i])
        return out

    def _new_ref(self, name: str) -> int:
        self._refs.append(name)
        return len(self._refs) - 1

    def _add_client(self, entry: _ClientEntry) -> None:
        self._clients.append(entry)
        for block in self._client_blocks(entry.key):
            self._blocks[block].append(len(self._clients) - 1)

    def _add(
        self,
        result: DocumentResult,
        record: dict[str, object] | None = None,
        plan: tuple[str, str, str] | None = None,
        key: ClientKey | None = None,
    ) -> None:
        if record is None:
            record = self._record(result)
            plan = self._plan_key(record, result.doc_type)
            key = self._client_key(record)
        ref = self._new_ref(result.source.path)
        if result.source.sha256:
            self._by_sha[result.source.sha256].append(ref)
        if plan:
            self._by_plan[plan].append(ref)
        if key is not None and result.doc_type != "unknown":
            self._add_client(_ClientEntry(ref, result.doc_type, key, self._ident(record, result.doc_type)))
