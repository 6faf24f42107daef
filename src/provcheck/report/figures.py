"""Shared shapes of report figures: a rate keeps its numerator and denominator.

A rate is stored as counts, never as a float alone, so a report can be re-aggregated (sum the
numerators and denominators of two providers) and a zero denominator reads as "no data" (null),
not as 0 %. Both reports (one batch, the ledger over a period) flatten to the same tidy rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The tidy (long) form of every report: one figure a row.
# `item` names what a figure is about within its cut: a field, a status, a duplicate kind, a rule.
ROW_FIELDS = ("metric", "dimension", "key", "item", "value", "numerator", "denominator")


@dataclass(frozen=True)
class Rate:
    """`numerator / denominator`, or None when there is nothing to divide."""

    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        """The rate in 0-1, or None when the denominator is 0."""
        return self.numerator / self.denominator if self.denominator else None

    def to_json(self) -> dict[str, Any]:
        """`{"value", "numerator", "denominator"}`, value rounded to 4 places."""
        value = self.value
        return {
            "value": None if value is None else round(value, 4),
            "numerator": self.numerator,
            "denominator": self.denominator,
        }


def percent(value: float | None) -> str:
    """A rate for people: `12.5%`, or an em dash when there is no data."""
    return "—" if value is None else f"{value * 100:.1f}%"


def moment_text(stamp: str) -> str:
    """A ledger timestamp for people: `2026-11-01 09:30 UTC`."""
    return stamp[:16].replace("T", " ") + " UTC"


def rate_row(metric: str, dimension: str, key: str, item: str, rate: dict[str, Any]) -> dict[str, Any]:
    """One tidy row for a rate given as its JSON form."""
    return {
        "metric": metric,
        "dimension": dimension,
        "key": key,
        "item": item,
        "value": rate["value"],
        "numerator": rate["numerator"],
        "denominator": rate["denominator"],
    }


def count_row(metric: str, dimension: str, key: str, item: str, value: float | int | None) -> dict[str, Any]:
    """One tidy row for a plain figure (a count, or a duration in days)."""
    return {
        "metric": metric,
        "dimension": dimension,
        "key": key,
        "item": item,
        "value": value,
        "numerator": None,
        "denominator": None,
    }


def _is_rate(value: Any) -> bool:
    return isinstance(value, dict) and "numerator" in value and "denominator" in value


def _flatten(name: str, value: Any, dim: str, key: str, item: str, rows: list[dict[str, Any]]) -> None:
    if _is_rate(value):
        rows.append(rate_row(name, dim, key, item, value))
    elif isinstance(value, dict):
        # A mapping named `by_…` / `…_by_…` is keyed by items (statuses, fields, kinds, rules); any
        # other mapping is a group of named figures, whose names join the metric's.
        itemised = name.split(".")[-1].startswith("by_") or "_by_" in name.split(".")[-1]
        for sub, inner in value.items():
            if itemised and not item:
                _flatten(name, inner, dim, key, str(sub), rows)
            else:
                _flatten(f"{name}.{sub}", inner, dim, key, item, rows)
    elif isinstance(value, list):
        return  # lists (chart series) are for pictures, not figures
    else:
        rows.append(count_row(name, dim, key, item, value))


def cuts_rows(cuts: dict[str, dict[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The tidy rows of `{dimension: {key: {metric: figure}}}`, in a stable order."""
    rows: list[dict[str, Any]] = []
    for dim, by_key in cuts.items():
        for key, figures in by_key.items():
            for name, value in figures.items():
                _flatten(name, value, dim, key, "", rows)
    return rows
