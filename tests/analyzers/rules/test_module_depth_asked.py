"""The taint engine asks whether a module's tree nests too deep only where it parses the module
(taint_module_texts._read_disk, taint_modules): a module it only reads (its imports, its literals)
is not parsed for its depth, and a module too deep is still never searched."""

from __future__ import annotations

from pathlib import Path

from postil.analyzers import parse_limits
from postil.analyzers.parse_limits import MOST_TREE_DEPTH
from postil.analyzers.tree_depth import parsed_depth

_VIEW = '''import os
from flask import Flask
from {module} import {name}

app = Flask(__name__)


@app.route("/run")
def run():
    os.system({call})
'''


def _first_check(root: Path, module: str, name: str, call: str) -> list:
    """The editor's first check of a view importing ``name`` from ``module`` (as bench/first_check)."""
    from postil.analyzers.checker import Checker
    from postil.config import load_config

    view = root / "app.py"
    view.write_text(_VIEW.format(module=module, name=name, call=call))
    return Checker(load_config(root)).check_text(view, view.read_text(), incremental=True)


def _counted(monkeypatch) -> list[str]:
    asked: list[str] = []

    def counted(text: str, language: str, most: int) -> tuple[bool, bool | None]:
        asked.append(text)
        return parsed_depth(text, language, most)

    monkeypatch.setattr(parse_limits, "parsed_depth", counted)
    monkeypatch.setattr(parse_limits, "_DEPTHS", {})
    return asked


def test_a_module_only_read_is_not_parsed_for_its_depth(tmp_path: Path, monkeypatch):
    """The first check of SQLAlchemy's orm/query.py parsed 197 modules for their depth, of which the gate
    searched 46: a module whose names the file does not call, with none of a rule's sources, is read (its
    imports, its literals) and never parsed."""
    plain = "".join(f"def helper{i}(value):\n    return value + {i}\n\n\n" for i in range(150))
    (tmp_path / "plain.py").write_text("LIMIT = 10\n\n\n" + plain)
    assert len(plain) > MOST_TREE_DEPTH  # (long enough to be asked about)
    asked = _counted(monkeypatch)
    _first_check(tmp_path, "plain", "LIMIT", '"ls" * LIMIT')
    assert (tmp_path / "plain.py").read_text() not in asked


def test_a_module_too_deep_is_never_searched(tmp_path: Path, monkeypatch):
    """A module holding a source, too deep to search, is asked its depth where it would be parsed,
    and neither parsed by ast-grep nor followed: its function is no source."""
    import ast_grep_py

    deep = ("from flask import request\n\n\ndef get_param(name):\n    return request.args.get(name)\n\n\n"
            "x = a" + ".b" * MOST_TREE_DEPTH + "\n")
    (tmp_path / "deep.py").write_text(deep)
    asked = _counted(monkeypatch)
    searched: list[str] = []
    sg_root = ast_grep_py.SgRoot

    def counted_root(text: str, language: str):
        searched.append(text)
        return sg_root(text, language)

    monkeypatch.setattr(ast_grep_py, "SgRoot", counted_root)
    findings = _first_check(tmp_path, "deep", "get_param", 'get_param("cmd")')
    assert deep in asked
    assert deep not in searched
    assert not [f for f in findings if "taint" in f.rule]
