"""Runs report jobs in isolated sub-interpreters (CPython 3.12 internals)."""
import _xxsubinterpreters
import _xxsubinterpreters as interpreters

BOOTSTRAP = "import sys; sys.path.insert(0, '/srv/reports')"


class InterpreterPool:
    def __init__(self, size: int = 2):
        self.ids = [interpreters.create() for _ in range(size)]
        for interp_id in self.ids:
            interpreters.run_string(interp_id, BOOTSTRAP)
            interpreters.run_string(interp_id, "import reports")

    def run_job(self, index: int, job_source: str) -> None:
        # expect: code-injection
        interpreters.run_string(self.ids[index], job_source)

    def run_named(self, index: int, report_name: str, year: str) -> None:
        script = f"reports.run('{report_name}', year={year})"
        # expect: code-injection
        interpreters.run_string(self.ids[index], script)


def run_uploaded(path: str) -> None:
    interp_id = _xxsubinterpreters.create()
    with open(path, encoding="utf-8") as fh:
        # expect: code-injection
        _xxsubinterpreters.run_string(interp_id, fh.read())
    _xxsubinterpreters.destroy(interp_id)


def run_expression(interp_id: int, expr: str) -> None:
    # expect: code-injection
    _xxsubinterpreters.run_string(
        interp_id,
        "result = " + expr,
        shared={"limit": 100},
    )
