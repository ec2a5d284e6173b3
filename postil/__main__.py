"""Allow ``python -m postil``."""

from postil.cli import program

program()
