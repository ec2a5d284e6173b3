"""The Neovim plugin finds `postil` on PATH without running one a repository ships.

Neovim starts in the project, and exepath() searches a relative PATH entry from there: the
`PATH=./node_modules/.bin:$PATH` idiom, a `.` or a trailing `:` made the plugin start a
repository's own executable `postil` as the language server when a file was opened (the VS
Code extension skips relative entries: serverPath.ts, whichOnPath). A real headless Neovim
resolves the command in a repository carrying `postil` at its top and in node_modules/.bin.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a real editor

PLUGIN = Path(__file__).resolve().parent.parent.parent / "editors" / "neovim"
NVIM = shutil.which("nvim") or "/usr/bin/nvim"


def _resolved(repo: Path, path: str) -> str:
    script = ("lua local cmd = require('postil').resolve({}); "
              "io.stdout:write('resolved=' .. tostring(cmd and cmd[1]) .. '\\n')")
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "XDG_"))},
           "PATH": path, "XDG_CONFIG_HOME": str(repo.parent / "config"), "XDG_DATA_HOME": str(repo.parent / "data"),
           "XDG_STATE_HOME": str(repo.parent / "state")}
    proc = subprocess.run([NVIM, "--headless", "--clean", "--cmd", f"set rtp+={PLUGIN}", "-c", script, "-c", "qa!"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=60, check=False)
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.startswith("resolved=")]
    assert lines, proc.stdout + proc.stderr
    return lines[-1].removeprefix("resolved=")


@pytest.mark.parametrize("relative", ["./node_modules/.bin", ".", ""], ids=["node_modules", "dot", "empty"])
def test_a_relative_path_entry_never_finds_the_repositorys_postil(tmp_path, relative):
    repo = tmp_path / "repo"
    (repo / "node_modules" / ".bin").mkdir(parents=True)
    for planted in (repo / "postil", repo / "node_modules" / ".bin" / "postil"):
        planted.write_text("#!/bin/sh\ntouch \"$(dirname \"$0\")/ran\"\n")
        planted.chmod(0o755)
    installed = tmp_path / "bin"
    installed.mkdir()
    (installed / "postil").write_text("#!/bin/sh\nexit 0\n")
    (installed / "postil").chmod(0o755)
    system = os.pathsep.join(d for d in ("/usr/bin", "/bin") if os.path.isdir(d))

    assert _resolved(repo, f"{relative}:{system}:{installed}") == str(installed / "postil")
    assert _resolved(repo, f"{relative}:{system}") == "nil"  # not found, said so: never the repository's
