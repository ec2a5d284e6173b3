"""Run snippets in an isolated sub-interpreter from the command line."""
import argparse
import getopt
import os
import sys

import _xxsubinterpreters as interpreters


def run_file_arg():
    interp = interpreters.create()
    # expect: code-injection
    interpreters.run_string(interp, sys.argv[1])


def run_env_hook():
    hook = os.environ.get("STARTUP_HOOK", "")
    interp = interpreters.create()
    source = "import site\n" + hook
    # expect: code-injection
    interpreters.run_string(interp, source)


def run_parsed():
    parser = argparse.ArgumentParser()
    parser.add_argument("--code")
    args = parser.parse_args()
    interp = interpreters.create()
    # expect: code-injection
    interpreters.run_string(interp, f"result = {args.code}\nprint(result)")


def run_opts(argv):
    opts, rest = getopt.getopt(argv, "e:")
    interp = interpreters.create()
    for opt, snippet in opts:
        # expect: code-injection
        interpreters.run_string(interp, snippet)


def warm_up():
    interp = interpreters.create()
    interpreters.run_string(interp, "import json, re")
    interpreters.destroy(interp)


def run_named_preset(name):
    presets = {"gc": "import gc; gc.collect()", "path": "import sys; print(sys.path)"}
    interp = interpreters.create()
    interpreters.run_string(interp, presets.get(name, "pass"))
