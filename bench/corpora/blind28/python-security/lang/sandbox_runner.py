"""Runs tenant hook scripts in a separate sub-interpreter (CPython 3.12)."""
import argparse
import os
import sys

import _xxsubinterpreters as interpreters
import _xxsubinterpreters


def run_hook_from_env():
    interp = interpreters.create()
    code = os.environ.get("TENANT_HOOK_CODE", "")
    # expect: code-injection
    interpreters.run_string(interp, code)
    interpreters.destroy(interp)


def run_from_argv():
    interp = _xxsubinterpreters.create()
    # expect: code-injection
    _xxsubinterpreters.run_string(interp, sys.argv[1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--snippet", required=True)
    parser.add_argument("--setup", default="")
    args = parser.parse_args()
    interp = interpreters.create()
    # expect: code-injection
    interpreters.run_string(interp, args.setup + "\n" + args.snippet)
    interpreters.destroy(interp)


def warm_up():
    interp = interpreters.create()
    interpreters.run_string(interp, "import json, re, datetime")
    interpreters.destroy(interp)


def run_bundled(name):
    with open(os.path.join(os.path.dirname(__file__), "hooks", "builtin.py"), encoding="utf-8") as fh:
        code = fh.read()
    interp = interpreters.create()
    interpreters.run_string(interp, code)
    interpreters.destroy(interp)
