"""Runs plugin scripts in a fresh sub-interpreter (CPython test helper)."""
import _testcapi
import test.support
from test.support import run_in_subinterp as run_isolated


def run_plugin(path):
    with open(path, encoding="utf-8") as fh:
        script = fh.read()
    # expect: code-injection
    return _testcapi.run_in_subinterp(script)


def run_snippet(name, body):
    source = f"import {name}\n{body}"
    # expect: code-injection
    return test.support.run_in_subinterp(source)


def run_queued(job):
    # expect: code-injection
    return run_isolated(job["code"])


def health_check():
    _testcapi.run_in_subinterp("import sys; sys.stdout.flush()")
    test.support.run_in_subinterp("pass")
