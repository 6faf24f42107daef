"""A batch's outcome by check's exit-code table (spec/record.md "Exit codes"), for both doors.

`check` and `watch --once` tally their results here, so the same documents give the same exit code
whichever door they came through. A document failed by a typed error (errors.exit_code_for: Tesseract
missing) makes the batch exit with that error's code once every other document is done.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from provcheck.errors import ExitCode, UsageError, exit_code_for
from provcheck.models import DocumentResult

FAIL_ON = ("error", "warning", "never")


def check_fail_on(value: str) -> str:
    """`value` if it is a `--fail-on` level, else a UsageError naming the choices."""
    if value not in FAIL_ON:
        raise UsageError(f"--fail-on {value!r}: choose one of {', '.join(FAIL_ON)}.")
    return value


def fails(result_status: str, severities: set[str], fail_on: str) -> bool:
    """Whether one document's result is at or above `--fail-on` (a failed document counts as an error)."""
    if fail_on == "never":
        return False
    if result_status == "failed" or "error" in severities:
        return True
    return fail_on == "warning" and "warning" in severities


@dataclass
class Outcome:
    """Counts of a batch's results and the exit code they give.

    Args:
        fail_on: the `--fail-on` level.
    """

    fail_on: str = "error"
    counts: dict[str, int] = field(default_factory=dict)
    failing: int = 0
    # exit code of a typed error -> (documents it failed, the first message: the advice is the same for all)
    typed: dict[ExitCode, tuple[int, str]] = field(default_factory=dict)

    def add(self, result: DocumentResult) -> None:
        """Count one document's result."""
        self.counts[result.status] = self.counts.get(result.status, 0) + 1
        self.failing += fails(result.status, {i.severity for i in result.issues}, self.fail_on)
        if result.status != "failed":
            return
        for issue in result.issues:
            code = exit_code_for(issue.rule)
            if code is not None:
                n, message = self.typed.get(code, (0, issue.message))
                self.typed[code] = (n + 1, message)

    @property
    def exit_code(self) -> ExitCode:
        """The highest code that applies: a typed error's (3), else 1 when a document is at or above `fail_on`."""
        if self.typed:
            return max(self.typed)
        return ExitCode.AT_OR_ABOVE_FAIL_ON if self.failing else ExitCode.OK

    def summary(self) -> str:
        """`N documents: a clean, b failed…` for the last line of a run."""
        parts = ", ".join(f"{n} {status}" for status, n in sorted(self.counts.items())) or "no documents"
        return f"{sum(self.counts.values())} documents: {parts}"

    def advice(self) -> list[str]:
        """One line per typed error: how many documents it failed and what to do."""
        lines = []
        for _, (n, message) in sorted(self.typed.items()):
            what = message.split(": ", 1)[-1]  # the message starts with the first document's name
            lines.append(f"{n} document{'s' if n != 1 else ''} could not be checked. {what}")
        return lines
