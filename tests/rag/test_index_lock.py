"""Readers never repair: a search while another process holds the index lock (an index
build) reads the last committed state and deletes nothing; an environment error (chromadb
failing to import) is reported and never wipes the index."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from postil.rag.indexer import WorkspaceIndex

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("POSTIL_")}
    return subprocess.run([sys.executable, "-m", "postil", *args], cwd=cwd, capture_output=True, text=True,
                          env={**clean, **(env or {})}, timeout=120, check=False)


def catalog_chunks(root: Path) -> int:
    with sqlite3.connect(root / ".postil" / "index" / "catalog.sqlite3") as conn:
        return conn.execute("SELECT count(*) FROM chunks").fetchone()[0]


def mid_build(root: Path) -> int:
    """What a builder leaves while it works: vectors written before the catalog commits
    them (orphans to a reader) and the catalog marked dirty. Returns the store's count."""
    index = WorkspaceIndex(root)
    index.open()
    store = index.store
    dim = len(index.backend.embed(["x"])[0])
    store.upsert([f"uncommitted-{i}" for i in range(50)], [[0.1] * dim for _ in range(50)])
    index.catalog.set_meta("dirty", "1")
    count = store.count()
    index.close()
    return count


def test_a_search_during_an_index_build_deletes_nothing(workspace):
    assert run("index", "--quiet", cwd=workspace).returncode == 0
    stored = mid_build(workspace)
    with open(workspace / ".postil" / "index" / "lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the builder holds the lock
        done = run("search", "round_cents", "--no-update", cwd=workspace)
        assert done.returncode == 0, done.stderr
        assert "app/money.py" in done.stdout and "repaired" not in done.stderr
        index = WorkspaceIndex(workspace)
        index.search("round_cents")  # in process too: no repair without the lock
        assert index.store.count() == stored, "a reader deleted the builder's vectors"
        index.close()
    # the lock is free: the next user repairs under it
    done = run("search", "round_cents", "--no-update", cwd=workspace)
    assert done.returncode == 0 and "50 orphan vectors removed" in done.stderr, done.stderr


def test_a_waiting_writer_says_so(workspace):
    assert run("index", "--quiet", cwd=workspace).returncode == 0
    (workspace / "app" / "new.py").write_text("def fresh():\n    return 1\n")
    with open(workspace / ".postil" / "index" / "lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        proc = subprocess.Popen([sys.executable, "-m", "postil", "index"], cwd=workspace,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = proc.stderr.readline() or proc.stdout.readline()  # blocks until it speaks
        assert "waiting for another postil process" in first, first
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err


def test_chromadb_failing_to_import_leaves_the_index_alone(workspace, tmp_path):
    assert run("index", "--quiet", cwd=workspace).returncode == 0
    chunks = catalog_chunks(workspace)
    assert chunks > 0
    chroma_files = sorted(p.name for p in (workspace / ".postil" / "index" / "chroma").iterdir())
    broken = tmp_path / "broken-site"
    (broken / "chromadb").mkdir(parents=True)
    (broken / "chromadb" / "__init__.py").write_text(
        "raise ImportError('cannot import name Settings from pydantic (a conflicting package)')\n")
    env = {"PYTHONPATH": os.pathsep.join([str(broken), *filter(None, [os.environ.get("PYTHONPATH")])])}
    mid = WorkspaceIndex(workspace)
    mid.open()
    mid.catalog.set_meta("dirty", "1")  # a repair would be due: it must not wipe either
    mid.close()
    for command in (["search", "round_cents", "--no-update"], ["index", "--quiet"]):
        done = run(*command, cwd=workspace, env=env)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert "chromadb cannot be imported" in done.stderr and "Traceback" not in done.stderr
        assert catalog_chunks(workspace) == chunks
        assert sorted(p.name for p in (workspace / ".postil" / "index" / "chroma").iterdir()) == chroma_files


def test_review_threads_share_one_index_safely(workspace):
    """Four review threads asking one index for context at once (as the LLM reviewer
    does) all get it: no 'transaction within a transaction', no context-free result."""
    from concurrent.futures import ThreadPoolExecutor

    assert run("index", "--quiet", cwd=workspace).returncode == 0
    for _ in range(3):
        index = WorkspaceIndex(workspace)  # fresh: every thread races to open it
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda _: index.context("app/billing.py", 7), range(8)))
        assert all(r.chunks and r.chunks[0].path == "app/money.py" for r in results)
        assert len({tuple(c.path for c in r.chunks) for r in results}) == 1
        index.close()
