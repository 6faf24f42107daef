"""A provider's web domain printed on the page ("www.example.co.uk", "help@example.co.uk"): issuer evidence.

Only the issuer prints its own domain in its letterhead or small print, so a registry domain found on
a line names the provider (extractor/issuer.py weighs it among the other evidence).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from provcheck.extractor.layout import Line
from provcheck.rules import Provider, load_providers

# a domain's first label is one of these runs of a line: the character before it is none of [\w-]
# (`_domain_pattern`), and the dot after the label ends the run
_LABEL_RUN = re.compile(r"[\w-]+")


def _domain_pattern(domain: str) -> str:
    return r"(?<![\w.-])(?:www\.|[\w.+-]+@)?" + re.escape(domain) + r"(?![\w-])"


@lru_cache(maxsize=1)
def _domain_table() -> tuple[tuple[tuple[str, Provider], ...], dict[str, tuple[int, ...]]]:
    """Every registry domain in provider order, and their places by first label."""
    rows = tuple((d, p) for p in load_providers() for d in p.domains)
    index: dict[str, list[int]] = {}
    for i, (domain, _) in enumerate(rows):
        index.setdefault(domain.split(".")[0], []).append(i)
    return rows, {k: tuple(v) for k, v in index.items()}


@cache
def _domain_rx(domain: str) -> re.Pattern[str]:
    """A domain's pattern, compiled when a line first holds its first label."""
    return re.compile(_domain_pattern(domain))


def domain_provider(lines: list[Line], skip: tuple[Line, ...] = ()) -> tuple[Provider, Line] | None:
    """The first registry provider whose web domain (or an address at it) a line prints, with the line."""
    rows, index = _domain_table()
    for line in lines:
        if line in skip:
            continue
        low = line.text.lower()
        if "." not in low:
            continue  # every domain has a dot
        # only the domains whose first label the line holds can match it; tried in registry order
        for i in sorted({i for run in set(_LABEL_RUN.findall(low)) for i in index.get(run, ())}):
            domain, prov = rows[i]
            if _domain_rx(domain).search(low):
                return prov, line
    return None
