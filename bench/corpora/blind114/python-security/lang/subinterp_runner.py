"""Test harness that runs bootstrap code in a fresh sub-interpreter."""
import argparse
import getopt
import os
import sys

import _testcapi
import test.support

SMOKE_CODE = "import json; json.dumps({'ok': True})"


def run_bootstrap_from_env():
    # expect: code-injection
    return _testcapi.run_in_subinterp(os.environ["BOOTSTRAP_CODE"])


def run_from_argv():
    # expect: code-injection
    return test.support.run_in_subinterp(sys.argv[1])


def run_from_args():
    parser = argparse.ArgumentParser(description="run code in a sub-interpreter")
    parser.add_argument("--code", required=True)
    args = parser.parse_args()
    # expect: code-injection
    return _testcapi.run_in_subinterp(args.code)


def run_from_getopt(argv):
    opts, _rest = getopt.getopt(argv, "c:")
    for opt, value in opts:
        if opt == "-c":
            # expect: code-injection
            return _testcapi.run_in_subinterp(value)
    return None


def smoke():
    return _testcapi.run_in_subinterp(SMOKE_CODE)


def smoke_literal():
    return test.support.run_in_subinterp("import sys")


if __name__ == "__main__":
    sys.exit(run_from_args())
