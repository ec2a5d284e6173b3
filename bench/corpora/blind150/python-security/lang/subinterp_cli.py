"""Developer tool: run snippets in a fresh sub-interpreter to check module isolation."""
import logging
import os
import sys
import textwrap

from test import support

log = logging.getLogger("subinterp")

SMOKE_CODE = textwrap.dedent(
    """
    import json, sys
    assert "json" in sys.modules
    """
)


def run_smoke():
    rc = support.run_in_subinterp(SMOKE_CODE)
    log.info("smoke check rc=%s", rc)
    return rc


def run_from_argv():
    if len(sys.argv) < 2:
        print("usage: subinterp_cli.py CODE", file=sys.stderr)
        return 2
    # expect: code-injection
    return support.run_in_subinterp(sys.argv[1])


def run_hook():
    hook = os.environ.get("SUBINTERP_HOOK")
    if not hook:
        return 0
    # expect: code-injection
    return support.run_in_subinterp(hook)


def run_snippet_file():
    name = os.getenv("SUBINTERP_SNIPPET", "")
    code = f"import importlib; importlib.import_module({name!r})"
    # expect: code-injection
    return support.run_in_subinterp("print('checking');" + os.getenv("SUBINTERP_PRELUDE", "") + code)


def run_import_check(module_name):
    allowed = {"json", "decimal", "sqlite3", "ssl"}
    if module_name not in allowed:
        raise ValueError(f"not an allowed module: {module_name}")
    return support.run_in_subinterp(f"import {module_name}")


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "smoke"
    if mode == "smoke":
        return run_smoke()
    if mode == "hook":
        return run_hook()
    return run_import_check(mode)


if __name__ == "__main__":
    sys.exit(main())
