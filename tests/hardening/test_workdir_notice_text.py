"""The line that says a foreign ``.postil`` was moved aside names the workspace's folder: a
folder unpacked from an archive can carry escape sequences in its name. Commands that give
``workdir`` no ``say`` of their own (``postil doctor``, ``postil learn``) print that line as
text a terminal shows literally, like every other line that quotes a repository."""

from __future__ import annotations

import os

from postil.core.workdir import workdir

LINK = "\x1b]8;;https:evil.example\x1b\\docs\x1b]8;;\x1b\\"  # OSC 8 hyperlink (no "/": a folder name)
HIDE = "\x1b[1A\x1b[2K\r"  # cursor up, erase the line


def test_the_moved_aside_notice_writes_out_the_folder_names_escapes(tmp_path, capsys):
    root = tmp_path / f"project{LINK}{HIDE}"
    root.mkdir()
    (tmp_path / "elsewhere").mkdir()
    os.symlink(tmp_path / "elsewhere", root / ".postil")  # a planted link: moved aside, said

    workdir(root)

    said = capsys.readouterr().err
    assert "is a symbolic link; moved it aside" in said
    assert "\x1b" not in said and "\r" not in said
    assert "project\\x1b]8;;https:evil.example" in said
