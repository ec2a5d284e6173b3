"""Python's syntax rule in a bulk scan (issue 31, item 9): its `kind: ERROR` cost ast-grep's CLI
~0.1 ms on every file it was sent to (a kind numbered past every other), a third of a tree of
small handlers' scan. It goes within the root (`module` holding a node it matches) to the files
the scan's root document goes to, and as written to the others; a file whose root is an ERROR
(no `module` found) gets a record of it. The findings are the same as a check in process, and
the rule as written goes to none of the short files, nor to a long one the literal pre-pass parsed for
its depth and found no error in (issue 32: most of a library's files). Real git repository, real ast-grep."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from ast_grep_py import SgRoot

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk

HANDLER = '''import os

from flask import request


def view():
    os.system("ls " + request.args["q"])
'''
TEXTS = {
    "valid.py": "total = sum((1, 2))\n",
    "unclosed.py": "total = sum((1, 2)\n",
    "python2.py": 'print "hello"\n',
    "no_colon.py": "class Config\n    debug = True\n",
    "cpython_only.py": "f(x for x in y, 1)\n",  # tree-sitter reads it; CPython does not
    "empty.py": "",
    "rootless_1.py": "nlr'-; : td=*",  # tree-sitter's root is an ERROR, no `module`
    "rootless_2.py": "[r*, a:",
    "rootless_3.py": '@)a,ybl"f/0 m sa}f"b1 !)0ccan',
    "ignored.py": "x = 1\n# ast-grep-ignore\ndef load(:\n    pass\n",
    "long.py": "x = 1\n" * 1000 + "def load(:\n    pass\n",
    "long_valid.py": "x = 1\n" * 1000 + "def load():\n    pass\n",
    "long_unclosed.py": "x = 1\n" * 1000 + "total = sum((1, 2)\n",
}


def _tree(root: Path) -> Path:
    root.mkdir()
    for name, text in TEXTS.items():
        (root / name).write_text(text)
    for n in range(3):
        (root / f"view{n}.py").write_text(HANDLER)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def _findings(root: Path, bulk_scan: bool, monkeypatch) -> list[tuple]:
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    return sorted((str(r.path), f.rule, f.span.start_line, f.span.start_col, f.message)
                  for r in result.reports for f in r.findings)


def test_the_syntax_rule_within_the_root_finds_what_it_finds_as_written(tmp_path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    assert all(SgRoot(TEXTS[f"rootless_{n}.py"], "python").root().kind() == "ERROR" for n in (1, 2, 3))
    root = _tree(tmp_path / "tree")
    sent: list[list[dict]] = []
    narrowed = bulk._narrowed
    monkeypatch.setattr(bulk, "_narrowed", lambda docs, names: sent.append(narrowed(docs, names)[0]) or narrowed(docs, names))
    in_bulk = _findings(root, True, monkeypatch)
    in_process = _findings(root, False, monkeypatch)
    assert in_bulk == in_process
    syntax = {path for path, rule, *_ in in_bulk if rule == "syntax-error"}
    assert syntax == {"unclosed.py", "python2.py", "no_colon.py", "rootless_1.py", "rootless_2.py", "rootless_3.py",
                      "long.py", "long_unclosed.py"}  # (under `ast-grep-ignore` nothing is reported, in bulk as in process)
    assert any(rule == "python/security/tainted-command" for _, rule, *_ in in_bulk)
    [docs] = sent
    written = next(d for d in docs if d["id"] == "syntax-error@written")
    assert sorted(Path(f).name for f in written["files"]) == ["ignored.py", "long.py", "long_unclosed.py"]
    within = next(d for d in docs if d["id"] == "syntax-error")
    # (the files it goes to named as those it does not: they are fewer, see bulk._limited)
    assert within["rule"]["kind"] == "module" and sorted(Path(f).name for f in within["ignores"]) == [
        "ignored.py", "long.py", "long_unclosed.py", "long_valid.py"]


@pytest.mark.slow  # a tree checked in bulk and alone (~20 s)
def test_javascript_s_syntax_rule_is_not_sent_and_its_findings_stay(tmp_path, monkeypatch):
    """JavaScript's syntax errors come from tree-sitter's parse of each file
    (postil.analyzers.syntax), never from the rule's matches: a bulk scan does not send it."""
    if bulk.ast_grep_binary() is None:
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    root = tmp_path / "web"
    root.mkdir()
    texts = {"ok.js": "const a = [1, 2];\n", "call.js": "foo(1, 2;\n", "brace.ts": "function f( {\n  return 1;\n}\n",
             "fine.tsx": "export const A = () => <p>{1}</p>;\n", "stray.js": "let x = );\n"}
    for name, text in texts.items():
        (root / name).write_text(text)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    sent: list[list[dict]] = []
    narrowed = bulk._narrowed
    monkeypatch.setattr(bulk, "_narrowed", lambda docs, names: sent.append(narrowed(docs, names)[0]) or narrowed(docs, names))
    in_bulk = _findings(root, True, monkeypatch)
    assert in_bulk == _findings(root, False, monkeypatch)
    assert {path for path, rule, *_ in in_bulk if rule == "js/syntax-error"} == {"call.js", "brace.ts", "stray.js"}
    assert sent and not any(d["id"].startswith("js/syntax-error") for docs in sent for d in docs)
