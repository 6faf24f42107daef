"""One exception tree and one exit-code table (codes fixed by spec/record.md, "Decisions").

The library raises; only the CLI turns an exception into an exit code, in one place.
A bad *document* never raises out of a batch: it becomes a `failed` result (see
`DocumentFailure`), so these exceptions are for whole-run problems.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of `provcheck` commands."""

    OK = 0
    AT_OR_ABOVE_FAIL_ON = 1
    USAGE = 2
    MISSING_PROGRAM = 3
    INTERRUPTED = 130


class ProvcheckError(Exception):
    """Base of every error provcheck raises on purpose; carries its exit code.

    `rule` names the failure a document gets when the error is raised while reading it (in a worker
    process): the error then crosses to the CLI as that document's `failed` result, and `exit_code_for`
    gives back its exit code. None: the error is not about one document.
    """

    exit_code: ExitCode = ExitCode.USAGE
    rule: str | None = None

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(ProvcheckError):
    """Bad arguments: a path that does not exist, an option out of range."""


class ReviewError(ProvcheckError):
    """A review action the desk refuses (spec/review.md); the message says why in plain words."""


class UnknownDocument(ReviewError):
    """No document with that ledger id."""


class InvalidCorrection(ReviewError):
    """A corrected value the validators refuse, or a field that cannot be corrected."""


class StaleVersion(ReviewError):
    """Another reviewer saved first: the version the change was based on is no longer the latest."""


class ConfigError(ProvcheckError):
    """A bad rules, provider-registry or mapping file; the message names file, key and reason."""


class MissingProgramError(ProvcheckError):
    """A required outside program (Tesseract) is not installed."""

    exit_code = ExitCode.MISSING_PROGRAM
    rule = "ocr_unavailable"


# The failure rules that stand for a typed error, and its exit code (spec/record.md "Missing Tesseract").
_RULE_EXIT_CODES = {MissingProgramError.rule: MissingProgramError.exit_code}


def exit_code_for(rule: str) -> ExitCode | None:
    """The exit code a document failed with `rule` gives its batch, when the rule stands for a typed error."""
    return _RULE_EXIT_CODES.get(rule)


class DocumentFailure(Exception):
    """A document cannot be read at all; becomes that document's `failed` result.

    Args:
        rule: the cause, one of spec/record.md's failure rules (`unreadable`, `encrypted`,
            `not_a_pdf`, `too_large`, `timeout`, `crashed`, `ocr_unavailable`).
        message: what happened and what the user can do about it.
    """

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message
