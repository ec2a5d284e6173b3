"""A file whose syntax tree nests tens of thousands of levels deep (generated or minified code: one
JavaScript line of 30,000 `a + ` terms is 60 KB) ended the process inside ast-grep: a rule's
`has` with a `stopBy` rule walks descendants by recursion, and the stack overflowed (a
segmentation fault, nothing printed). `postil review --staged` (the pre-commit hook) and `check
--jobs 1` died with it and reported nothing, the other files' findings included; through the
ast-grep CLI the bulk scan failed. Python's `a.b.b…` or `a + a…` of 50,000 terms was not a crash
but a 10 s CPU burn per file (2.5 GB for the member chain; 58 s of CPU in `review --staged`,
which cannot stop a search midway). Such a file is now skipped with the reason before any
search, and the rest is checked."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from postil.analyzers.parse_limits import MOST_TREE_DEPTH, unchecked
from postil.analyzers.tree_depth import deeper, parsed_depth
from postil.core.grammars import parser

OTHER = "import os\n\n\ndef run(code):\n    return eval(code)\n"
DEEP_JS = "var total = " + " + ".join(["a"] * 30_000) + ";\n"
REASON = f"nests more than {MOST_TREE_DEPTH:,} levels deep"


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=a", "-c", "user.email=a@example.com", *args], cwd=root, check=True,
                   capture_output=True)


def test_review_staged_skips_the_deep_file_and_reports_the_others(postil, tmp_path: Path):
    _git(tmp_path, "init", "-q")
    (tmp_path / "bundle.js").write_text(DEEP_JS)
    (tmp_path / "app.py").write_text(OTHER)
    _git(tmp_path, "add", ".")
    done = postil("review", "--staged", "--no-llm", cwd=tmp_path)
    assert done.code == 1, f"exit {done.code}: {done.stderr[-2000:]}"  # the finding in app.py; -11 was the crash
    assert "app.py:5:" in done.stdout
    assert f"skipped bundle.js: its syntax tree {REASON}" in done.stdout


def test_a_deep_file_alone_does_not_pass_the_gate(postil, tmp_path: Path):
    """A file left unparsed is code no rule judged: padded with a deep chain, `os.system(input())`
    went through the pre-commit hook as "No findings … 1 skipped", exit 0. The run says it is
    incomplete and fails (check and review alike); a file skipped as binary still passes."""
    _git(tmp_path, "init", "-q")
    (tmp_path / "tool.py").write_text("import os\nos.system(input())\nx = " + " + ".join(["a"] * 12_000) + "\n")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    _git(tmp_path, "add", ".")
    review = postil("review", "--staged", "--no-llm", "--format", "json", cwd=tmp_path)
    check = postil("check", ".", "--format", "json", "--no-cache", cwd=tmp_path)
    for done in (review, check):
        assert done.code == 1, f"exit {done.code}: {done.stdout[-2000:]}"
        assert done.json["findings"] == []
        assert "1 file(s) nest or indent too deep to be parsed and were not checked" in done.json["summary"]["incomplete"]
    (tmp_path / "tool.py").write_text("import os\n")
    assert postil("check", ".", "--no-cache", cwd=tmp_path).code == 0  # the PNG alone is no reason to fail


@pytest.mark.parametrize("args", [["--jobs", "1"], []], ids=["in this process", "in workers"])
def test_check_skips_the_deep_file_and_reports_the_others(postil, tmp_path: Path, args):
    (tmp_path / "bundle.js").write_text(DEEP_JS)
    (tmp_path / "app.py").write_text(OTHER)
    done = postil("check", ".", "--format", "json", "--no-cache", *args, cwd=tmp_path)
    assert done.code == 1, f"exit {done.code}: {done.stderr[-2000:]}"
    assert {f["path"] for f in done.json["findings"]} == {"app.py"}
    [skipped] = done.json["summary"]["files_skipped"]
    assert skipped["path"] == "bundle.js" and REASON in skipped["reason"]


def test_the_bulk_scan_leaves_the_deep_file_to_be_skipped(postil, tmp_path: Path):
    """From 64 files the rules run in ast-grep's CLI, which the same file ended."""
    (tmp_path / "bundle.js").write_text(DEEP_JS)
    (tmp_path / "app.py").write_text(OTHER)
    for i in range(70):
        (tmp_path / f"clean{i}.js").write_text(f"export const value{i} = {i};\n")
    done = postil("check", ".", "--format", "json", "--no-cache", cwd=tmp_path)
    assert "bulk scan with ast-grep failed" not in done.stderr
    assert {f["path"] for f in done.json["findings"]} == {"app.py"}
    assert [s["path"] for s in done.json["summary"]["files_skipped"]] == ["bundle.js"]


@pytest.mark.parametrize(("language", "deep"), [
    ("javascript", "x = " + "a ? b : " * MOST_TREE_DEPTH + "c;\n"),
    ("javascript", "function f(a) {\n" + "".join(f"if (a == {i}) {{ g(); }} else " for i in range(MOST_TREE_DEPTH))
     + "{ h(); }\n}\n"),
    ("javascript", "x = a" + ".b()" * MOST_TREE_DEPTH + ";\n"),
    ("python", "x = a" + ".b" * MOST_TREE_DEPTH + "\n"),
    ("python", "x = " + "-" * MOST_TREE_DEPTH + "1\n"),  # a level a byte, the fewest
    ("python", "x = " + "[" * MOST_TREE_DEPTH + "]" * MOST_TREE_DEPTH + "\n"),
    # chains across lines with no bracket or backslash: tree-sitter's Python scanner gives no NEWLINE where
    # the parser wants an operand or a header's colon, so no text pass can bound the depth line by line
    ("python", "x = a +\n" + "a +\n" * MOST_TREE_DEPTH + "a\n"),
    ("python", "for a in b\n" + "+ a\n" * MOST_TREE_DEPTH),
    ("python", "x = f'{(' \n" + "+ a\n" * MOST_TREE_DEPTH),
])
def test_each_way_of_nesting_deep_is_found(language: str, deep: str):
    assert REASON in unchecked(deep, language)


def test_ordinary_code_is_read_and_walked_only_where_it_could_be_deep():
    """A 20,000-function module (1 MB): walked into the module and no function."""
    text = "".join(f"def f{i}(a, b):\n    if a:\n        return [a + b, {{'k': (a, b)}}]\n    return None\n"
                   for i in range(20_000))
    assert unchecked(text, "python") is None
    cursor = _Counted(parser("python").parse(text.encode()).walk())
    assert not deeper(cursor, MOST_TREE_DEPTH)
    assert cursor.descents == 1  # into the module; each function is shorter than the depth sought
    assert not parsed_depth("x = " + "-" * (MOST_TREE_DEPTH - 100) + "1\n", "python", MOST_TREE_DEPTH)[0]


class _Counted:
    """A tree-sitter cursor that counts the moves into a node's children."""

    def __init__(self, cursor) -> None:
        self.cursor = cursor
        self.descents = 0

    @property
    def node(self):
        return self.cursor.node

    def goto_first_child(self) -> bool:
        moved = self.cursor.goto_first_child()
        self.descents += moved
        return moved

    def goto_next_sibling(self) -> bool:
        return self.cursor.goto_next_sibling()

    def goto_parent(self) -> bool:
        return self.cursor.goto_parent()


@pytest.mark.parametrize("helpers", [150, 900], ids=["5 KB", "30 KB: the bulk scan's record bound asks too"])
def test_a_check_parses_each_text_once_for_its_depth(tmp_path: Path, monkeypatch, capsys, helpers):
    """The depth is a parse of the whole text (~0.08 ms a KB): a check asked it of each file it read
    and again of each module the taint rules follow, which in a library's tree are the same files
    (SQLAlchemy's lib/: 2 x 0.63 s CPU, before ast-grep starts); a file past ~26 KB was parsed again
    for the bulk scan's record bound (record_flood: 80 of SQLAlchemy's files). 70 modules importing
    each other, each long enough to be asked, checked as SQLAlchemy's are (the bulk scan): one parse
    a text."""
    from postil.analyzers import parse_limits
    from postil.analyzers.rules import record_flood
    from postil.cli import main

    body = "".join(f"def helper{i}(value):\n    return value + {i}\n\n\n" for i in range(helpers))
    for i in range(70):
        (tmp_path / f"mod{i}.py").write_text(f"from mod{(i + 1) % 70} import helper1\n\n\n{body}")
    parsed: list[str] = []

    def counted(text: str, language: str, most: int) -> tuple[bool, bool | None]:
        parsed.append(text)
        return parsed_depth(text, language, most)

    monkeypatch.setattr(parse_limits, "parsed_depth", counted)
    monkeypatch.setattr(record_flood, "parsed_depth", counted, raising=False)  # (it asked tree_depth itself)
    monkeypatch.chdir(tmp_path)
    main(["check", ".", "--no-cache", "--jobs", "1", "--exit-zero"])
    capsys.readouterr()
    assert len(parsed) == len(set(parsed)) == 70


def test_the_secret_scan_s_worker_parses_no_text_for_its_depth(tmp_path: Path, monkeypatch, capsys):
    """With two cores a worker process scans the files for secrets while the bulk scan's literal pre-pass
    reads them in this one: the worker parsed each text again for its depth (SQLAlchemy's lib/: ~0.6 s of
    CPU a check, the pre-pass's parse again). The pre-pass alone parses them now; a file nested too deep is
    still skipped, and a secret in it unreported, where the same line in another file is."""
    import json
    import os

    from postil.analyzers import parse_limits
    from postil.cli import main

    secret = 'GITHUB_TOKEN = "ghp_4fTq9ZkL2mXw8RvB1nYc6HdJ3sPa7EuG0iKo"\n'
    body = "".join(f"def helper{i}(value):\n    return value + {i}\n\n\n" for i in range(150))
    for i in range(70):
        (tmp_path / f"mod{i}.py").write_text(f"from mod{(i + 1) % 70} import helper1\n\n\n{body}")
    (tmp_path / "deep.py").write_text(secret + "x = a" + ".b" * MOST_TREE_DEPTH + "\n")
    (tmp_path / "settings.py").write_text(secret)
    log = tmp_path.parent / "parses.log"

    def counted(text: str, language: str, most: int) -> tuple[bool, bool | None]:
        with open(log, "a", encoding="utf-8") as out:  # (from the worker processes too)
            out.write(f"{os.getpid()}\n")
        return parsed_depth(text, language, most)

    monkeypatch.setattr(parse_limits, "parsed_depth", counted)
    monkeypatch.setattr(parse_limits, "_DEPTHS", {})
    monkeypatch.chdir(tmp_path)
    report = tmp_path.parent / "report.json"
    main(["check", ".", "--no-cache", "--jobs", "2", "--exit-zero", "--format", "json", "--output", str(report)])
    capsys.readouterr()
    assert log.read_text().split() == [str(os.getpid())] * 71  # (the 70 modules and deep.py, once each)
    found = json.loads(report.read_text())
    assert {f["path"] for f in found["findings"] if f["rule"].startswith("secrets/")} == {"settings.py"}
    assert [s["path"] for s in found["summary"]["files_skipped"]] == ["deep.py"]
