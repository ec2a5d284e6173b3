"""Diagnostics tool: runs a probe snippet in a fresh sub-interpreter."""
import argparse
import os
import sys

import _testcapi
from test import support
from test.support import run_in_subinterp

DEFAULT_PROBE = "import sys; print(sys.version)"


def probe_from_env():
    snippet = os.environ.get("PROBE_SNIPPET", DEFAULT_PROBE)
    # expect: code-injection
    return _testcapi.run_in_subinterp(snippet)


def probe_from_argv():
    code = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_PROBE
    # expect: code-injection
    return support.run_in_subinterp(code)


def cli():
    parser = argparse.ArgumentParser(description="sub-interpreter probe")
    parser.add_argument("--code")
    parser.add_argument("--imports", default="")
    opts = parser.parse_args()
    payload = "import " + opts.imports + "\n" + opts.code if opts.imports else opts.code
    # expect: code-injection
    return run_in_subinterp(payload)


def default_probe():
    return _testcapi.run_in_subinterp("import sys; print(sys.version)")


def isolation_probe():
    return run_in_subinterp(DEFAULT_PROBE)


if __name__ == "__main__":
    sys.exit(cli())
