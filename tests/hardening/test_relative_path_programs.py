"""git and ast-grep are started from PATH's absolute directories only.

postil runs git in the workspace, and a relative PATH entry (the `PATH=./node_modules/.bin:$PATH`
idiom, `.`, a trailing `:`) is searched from there: a repository's own `node_modules/.bin/git`
ran on every git call of `postil review --staged` (17 times for one staged file)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postil.core.programs import which

pytestmark = pytest.mark.slow  # subprocesses

GIT = shutil.which("git")


def _git(repo: Path, *args: str) -> None:
    subprocess.run([GIT, *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.parametrize("relative", ["./node_modules/.bin", ".", ""], ids=["node_modules", "dot", "empty"])
def test_review_staged_never_runs_a_git_the_repository_ships(tmp_path, relative):
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "app.py").write_text("import os\nos.system(input())\n")
    _git(repo, "add", "app.py")
    ran = tmp_path / "ran"
    planted = "#!/bin/sh\necho ran >> " + str(ran) + "\nexec " + GIT + " \"$@\"\n"
    for where in (repo / "node_modules" / ".bin", repo):
        where.mkdir(parents=True, exist_ok=True)
        (where / "git").write_text(planted)
        (where / "git").chmod(0o755)
    path = os.pathsep.join([relative, str(Path(sys.executable).parent), os.path.dirname(GIT), "/bin"])
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("POSTIL_")}, "PATH": path}

    proc = subprocess.run([sys.executable, "-P", "-m", "postil", "review", "--staged"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300, check=False)

    assert "python/security/tainted-command" in proc.stdout, proc.stdout + proc.stderr[-2000:]
    assert not ran.exists(), ran.read_text()


def test_which_skips_relative_entries(tmp_path, monkeypatch):
    (tmp_path / "tool").write_text("#!/bin/sh\n")
    (tmp_path / "tool").chmod(0o755)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PATH", os.pathsep.join([".", "", "sub/.."]))
    assert which("tool") is None
    monkeypatch.setenv("PATH", os.pathsep.join([".", str(tmp_path)]))
    assert which("tool") == str(tmp_path / "tool")


def test_the_hook_without_its_python_never_runs_a_postil_the_repository_ships(tmp_path):
    from postil.commands.install_hook_command import hook_text

    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "app.py").write_text("x = 1\n")
    _git(repo, "add", "app.py")
    text = hook_text().replace(f"[ -x {sys.executable} ]", "[ -x /nonexistent/python ]")  # its virtualenv removed
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text(text)
    hook.chmod(0o755)
    installed = tmp_path / "bin"
    for where, word in ((repo / "node_modules" / ".bin", "repository"), (repo, "repository"), (installed, "user")):
        where.mkdir(parents=True, exist_ok=True)
        (where / "postil").write_text(f"#!/bin/sh\necho {word} >> {tmp_path / 'ran'}\nexit 0\n")
        (where / "postil").chmod(0o755)
    path = os.pathsep.join(["./node_modules/.bin", ".", "", str(installed), os.path.dirname(GIT), "/bin"])
    env = {**{k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "GIT_"))}, "PATH": path,
           "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b", "GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@b"}

    subprocess.run([GIT, "commit", "-q", "-m", "one"], cwd=repo, env=env, check=True, capture_output=True)

    assert (tmp_path / "ran").read_text() == "user\n"
