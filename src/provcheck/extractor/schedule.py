"""An LoA's schedule of plans with several providers: the plans this letter's provider holds (issue 10).

An adviser's letter may list every plan the client holds, one row a provider ("1  Transact  GIA
823781852", "3  ReAssure  Stakeholder Pension  YL3159761"), and go to each provider in turn. The
record's plans are those of the provider the letter is addressed to: when the rows name providers
and some name this one, only those numbers are kept. Each row's provider is a registry name
printed whole in another run of the number's line (registry_names.match_name).
"""

from __future__ import annotations

from dataclasses import replace

from provcheck.extractor import parsers as P
from provcheck.extractor.layout import Line
from provcheck.extractor.registry_names import match_name
from provcheck.extractor.resolve import Resolution


def plans_for_provider(res: Resolution, pages: list[list[Line]]) -> None:
    """Keep the listed plans whose schedule row names the letter's own provider, when rows name others too."""
    prov, won = res.value("provider"), res.winner("policy_numbers")
    if prov is None or won is None or not isinstance(won.value, list) or len(won.value) < 2:
        return
    named = {number: _row_provider(pages, str(number)) for number in won.value}
    if not any(p == prov for p in named.values()) or all(p in (None, prov) for p in named.values()):
        return
    kept = [n for n in won.value if named[n] == prov]
    found = replace(won.found, value=kept)
    ruling = res.rulings["policy_numbers"][0]
    ruling.candidate = replace(won, value=kept, found=found)
    ruling.reason += f"; only the schedule's rows naming {prov}, of {won.value!r}"


def _row_provider(pages: list[list[Line]], number: str) -> str | None:
    """The registry provider named on the line that prints `number`, in a run of its own."""
    for lines in pages:
        for line in lines:
            runs = [s for s in line.segments if P.parse_policy(s.text) == number]
            if not runs:
                continue
            for seg in line.segments:
                hit = match_name(seg.text) if seg not in runs else None
                if hit is not None:
                    return hit[0].name
            return None
    return None
