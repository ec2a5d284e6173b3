"""What the CLI says when a command meets its environment rather than a bug: one line and exit 2."""

from __future__ import annotations

from postil import cli
from postil.commands import stats_command


def test_an_os_error_in_a_command_is_one_line_and_exit_2(monkeypatch, capsys):
    def refused(args):
        raise PermissionError(13, "Permission denied", "/work/.postil/llm.sqlite")

    monkeypatch.setattr(stats_command, "run", refused)  # registered as the handler when the parser is built
    assert cli.main(["stats"]) == 2
    assert capsys.readouterr().err == "postil: /work/.postil/llm.sqlite: Permission denied\n"
