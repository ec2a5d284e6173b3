"""The ``postil`` command line: a thin dispatcher over ``postil.commands.<name>_command``.

Each command module has ``register(subparsers)`` and imports heavy libraries
only inside its handler, so ``postil --version`` and ``postil check`` start fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from postil import __version__

COMMANDS = ("check", "review", "install-hook", "rules", "serve", "index", "search", "context", "doctor", "stats", "cache",
            "trust", "baseline", "dismiss")


class _Parser(argparse.ArgumentParser):
    """argparse's parser (its subcommands' too) with :func:`_help_formatter`."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _help_formatter)
        super().__init__(*args, **kwargs)


def _help_formatter(prog: str) -> argparse.HelpFormatter:
    """argparse's help formatter as wide as the terminal, told its width: argparse builds one for
    each argument added, and one left to find it imports shutil (with it bz2, lzma and zlib:
    ~2 ms of every command's start)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 80
    return argparse.HelpFormatter(prog, width=max(columns, 40) - 2)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for every command, or only for ``command`` when it is one, or for none when
    it is ``--version`` (the other modules are not imported then: a dozen imports and parsers
    off each command's start)."""
    parser = _Parser(
        prog="postil",
        description="postil: pattern rules, secrets and LLM review for your code, in the editor and the terminal.",
    )
    parser.add_argument("--version", action="version", version=f"postil {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (command,) if command in COMMANDS else () if command == "--version" else COMMANDS:
        importlib.import_module(f"postil.commands.{name.replace('-', '_')}_command").register(subparsers)
    return parser


def program() -> None:
    """The ``postil`` program (its console script and ``python -m postil``): exits with
    :func:`main`'s code. A finished ``check`` or ``search`` ends without tearing the
    interpreter down: freeing every module and object is ~30 ms CPU of a one-file check
    (~20 ms of a search), for nothing; the output is flushed and exit handlers run first,
    any thread still running gets the ordinary exit, and what they write is written and
    closed by then (fixes and caches by write_atomic, the index's SQLite in autocommit)."""
    code = main()
    threading = sys.modules.get("threading")
    if sys.argv[1:2] in (["check"], ["search"]) and (threading is None or threading.active_count() == 1):
        import atexit

        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            raise SystemExit(code) from None  # a closed pipe: the ordinary exit reports it
        atexit._run_exitfuncs()
        os._exit(code)
    raise SystemExit(code)


def main(argv: list[str] | None = None) -> int:
    # The LLM SDKs' pydantic models need no pydantic plugin, and looking for plugins reads the
    # entry points of every installed package on the first model built; a user's setting wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--version"]:
        return _run(argv)
    if argv[:1] == ["search"]:  # a running postil may answer it: asked before the caches below are loaded
        code = _run(argv, first=True)
        if code is not None:
            return code
    # regular expressions and dataclasses' methods compiled once, not on each run (installed before
    # dataclasses, json and the terminal guard are imported: their patterns are kept too)
    from postil.core import regex_code

    regex_code.install()
    from postil.core import dataclass_code

    dataclass_code.install()
    try:
        return _run(argv)
    finally:
        dataclass_code.save()
        regex_code.save()


def _run(argv: list[str], first: bool = False) -> int | None:
    """Parse ``argv`` and run its command's handler (the exit code); with ``first``, the
    command's ``first_handler``, which answers before anything else is loaded or gives None."""
    from postil import console

    console.guard()
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    handler = getattr(args, "first_handler" if first else "handler", None)
    if handler is None:
        if first:
            return None
        parser.print_help()
        return 2
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("postil: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the environment, not the code: a clear line and exit 2, never a traceback
        from postil.core.terminal import say

        where = f"{exc.filename}: " if exc.filename else ""
        say(f"postil: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        # Settings that cannot be used, from a config file or a POSTIL_* variable: one line naming
        # the file or variable, the key and the problem; exit 2. Commands leave them to this.
        from postil.config import ConfigError
        from postil.config.environment import SettingsError

        if not isinstance(exc, (ConfigError, SettingsError)):
            raise
        from postil.core.terminal import say

        say(f"postil: {exc}", file=sys.stderr)
        return 2
