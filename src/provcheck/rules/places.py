"""Place words of UK addresses (data/places.yaml): counties and countries, which end an address but are not its town."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from provcheck.rules.loader import BundledFile


class Places(BaseModel):
    """Counties and countries as printed at the end of a UK address."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    counties: list[str]
    countries: list[str]


def norm_place(text: str) -> str:
    """Case, full stops, hyphens and '&' do not matter: "Co. Durham" is "co durham"."""
    t = text.casefold().replace("&", " and ").replace(".", " ").replace("-", " ")
    return " ".join(t.split())


BUNDLED = BundledFile(Places, "places.yaml")


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    places = BUNDLED.load()
    return frozenset(map(norm_place, places.counties)), frozenset(map(norm_place, places.countries))


def is_county(text: str) -> bool:
    """Whether `text` is a UK county (or a usual abbreviation of one)."""
    return norm_place(text) in _places()[0]


def is_country(text: str) -> bool:
    """Whether `text` names the country (United Kingdom, England, Scotland, ...)."""
    return norm_place(text) in _places()[1]


__all__ = ["Places", "is_country", "is_county", "norm_place"]
