"""Runs student exercise submissions for the intro course autograder.

Each submission is run in a fresh sub-interpreter so that module state from one
student does not leak into the next one's run.
"""
import json
import logging
import textwrap
from pathlib import Path

from test import support

log = logging.getLogger(__name__)

SUBMISSIONS = Path("/var/lib/grader/submissions")
RESULTS = Path("/var/lib/grader/results")

HARNESS = textwrap.dedent(
    """
    import json, sys
    sys.setrecursionlimit(2000)
    """
)


def self_check() -> bool:
    """Startup probe: sub-interpreters work on this Python build."""
    return support.run_in_subinterp("import json; json.dumps([1, 2, 3])") == 0


def grade(submission_id: str) -> dict:
    source = (SUBMISSIONS / f"{submission_id}.py").read_text(encoding="utf-8")
    # expect: code-injection
    status = support.run_in_subinterp(HARNESS + source)
    result = {"submission": submission_id, "exit": status}
    (RESULTS / f"{submission_id}.json").write_text(json.dumps(result), encoding="utf-8")
    return result


def grade_snippet(payload: dict) -> int:
    """Quick check used by the web editor's Run button."""
    import _testcapi

    code = payload["code"]
    # expect: code-injection
    return _testcapi.run_in_subinterp(code)


def warm_up() -> None:
    for module in ("json", "re", "collections"):
        status = support.run_in_subinterp(f"import {module}")
        if status != 0:
            log.warning("could not import %s in a sub-interpreter", module)


def grade_all(ids) -> list:
    results = []
    for submission_id in ids:
        try:
            results.append(grade(submission_id))
        except OSError as exc:
            log.error("missing submission %s: %s", submission_id, exc)
    return results
