"""Runs extension-module smoke tests in fresh sub-interpreters."""
import textwrap

import _testcapi
import _testcapi as capi
from test import support
from test.support import run_in_subinterp

SMOKE = "import json; json.dumps({'ok': True})"


def smoke_all() -> None:
    _testcapi.run_in_subinterp("import json; json.dumps({'ok': True})")
    run_in_subinterp("import sqlite3")


def import_in_subinterp(module_name: str) -> int:
    # expect: code-injection
    return _testcapi.run_in_subinterp(f"import {module_name}")


def run_user_check(script: str) -> int:
    body = textwrap.dedent(script)
    # expect: code-injection
    return run_in_subinterp(body)


class PluginProbe:
    def __init__(self, plugin_path: str):
        self.plugin_path = plugin_path

    def probe(self) -> int:
        with open(self.plugin_path, encoding="utf-8") as fh:
            source = fh.read()
        # expect: code-injection
        return capi.run_in_subinterp(source)

    def probe_entry(self, entry: str) -> int:
        snippet = "import plugins\n"
        snippet += "plugins.%s.self_test()\n" % entry
        # expect: code-injection
        return support.run_in_subinterp(snippet)
