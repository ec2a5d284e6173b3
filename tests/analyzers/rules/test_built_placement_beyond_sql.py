"""Findings other than SQL that a reviewer points at where their text is built: an http:// URL
kept in a variable and fetched below, HTML concatenated from request data and returned, a shell
command formatted before an Airflow BashOperator runs it. Each runs from the building statement
to the call (or the `return`) that uses it, so the line a Semgrep-style label names and the line
bandit names are both inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

CLIENT = """\
import requests
from requests.auth import HTTPBasicAuth


def void_invoice(invoice_id, user, password):
    url = "http://billing.corp.example.com/api/invoices/void"
    creds = HTTPBasicAuth(user, password)
    return requests.post(url, json={"id": invoice_id}, auth=creds, timeout=10)
"""

VIEWS = """\
from flask import Blueprint
from markupsafe import escape

bp = Blueprint("search", __name__)


@bp.route("/tag/<tag>")
def by_tag(tag):
    heading = f"<h2>Articles tagged {tag}</h2>"
    items = "".join("<li>{}</li>".format(escape(t)) for t in ("a", "b"))
    return heading + "<ul>" + items + "</ul>"
"""

DAG = """\
from airflow.models import Variable
from airflow.operators.bash import BashOperator

tables = Variable.get("export_tables", deserialize_json=True)
cmd = "python /opt/jobs/export.py --tables %s" % ",".join(tables)
export = BashOperator(task_id="export", bash_command=cmd)
"""


def findings(postil, tmp_path: Path, name: str, text: str, rule: str) -> list[dict]:
    (tmp_path / name).write_text(text)
    done = postil("check", name, "--exit-zero", "--format", "json", "--select", rule, cwd=tmp_path)
    assert done.code == 0, done.stderr
    return done.json["findings"]


def test_a_plain_http_url_variable_is_reported_from_the_url_to_the_call_that_sends_it(postil, tmp_path):
    [found] = findings(postil, tmp_path, "client.py", CLIENT, "python/security/insecure-transport-url-variable")
    assert (found["line"], found["end_line"]) == (6, 8)
    assert found["message"].endswith("; URL text built at line 6, run at line 8")


DEFAULT_URL = """\
import requests


def fetch_catalogue(url="http://catalogue.supplier-feeds.com/export.csv", timeout=30):
    resp = requests.get(url, timeout=timeout)
    return resp.text
"""


def test_a_plain_http_url_given_as_a_parameters_default_is_reported_from_the_def_line(postil, tmp_path):
    [found] = findings(postil, tmp_path, "feeds.py", DEFAULT_URL, "python/security/insecure-transport-url-variable")
    assert (found["line"], found["end_line"]) == (4, 5)


def test_html_joined_from_request_data_is_reported_from_where_it_is_built_to_the_return(postil, tmp_path):
    [found] = findings(postil, tmp_path, "views.py", VIEWS, "python/security/tainted-xss")
    assert (found["line"], found["end_line"]) == (9, 11)
    assert found["message"].endswith("; HTML text built at line 9")


def test_a_bash_command_formatted_into_a_variable_runs_from_there_to_the_operator(postil, tmp_path):
    [found] = findings(postil, tmp_path, "dag.py", DAG, "python/security/airflow-bash-command-formatted")
    assert (found["line"], found["end_line"]) == (5, 6)


LAMBDA = """\
exports.handler = async (event) => {
  const name = event.queryStringParameters.name;
  let page = '<ul>';
  page += '<li>' + name + '</li>';
  page += '</ul>';
  return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: page };
};
"""


def test_a_page_built_from_request_data_is_one_finding_from_its_markup_to_the_response(postil, tmp_path):
    # (the concatenation rule's finding on line 4 is the same flow: not a second one)
    (tmp_path / "handler.js").write_text(LAMBDA)
    done = postil("check", "handler.js", "--exit-zero", "--format", "json", cwd=tmp_path)
    [found] = [f for f in done.json["findings"] if f["metadata"].get("cwe") == "CWE-79"]
    assert found["rule"] == "js/security/tainted-xss"
    assert (found["line"], found["end_line"]) == (3, 6)
    assert found["message"].endswith("; HTML text built at line 3")


DOWNLOADS = """\
const express = require('express');
const path = require('path');
const app = express();

app.get('/exports', (req, res) => {
  const file = path.resolve('/srv/exports', req.query.name);
  res.download(file);
});
"""


def test_a_path_joined_from_request_data_is_reported_from_the_join_to_the_call_that_opens_it(postil, tmp_path):
    # (a registry's traversal rules name the path.join/resolve line, the file-serving ones the call)
    [found] = findings(postil, tmp_path, "exports.js", DOWNLOADS, "js/security/tainted-path")
    assert (found["line"], found["end_line"]) == (6, 7)
    assert found["message"].endswith("; path text built at line 6")


PY_LAMBDA = """\
def search_handler(event, context):
    term = event["queryStringParameters"]["q"]
    page = "<p>No results for <b>" + term + "</b></p>"
    return {"statusCode": 404, "headers": {"Content-Type": "text/html"}, "body": page}
"""


def test_a_python_lambda_page_is_reported_from_its_markup_to_the_response_body(postil, tmp_path):
    # (a registry's Lambda rule names the "body" line, other reviewers the line that builds the page)
    [found] = findings(postil, tmp_path, "handler.py", PY_LAMBDA, "python/security/tainted-xss")
    assert (found["line"], found["end_line"]) == (3, 4)
    assert found["message"].endswith("; HTML text built at line 3")


BADGE = """\
export async function GET({ url }) {
  const label = url.searchParams.get('label') ?? 'build'
  const status = 'passing'

  const caption = `<text x="10" y="20">${label}</text>`

  // the badge's other pieces are fixed
  const width = 120
  const height = 20
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">`,
    '<rect width="100%" height="100%" fill="#555"/>',
    `<text x="70" y="20">${status}</text>`,
    caption,
    '</svg>'
  ].join('')

  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } })
}
"""


def test_markup_joined_in_an_array_is_reported_from_the_piece_that_writes_the_request_data(postil, tmp_path):
    # (the piece is 13 lines above the response: within reach of the joined array, which is within reach of the sink)
    [found] = findings(postil, tmp_path, "server.ts", BADGE, "js/security/tainted-xss")
    assert (found["line"], found["end_line"]) == (5, 18)
    assert found["message"].endswith("; HTML text built at line 5")
