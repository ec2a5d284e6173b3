"""The one workspace walker (postil/core/walk.py) on trees with FIFOs, devices, links out
of the root and unreadable directories: nothing hangs, nothing outside is read or
written, every file left out is named with its reason, and exit codes say what happened
(0 clean, 1 findings, 2 nothing could be checked)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tempfile
import shutil
import threading
from collections import Counter
from pathlib import Path

import pytest

from postil.core.walk import SkipFile, Walker, excluded_by_default, read_regular, walk
from tests.hardening.test_bad_workspaces import as_nobody

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses, servers, hostile inputs

FINDING = "def f(x):\n    return x == None\n"


def postil(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTIL_")}
    return subprocess.run([sys.executable, "-m", "postil", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120, check=False)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "good.py").write_text(FINDING)
    return root


def skipped_of(done: subprocess.CompletedProcess) -> dict[str, str]:
    report = json.loads(done.stdout)
    return {Path(s["path"]).name: s["reason"] for s in report["summary"]["files_skipped"]}


def test_a_fifo_in_the_tree_is_skipped_with_its_reason_not_read(ws):
    os.mkfifo(ws / "pipe.py")
    done = postil("check", ".", "--format", "json", cwd=ws)  # a read would block until the timeout
    assert done.returncode == 1, done.stderr
    assert skipped_of(done)["pipe.py"] == "not a regular file (FIFO)"


def test_a_fifo_named_on_the_command_line_is_not_read_and_the_run_fails(ws):
    os.mkfifo(ws / "pipe.py")
    done = postil("check", "pipe.py", cwd=ws)
    assert done.returncode == 1, done.stderr  # the user asked for it and it was not checked (as Ruff's E902)
    assert "postil: pipe.py: named but not checked: not a regular file (FIFO)" in done.stderr
    assert "skipped pipe.py: not a regular file (FIFO)" in done.stdout
    assert "All clear" not in done.stdout and "1 file named on the command line was not checked" in done.stdout


def test_a_character_device_in_the_tree_is_never_read(ws):
    os.mknod(ws / "zero.py", stat.S_IFCHR | 0o644, os.makedev(1, 5))  # /dev/zero: reads never end
    done = postil("check", ".", "--format", "json", cwd=ws)
    assert done.returncode == 1, done.stderr
    assert skipped_of(done)["zero.py"] == "not a regular file (character device)"


def test_a_link_to_dev_zero_is_skipped_in_the_tree_and_refused_as_a_start_path(ws):
    (ws / "zero.py").symlink_to("/dev/zero")
    done = postil("check", ".", "--format", "json", cwd=ws)
    assert done.returncode == 1, done.stderr
    assert skipped_of(done)["zero.py"] == "symlink outside workspace"
    named = postil("check", "zero.py", cwd=ws)
    assert named.returncode == 2 and "Traceback" not in named.stderr
    assert "zero.py: a link to /dev/zero, outside" in named.stderr and "not followed" in named.stderr


def test_a_device_named_by_its_own_path_is_skipped_not_read(ws):
    done = postil("check", "/dev/zero", cwd=ws)
    assert done.returncode == 1, done.stderr  # named and not checked: the run is not complete
    assert "skipped /dev/zero: not a regular file (character device)" in done.stdout
    assert "postil: /dev/zero: named but not checked: not a regular file (character device)" in done.stderr


def test_check_fix_on_a_start_directory_that_links_out_of_the_repo_refuses_it(ws, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim.py").write_text(FINDING)
    (ws / "src").symlink_to(outside, target_is_directory=True)
    for command in (["check", "src", "--fix"], ["review", "--no-llm", "src", "--fix"]):
        done = postil(*command, cwd=ws)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert f"src: a link to {outside}, outside {ws}; not followed" in done.stderr
        assert "Traceback" not in done.stderr
        assert (outside / "victim.py").read_text() == FINDING
    # the same tree named by its real path is fine: the user asked for it
    assert postil("check", str(outside), cwd=ws).returncode == 1


def test_an_unreadable_directory_is_reported_in_the_summary(tmp_path):
    base = Path(tempfile.mkdtemp(prefix="postil-walk-"))
    try:
        base.chmod(0o777)
        (base / "good.py").write_text(FINDING)
        (base / "locked").mkdir()
        (base / "locked" / "inner.py").write_text(FINDING)
        (base / "locked").chmod(0)
        for p in (base / "good.py",):
            p.chmod(0o644)
        done = as_nobody("check", ".", "--format", "json", cwd=base)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert skipped_of(done)["locked"] == "unreadable (Permission denied)"
        # the locked directory alone: nothing could be checked, config lookup does not crash
        for command in (["check", "locked"], ["review", "--no-llm", "locked"]):
            done = as_nobody(*command, cwd=base)
            assert done.returncode == 2, (command, done.stdout, done.stderr)
            assert "Traceback" not in done.stderr and "locked: cannot be read" in done.stderr
    finally:
        (base / "locked").chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def test_the_index_walk_and_the_check_walk_leave_out_the_same_things(ws):
    for rel in ("vendor/lib.py", "node_modules/x/i.js", "build/out.py", "docs/build/conf.py", "pkg/mod.py",
                "a.egg-info/PKG.py", ".postil/index/x.py"):
        (ws / rel).parent.mkdir(parents=True, exist_ok=True)
        (ws / rel).write_text(FINDING)
    os.mkfifo(ws / "pkg" / "pipe.py")
    checked = {p.relative_to(ws).as_posix() for p in walk([ws], root=ws).files}
    assert checked == {"good.py", "pkg/mod.py", "docs/build/conf.py"}
    from postil.rag.indexer import WorkspaceIndex

    skipped: Counter = Counter()
    indexed = {rel for rel, _, _ in WorkspaceIndex(ws).walk(skipped)}
    assert indexed == checked
    assert skipped["not a regular file"] == 1 and skipped["vendored or build directory"] == 4
    assert excluded_by_default("node_modules/x/i.js") and excluded_by_default("build/out.py")
    assert not excluded_by_default("docs/build/conf.py")


def test_walker_admits_one_path_as_the_full_walk_would(ws):
    (ws / ".gitignore").write_text("ignored/\n*.log\n")
    for rel in ("ignored/a.py", "keep/b.py", "keep/c.log", "vendor/d.py"):
        (ws / rel).parent.mkdir(parents=True, exist_ok=True)
        (ws / rel).write_text("x = 1\n")
    os.mkfifo(ws / "keep" / "pipe.py")
    walker = Walker(ws)
    full = {e.rel for e in walker.entries(ws)}
    for rel in ("ignored/a.py", "keep/b.py", "keep/c.log", "vendor/d.py", "keep/pipe.py", "good.py"):
        assert (walker.admits(rel) is not None) == (rel in full), rel


def test_read_regular_never_blocks_on_a_fifo_and_bounds_the_read(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    writer_opened = threading.Event()

    def hold_open():  # a writer that never writes: a plain read() would wait forever
        fd = os.open(tmp_path / "pipe", os.O_RDWR)
        writer_opened.set()
        threading.Event().wait(5)
        os.close(fd)

    threading.Thread(target=hold_open, daemon=True).start()
    writer_opened.wait()
    with pytest.raises(SkipFile, match="FIFO"):
        read_regular(tmp_path / "pipe", 1000)
    (tmp_path / "big").write_bytes(b"x" * 2000)
    with pytest.raises(SkipFile, match="max-file-size"):
        read_regular(tmp_path / "big", 1000)
    assert read_regular(tmp_path / "big", 2000) == b"x" * 2000


def test_a_root_named_through_a_link_is_walked(ws, tmp_path):
    """An editor may name the workspace folder through a link (/tmp -> /private/tmp)."""
    alias = tmp_path / "alias"
    alias.symlink_to(ws, target_is_directory=True)
    walked = walk([alias], root=alias)
    assert not walked.refused and [p.name for p in walked.files] == ["good.py"]


def test_a_root_its_enclosing_repository_ignores_admits_what_its_full_walk_yields(tmp_path):
    """A workspace inside a repository that ignores it (a copy under `build/`): one changed
    file is admitted exactly when the full walk of the root yields it (incremental updates)."""
    outer = tmp_path / "outer"
    root = outer / "build" / "project"
    (root / "pkg").mkdir(parents=True)
    (outer / ".git").mkdir()
    (outer / ".gitignore").write_text("build/\n")
    (root / ".gitignore").write_text("generated.py\n")
    for name in ("pkg/mod.py", "pkg/generated.py", "top.py"):
        (root / name).write_text("x = 1\n")
    walker = Walker(root)
    walked = sorted(entry.rel for entry in walker.entries(root) if entry.rel.endswith(".py"))
    assert walked == ["pkg/mod.py", "top.py"]
    admitted = sorted(rel for rel in ("pkg/mod.py", "pkg/generated.py", "top.py") if walker.admits(rel))
    assert admitted == walked


def test_a_file_name_that_is_not_utf8_is_checked_like_any_other(tmp_path):
    """Its name reaches the ignore and test-path globs (pathspec's RE2 backend) surrogate-escaped:
    `check` reported a UnicodeEncodeError traceback instead of the findings."""
    (tmp_path / os.fsdecode(b"bad\xff.py")).write_text("eval(input())\n")
    (tmp_path / "ok.py").write_text("eval(input())\n")
    (tmp_path / ".postil.toml").write_text('exclude = ["vendor/**"]\n')
    done = subprocess.run([sys.executable, "-P", "-m", "postil", "check", ".", "--format", "json"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    paths = {Path(f["path"]).name for f in json.loads(done.stdout)["findings"]}
    assert "ok.py" in paths and any(p.startswith("bad") for p in paths), paths
    sarif = subprocess.run([sys.executable, "-P", "-m", "postil", "check", ".", "--format", "sarif"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120, check=False)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(sarif.stdout)["runs"][0]["results"]}
    assert uris == {"ok.py", "bad%FF.py"}, sarif.stderr  # the name's own bytes
