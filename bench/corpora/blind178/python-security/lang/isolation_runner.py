"""Runs grading scripts for the course platform in a fresh sub-interpreter.

Sub-interpreters give each submission its own module state, which is what the
graders rely on; they are not a security boundary.
"""
import json
import os
import tempfile

try:
    import _testcapi
except ImportError:  # release builds without the test extension
    _testcapi = None
from test import support

from .queue import next_job, report_result

SUBMISSIONS = os.environ.get("SUBMISSIONS_DIR", "/srv/grader/submissions")


def _result_path():
    fd, path = tempfile.mkstemp(prefix="grade-", suffix=".json")
    os.close(fd)
    return path


def grade_submission(job):
    """Run the student's uploaded code, then the grader's checks, in one sub-interpreter."""
    with open(os.path.join(SUBMISSIONS, job["submission_file"]), encoding="utf-8") as fh:
        student_code = fh.read()
    result_path = _result_path()
    script = student_code + "\n\n" + job["checks"].format(result_path=result_path)
    # expect: code-injection
    status = support.run_in_subinterp(script)
    with open(result_path, encoding="utf-8") as fh:
        return status, json.load(fh)


def run_snippet(job):
    """Quick "run" button in the editor: the learner's snippet as typed."""
    if _testcapi is None:
        raise RuntimeError("sub-interpreters unavailable")
    # expect: code-injection
    return _testcapi.run_in_subinterp(job["snippet"])


def self_test():
    """Startup check that sub-interpreters work on this build."""
    if _testcapi is not None:
        assert _testcapi.run_in_subinterp("import json, math") == 0
    return support.run_in_subinterp("x = sum(range(10))") == 0


def work_forever():
    self_test()
    while True:
        job = next_job()
        if job["kind"] == "grade":
            report_result(job["id"], *grade_submission(job))
        elif job["kind"] == "snippet":
            report_result(job["id"], run_snippet(job), None)
