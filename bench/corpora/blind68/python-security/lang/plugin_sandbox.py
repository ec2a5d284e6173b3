"""Run tenant plugin hooks in CPython sub-interpreters (experimental runner)."""
import _xxsubinterpreters
import _xxsubinterpreters as interpreters
import json
import logging
import textwrap
from pathlib import Path

log = logging.getLogger(__name__)

PLUGIN_ROOT = Path("/srv/plugins")
BOOTSTRAP = "import sys; sys.path.insert(0, '/srv/plugins/lib')"


class PluginRunner:
    def __init__(self):
        self.interp = interpreters.create()
        interpreters.run_string(self.interp, "import json, math")

    def run_hook(self, plugin, hook_source):
        # expect: code-injection
        interpreters.run_string(self.interp, hook_source)

    def run_file(self, name):
        source = (PLUGIN_ROOT / name / "hook.py").read_text()
        # expect: code-injection
        _xxsubinterpreters.run_string(self.interp, source, shared={"tenant": name})

    def call(self, plugin_name, func, args):
        snippet = f"from {plugin_name} import {func}\n{func}(*{json.dumps(args)})"
        # expect: code-injection
        interpreters.run_string(self.interp, snippet)

    def close(self):
        interpreters.destroy(self.interp)


def run_inline(payload):
    interp = _xxsubinterpreters.create()
    try:
        code = textwrap.dedent(payload["script"])
        _xxsubinterpreters.run_string(
            interp,
            # expect: code-injection
            "result = None\n" + code,
        )
    finally:
        _xxsubinterpreters.destroy(interp)


def warm_up():
    interp = interpreters.create()
    interpreters.run_string(interp, BOOTSTRAP)
    interpreters.run_string(interp, "import decimal")
    return interp
