"""kill -9 of the indexer at 20 random points (tests/rag/test_crash.py covers two fixed
ones): the next start repairs the index — no duplicate or orphan chunks, the same
chunks a fresh index has, and a file deleted after the crash is never retrieved."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from postil.rag.indexer import WorkspaceIndex

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses, servers, hostile inputs

# Dies with SIGKILL on the N-th call of one of the indexer's write paths (vector upsert,
# vector delete, catalog write, catalog removal, progress), chosen by the test.
KILLER = r"""
import os, signal, sys
from postil.rag import catalog, index_update, indexer, store

index_update.EMBED_BATCH = 2
root, target, nth = sys.argv[1], sys.argv[2], int(sys.argv[3])
calls = [0]

def die_on_nth(owner, name):
    original = getattr(owner, name)
    def wrapper(*args, **kwargs):
        calls[0] += 1
        if calls[0] == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)
    setattr(owner, name, wrapper)

owners = {"upsert": store.VectorStore, "delete": store.VectorStore, "write_files": catalog.Catalog,
          "remove_files": catalog.Catalog}
if target == "progress":
    def progress(done, total, path):
        calls[0] += 1
        if calls[0] == nth:
            os.kill(os.getpid(), signal.SIGKILL)
else:
    progress = None
    die_on_nth(owners[target], target)
# a second pass over an edited tree, so deletes and removals happen too
idx = indexer.WorkspaceIndex(root)
idx.update(on_progress=progress)
for i in range(0, 12, 3):
    os.remove(os.path.join(root, f"pkg/m{i:02d}.py"))
with open(os.path.join(root, "pkg/m01.py"), "a") as f:
    f.write("\ndef appended_after_crash():\n    return 1\n")
idx.update(on_progress=progress)
raise SystemExit("not killed")
"""

FILES = 12
# how many calls each write path gets over the two passes (at least), so the kill lands mid-index
RANGES = {"upsert": 12, "delete": 2, "write_files": 4, "remove_files": 1, "progress": 16}


def _project(root: Path) -> None:
    for i in range(FILES):
        path = root / f"pkg/m{i:02d}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join(f"def unique_{i}_{j}(x):\n    return helper_{i}(x) + {j}\n" for j in range(3)) + "\n")


def test_twenty_random_kills_are_always_repaired(tmp_path):
    rng = random.Random(20261122)
    targets = ["upsert", "delete", "write_files", "remove_files", "progress"]
    killed = 0
    for run in range(20):
        root = tmp_path / f"ws{run}"
        _project(root)
        target = targets[run % len(targets)]
        nth = rng.randint(1, RANGES[target])
        proc = subprocess.run([sys.executable, "-c", KILLER, str(root), target, str(nth)], capture_output=True,
                              text=True, timeout=120, check=False)
        assert proc.returncode in (-9, 1), proc.stderr  # 1: the point was never reached ("not killed")
        killed += proc.returncode == -9
        # after the crash the user deletes a file, then the next start repairs
        victim = root / f"pkg/m{rng.choice([1, 2, 4, 5, 7, 8, 10, 11]):02d}.py"
        victim.unlink()
        index = WorkspaceIndex(root)
        try:
            index.update()
            ids = [r[0] for r in index.catalog.conn.execute("SELECT id FROM chunks")]
            assert len(ids) == len(set(ids)), f"run {run} ({target}@{nth}): duplicate chunks"
            assert index.store.ids() == set(ids), f"run {run} ({target}@{nth}): orphan or missing vectors"
            assert index.catalog.conn.execute("SELECT count(*) FROM files WHERE chunks = 0").fetchone()[0] == 0
            fresh = WorkspaceIndex(root, index_dir=tmp_path / f"fresh{run}")
            fresh.update()
            assert fresh.catalog.chunk_ids() == set(ids), f"run {run} ({target}@{nth}): differs from a fresh index"
            fresh.close()
            gone = victim.stem[1:]
            stem = f"unique_{int(gone)}_1"
            hits = index.search(stem, k=20)
            assert not any(victim.name in h.path for h in hits), f"run {run}: deleted {victim.name} retrieved"
        finally:
            index.close()
    assert killed >= 15, f"only {killed} of 20 runs were killed mid-index"
