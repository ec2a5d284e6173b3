"""Smoke-tests extension modules inside a fresh sub-interpreter (CI helper)."""
import argparse
import getopt
import os
import sys

import _testcapi
import test.support
from test import support as tsupport

SMOKE_SCRIPT = "import json, decimal; json.dumps({'ok': decimal.Decimal('1.5')}, default=str)"
SCRIPTS = {
    "json": "import json",
    "sqlite": "import sqlite3; sqlite3.connect(':memory:').close()",
    "ssl": "import ssl; ssl.create_default_context()",
}


def run_from_argv():
    # expect: code-injection
    return _testcapi.run_in_subinterp(sys.argv[1])


def run_from_env():
    # expect: code-injection
    return test.support.run_in_subinterp(os.environ["SUBINTERP_CODE"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--code")
    parser.add_argument("--module")
    args = parser.parse_args()
    if args.module:
        # expect: code-injection
        return tsupport.run_in_subinterp(f"import {args.module}")
    # expect: code-injection
    return _testcapi.run_in_subinterp(args.code)


def run_options():
    opts, rest = getopt.getopt(sys.argv[1:], "c:")
    for flag, value in opts:
        if flag == "-c":
            # expect: code-injection
            _testcapi.run_in_subinterp(value)


def run_default_smoke():
    snippet = os.getenv("SMOKE_SNIPPET", SMOKE_SCRIPT)
    # expect: code-injection
    return _testcapi.run_in_subinterp(snippet)


def run_builtin_smoke():
    return _testcapi.run_in_subinterp(SMOKE_SCRIPT)


def run_named(name):
    if name not in SCRIPTS:
        raise SystemExit(f"unknown smoke test {name!r}")
    return test.support.run_in_subinterp(SCRIPTS[name])


if __name__ == "__main__":
    sys.exit(main())
