"""A config file or ``POSTIL_*`` variable that cannot be used stops every command the same way:
exit 2 and one line on stderr naming the file or variable, the key and the problem (never a
traceback), whatever the command."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

COMMANDS = [("check", "a.py"), ("review", "a.py"), ("rules", "list"), ("rules", "test"), ("baseline",),
            ("index", "--dry-run"), ("index",), ("search", "anything"), ("context", "a.py:1"), ("doctor",),
            ("dismiss", "0" * 16)]


# (config file text, the key the message must name, as the terminal shows it)
BROKEN = [("select = 3\n", "select"),
          # a key that would retitle the window and ring the bell if printed as is
          ('"\\u001b]0;owned\\u0007" = 1\n', "\\x1b]0;owned\\x07")]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(("config", "key"), BROKEN, ids=["wrong-type", "escape-key"])
def test_a_broken_config_is_one_line_and_exit_2(postil, tmp_path: Path, command, config: str, key: str):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / ".postil.toml").write_text(config)
    run = postil(*command, cwd=tmp_path)
    assert run.code == 2, run.stderr
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith(f"postil: {tmp_path / '.postil.toml'}: [.postil.toml] {key}: ")
    assert "\x1b" not in run.stderr + run.stdout and "\x07" not in run.stderr + run.stdout


@pytest.mark.parametrize("command", [("doctor",), ("review", "a.py"), ("context", "a.py:1")], ids=" ".join)
def test_a_bad_environment_override_is_one_line_and_exit_2(postil, tmp_path: Path, monkeypatch, command):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "a.py").write_text("x = 1\n")
    monkeypatch.setenv("POSTIL_LLM_PROVIDER", "bogus")
    run = postil(*command, cwd=tmp_path)
    assert run.code == 2, run.stderr
    assert run.stderr.splitlines() == ["postil: POSTIL_LLM_PROVIDER='bogus': expected one of none, openai, anthropic, "
                                       "openai-compatible"]
