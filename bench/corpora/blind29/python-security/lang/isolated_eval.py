"""Runs plugin code in a separate interpreter (CPython private API)."""
import textwrap

import _xxsubinterpreters
import _xxsubinterpreters as interpreters
from _xxsubinterpreters import run_string

SETUP = "import sys; sys.setrecursionlimit(200)"


def run_plugin(code):
    interp = _xxsubinterpreters.create()
    try:
        # expect: code-injection
        _xxsubinterpreters.run_string(interp, code)
    finally:
        _xxsubinterpreters.destroy(interp)


def run_formula(expr, values):
    iid = interpreters.create()
    script = textwrap.dedent(f"""
        result = {expr}
    """)
    # expect: code-injection
    interpreters.run_string(iid, script, shared=values)
    interpreters.destroy(iid)


def run_file(path, iid):
    with open(path, encoding="utf-8") as fh:
        # expect: code-injection
        run_string(iid, fh.read())


class PluginHost:
    def __init__(self):
        self.iid = interpreters.create()

    def call(self, plugin_name, entry):
        # expect: code-injection
        interpreters.run_string(self.iid, "import " + plugin_name + "; " + plugin_name + "." + entry + "()")


def warm_up(iid):
    interpreters.run_string(iid, "import json, re")
    interpreters.run_string(iid, SETUP)


def run_with_data(iid, payload):
    interpreters.run_string(iid, "import json; data = json.loads(payload)", shared={"payload": payload})
