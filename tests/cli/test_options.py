"""check and watch take one set of checking options (spec/record.md "More decisions": watch and check)."""

from __future__ import annotations

import typer

from provcheck.cli import app

# Each door's own options; everything else must be the same on both (issue 13, item 4).
CHECK_DOOR = {"paths", "json_lines", "out"}
WATCH_DOOR = {"inbox", "poll", "settle", "once"}
# The spec's list of checking options, by flag.
SPEC_CHECKING = {"--rules", "--password", "--passwords", "--as-of", "--jobs", "--known", "--timeout", "--max-pages"}


def _params(name: str) -> dict[str, object]:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    return {p.name: p for p in command.params}


def _shape(param) -> tuple:
    return (tuple(param.opts), param.default, param.multiple, param.bare_type(), param.help)


def test_check_and_watch_take_the_same_checking_options():
    check, watch = _params("check"), _params("watch")
    assert CHECK_DOOR <= set(check) and WATCH_DOOR <= set(watch)
    check_shared = {k: _shape(p) for k, p in check.items() if k not in CHECK_DOOR}
    watch_shared = {k: _shape(p) for k, p in watch.items() if k not in WATCH_DOOR}
    assert check_shared == watch_shared  # same flags, defaults, types and help
    flags = {opt for shape in check_shared.values() for opt in shape[0]}
    assert SPEC_CHECKING <= flags
    assert "--fail-on" in flags  # watch --once exits by check's table, so it takes its level


def test_jobs_defaults_to_usable_cores_on_both_doors():
    from provcheck.cli.options import checking_options, usable_cores

    options = checking_options(
        rules=None, as_of="2026-11-01", fail_on="error", password=["a"], passwords=None,
        timeout=60.0, max_pages=200, jobs=None, known=None, ledger=None,
    )  # fmt: skip
    assert options.jobs == usable_cores() and options.passwords == ("a",)
    assert _params("check")["jobs"].default is None and _params("watch")["jobs"].default is None
