"""A response built from a value serialised ahead (`body = json.dumps(data)` then
`HttpResponse(body, ...)`) is reported from the statement that builds the value to the call that
sends it (Semgrep's registry starts its match of the pair at the first, a reviewer points at
either), and the message names no text that runs: the value is sent, not run."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

MODULE = """\
import json
from django.http import HttpResponse


def rooms(request):
    data = list(Room.objects.values("id", "name"))
    body = json.dumps(data)
    return HttpResponse(body, content_type="application/json")


def stats(request):
    return HttpResponse(json.dumps({"total": 3}), content_type="application/json")
"""

RULE = "python/correctness/django-json-response-by-hand"


def test_the_range_runs_from_the_serialised_value_to_the_response(postil, tmp_path):
    (tmp_path / "views.py").write_text(MODULE)
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert result.code == 0, result.stderr
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == RULE]
    assert sorted((f["line"], f["end_line"]) for f in found) == [(7, 8), (12, 12)]
    assert not any("built at line" in f["message"] for f in found)
