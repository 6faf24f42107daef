"""`policy_pattern`: policy numbers against the provider's published format (registry, or the pack's override).

Judged only when the provider is known from issuer evidence (spec/record.md "Sure and unsure"):
a provider guessed from a mention in the body lends no format, and the check is skipped, not
downgraded. A mismatch is said in words an admin reads ("Aviva policy numbers we know are 8
digits; this one is 7 digits"), never as a regular expression (issue 11).
"""

from __future__ import annotations

import re

from provcheck.models import ISSUER_BASES, Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue

_TOKEN = re.compile(r"\\d(?:\{(\d+)\})?|\[0-9\](?:\{(\d+)\})?|\[A-Z\](?:\{(\d+)\})?|\\(.)|([^\\\[\](){}?*+|.^$])")


def _count(n: int, what: str) -> str:
    return f"{n} {what}" + ("s" if n != 1 else "")


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def describe_pattern(pattern: str) -> str | None:
    r"""A simple pattern in words (`^AL\d{8}$` → "'AL' and 8 digits"); None for one too complex to say."""
    body = pattern.removeprefix("^").removesuffix("$")
    runs: list[tuple[str, str | int]] = []  # ("digit", n) | ("letter", n) | ("lit", text)
    pos = 0
    for m in _TOKEN.finditer(body):
        if m.start() != pos:
            return None
        pos = m.end()
        if m[0].startswith(("\\d", "[0-9]")):
            kind, n = "digit", int(m[1] or m[2] or 1)
        elif m[0].startswith("[A-Z]"):
            kind, n = "letter", int(m[3] or 1)
        else:
            ch = m[4] or m[5]
            if runs and runs[-1][0] == "lit":
                runs[-1] = ("lit", str(runs[-1][1]) + ch)
            else:
                runs.append(("lit", ch))
            continue
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, int(runs[-1][1]) + n)
        else:
            runs.append((kind, n))
    if pos != len(body) or not runs:
        return None
    return _join([f"'{v}'" if k == "lit" else _count(int(v), k) for k, v in runs])


def describe_number(number: str) -> str:
    """A policy number's shape in words: letters and marks quoted, digits counted ("'AL' and 7 digits")."""
    parts = []
    for m in re.finditer(r"\d+|[^\d]+", number):
        parts.append(_count(len(m[0]), "digit") if m[0].isdigit() else f"'{m[0]}'")
    return _join(parts) if parts else "empty"


def check_policy_number(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """One issue per policy number that does not match its provider's format, when the provider is certain."""
    evidence = ctx.evidence.get("provider")
    if evidence is None or evidence.basis not in ISSUER_BASES:
        return []  # a provider not known from the issuer's own print lends no format
    pattern = ctx.pack.provider_settings(record.provider).policy_pattern
    if pattern is None:
        return []
    compiled = re.compile(pattern)
    numbers: list[tuple[str, str]] = []
    if ctx.has("policy_number") and record.policy_number is not None:
        numbers.append(("policy_number", record.policy_number))
    if ctx.has("policy_numbers"):
        numbers.extend((f"policy_numbers[{i}]", n) for i, n in enumerate(record.policy_numbers))
    described = ctx.pack.provider_settings(record.provider).described or describe_pattern(pattern)
    out = []
    for field, number in numbers:
        if compiled.fullmatch(number):
            continue
        known = f"are {described}" if described else "have another form"
        message = (
            f"{record.provider} policy numbers we know {known}; this one, {number}, is {describe_number(number)}. "
            f"Check the number on {ctx.doc_name}; if it is right, the provider may be wrong."
        )
        out.append(issue("policy_pattern", rule, field, message))
    return out
