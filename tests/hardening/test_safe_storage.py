"""The parts the hostile-repository suite relies on, one by one: the atomic write, the
ownership of ``.postil/`` and the JSON stores (damage is rebuilt, never a crash)."""

from __future__ import annotations

import os
import pickle
import sqlite3
import subprocess
import threading
from pathlib import Path

import pytest

from postil.analyzers.llm.state import ResultCache, State, Stats
from postil.core.atomic import WriteRefused, write_atomic
from postil.core.workdir import workdir


def test_write_atomic_keeps_the_mode_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "tool.sh"
    target.write_text("old\n")
    target.chmod(0o751)
    write_atomic(target, "new\n", root=tmp_path)
    assert target.read_text() == "new\n" and (target.stat().st_mode & 0o777) == 0o751
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tool.sh"]


def test_write_atomic_refuses_links_and_paths_outside_the_root(tmp_path):
    root, outside = tmp_path / "repo", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (outside / "victim").write_text("keep\n")
    (root / "link.py").symlink_to(outside / "victim")
    (root / "out").symlink_to(outside, target_is_directory=True)
    with pytest.raises(WriteRefused, match="symbolic link"):
        write_atomic(root / "link.py", "x", root=root)
    with pytest.raises(WriteRefused, match="outside the workspace"):
        write_atomic(root / "out" / "new.py", "x", root=root)
    assert (outside / "victim").read_text() == "keep\n" and os.listdir(outside) == ["victim"]
    assert sorted(os.listdir(root)) == ["link.py", "out"]


def test_workdir_is_made_once_and_reused(tmp_path):
    first = workdir(tmp_path, "index")
    assert first == tmp_path / ".postil" / "index" and first.is_dir()
    assert (tmp_path / ".postil" / ".gitignore").read_text() == "*\n!guidelines.md\n"
    said = []
    assert workdir(tmp_path, "index", say=said.append) == first and said == []


@pytest.mark.slow  # git repositories
def test_a_copied_postil_dir_is_foreign_and_moved_aside(tmp_path):
    """An id file is only half of the proof: the record must be in this user's state dir."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    workdir(a)
    subprocess.run(["cp", "-a", str(a), str(b)], check=True)
    said = []
    workdir(b, say=said.append)
    [line] = said
    assert "was not created by postil on this machine" in line and ".postil.foreign-" in line
    assert len(list(b.glob(".postil.foreign-*"))) == 1


def test_guidelines_are_kept_from_a_postil_dir_moved_aside(tmp_path):
    (tmp_path / ".postil" / "index").mkdir(parents=True)  # e.g. made by an older postil: no id
    (tmp_path / ".postil" / "guidelines.md").write_text("Prefer small functions.\n")
    said = []
    workdir(tmp_path, say=said.append)
    assert "moved it aside" in said[0]
    assert (tmp_path / ".postil" / "guidelines.md").read_text() == "Prefer small functions.\n"


def test_a_postil_dir_with_only_committed_guidelines_is_adopted(tmp_path):
    (tmp_path / ".postil").mkdir()
    (tmp_path / ".postil" / "guidelines.md").write_text("Prefer small functions.\n")
    said = []
    workdir(tmp_path, "llm", say=said.append)
    assert said == [] and (tmp_path / ".postil" / "guidelines.md").is_file()


@pytest.mark.slow  # git repositories
def test_files_git_puts_into_postils_own_dir_make_it_foreign(tmp_path):
    """A checkout can overwrite ignored files: a tracked file appearing in .postil/ is git's."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    workdir(tmp_path, "index")
    (tmp_path / ".postil" / "index" / "lock").symlink_to("/tmp/elsewhere")
    subprocess.run(["git", "-C", str(tmp_path), "add", "-f", ".postil/index/lock"], check=True)
    said = []
    workdir(tmp_path, "index", say=said.append)
    assert "tracked by git" in said[0]
    assert not (tmp_path / ".postil" / "index" / "lock").is_symlink()


@pytest.mark.slow  # git repositories
def test_git_is_asked_again_about_postils_dir_only_when_its_index_changed(tmp_path, monkeypatch):
    """What git tracks lives in its index: while that file is the one git last said tracks
    nothing in .postil/, git is not run again; a file git adds there afterwards is still seen."""
    from postil.core import gitcmd

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    asked = []
    spawn = gitcmd._spawn
    monkeypatch.setattr(gitcmd, "_spawn", lambda command, *a, **k: asked.append(command) or spawn(command, *a, **k))
    workdir(tmp_path, "index")  # made: nothing to ask
    said = []
    workdir(tmp_path, "index", say=said.append)
    assert [command for command in asked if "ls-files" in command] and said == []
    asked.clear()
    workdir(tmp_path, "index", say=said.append)
    assert asked == [] and said == []
    (tmp_path / ".postil" / "index" / "lock").symlink_to("/tmp/elsewhere")
    subprocess.run(["git", "-C", str(tmp_path), "add", "-f", ".postil/index/lock"], check=True)
    workdir(tmp_path, "index", say=said.append)
    assert "tracked by git" in said[0]
    assert not (tmp_path / ".postil" / "index" / "lock").is_symlink()


def test_a_damaged_store_is_rebuilt_and_says_so(tmp_path, capsys):
    state = State(tmp_path)
    state.incr("stats:calls", 3)
    path = state.db.path
    state.close()
    with sqlite3.connect(path) as conn:  # a pickle where postil keeps JSON
        conn.execute("UPDATE kv SET value = ? WHERE key = 'stats:calls'", (pickle.dumps(object()),))
    again = State(tmp_path)
    assert Stats(again).summary()["calls"] == 0
    assert "was damaged" in capsys.readouterr().err
    again.incr("stats:calls")
    assert again.get("stats:calls") == 1
    again.close()
    path.write_bytes(b"not a database at all" * 100)
    cache = ResultCache(tmp_path)
    cache.put("k", {"findings": []})  # a store that is not even SQLite: rebuilt too
    assert cache.get("k") == {"findings": []}
    cache.close()


def test_counters_are_exact_across_threads(tmp_path):
    state = State(tmp_path)

    def work():
        for _ in range(50):
            state.incr("stats:calls")
            state.add_latency(0.01)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    summary = Stats(state).summary()
    assert summary["calls"] == 200 and summary["latency_samples"] == 200
    state.close()


def test_stats_on_a_workspace_without_postil_creates_nothing(tmp_path, postil):
    result = postil("stats", "--json", cwd=tmp_path)
    assert result.code == 0 and result.json["calls"] == 0
    assert not (tmp_path / ".postil").exists()


def test_no_store_file_is_a_path_postil_follows(tmp_path):
    """The stores hold no file names: a row naming a file is only data."""
    cache = ResultCache(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep\n")
    cache.put("filename", {"path": str(victim)})
    assert cache.clear() == 1 and victim.read_text() == "keep\n"
    cache.close()
    assert Path(cache.directory).is_dir()
