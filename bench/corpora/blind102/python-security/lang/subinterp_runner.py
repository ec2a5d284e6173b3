"""Runs plugin hooks in an isolated sub-interpreter (test harness)."""
import json
import sys
from pathlib import Path

import _testcapi
import test.support

HOOK_DIR = Path("/srv/plugins/hooks")


def run_hook(name):
    source = (HOOK_DIR / f"{name}.py").read_text(encoding="utf-8")
    # expect: code-injection
    return _testcapi.run_in_subinterp(source)


def run_job(message: bytes):
    job = json.loads(message)
    # expect: code-injection
    return test.support.run_in_subinterp(job["code"])


class SandboxSession:
    def __init__(self, prelude):
        self.prelude = prelude

    def execute(self, snippet):
        # expect: code-injection
        return _testcapi.run_in_subinterp(self.prelude + "\n" + snippet)


def smoke_test():
    return _testcapi.run_in_subinterp("import sys; sys.stdout.flush()")


def check_isolation():
    return test.support.run_in_subinterp("import json")


if __name__ == "__main__":
    print(run_hook(sys.argv[1]))
