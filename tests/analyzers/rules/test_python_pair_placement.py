"""`postil check` reports a problem made of two statements (a value written in a name, then the
call that uses it) from the first of them, where the value is written and the fix goes, which is
also where Semgrep's registry starts such a match: the JWT secret, the http:// URL a function
then fetches, the BashOperator command formatted ahead of the call. (The URL and the command are
underlined from there down to the call that sends or runs them; a URL that is a parameter's
default from the `def` line that writes it.) A file opened again before it was closed is reported
from the first open (where Semgrep's registry starts its match, and blind138's writer points) down
to the reopening, where the first handle is lost (the line blind14, blind22, blind38 and blind76
point at): the range covers both, the reopening stays the finding's sink.

Lines a rule must report end with `# expect: <rule-id>`; a finding of those rules must start on
such a line."""

from __future__ import annotations

import pytest

from tests.expected_lines import expected_lines, reported_lines

MODULE = """\
import jwt
import requests
import urllib.request
from airflow.operators.bash import BashOperator


def issue_token(user):
    signing_key = "dev-only-signing-key"  # expect: python/security/jwt-hardcoded-key
    return jwt.encode({"sub": str(user.id)}, signing_key, algorithm="HS256")


def publish(event):
    url = "http://hooks.example.org/events"  # expect: python/security/insecure-transport-url-variable
    return requests.post(url, json=event, timeout=5)


def mirror(src="ftp://ftp.example.org/pub/data.csv"):  # expect: python/security/insecure-transport-url-variable
    return urllib.request.urlopen(src).read()


def export_task(dag, bucket):
    cmd = "gsutil rsync -r /data gs://%s/" % bucket  # expect: python/security/airflow-bash-command-formatted
    return BashOperator(task_id="export", bash_command=cmd, dag=dag)


def merge(a, b):
    out = open(a, "w")  # expect: python/correctness/file-reopened-before-close
    out.write("header")
    out = open(b, "w")
    out.write("body")
    out.close()
"""


@pytest.mark.slow
def test_a_two_statement_problem_is_reported_where_its_value_is_written(postil, tmp_path):
    expected = expected_lines(MODULE)
    rules = {rule for _, rule in expected} | {"python/security/insecure-transport-opener"}
    assert reported_lines(postil, tmp_path, MODULE, rules) == expected
