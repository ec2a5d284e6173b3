"""CI step launcher: replaces itself with the step command of the pipeline job.

The runner exports the job's variables (including those set from the merge
request title, branch name and the `.ci.yml` of the contributor's fork) before
starting this script, and builds its command line from that same job definition.
"""
import argparse
import getopt
import os
import shlex
import sys

ALLOWED_TOOLS = {"pytest": "/usr/bin/pytest", "tox": "/usr/bin/tox", "make": "/usr/bin/make"}


def run_step():
    script = os.environ["CI_STEP_SCRIPT"]
    # expect: command-injection
    os.execv("/bin/sh", ["/bin/sh", "-c", script])


def run_tool():
    tool = os.environ.get("CI_TOOL", "make")
    args = shlex.split(os.environ.get("CI_TOOL_ARGS", ""))
    # expect: command-injection
    os.execvp(tool, [tool, *args])


def run_hook():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hook", required=True)
    args = parser.parse_args()
    # expect: command-injection
    os.execl("/bin/bash", "bash", "-c", args.hook)


def run_getopt(argv):
    opts, _ = getopt.getopt(argv, "c:")
    for opt, value in opts:
        if opt == "-c":
            # expect: command-injection
            os.execle("/bin/sh", "sh", "-c", value, dict(os.environ))


def run_allowed():
    name = os.environ.get("CI_TOOL", "make")
    binary = ALLOWED_TOOLS.get(name)
    if binary is None:
        sys.exit(f"tool {name!r} is not allowed")
    os.execv(binary, [binary, "--version"])


def run_fixed():
    os.execl("/bin/sh", "sh", "-c", "echo step finished")


def run_tests():
    os.execvp("pytest", ["pytest", "-q", "tests/"])


if __name__ == "__main__":
    run_step()
