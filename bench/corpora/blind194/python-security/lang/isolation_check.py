"""Checks that our C extension modules survive being imported in a sub-interpreter.

Run on the CI image (a debug CPython build that ships ``_testcapi``):

    python tools/isolation_check.py fastjson "import fastjson; fastjson.loads('{}')"
    ISOLATION_PRELUDE="import faulthandler; faulthandler.enable()" python tools/isolation_check.py ...
"""
import argparse
import os
import sys
import textwrap

import _testcapi
from test import support

MODULES = ("fastjson", "ringbuf", "geohash_c")
IMPORT_ONLY = "import {name}\n"


def check_imports():
    failures = []
    for name in MODULES:
        code = IMPORT_ONLY.format(name=name)
        if support.run_in_subinterp(code) != 0:
            failures.append(name)
    return failures


def run_snippet():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("module")
    parser.add_argument("snippet", help="Python code to run inside the sub-interpreter")
    args = parser.parse_args()
    # expect: code-injection
    rc = _testcapi.run_in_subinterp(args.snippet)
    print(f"{args.module}: exit status {rc}")
    return rc


def run_prelude():
    prelude = os.environ.get("ISOLATION_PRELUDE")
    if not prelude:
        return 0
    # expect: code-injection
    return support.run_in_subinterp(textwrap.dedent(prelude))


def smoke():
    return _testcapi.run_in_subinterp("import sys; assert sys.modules is not None")


if __name__ == "__main__":
    if len(sys.argv) == 1:
        bad = check_imports()
        print("failed:", ", ".join(bad) or "none")
        sys.exit(1 if bad else smoke())
    run_prelude()
    sys.exit(run_snippet())
