"""A comprehension whose element is itself a comprehension of cleaned values (`[[neutralise(c) for c in row]
for row in rows]`: each cell of each row passed through the formula-neutralising helper) yields only clean
values, as the one-level `[neutralise(c) for c in cols]` does; an inner comprehension that yields the cells
untouched keeps the request's text in the rows. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

EXPORT = '''import csv
import io

from flask import Flask, request

app = Flask(__name__)


def neutralise(cell):
    text = str(cell)
    return "'" + text if text.startswith(("=", "+", "-", "@")) else text


@app.route("/export/safe", methods=["POST"])
def export_safe():
    payload = request.get_json()
    writer = csv.writer(io.StringIO())
    writer.writerows([[neutralise(c) for c in row] for row in payload["rows"]])


@app.route("/export/raw", methods=["POST"])
def export_raw():
    payload = request.get_json()
    writer = csv.writer(io.StringIO())
    writer.writerows([[c for c in row] for row in payload["rows"]])
'''


def test_rows_of_neutralised_cells_are_clean_and_rows_of_raw_cells_are_not(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/export.py": EXPORT}, select="python/security/tainted-csv")
    assert found == ["app/export.py:25 tainted-csv"], found
