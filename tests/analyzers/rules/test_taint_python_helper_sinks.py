"""Flows into a Python helper of the same module, as FastAPI and Flask apps write them.

A sink wrapped in a conversion (`bool(eval(code))`) was taken as cleaned by it — the conversion
cleans what eval gives back, not what it runs — so a router handing a body field to such a helper
was not reported and, judged clean, the eval pattern rule was silenced as well. A comprehension that lets
only an allow-list's names through (`for col in values if col in EDITABLE`) builds no injection.
Real CLI, real files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

RULES = '''from fastapi import APIRouter, Body

router = APIRouter()
METRICS = {"duration": 12.5, "failures": 2}


def check_rule(expression: str) -> bool:
    return bool(eval(expression, {}, dict(METRICS)))


def evaluate(expression):
    return bool(eval(expression, {}, dict(METRICS)))


@router.post("/check")
def check(expression: str = Body(..., embed=True)):
    return {"firing": check_rule(expression)}
'''

MEMBERS = '''from flask import Flask, request

from db import connection

app = Flask(__name__)
EDITABLE = ("nickname", "city", "bio")


@app.post("/members/<int:member_id>")
def update(member_id):
    values = request.get_json(force=True)
    assignments = ", ".join(f"{col} = %({col})s" for col in values if col in EDITABLE)
    with connection().cursor() as cur:
        cur.execute(f"UPDATE members SET {assignments} WHERE id = %(member_id)s", {**values, "member_id": member_id})
    return "", 204


@app.post("/members/<int:member_id>/raw")
def update_raw(member_id):
    values = request.get_json(force=True)
    assignments = ", ".join(f"{col} = %({col})s" for col in values if col)
    with connection().cursor() as cur:
        cur.execute(f"UPDATE members SET {assignments} WHERE id = %(member_id)s", {**values, "member_id": member_id})
    return "", 204
'''


def _findings(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / name).write_text(text)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", "--select",
                          "python/security", str(tmp_path / name)], check=False, capture_output=True, text=True, timeout=300)
    return [line for line in run.stdout.splitlines() if f"{name}:" in line]


def test_a_sink_inside_a_conversion_still_runs_what_it_is_given(tmp_path: Path):
    found = _findings(tmp_path, "rules.py", RULES)
    reached = sorted(re.sub(r"^.*? (error|warning) ", "", line) for line in found)
    # the body field reaches the eval in bool() through check_rule (reported at its sink, as for
    # any helper of the module); evaluate's callers are elsewhere, so its eval keeps the pattern finding
    assert [line.split()[0] for line in reached] == ["python/security/eval-exec-non-literal", "python/security/tainted-code"], found
    assert "request data from line 16 (`expression`) reaches `eval` at line 8" in reached[1], found


def test_a_comprehension_filtered_by_an_allow_list_builds_no_injection(tmp_path: Path):
    flows = [line for line in _findings(tmp_path, "members.py", MEMBERS) if "sql" in line]
    assert len(flows) == 1 and "reaches `execute` at line 23" in flows[0], flows  # `if col` lets any name through
