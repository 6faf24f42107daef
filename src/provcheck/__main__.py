"""`python -m provcheck`: the same command line as the `provcheck` script."""

from provcheck.cli import main

main()
