"""A Python file that does not parse is reported once, as `syntax-error` with CPython's line and
message (like ruff's invalid-syntax), and the rest is still checked: the other files, and the
code around the error. Both ways a check runs: in process (few files) and through the ast-grep
CLI (from 64 files)."""

from __future__ import annotations

from pathlib import Path

import pytest

BROKEN = """\
import os


def load(path):
    rows = [line.split(",") for line in open(path)
    return rows


def run(cmd):
    os.system("sh -c " + cmd)
"""

GOOD = "def evaluate(expr):\n    return eval(expr)\n"


@pytest.mark.parametrize("clean_files", [0, 70], ids=["in process", "ast-grep CLI"])
def test_a_file_that_does_not_parse_is_reported_once_and_the_rest_is_checked(postil, tmp_path: Path, clean_files):
    (tmp_path / "broken.py").write_text(BROKEN)
    (tmp_path / "good.py").write_text(GOOD)
    for i in range(clean_files):
        (tmp_path / f"clean{i}.py").write_text(f"VALUE_{i} = {i}\n")
    done = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.code == 0, done.stderr
    found = [(f["path"], f["line"], f["rule"]) for f in done.json["findings"]]
    errors = [f for f in done.json["findings"] if f["rule"] == "syntax-error"]
    assert [(f["path"], f["line"], f["column"], f["severity"], f["message"]) for f in errors] == [
        ("broken.py", 5, 12, "error", "SyntaxError: '[' was never closed")]
    assert ("broken.py", 10, "python/security/subprocess-shell-function") in found  # past the error
    assert ("good.py", 2, "python/security/eval-exec-non-literal") in found
    assert done.json["summary"]["files_checked"] == 2 + clean_files


def test_the_text_report_names_the_line_and_the_message(postil, tmp_path: Path):
    (tmp_path / "broken.py").write_text("class Config\n    debug = True\n")
    done = postil("check", "broken.py", cwd=tmp_path)
    assert "broken.py:1:13: error syntax-error SyntaxError: expected ':'" in done.stdout


def test_code_tree_sitter_misreads_but_python_parses_is_not_a_syntax_error(postil, tmp_path: Path):
    """tree-sitter stumbles on classic Mac line endings (CR alone); CPython reads them: nothing is said."""
    (tmp_path / "mac.py").write_bytes(b"x = 1\ry = 2\r")
    done = postil("check", "mac.py", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.code == 0 and [f["rule"] for f in done.json["findings"]] == []


# Errors tree-sitter repairs by inventing a token (no ERROR node for ast-grep to find), and
# Python 2 statements its grammar still reads: CPython's message, in process and through the CLI.
REPAIRED = {
    "params.py": ("def load(:\n    pass\n", 1, "SyntaxError: invalid syntax"),
    "indent.py": ("def load():\nreturn 1\n", 2, "SyntaxError: expected an indented block after function definition on line 1"),
    "py2.py": ('print "hello"\n', 1, "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"),
}


@pytest.mark.parametrize("clean_files", [0, 70], ids=["in process", "ast-grep CLI"])
def test_errors_tree_sitter_repairs_are_reported_too(postil, tmp_path: Path, clean_files):
    for name, (text, _, _) in REPAIRED.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "fine.py").write_text("def load(path=()):\n    return [dict(p) for p in path]\n")
    for i in range(clean_files):
        (tmp_path / f"clean{i}.py").write_text(f"VALUE_{i} = {i}\n")
    done = postil("check", ".", "--format", "json", "--exit-zero", "--select", "syntax-error", cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert sorted((f["path"], f["line"], f["message"]) for f in done.json["findings"]) == sorted(
        (name, line, message) for name, (_, line, message) in REPAIRED.items())
