"""Workspaces as users have them: binary files named .py, invalid UTF-8, a 50 MB file,
10k-deep nesting, symlink loops and links out of the workspace, unreadable files, a
read-only or blocked ``.postil/`` — a clear message for each, no crash, and nothing
outside the workspace read or written.

Permission checks run as ``nobody`` through setpriv (root reads anything)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses, servers, hostile inputs

NOBODY = 65534
OUTSIDE_MARKER = "OUTSIDE-SENTINEL-51c9"


def as_nobody(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    clean["HOME"] = str(cwd)  # nobody's caches stay inside the workspace
    clean.pop("XDG_CACHE_HOME", None)
    clean.pop("XDG_STATE_HOME", None)  # the test's own is root-only; nobody's records go under HOME
    return subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                           sys.executable, "-m", "postil", *args], cwd=cwd, capture_output=True, text=True,
                          env=clean, timeout=180, check=False)


@pytest.fixture
def tree():
    """A world-traversable temp dir (pytest's tmp_path is root-only) with ws/ and outside/."""
    base = Path(tempfile.mkdtemp(prefix="postil-badws-"))
    base.chmod(0o755)
    ws, outside = base / "ws", base / "outside"
    ws.mkdir()
    outside.mkdir()
    # outside the workspace: a finding, a marker, and a directory nobody may write to
    (outside / "secret.py").write_text(f"x = eval(data)  # {OUTSIDE_MARKER}\n")
    (outside / "secret.py").chmod(0o644)
    # inside: every bad file shape, plus one ordinary file with a finding
    (ws / "good.py").write_text("def f(x):\n    return x == None\n")
    (ws / "binary.py").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 64)
    (ws / "latin1.py").write_bytes("# caf\xe9\nx = eval(y)\n".encode("latin-1"))
    (ws / "huge.py").write_bytes(b"value = 1\n" * 5_000_000)  # 50 MB
    (ws / "deep.py").write_text("x = " + "(" * 10_000 + "1" + ")" * 10_000 + "\n")
    (ws / "deep.json").write_text("[" * 10_000 + "]" * 10_000)
    (ws / "unreadable.py").write_text("eval(x)\n")
    (ws / "unreadable.py").chmod(0)
    (ws / "locked").mkdir()
    (ws / "locked" / "inner.py").write_text("eval(x)\n")
    (ws / "locked").chmod(0)
    (ws / "loop_a.py").symlink_to(ws / "loop_b.py")
    (ws / "loop_b.py").symlink_to(ws / "loop_a.py")
    (ws / "self").symlink_to(ws, target_is_directory=True)
    (ws / "escape.py").symlink_to(outside / "secret.py")
    (ws / "escape_dir").symlink_to(outside, target_is_directory=True)
    for p in [ws, *ws.iterdir()]:
        if not p.is_symlink() and p.name not in ("unreadable.py", "locked"):
            p.chmod(0o777 if p.is_dir() else 0o644)
    ws.chmod(0o777)
    yield ws, outside
    (ws / "locked").chmod(0o755)
    shutil.rmtree(base, ignore_errors=True)


def outside_untouched(outside: Path) -> None:
    assert sorted(p.name for p in outside.iterdir()) == ["secret.py"], "something was written outside"


def test_check_survives_a_bad_workspace_and_never_leaves_it(tree):
    ws, outside = tree
    done = as_nobody("check", ".", "--format", "json", cwd=ws)
    assert done.returncode == 1, done.stderr  # findings, not a crash
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    paths = {Path(f["path"]).name for f in report["findings"]}
    assert "good.py" in paths
    assert OUTSIDE_MARKER not in done.stdout + done.stderr
    assert not any("secret.py" in f["path"] or "escape" in f["path"] for f in report["findings"])
    skipped = {Path(s["path"]).name if isinstance(s, dict) else str(s) for s in report["summary"]["files_skipped"]}
    text = json.dumps(report["summary"]["files_skipped"])
    assert "binary.py" in text and "huge.py" in text and "unreadable.py" in text, text
    outside_untouched(outside)
    assert skipped


def test_check_gives_a_reason_for_each_bad_file_it_is_given(tree):
    ws, outside = tree
    done = as_nobody("check", "binary.py", "latin1.py", "huge.py", "deep.py", "unreadable.py", "good.py",
                     "--format", "json", cwd=ws)
    assert "Traceback" not in done.stderr and done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    reasons = json.dumps(report["summary"]["files_skipped"])
    for name, why in (("binary.py", "binary"), ("huge.py", "max-file-size"), ("unreadable.py", "ermission")):
        assert name in reasons and why in reasons, reasons
    assert {Path(f["path"]).name for f in report["findings"]} == {"good.py", "latin1.py"}
    outside_untouched(outside)


def test_index_with_a_read_only_postil_dir_says_so_and_does_not_crash(tree):
    ws, outside = tree
    assert as_nobody("index", "--quiet", cwd=ws).returncode == 0  # postil's own .postil/ (see core.workdir)
    shutil.rmtree(ws / ".postil" / "index")
    (ws / ".postil").chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    before = sorted(p.name for p in (ws / ".postil").iterdir())
    done = as_nobody("index", "--quiet", cwd=ws)
    out = done.stdout + done.stderr
    assert done.returncode != 0 and "Traceback" not in out, out
    assert ".postil" in out and ("permission" in out.lower() or "read-only" in out.lower() or "cannot" in out.lower()), out
    assert sorted(p.name for p in (ws / ".postil").iterdir()) == before
    outside_untouched(outside)


def test_index_when_the_cache_path_is_a_file_moves_it_aside_and_says_so(tree):
    """A ``.postil`` postil did not make (here a file) is kept, moved aside, and replaced."""
    ws, outside = tree
    (ws / ".postil").write_text("not a directory\n")
    done = as_nobody("index", "--quiet", cwd=ws)
    out = done.stdout + done.stderr
    assert done.returncode == 0 and "Traceback" not in out, out
    assert ".postil" in out and "moved it aside" in out, out
    [aside] = ws.glob(".postil.foreign-*")
    assert aside.read_text() == "not a directory\n" and (ws / ".postil" / "index").is_dir()
    outside_untouched(outside)


def test_index_of_a_bad_workspace_stays_inside_it(tree):
    ws, outside = tree
    done = as_nobody("index", "--quiet", "--json", cwd=ws)
    out = done.stdout + done.stderr
    assert done.returncode == 0 and "Traceback" not in out, out
    search = as_nobody("search", OUTSIDE_MARKER, cwd=ws)
    assert OUTSIDE_MARKER not in search.stdout, search.stdout
    search = as_nobody("search", "eval data", cwd=ws)
    assert "secret.py" not in search.stdout and "escape" not in search.stdout
    outside_untouched(outside)
