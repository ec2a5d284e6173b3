"""Run tenant build hooks in a sub-interpreter of the shared CI runner.

The runner is multi-tenant: each job's environment comes from the tenant's pipeline settings.
"""
import argparse
import os
import textwrap

import _xxsubinterpreters as interpreters

PRELUDE = textwrap.dedent(
    """
    import sys
    sys.dont_write_bytecode = True
    """
)


def _new_interp():
    interp = interpreters.create()
    interpreters.run_string(interp, PRELUDE)
    return interp


def run_hook_from_env():
    interp = _new_interp()
    try:
        hook = os.environ.get("PIPELINE_PRE_BUILD_HOOK", "")
        if hook:
            # expect: code-injection
            interpreters.run_string(interp, hook)
    finally:
        interpreters.destroy(interp)


def run_version_probe():
    interp = _new_interp()
    try:
        interpreters.run_string(interp, "import platform; print(platform.python_version())")
    finally:
        interpreters.destroy(interp)


def run_module_probe(modules):
    interp = _new_interp()
    try:
        script = "\n".join("import %s" % m for m in ("json", "sqlite3", "ssl") if m in modules)
        interpreters.run_string(interp, script)
    finally:
        interpreters.destroy(interp)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--snippet", help="python code from the job's `hooks.post` setting")
    args = parser.parse_args()
    run_hook_from_env()
    if args.snippet:
        interp = _new_interp()
        try:
            # expect: code-injection
            interpreters.run_string(interp, args.snippet)
        finally:
            interpreters.destroy(interp)


if __name__ == "__main__":
    main()
