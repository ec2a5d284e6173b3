"""Runs user snippets in a sub-interpreter (CPython 3.12 private API)."""
import argparse
import getopt
import os
import sys

import _xxsubinterpreters
import _xxsubinterpreters as interpreters

PRESETS = {
    "hello": "print('hello from a subinterpreter')",
    "version": "import sys; print(sys.version)",
}


def run_argv():
    interp = _xxsubinterpreters.create()
    try:
        # expect: code-injection
        _xxsubinterpreters.run_string(interp, sys.argv[1])
    finally:
        _xxsubinterpreters.destroy(interp)


def run_startup_script():
    interp = interpreters.create()
    script = os.environ.get("SUBINTERP_STARTUP", "pass")
    # expect: code-injection
    interpreters.run_string(interp, script)
    return interp


def main():
    parser = argparse.ArgumentParser(description="run a snippet isolated")
    parser.add_argument("--code", required=True)
    parser.add_argument("--preset", choices=sorted(PRESETS))
    args = parser.parse_args()
    interp = interpreters.create()
    # expect: code-injection
    interpreters.run_string(interp, f"import json\n{args.code}\n")
    if args.preset:
        interpreters.run_string(interp, PRESETS[args.preset])
    interpreters.destroy(interp)


def cli(argv=None):
    opts, rest = getopt.getopt(argv or sys.argv[1:], "e:", ["eval="])
    interp = interpreters.create()
    for opt, value in opts:
        if opt in ("-e", "--eval"):
            # expect: code-injection
            interpreters.run_string(interp, value)
    interpreters.run_string(interp, "print('done')")


def warm_up():
    interp = interpreters.create()
    interpreters.run_string(interp, "import json, decimal")
    return interp


if __name__ == "__main__":
    main()
