"""`cross_document`: documents of one run about the same policy must agree about the client.

An LoA and the provider's response (or statements) for the same policy that disagree on the
client's name, date of birth or NI number mean a wrong letter, a wrong plan or a misread
value. Documents are matched by a shared policy number (an LoA's `policy_numbers`, the
others' `policy_number`) and, when both name one, the same provider. Only values both
documents carry are compared. The batch runs in order, so the issue goes on the later
document and names the earlier one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from provcheck.models import DocumentResult, Evidence, Issue, Record
from provcheck.rules.pack import ConsistencyRule, RulePack
from provcheck.validators._base import issue
from provcheck.validators.confidence import downgrade, settle
from provcheck.validators.ni_number import normalise_ni

_LABELS = {"client_name": "Client name", "client_dob": "Date of birth", "ni_number": "NI number"}
_DOC_NAMES = {
    "loa": "letter of authority",
    "loa_response": "provider's response",
    "annual_statement": "statement",
}


def _name_tokens(name: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", name.casefold())


def names_agree(a: str, b: str) -> bool:
    """Whether two printings of a name can be the same person.

    Same surname, and the same first name or one is the other's initial; middle names may be
    left out or shortened ("Jane A. Smith" and "Jane Anne Smith" agree, "Jane Smith" and
    "Jane Smyth" do not).
    """
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    fa, fb = ta[0], tb[0]
    if len(ta) == 1 or len(tb) == 1:
        return ta == tb
    return fa == fb or (min(len(fa), len(fb)) == 1 and fa[0] == fb[0])


def _agree(field_name: str, a: str, b: str) -> bool:
    if field_name == "client_name":
        return names_agree(a, b)
    if field_name == "ni_number":
        return normalise_ni(a) == normalise_ni(b)
    return a.strip() == b.strip()


def policies(record: Record) -> set[str]:
    """Every policy number the record names."""
    out = set(record.policy_numbers)
    if record.policy_number:
        out.add(record.policy_number)
    return out


def same_policy(a: Record, b: Record) -> str | None:
    """A policy number both records name (None when they are about different plans)."""
    if a.provider and b.provider and a.provider != b.provider:
        return None
    shared = sorted(policies(a) & policies(b))
    return shared[0] if shared else None


def disagreements(a: Record, b: Record, rule: ConsistencyRule) -> list[tuple[str, str, str]]:
    """(field, a's value, b's value) for each of the rule's fields on which two records disagree."""
    out = []
    for name in rule.fields:
        va, vb = getattr(a, name), getattr(b, name)
        if va is not None and vb is not None and not _agree(name, va, vb):
            out.append((name, va, vb))
    return out


@dataclass(frozen=True, slots=True)
class _Seen:
    """What a later document is compared with: the earlier one's path, provider, policies and checked fields.

    A few strings a document, not its record: a batch of thousands keeps flat memory (issue 6).
    """

    path: str
    doc_type: str
    provider: str | None
    policies: frozenset[str]
    values: tuple[str | None, ...]  # the rule's fields, in the rule's order
    weak: tuple[Evidence | None, ...]  # each field's evidence when read below the threshold, else None


def _weak(found: Evidence | None, threshold: float) -> Evidence | None:
    return found if found is not None and found.confidence < threshold else None


@dataclass
class ConsistencyIndex:
    """The documents of one run so far, to check each new one against those about the same policy."""

    pack: RulePack
    _seen: list[_Seen] = field(default_factory=list)
    _by_policy: dict[str, list[int]] = field(default_factory=dict)  # policy number -> indexes into _seen

    def check_and_add(self, result: DocumentResult) -> list[Issue]:
        """Issues for `result` against earlier documents of the run; then remember it.

        Args:
            result: a finished document result (failed ones are ignored).

        Returns:
            At most one issue per field, naming the first earlier document that disagrees.
        """
        rule = self.pack.rules.cross_document
        threshold = self.pack.confidence_threshold
        record = result.record
        if not rule.enabled or record is None or result.status == "failed" or result.doc_type == "unknown":
            return []
        mine = policies(record)
        if not mine:
            return []
        out: list[Issue] = []
        done: set[str] = set()
        # Only documents sharing a policy number can be about the same policy (same_policy), in run order.
        for index in sorted({i for number in mine for i in self._by_policy.get(number, ())}):
            other = self._seen[index]
            if record.provider and other.provider and record.provider != other.provider:
                continue
            policy = min(mine & other.policies)
            for name, theirs in zip(rule.fields, other.values, strict=True):
                ours = getattr(record, name)
                if name in done or ours is None or theirs is None or _agree(name, ours, theirs):
                    continue
                done.add(name)
                message = (
                    f"{_LABELS[name]} {ours} differs from {theirs} on the "
                    f"{_DOC_NAMES.get(other.doc_type, 'document')} {other.path} for policy {policy}. "
                    "Check which is right; the letter may be for another client or a value misread."
                )
                found = settle([issue("cross_document", rule, name, message)], result.evidence, threshold)[0]
                theirs_weak = other.weak[rule.fields.index(name)]
                if found.severity == "error" and theirs_weak is not None:
                    found = downgrade(found, name, theirs_weak, f" on {other.path}")
                out.append(found)
        values = tuple(getattr(record, name) for name in rule.fields)
        weak = tuple(_weak(result.evidence.get(name), threshold) for name in rule.fields)
        self._seen.append(
            _Seen(result.source.path, result.doc_type, record.provider, frozenset(mine), values, weak)
        )
        for number in mine:
            self._by_policy.setdefault(number, []).append(len(self._seen) - 1)
        return out
