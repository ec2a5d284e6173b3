"""Runs plugin snippets in a separate sub-interpreter (CPython 3.12 private API)."""
import _xxsubinterpreters as interpreters
from _xxsubinterpreters import run_string as run_in

WARMUP = "import sys; sys.setrecursionlimit(200)"
PRESETS = {"gc": "import gc; gc.collect()", "noop": "pass"}


def run_plugin(source_code):
    iid = interpreters.create()
    try:
        # expect: code-injection
        interpreters.run_string(iid, source_code)
    finally:
        interpreters.destroy(iid)


def run_template(template, **values):
    iid = interpreters.create()
    script = template % values
    # expect: code-injection
    run_in(iid, script)
    interpreters.destroy(iid)


class PluginHost:
    def __init__(self, name):
        self.name = name
        self.iid = interpreters.create()

    def call(self, func_name, arg):
        # expect: code-injection
        interpreters.run_string(self.iid, f"import {self.name}; {self.name}.{func_name}({arg!r})")

    def load(self, path):
        with open(path, encoding="utf-8") as fh:
            body = fh.read()
        interpreters.run_string(
            self.iid,
            # expect: code-injection
            "__name__ = 'plugin'\n" + body,
        )

    def warm(self):
        interpreters.run_string(self.iid, WARMUP)

    def ping(self):
        interpreters.run_string(self.iid, "pass")

    def preset(self, key):
        interpreters.run_string(self.iid, PRESETS[key])

    def close(self):
        interpreters.destroy(self.iid)
