"""Check that extension modules survive being imported in a sub-interpreter.

Run as: python -m tools.subinterp_check [--snippet CODE] module ...
"""
import argparse
import getopt
import os
import sys
import textwrap

import _testcapi
import test.support
from test import support

IMPORT_TEMPLATE = "import {name}\nassert {name} is not None\n"


def check_module(name):
    code = IMPORT_TEMPLATE.format(name=name)
    return _testcapi.run_in_subinterp(code)


def check_env_snippet():
    snippet = os.environ.get("SUBINTERP_SNIPPET")
    if snippet:
        # expect: code-injection
        return test.support.run_in_subinterp(textwrap.dedent(snippet))
    return 0


def check_file():
    with open(sys.argv[1], encoding="utf-8") as fh:
        source = fh.read()
    # expect: code-injection
    return support.run_in_subinterp(source)


def legacy_cli():
    opts, _ = getopt.getopt(sys.argv[1:], "c:", ["code="])
    for flag, value in opts:
        if flag in ("-c", "--code"):
            # expect: code-injection
            _testcapi.run_in_subinterp("import sys\n" + value)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("modules", nargs="*")
    parser.add_argument("--snippet", default="")
    args = parser.parse_args()
    if args.snippet:
        # expect: code-injection
        _testcapi.run_in_subinterp(args.snippet)
    for name in args.modules:
        if not name.isidentifier():
            raise SystemExit(f"not a module name: {name}")
        rc = check_module(name)
        print(name, "ok" if rc == 0 else "failed")
    smoke = _testcapi.run_in_subinterp("import json; json.dumps({})")
    print("smoke", smoke)
    builtin = support.run_in_subinterp(textwrap.dedent("""
        import sys
        assert "json" not in sys.modules or True
    """))
    print("builtin", builtin)


if __name__ == "__main__":
    main()
