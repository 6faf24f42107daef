"""The product a document's title names: "Investment bond", "International portfolio bond" (issue 10).

A provider's statement often names its product only in its heading, under the brand, with no
"Plan type" label ("Royal London / Investment bond / Annual statement"). A short line near the
top of page 1 that reads as a plan type in full is that heading. It is weak evidence, below every
labelled or summarised reading: a heading may name a family of products.

A running header may set the heading beside the brand and join it to the document's name with bars
("AJ Bell      Stocks and Shares ISA | Quarterly valuation | Summary"): each run of the line
(places.split_at_labels cuts runs at bars) is then tried on its own, and each part of a run between
lone "I"s or "l"s, as OCR reads a thin bar.
"""

from __future__ import annotations

from provcheck.extractor.layout import Line
from provcheck.extractor.values import parse_plan_type

MAX_WORDS = 5  # a heading is short: "Stocks and Shares ISA", "International portfolio bond"
TOP_LINES = 8  # the heading sits among page 1's first lines, above the address and the details
SCORE = 0.6  # under a labelled reading (1.0) and an account summary's (0.7)


def find_title_product(pages: list[list[Line]]) -> tuple[str, list] | None:
    """The plan type page 1's heading names, with its words; None when no heading line reads as one."""
    if not pages:
        return None
    for line in pages[0][:TOP_LINES]:
        runs = [line.words] if len(line.segments) == 1 else [s.words for s in line.segments]
        for words in [part for run in runs for part in _between_bars(run)]:
            if not words or len(words) > MAX_WORDS:
                continue
            plan_type = parse_plan_type(" ".join(w.text for w in words))
            if plan_type is not None:
                return plan_type, list(words)
    return None


def _between_bars(words: list) -> list[list]:
    """A run's words, and the parts between bars, lone dashes or the bars OCR reads as "I" or "l" ("ISA I Annual")."""
    parts: list[list] = [[]]
    for w in words:
        if w.text in _BARS:
            parts.append([])
        else:
            parts[-1].append(w)
    return [words, *parts] if len(parts) > 1 else [words]


# a lone dash sets a heading's product apart from where it is issued ("International Investment Bond - Isle of Man")
_BARS = frozenset({"|", "I", "l", "¦", "-", "–", "—"})
