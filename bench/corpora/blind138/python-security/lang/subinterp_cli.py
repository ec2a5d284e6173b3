"""Run snippets in an isolated subinterpreter (CPython 3.12 private API)."""
import argparse
import os
import sys

import _xxsubinterpreters as interpreters

WARMUP = "import json, math"


def run_file_arg():
    interp = interpreters.create()
    # expect: code-injection
    interpreters.run_string(interp, sys.argv[1])


def run_from_env():
    interp = interpreters.create()
    snippet = os.environ.get("SNIPPET_CODE", "")
    # expect: code-injection
    interpreters.run_string(interp, snippet)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", required=True)
    parser.add_argument("--script")
    args = parser.parse_args()
    interp = interpreters.create()
    interpreters.run_string(interp, WARMUP)
    # expect: code-injection
    interpreters.run_string(interp, args.code)
    if args.script:
        with open(args.script, encoding="utf-8") as fh:
            print(f"script has {len(fh.read())} characters")
    interpreters.run_string(interp, "print('done')")
    interpreters.destroy(interp)


if __name__ == "__main__":
    main()
