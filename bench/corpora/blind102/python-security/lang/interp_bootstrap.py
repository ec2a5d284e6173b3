"""Boots worker sub-interpreters from deployment settings."""
import argparse
import getopt
import os
import sys

import _xxsubinterpreters as interpreters
import _xxsubinterpreters

PRELUDE = "import sys; sys.path.insert(0, '/srv/app')"


def boot_from_env():
    interp = interpreters.create()
    script = os.environ.get("WORKER_BOOT", "pass")
    # expect: code-injection
    _xxsubinterpreters.run_string(interp, script)
    return interp


def boot_from_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--init")
    args = parser.parse_args()
    interp = _xxsubinterpreters.create()
    # expect: code-injection
    _xxsubinterpreters.run_string(interp, args.init)


def boot_from_getopt(argv):
    opts, rest = getopt.getopt(argv, "c:")
    interp = _xxsubinterpreters.create()
    for flag, value in opts:
        if flag == "-c":
            # expect: code-injection
            _xxsubinterpreters.run_string(interp, value)


def boot_from_argv():
    interp = _xxsubinterpreters.create()
    # expect: code-injection
    _xxsubinterpreters.run_string(interp, sys.argv[1])


def boot_plain():
    interp = _xxsubinterpreters.create()
    _xxsubinterpreters.run_string(interp, "import json, logging")
    _xxsubinterpreters.run_string(interp, PRELUDE)
    return interp
