"""`ni_number`: UK National Insurance number format and HMRC's allocation rules (spec/domain.md).

Two letters, six digits, suffix A-D. First letter not D, F, I, Q, U, V; second letter not D, F,
I, O, Q, U, V; prefixes BG, GB, KN, NK, NT, TN, ZZ are not allocated; QQ is HMRC's placeholder
in forms and guidance, never a real number. There is no check digit.
"""

from __future__ import annotations

import re

from provcheck.models import Issue, Record
from provcheck.rules.pack import Rule
from provcheck.validators._base import Context, issue

_FORM = re.compile(r"^[A-Z]{2}\d{6}[A-Z]$")
_BAD_FIRST = set("DFIQUV")
_BAD_SECOND = set("DFIOQUV")
_UNALLOCATED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def normalise_ni(value: str) -> str:
    """Upper case without spaces, the spec's form (`AB 12 34 56 c` -> `AB123456C`)."""
    return re.sub(r"\s+", "", value).upper()


def ni_problems(value: str) -> list[str]:
    """Why `value` cannot be an NI number (empty when it can be one).

    Args:
        value: the number, in any spacing or case.

    Returns:
        One phrase per broken rule, for a message.
    """
    ni = normalise_ni(value)
    if not _FORM.match(ni):
        return ["is not two letters, six digits and a letter (like AB123456C)"]
    prefix, suffix = ni[:2], ni[-1]
    if prefix == "QQ":
        return ["has prefix QQ, HMRC's placeholder used in forms and guidance, never a real number"]
    out = []
    if prefix[0] in _BAD_FIRST:
        out.append(f"starts with {prefix[0]}; HMRC never uses D, F, I, Q, U or V as the first letter")
    if prefix[1] in _BAD_SECOND:
        out.append(f"has {prefix[1]} as second letter; HMRC never uses D, F, I, O, Q, U or V there")
    if prefix in _UNALLOCATED:
        out.append(f"has prefix {prefix}, which HMRC does not allocate")
    if suffix not in "ABCD":
        out.append(f"has suffix {suffix}; a valid suffix is A-D")
    return out


def check_ni_number(record: Record, rule: Rule, ctx: Context) -> list[Issue]:
    """An issue when the record's NI number breaks HMRC's format or allocation rules."""
    if record.ni_number is None or not ctx.has("ni_number"):
        return []
    problems = ni_problems(record.ni_number)
    if not problems:
        return []
    message = f"NI number {record.ni_number} {' and '.join(problems)}. Check {ctx.doc_name} and correct it."
    return [issue("ni_number", rule, "ni_number", message)]
