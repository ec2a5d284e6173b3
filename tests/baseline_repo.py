"""Helpers of the tests of the team's baseline (issue 36): the real CLI in a subprocess, git, and a
repository with one risky file staged whose rule finding is dismissed into ``.postil-baseline``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def postil(cwd: Path, *args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    return subprocess.run([sys.executable, "-P", "-m", "postil", *args], cwd=cwd, capture_output=True, text=True,
                          env={**clean, **(env or {})}, timeout=timeout, check=False)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=cwd, check=True,
                   capture_output=True)


def dismissed_repo(tmp_path: Path, code: str) -> tuple[Path, dict]:
    """A repository (one commit) with ``risky.py`` holding ``code`` staged, and its one rule
    finding (returned, as JSON) dismissed in the working tree's ``.postil-baseline`` (not staged)."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    (root / "README").write_text("x\n")
    git(root, "add", "README")
    git(root, "commit", "-qm", "init")
    (root / "risky.py").write_text(code)
    git(root, "add", "risky.py")
    [finding] = json.loads(postil(root, "check", "risky.py", "--format", "json").stdout)["findings"]
    dismissed = postil(root, "dismiss", finding["fingerprint"], "--reason", "reviewed")
    assert dismissed.returncode == 0, dismissed.stderr
    return root, finding
