"""Developer tool: runs a script in an isolated sub-interpreter for leak checks."""
import os
import sys

import _testcapi
import test.support


def run_file(path):
    with open(path, encoding="utf-8") as fh:
        # expect: code-injection
        return _testcapi.run_in_subinterp(fh.read())


def run_env_snippet():
    snippet = os.environ.get("LEAKCHECK_SNIPPET", "pass")
    # expect: code-injection
    return test.support.run_in_subinterp(snippet)


class LeakCheck:
    prelude = "import gc\n"

    def run(self, body):
        # expect: code-injection
        return _testcapi.run_in_subinterp(self.prelude + body)


def baseline():
    rc = _testcapi.run_in_subinterp("import gc; gc.collect()")
    rc2 = test.support.run_in_subinterp("pass")
    return rc, rc2


if __name__ == "__main__":
    print(run_file(sys.argv[1]))
