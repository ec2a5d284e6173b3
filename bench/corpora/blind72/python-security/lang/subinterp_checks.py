"""Isolation checks: run extension-module snippets in fresh sub-interpreters."""
import sys
import textwrap
import unittest
from test import support
from test.support import run_in_subinterp as run_isolated

import _testcapi

PLUGIN_IMPORT = "import {name}\n{name}.init()"
CHECK_BODY = textwrap.dedent("""
    import sys
    assert 'site' in sys.modules
""")


def load_plugin_isolated(name):
    # expect: code-injection
    return _testcapi.run_in_subinterp(PLUGIN_IMPORT.format(name=name))


class SubinterpTests(unittest.TestCase):
    plugins = sys.argv[1:] or ["json"]

    def test_plugins_import(self):
        for name in self.plugins:
            with self.subTest(plugin=name):
                # expect: code-injection
                ret = support.run_in_subinterp("import " + name)
                self.assertEqual(ret, 0)

    def test_site_loaded(self):
        # expect: code-injection
        self.assertEqual(run_isolated(CHECK_BODY), 0)

    def test_constant(self):
        self.assertEqual(_testcapi.run_in_subinterp("import math"), 0)
        self.assertEqual(support.run_in_subinterp("pass"), 0)


def run_config_snippet(path):
    with open(path, encoding="utf-8") as fh:
        snippet = fh.read()
    # expect: code-injection
    return _testcapi.run_in_subinterp(f"{snippet}\n")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
