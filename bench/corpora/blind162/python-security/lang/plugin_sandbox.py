"""Runs operator-supplied snippets in a sub-interpreter (experimental)."""
import argparse
import os
import sys

import _xxsubinterpreters as interpreters

BOOTSTRAP = "import sys; sys.path.insert(0, '/opt/plugins')"


def run_snippet(code: str) -> None:
    iid = interpreters.create()
    try:
        interpreters.run_string(iid, BOOTSTRAP)
        interpreters.run_string(iid, code)
    finally:
        interpreters.destroy(iid)


def run_from_env() -> None:
    iid = interpreters.create()
    try:
        interpreters.run_string(iid, "import json")
        # expect: code-injection
        interpreters.run_string(iid, os.environ.get("PLUGIN_INIT", "pass"))
    finally:
        interpreters.destroy(iid)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="run a plugin hook")
    parser.add_argument("--hook", required=True)
    parser.add_argument("--expr", default="")
    args = parser.parse_args(argv)
    iid = interpreters.create()
    try:
        interpreters.run_string(iid, BOOTSTRAP)
        if args.expr:
            # expect: code-injection
            interpreters.run_string(iid, f"print({args.expr})")
        interpreters.run_string(iid, "import plugins.hooks")
    finally:
        interpreters.destroy(iid)
    return 0


def run_argv_script() -> None:
    iid = interpreters.create()
    try:
        # expect: code-injection
        interpreters.run_string(iid, sys.argv[1])
    finally:
        interpreters.destroy(iid)


if __name__ == "__main__":
    sys.exit(main())
