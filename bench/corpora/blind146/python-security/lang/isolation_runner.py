"""Runs extension snippets in a fresh sub-interpreter for the job worker."""
import json
import logging
import sys

import _testcapi
from test import support

log = logging.getLogger("isolation")

WARMUP = "import json, decimal"


def warm_up():
    _testcapi.run_in_subinterp(WARMUP)
    support.run_in_subinterp("import sys; sys.path.insert(0, '/opt/ext')")


def run_job(message):
    job = json.loads(message)
    log.info("job %s from %s", job["id"], job.get("owner"))
    # expect: code-injection
    rc = _testcapi.run_in_subinterp(job["snippet"])
    return {"id": job["id"], "rc": rc}


def run_probe(module_name):
    # expect: code-injection
    return support.run_in_subinterp(f"import {module_name}; print({module_name}.__version__)")


def run_check():
    _testcapi.run_in_subinterp("import ssl; assert ssl.OPENSSL_VERSION")


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        if line.startswith("probe "):
            run_probe(line.split(" ", 1)[1])
        elif line.startswith("raw "):
            # expect: code-injection
            _testcapi.run_in_subinterp(line[4:])
        else:
            print(json.dumps(run_job(line)))


if __name__ == "__main__":
    warm_up()
    main()
