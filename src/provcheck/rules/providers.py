"""The provider registry's schema: a provider, the legal entities that issue its paperwork, its formats.

An entry is knowledge about a real firm, so it must say where it came from (`source`); an
identifier nobody published is null, never guessed (issue 11). The same strict schema reads the
bundled market file and a firm's own knowledge folder (rules/knowledge.py).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, field_validator

from provcheck.rules.learned import LearnedWording
from provcheck.rules.loader import RegexStr


def _digits_as_text(value: object) -> object:
    # YAML reads an unquoted FRN (181655) as a number; an identifier is text (and keeps its leading zeros
    # only when quoted, which is why company numbers are compared without them).
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# FCA firm reference numbers are six digits (a few older ones seven).
Frn = Annotated[str, BeforeValidator(_digits_as_text), StringConstraints(strip_whitespace=True, pattern=r"^\d{6,7}$")]
# Companies House numbers: eight characters ("03253947", "SC108567"); a mutual or registered society
# may have a shorter number of its own ("99064"), so only the alphabet is fixed here.
CompanyNumber = Annotated[
    str,
    BeforeValidator(_digits_as_text),
    StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-Z0-9]{2,10}$"),
]
Source = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)]


class Entity(BaseModel):
    """A legal entity that issues a provider's paperwork, with its registration small print."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    legal_name: Text
    frn: Frn | None = None
    company_number: CompanyNumber | None = None
    registered_office: str | None = None
    source: str | None = None


class PolicyFormat(BaseModel):
    """A policy-number form a provider publishes: a pattern, and the same in words for messages."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    pattern: RegexStr
    described: str | None = None  # "8 digits"; derived from a simple pattern when absent
    source: str | None = None


class Provider(BaseModel):
    """One provider: the short name a CRM uses, its issuing entities, other names, domains and formats."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    name: Text
    kind: Text = "provider"
    entities: list[Entity] = Field(default_factory=list)
    former_names: list[Text] = Field(default_factory=list)
    aliases: list[Text] = Field(default_factory=list)  # other names and brands it trades under today
    letterhead: list[Text] = Field(default_factory=list)  # words its letterhead prints
    domains: list[Text] = Field(default_factory=list)
    policy_format: PolicyFormat | None = None
    loa_validity_months: int | None = Field(default=None, ge=1, le=120)
    notes: str | None = None  # what the source says that is not a fact of the schema (an unpublished format)
    source: Source

    @field_validator("domains")
    @classmethod
    def _domains(cls, value: list[str]) -> list[str]:
        out = []
        for domain in value:
            d = re.sub(r"^(https?://)?(www\.)?", "", domain.strip().lower()).rstrip("/")
            if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", d):
                raise ValueError(f"'{domain}' is not a web domain (like aviva.co.uk)")
            out.append(d)
        return out

    @property
    def policy_pattern(self) -> str | None:
        """The published policy-number pattern, if any."""
        return self.policy_format.pattern if self.policy_format else None

    def names(self) -> list[str]:
        """Every whole name this provider is printed under: today's, brands, former names, legal names."""
        out = [self.name, *self.aliases, *self.letterhead, *self.former_names]
        out.extend(e.legal_name for e in self.entities)
        return list(dict.fromkeys(out))


class KnowledgeFile(BaseModel):
    """One knowledge file: providers (new ones, or additions to a known one), label wordings, learned wordings."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    providers: list[Provider] = Field(default_factory=list)
    # label wordings, in labels.yaml's shape (`fields: {policy_number: [...]}`), added to the bundled ones
    labels: dict[str, object] | None = None
    # label wordings a reviewer taught for one provider's documents (rules/learned.py, spec/review.md)
    learned: list[LearnedWording] = Field(default_factory=list)
    notes: str | None = None  # a file's own remarks, never read
