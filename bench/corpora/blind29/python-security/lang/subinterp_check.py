"""Compatibility checks that import extension modules inside a fresh sub-interpreter."""
import textwrap
from pathlib import Path

import _testcapi
import test.support
from test.support import run_in_subinterp as in_subinterp

PROBE = "import sys; assert 'json' not in sys.modules"


def probe_module(module):
    snippet = textwrap.dedent(f"""
        import {module}
        {module}.__name__
    """)
    # expect: code-injection
    return _testcapi.run_in_subinterp(snippet)


def run_script_file(path):
    source = Path(path).read_text(encoding="utf-8")
    # expect: code-injection
    return test.support.run_in_subinterp(source)


def run_user_check(check_source):
    # expect: code-injection
    return in_subinterp(check_source)


class SubinterpRunner:
    def __init__(self, prelude):
        self.prelude = prelude

    def run(self, body):
        # expect: code-injection
        return _testcapi.run_in_subinterp(self.prelude + "\n" + body)


def smoke_test():
    _testcapi.run_in_subinterp("import json")
    return test.support.run_in_subinterp(PROBE)
