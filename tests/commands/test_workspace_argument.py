"""``postil cache clear``, ``stats`` and ``doctor`` take a workspace's directory (issue 34): given a
file they reported success on ``FILE/.postil`` ("removed 0 cached LLM result(s) from
app.py/.postil/cache/llm"), given a missing path the same. Now such a path is refused (exit 2)
with what to give instead, and nothing is read, written or cleared."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from postil import cli


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "project"
    (root / "src").mkdir(parents=True)
    (root / "src" / "app.py").write_text("print('hi')\n")
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    monkeypatch.chdir(root / "src")
    return root


@pytest.mark.parametrize("command", [["cache", "clear"], ["stats"], ["doctor", "--no-call"]])
def test_a_file_is_refused_naming_the_workspace_to_give(workspace, command, capsys):
    assert cli.main([*command, "app.py"]) == 2
    out, err = capsys.readouterr()
    name = " ".join(command[:2]) if command[0] == "cache" else command[0]
    assert err == (f"postil {name}: app.py is a file, not a workspace directory: give the workspace's directory "
                   f"(this file's is {workspace.resolve()}), or run the command from inside it\n")
    assert out == "" and "removed" not in err
    assert not list(workspace.rglob(".postil"))  # nothing opened or created


@pytest.mark.parametrize("command", [["cache", "clear"], ["stats"], ["doctor", "--no-call"]])
def test_a_missing_directory_is_refused(workspace, command, capsys):
    assert cli.main([*command, "no-such-dir"]) == 2
    err = capsys.readouterr().err
    assert "no-such-dir: no such directory: give a workspace's directory" in err
    assert not (workspace / "src" / "no-such-dir").exists() and not list(workspace.rglob(".postil"))


def test_the_workspace_directory_or_none_still_works(workspace, capsys):
    assert cli.main(["cache", "clear", str(workspace)]) == 0
    assert capsys.readouterr().err == (f"postil: removed 0 cached LLM result(s) from {workspace.resolve()}/.postil/cache/llm\n"
                                       f"postil: removed 0 kept check result(s) from {workspace.resolve()}/.postil/cache/check\n")
    assert cli.main(["stats"]) == 0  # from src/: the workspace of the current directory
    assert capsys.readouterr().out.startswith("LLM calls: 0")
