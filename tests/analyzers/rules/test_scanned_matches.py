"""A taint config's matches after a bulk scan are built from the scan's records (their ranges and
metavariables' ranges: rules/scanned_matches.py), not searched again in process: the same nodes
and bindings as ast-grep-py's search, in texts with characters past ASCII too (the records count
bytes, the nodes characters). Real ast-grep CLI, real scan."""

from __future__ import annotations

import json
import re

import pytest
from ast_grep_py import SgRoot

from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk, bulk_documents
from postil.analyzers.rules.scanned import config_key
from postil.analyzers.rules.scanned_matches import _decoded, match_ranges
from postil.analyzers.rules.search import SharedSearch

PYTHON = '''import os
import subprocess

from flask import request

TITLE = "Übersicht — naïve café"


def listing():
    name = request.args["näme"]  # « é »
    label = "é" + request.form.get("q", "—")
    os.system("ls " + name)
    subprocess.call(["ls", label], shell=True)
    return f"<p>{label} ✓</p>"
'''
JAVASCRIPT = '''const { exec } = require("child_process");

app.get("/liste", (req, res) => {
  const nom = "é" + req.query.nom; // « ✓ »
  exec("ls " + nom);
  res.send(`<p>${nom} — ok</p>`);
});
'''
_NAME = re.compile(r"\$(?:\$\$)?([A-Z_][A-Z0-9_]*)")


def _node(node) -> tuple | None:
    if node is None:
        return None
    r = node.range()
    return r.start.index, r.end.index, node.kind()


def _shape(matches: list, names: list[str]) -> list:
    return [(_node(m), [(_node(m.get_match(n)), [_node(x) for x in m.get_multiple_matches(n)]) for n in names])
            for m in matches]


class _Searches:
    """A parsed file's root that counts the searches ast-grep-py is asked."""

    def __init__(self, node) -> None:
        self.node, self.count = node, 0

    def find_all(self, config=None, **rule):
        self.count += 1
        return self.node.find_all(config, **rule) if config is not None else self.node.find_all(**rule)

    def __getattr__(self, name: str):
        return getattr(self.node, name)


@pytest.mark.parametrize(("name", "text", "language"), [("view.py", PYTHON, "python"), ("route.js", JAVASCRIPT, "javascript")])
def test_a_scanned_config_is_answered_from_the_records_as_its_search_answers(tmp_path, name, text, language):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    rules = [r for r in CheckerCache().for_path(path).rules if r.taint is not None
             and r.id.rsplit("/", 1)[-1] in ("tainted-command", "tainted-xss")]
    records = bulk.scan(rules, [path])
    _, matched, _ = bulk.probed_taint_rules(records[path])
    scanned = bulk.scanned_taint(rules, language, matched, text)
    configs = {config_key(c): c for r in rules for c in bulk_documents.taint_configs(r.taint, language)}
    asked = [configs[key] for key in matched if "rule" in configs[key] and "kind" not in configs[key]["rule"]]
    assert len(asked) >= 3  # a source, a sink, a sanitizer or a guard
    root = _Searches(SgRoot(text, language).root())
    search = SharedSearch(root, language, text.isascii(), scanned=scanned)
    for config in asked:
        names = sorted(set(_NAME.findall(json.dumps(config))))
        before = root.count
        found = search.find(config)
        assert found and root.count == before, config  # found, and not searched again
        assert _shape(found, names) == _shape(root.node.find_all(config), names), config


def test_a_record_keeps_its_ranges_not_the_text_of_its_match():
    # every record of a tree is held until its file is checked: the match's text and lines are not
    body = "x" * 5000
    line = json.dumps({"text": body, "range": {"byteOffset": {"start": 4, "end": 5004}}, "file": "/w/a.py",
                       "lines": body, "metaVariables": {"single": {"X": {"text": body, "range": {
                           "byteOffset": {"start": 10, "end": 11}}}}, "multi": {}}, "ruleId": "r"}, separators=(",", ":"))
    kept = match_ranges(line, line.find('"file":"'))
    assert kept is not None and len(kept) < 5200 and _decoded(kept) == ((4, 5004), {"X": (10, 11)}, {})
    bare = json.dumps({"text": "f()", "range": {"byteOffset": {"start": 0, "end": 3}}, "file": "/w/a.py",
                       "lines": "f()", "ruleId": "r"}, separators=(",", ":"))  # (no metavariables printed)
    assert _decoded(match_ranges(bare, bare.find('"file":"'))) == ((0, 3), {}, {})
    huge = line.replace('"multi":{}', '"multi":{"A":[' + ",".join([json.dumps({"text": body, "range": {}})] * 3) + ']}')
    assert match_ranges(huge, huge.find('"file":"')) is None  # (its config is searched instead)
