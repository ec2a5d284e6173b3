"""Flows into a Python helper of the same module, as FastAPI and Flask apps write them.

A router that hands a body field to `check_rule(expression)` whose `eval` runs it was reported only
at the call: a reviewer reading the helper saw nothing at the `eval`, though a helper of another
module is reported at its sink too. A sink wrapped in a conversion (`bool(eval(code))`) was taken
as cleaned by it — the conversion cleans what eval gives back, not what it runs — so the flow was
missed and, judged clean, the eval pattern rule was silenced as well. A comprehension that lets
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
    code = compile(expression, "<rule>", "eval")
    return bool(eval(code, {}, dict(METRICS)))


def apply_patch(source: str) -> dict:
    namespace: dict = {}
    exec(source, {"__builtins__": __builtins__}, namespace)
    return namespace


@router.post("/check")
def check(expression: str = Body(..., embed=True)):
    return {"firing": check_rule(expression)}


@router.post("/patch")
def patch(source: str = Body(..., embed=True)):
    return apply_patch(source)
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


def test_a_flow_into_a_helper_of_the_module_is_reported_at_its_sink_and_at_the_call(tmp_path: Path):
    flows = [line for line in _findings(tmp_path, "rules.py", RULES) if "tainted-code" in line]
    reached = sorted(re.sub(r"^.*reaches ", "", line).split(";")[0] for line in flows)
    # the eval the compiled rule reaches (inside bool()), the exec, and the two calls handing them the body
    assert reached == ["`compile` in `check_rule` at line 20", "`eval` at line 9", "`exec` at line 14",
                       "`exec` in `apply_patch` at line 25"], flows


def test_a_comprehension_filtered_by_an_allow_list_builds_no_injection(tmp_path: Path):
    flows = [line for line in _findings(tmp_path, "members.py", MEMBERS) if "sql" in line]
    assert len(flows) == 1 and "reaches `execute` at line 23" in flows[0], flows  # `if col` lets any name through
