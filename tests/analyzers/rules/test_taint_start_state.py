"""The taint state where a function starts is the state before its first statement, not after its last:
whether callers feed a parameter (FileTaint._from_callers) is read there. A function with no branching
statement that writes request data into one parameter (`job.owner = request.headers[...]`) and runs a
command another parameter gives was taken as fed by its callers, so the shell command it runs for any
caller was judged followed and clean, and the pattern finding on it dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.loader import builtin_rules
from postil.config import LoadedConfig, PostilConfig

JOBS = '''import subprocess

from flask import request


def run_job(job, command):
    job.owner = request.headers.get("X-User", "")
    subprocess.run(command, shell=True)


def run_branched(job, command):
    if command:
        job.owner = request.headers.get("X-User", "")
    subprocess.run(command, shell=True)


def run_other(job, command):
    subprocess.run(command, shell=True)
'''

RULES = ("python/security/tainted-command", "python/security/subprocess-shell-true")


@pytest.fixture(scope="module")
def checker() -> Checker:
    rules, errors = builtin_rules()
    assert not errors
    checker = Checker(LoadedConfig(settings=PostilConfig(builtin_rules=False), path=None, root=Path("/srv")))
    checker.ruleset = RuleSet.of([r for r in rules if r.id in RULES])
    return checker


def test_a_parameter_written_with_request_data_does_not_make_the_function_fed_by_its_callers(checker):
    found = sorted((f.rule, f.sink_span.start_line + 1) for f in checker.check_text(Path("/srv/app/jobs.py"), JOBS))
    runs = [i + 1 for i, line in enumerate(JOBS.splitlines()) if "subprocess.run(" in line]
    assert found == [("python/security/subprocess-shell-true", line) for line in runs]
