"""Runs user plugins in a subinterpreter (CPython 3.12)."""
import _xxsubinterpreters
import _xxsubinterpreters as interpreters
from _xxsubinterpreters import run_string
from pathlib import Path

PLUGIN_DIR = Path.home() / ".acme" / "plugins"
BOOTSTRAP = "import sys; sys.path.insert(0, '/opt/acme/lib')"


def run_plugin(name):
    source = (PLUGIN_DIR / f"{name}.py").read_text()
    interp = _xxsubinterpreters.create()
    try:
        # expect: code-injection
        _xxsubinterpreters.run_string(interp, source)
    finally:
        _xxsubinterpreters.destroy(interp)


def call_entry(module, func, arg):
    interp = interpreters.create()
    # expect: code-injection
    interpreters.run_string(interp, f"import {module}; {module}.{func}({arg!r})")
    interpreters.destroy(interp)


class PluginHost:
    def __init__(self):
        self.interp = interpreters.create()
        interpreters.run_string(self.interp, BOOTSTRAP)

    def execute(self, snippet):
        # expect: code-injection
        run_string(self.interp, "result = " + snippet)

    def ping(self):
        run_string(self.interp, "import gc; gc.collect()")


def run_settings(path):
    interp = interpreters.create()
    code = "SETTINGS = %s" % Path(path).read_text()
    # expect: code-injection
    interpreters.run_string(interp, code, shared={"origin": str(path)})
    interpreters.destroy(interp)
