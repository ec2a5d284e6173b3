"""Runs user-supplied notebook cells in a sub-interpreter (CPython 3.12 private API)."""
import _xxsubinterpreters
import json
import sys

WARMUP = "import math, statistics"


def run_cell(cell_source):
    interp = _xxsubinterpreters.create()
    try:
        _xxsubinterpreters.run_string(interp, WARMUP)
        # expect: code-injection
        _xxsubinterpreters.run_string(interp, cell_source)
    finally:
        _xxsubinterpreters.destroy(interp)


def run_job(job_path):
    with open(job_path, encoding="utf-8") as fh:
        job = json.load(fh)
    interp = _xxsubinterpreters.create()
    # expect: code-injection
    _xxsubinterpreters.run_string(interp, job["script"], shared={"args": job["args"]})
    _xxsubinterpreters.destroy(interp)


def run_from_stdin():
    interp = _xxsubinterpreters.create()
    code = sys.stdin.read()
    # expect: code-injection
    _xxsubinterpreters.run_string(interp, "print('starting')\n" + code)


def health_check():
    interp = _xxsubinterpreters.create()
    _xxsubinterpreters.run_string(interp, "import sys; sys.stdout.flush()")
    _xxsubinterpreters.destroy(interp)
