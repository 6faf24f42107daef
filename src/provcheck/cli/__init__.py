"""The command line: a thin typer shell over the library.

Each command parses its arguments, calls one library function, prints, and ends with an exit
code from `provcheck.errors.ExitCode`. Exceptions become exit codes here and only here.
"""

from __future__ import annotations

import sys

import typer

from provcheck.cli import check, report, review, rules, samples, watch
from provcheck.errors import ExitCode, ProvcheckError

app = typer.Typer(
    name="provcheck",
    help="Turn UK provider paperwork (LoAs, LoA responses, annual statements) into clean, checked data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
for module in (check, samples, rules, report, watch, review):
    module.register(app)


def main() -> None:
    """Console entry point: run the app and map provcheck's exceptions to exit codes."""
    try:
        # Without standalone mode, click returns a `typer.Exit` code instead of raising it.
        code = app(standalone_mode=False)
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
