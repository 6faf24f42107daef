"""A field value with where it was read: the unit every finder hands back."""

from __future__ import annotations

from dataclasses import dataclass, field

from provcheck.models import CONTESTED, Evidence


@dataclass
class Found:
    """A field value with where it was read."""

    value: object
    page: int
    words: list  # the words it was read from (label and value)
    confidence: float
    method: str
    as_at: str | None = None  # the date a label gave its own amount ("Value on 22.05.2026")
    role: str | None = None  # what its wording says it is: "opening", "closing" (extractor/roles.py)
    others: list[Found] = field(default_factory=list)  # other amounts the same field's labels headed
    basis: str | None = None  # how it was found, where that matters (the provider: extractor/issuer.py)
    alone: float | None = None  # its confidence before other places' readings agreed (extractor/resolve.py)
    # chosen over a reading of another value by finder order alone, the document's sums agreeing with
    # neither (extractor/resolve.py): its evidence's basis says so, and the doubt names it
    contested: bool = False

    def evidence(self) -> Evidence:
        """The evidence record of this value."""
        ws = self.words
        return Evidence(
            page=self.page,
            bbox=(
                round(min(w.x0 for w in ws), 2),
                round(min(w.top for w in ws), 2),
                round(max(w.x1 for w in ws), 2),
                round(max(w.bottom for w in ws), 2),
            ),
            text=" ".join(w.text for w in ws),
            confidence=round(self.confidence, 3),
            method=self.method,  # type: ignore[arg-type]
            basis=CONTESTED if self.contested else self.basis,
        )
