"""Doc-type evidence as data (data/doc_types.yaml): weighted title phrases, body wording and structures.

The classifier (`provcheck.extractor.classify`) adds up the weights of the evidence a document
shows for each doc type; this module only says what that evidence is and checks the file
strictly, so a typo in a phrase list or a misspelt feature name stops the run with the file,
key and reason rather than silently weakening classification.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from provcheck.rules.loader import BundledFile, listed

# Structures the classifier measures on the page; a weight file names them, code computes them.
Feature = Literal["holdings_table", "signature_line", "period_range", "money_amounts", "letter_form"]
# Fields whose finding is evidence of a type (signature_present counts when a signature is there).
FoundField = Literal[
    "policy_number", "policy_numbers", "plan_type", "valuation_date", "period_start", "plan_value", "transfer_value",
    "holdings", "adviser_firm", "fca_frn", "date_signed", "signature_present",
]
ClassifiedType = Literal["loa", "loa_response", "annual_statement"]
Weight = Annotated[float, Field(ge=-20, le=20)]


def norm_phrase(text: str) -> str:
    """A cue phrase the way page text is normalised for matching (lower case, no stray punctuation)."""
    t = text.lower().replace("’", "'")
    t = re.sub(r"[^\w&%/+'\-]+", " ", t)
    return " ".join(t.split())


def _phrase_map(value: dict[str, float]) -> dict[str, float]:
    seen: dict[str, str] = {}
    for phrase in value:
        n = norm_phrase(phrase)
        if len(n) < 3:
            raise ValueError(f"'{phrase}' is too short to be a cue phrase (3 characters at least)")
        if n in seen:
            raise ValueError(f"'{phrase}' repeats '{seen[n]}' (the same words once normalised)")
        seen[n] = phrase
    return value


PhraseWeights = Annotated[dict[str, Weight], AfterValidator(_phrase_map)]


class TypeCues(BaseModel):
    """The evidence for one doc type: title phrases, body phrases and page structures, each weighted."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    titles: PhraseWeights = Field(default_factory=dict)
    phrases: PhraseWeights = Field(default_factory=dict)
    features: dict[Feature, Weight] = Field(default_factory=dict)
    # record fields the field finders found (whatever the type), all of them together one cue:
    # a fund table, a plan value and a policy number say "reply or statement" under any heading
    fields: dict[FoundField, Weight] = Field(default_factory=dict)


class Zones(BaseModel):
    """How much a phrase counts by where it is found (a multiplier on its weight)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    title: float = Field(ge=0, le=5)  # a title phrase in a heading
    title_in_body: float = Field(ge=0, le=5)  # a title phrase in running text ("your annual statement")
    first_page: float = Field(ge=0, le=5)  # a body phrase on page 1
    later_pages: float = Field(ge=0, le=5)  # a body phrase on a later page
    title_region: float = Field(gt=0, le=1)  # share of page 1, from the top, where a title is looked for
    # a title phrase heading a later page: a reply's covering letter puts "Plan information" on page 2
    later_page_title: float = Field(default=0.0, ge=0, le=5)


class Decision(BaseModel):
    """When the evidence is enough to name a doc type; below it the document is `unknown`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    min_score: float = Field(gt=0)
    min_margin: float = Field(ge=0)  # lead over the runner-up; a tie names nothing
    # the best type needs one piece of evidence this strong: many weak hints ("your plan", "your
    # pot", "statement" in passing) are what a key features document or a brochure also has
    min_strongest: float = Field(default=0.0, ge=0)


class DocTypeRules(BaseModel):
    """data/doc_types.yaml."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    decision: Decision
    zones: Zones
    types: dict[ClassifiedType, TypeCues]

    @model_validator(mode="after")
    def _every_type(self) -> DocTypeRules:
        missing = [t for t in ("loa", "loa_response", "annual_statement") if t not in self.types]
        if missing:
            raise ValueError(f"types: no cues for {', '.join(missing)}; every doc type needs its evidence")
        return self


def load_doc_type_rules(path: Path | None = None) -> DocTypeRules:
    """The doc-type evidence file (the bundled one unless `path` is given).

    Raises:
        ConfigError: the file is missing, not YAML, or breaks the schema (file, key and reason named).
    """
    return BUNDLED.load(path)


BUNDLED = BundledFile(DocTypeRules, listed("doc_types"))
