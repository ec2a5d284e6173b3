"""Shared fixtures: run the real `postil` CLI in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


class PostilRun:
    def __init__(self, proc: subprocess.CompletedProcess) -> None:
        self.code = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr

    @property
    def json(self) -> dict:
        return json.loads(self.stdout)


@pytest.fixture
def postil():
    """Run `python -P -m postil ARGS` in a directory (the workspace never shadows imports)."""

    def run(*args: str, cwd: Path | str = REPO, input: str | None = None) -> PostilRun:
        proc = subprocess.run(
            [sys.executable, "-P", "-m", "postil", *map(str, args)],
            cwd=cwd, capture_output=True, text=True, input=input, timeout=120,
        )
        return PostilRun(proc)

    return run
