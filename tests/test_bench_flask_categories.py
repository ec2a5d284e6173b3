"""bench/flask_categories.py scores a one-handler-per-file tree per category as the independent
benchmark of issue 31 does: a vulnerable file is found when a finding covers its labelled line,
a safe twin is a false alarm when any finding lies in it, helper modules count for neither."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

from flask_categories import cases, rates  # noqa: E402


def test_each_category_gets_its_true_and_false_positive_rates(tmp_path):
    sink = "from flask import request\n\ndef view():\n    # expect: command-injection\n    run(request.args['x'])\n"
    (tmp_path / "cmdi" / "helpers").mkdir(parents=True)
    (tmp_path / "cmdi" / "helpers" / "params.py").write_text("def get(r):\n    return r.args['x']\n")
    (tmp_path / "cmdi" / "v1.py").write_text(sink)
    (tmp_path / "cmdi" / "v2.py").write_text(sink)
    (tmp_path / "cmdi" / "s1.py").write_text("def view():\n    run(['ls'])\n")
    (tmp_path / "sqli").mkdir()
    (tmp_path / "sqli" / "s1.py").write_text("def view():\n    execute('select 1')\n")
    (tmp_path / "sqli" / "v1.py").write_text(sink)
    by_category = cases(tmp_path)
    assert {c: len(files) for c, files in by_category.items()} == {"cmdi": 3, "sqli": 2}  # no helper module
    v1, v2, s1 = (tmp_path / "cmdi" / name for name in ("v1.py", "v2.py", "s1.py"))
    rule = "python/security/tainted-command"
    findings = [(v1.resolve(), 5, 5, rule),  # covers the label: found
                (v2.resolve(), 1, 1, rule),  # elsewhere in the file: not found
                (s1.resolve(), 2, 2, rule),  # in a safe twin: a false alarm
                ((tmp_path / "cmdi" / "helpers" / "params.py").resolve(), 2, 2, rule)]  # a helper: neither
    scored = rates(by_category, findings)
    assert scored["cmdi"] == (0.5, 1.0, 2, 1)
    assert scored["sqli"] == (0.0, 0.0, 1, 1)
