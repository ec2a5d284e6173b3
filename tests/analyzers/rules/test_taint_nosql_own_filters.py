"""A MongoDB filter the handler writes out itself (`query = {"path": {"$regex": "^" +
re.escape(...)}}`, then `query["type"] = str(...)`) keeps the code's operators: only its string
values come from the request, so it is no "whole filter from the request" (Thumbor's result
storage was reported). One the handler also takes whole — `query.update(body)`, `{**body}`, a
body assigned to it on another path — still is. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

VIEWS = '''import re

from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
results = MongoClient()["shop"]["results"]


@app.post("/by-prefix")
def by_prefix():
    body = request.get_json()
    query = {"path": {"$regex": "^" + re.escape(str(body.get("prefix", "")))}}
    if body.get("type"):
        query["content_type"] = str(body["type"])
    return {"rows": list(results.find(query, {"_id": 0}))}


@app.post("/merged")
def merged():
    query = {"tenant": "acme"}
    query.update(request.get_json())
    return {"rows": list(results.find(query, {"_id": 0}))}


@app.post("/either")
def either():
    query = {"tenant": "acme"}
    if request.args.get("raw"):
        query = request.get_json()
    return {"rows": list(results.find(query, {"_id": 0}))}


@app.post("/splat")
def splat():
    query = {**request.get_json(), "tenant": "acme"}
    return {"rows": list(results.find(query, {"_id": 0}))}
'''


def test_a_filter_written_out_by_the_handler_is_not_the_request_s(tmp_path: Path):
    assert taint_findings(tmp_path, {"shop/views.py": VIEWS}) == [
        "shop/views.py:23 tainted-nosql", "shop/views.py:31 tainted-nosql", "shop/views.py:37 tainted-nosql"]
