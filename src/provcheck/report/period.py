"""Reading `--since` / `--until` into a half-open period `[since, until)` in UTC.

`--since` is a length back from `until` (`12h`, `7d`, `4w`) or a date/time; `--until` is a date/time
(a date means its midnight UTC, so `--until 2026-11-01` ends just before 1 November) and defaults to now.
"""

from __future__ import annotations

import datetime as dt
import re

from provcheck.errors import UsageError
from provcheck.report.metrics import Period

_UNITS = {"h": dt.timedelta(hours=1), "d": dt.timedelta(days=1), "w": dt.timedelta(weeks=1)}


def _moment(option: str, text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"{option} {text!r}: not a date; give YYYY-MM-DD, YYYY-MM-DDTHH:MM, or (for --since) 7d, 12h, 4w."
        ) from None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def parse_period(since: str | None, until: str | None, now: dt.datetime | None = None) -> Period:
    """The period the options name.

    Args:
        since: `--since`: a length (`7d`) back from `until`, a date or time, or None for all history.
        until: `--until`: a date or time, or None for `now`.
        now: the current time (tests pin it); the clock's when None.

    Returns:
        The period, in UTC.

    Raises:
        UsageError: an option cannot be read, or `since` is not before `until`.
    """
    end = _moment("--until", until) if until else (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    start = None
    if since:
        match = re.fullmatch(r"\s*(\d+)\s*([hdw])\s*", since.lower())
        start = end - int(match.group(1)) * _UNITS[match.group(2)] if match else _moment("--since", since)
        if start >= end:
            raise UsageError(
                f"--since {since!r} is not before --until ({end.isoformat()}): the period is empty."
            )
    return Period(start, end)
