"""Notebook-job runner: runs a job's setup snippet and cells in an embedded interpreter.

The job spec is written by notebook users; the scheduler passes it in as environment
variables and argv when it starts this runner.
"""
import argparse
import code
import os
import sys


def run_job():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cell", action="append", default=[])
    args = parser.parse_args()
    console = code.InteractiveConsole({"__name__": "__job__"})
    console.push("import math, json")
    # expect: code-injection
    console.push(os.environ.get("JOB_SETUP", "pass"))
    for cell in args.cell:
        # expect: code-injection
        console.runsource(cell, "<cell>")
    return console


def run_inline():
    interp = code.InteractiveInterpreter({})
    source = sys.argv[-1]
    # expect: code-injection
    interp.runcode(code.compile_command(source))


def banner():
    interp = code.InteractiveInterpreter({})
    interp.runsource("print('runner ready')")


if __name__ == "__main__":
    run_job()
