"""The command line: a thin typer shell over the library.

Each command parses its arguments, calls one library function, prints, and ends with an exit
code from `provcheck.errors.ExitCode`. Exceptions become exit codes here and only here.
"""

from __future__ import annotations

import atexit
import gc
import re
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from provcheck import __version__
from provcheck.cli import check, explain, report, review, rules, samples, schema, watch
from provcheck.errors import ExitCode, ProvcheckError

_TYPE_LABEL = re.compile(r"^<(?:list\[)?(\w+)\]?>(\.\.\.)?$")
_METAVARS = {"str": "TEXT", "int": "N", "float": "NUMBER", "path": "PATH", "file": "FILE", "directory": "DIR"}


def plain_metavars(command: Any) -> None:
    """Name option values the way a person reads them (`PATH`, `N`, `TEXT`) and show none for a flag.

    typer labels them with Python types (`<bool>`, `<list[Path]>`), which say nothing to a user.
    """
    for param in command.params:
        if getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.metavar is None and param.param_type_name == "option":
            try:
                label = param.display_type(None) or ""
            except Exception:  # a type whose label needs a context (choices): name it by the option instead
                label = ""
            found = _TYPE_LABEL.match(label)
            word = found[1].lower() if found else ""
            param.metavar = _METAVARS.get(word) or (word.upper() if word else "VALUE")
        elif param.param_type_name == "argument":
            param.metavar = param.metavar or param.name.upper()
            param.display_type_rich = _no_type  # the name says it: PATHS, FILE, INBOX
    command.get_help_option = _flag_help(command.get_help_option)
    for sub in getattr(command, "commands", {}).values():
        plain_metavars(sub)


def _no_type(ctx: Any) -> None:
    return None


def _flag_help(get_help_option: Any) -> Any:
    """Wrap a command's `get_help_option` so that -h/--help, made when help is shown, is a plain flag too."""

    def wrapped(ctx: Any) -> Any:
        option = get_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option

    return wrapped


class _Group(TyperGroup):
    """The root group: plain metavars throughout, however the app is invoked (script or test runner)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        plain_metavars(self)


app = typer.Typer(
    name="provcheck",
    cls=_Group,
    help="Turn UK provider paperwork (LoAs, LoA responses, annual statements) into clean, checked data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
for module in (check, explain, samples, rules, report, watch, schema, review):
    module.register(app)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"provcheck {__version__}")
        raise typer.Exit(code=int(ExitCode.OK))


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Print provcheck's version and exit.", callback=_show_version, is_eager=True)
    ] = False,
) -> None:
    """Turn UK provider paperwork (LoAs, LoA responses, annual statements) into clean, checked data."""


def main() -> None:
    """Console entry point: run the app and map provcheck's exceptions to exit codes."""
    # The interpreter's last act is a full garbage collection over every object the run made (the
    # pipeline's modules, models and knowledge): 40-60 ms of a one-page check's ~0.6 s (issue 14). Freezing
    # the heap as the final exit handler skips it; streams are still flushed and every other handler runs.
    atexit.unregister(gc.freeze)  # registered once, however often main() is called in one process
    atexit.register(gc.freeze)
    try:
        # Without standalone mode, click returns a `typer.Exit` code instead of raising it.
        code = app(standalone_mode=False, prog_name="provcheck")
    except ProvcheckError as exc:
        typer.echo(f"provcheck: {exc.message}", err=True)
        sys.exit(int(exc.exit_code))
    except KeyboardInterrupt:
        typer.echo("provcheck: interrupted.", err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except Exception as exc:  # click's own usage errors arrive here in non-standalone mode
        from typer import _click as click  # typer vendors click; there is no `click` package

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(int(ExitCode.USAGE))
        if isinstance(exc, click.exceptions.Abort):
            typer.echo("provcheck: interrupted.", err=True)
            sys.exit(int(ExitCode.INTERRUPTED))
        raise
    sys.exit(code if isinstance(code, int) else 0)
