"""A process killed (SIGKILL) mid-index leaves an index the next run repairs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from postil.rag.indexer import WorkspaceIndex

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories

KILLER = r"""
import os, signal, sys
from postil.rag import catalog, index_update, indexer

index_update.EMBED_BATCH = 3  # many small batches, so the kill lands mid-index
root, mode = sys.argv[1], sys.argv[2]
if mode == "after-vectors":
    original = catalog.Catalog.write_files
    calls = [0]

    def write_files(self, records):
        calls[0] += 1
        if calls[0] == 4:  # this batch's vectors are in Chroma, its catalog rows are not
            os.kill(os.getpid(), signal.SIGKILL)
        return original(self, records)

    catalog.Catalog.write_files = write_files


def progress(done, total, path):
    if mode == "progress" and done == 15:
        os.kill(os.getpid(), signal.SIGKILL)


indexer.WorkspaceIndex(root).update(on_progress=progress)
raise SystemExit("not killed")
"""


def _project(root: Path) -> None:
    for i in range(30):
        functions = "\n\n".join(
            f"def handler_{i}_{j}(request):\n    payload = parse_{i}_{j}(request)\n    return respond(payload)\n"
            for j in range(4)
        )
        path = root / f"pkg/module_{i:02d}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(functions + "\n" + ("# padding line\n" * 40) + f"\ndef tail_{i}():\n    return {i}\n")


@pytest.mark.parametrize("mode", ["after-vectors", "progress"])
def test_killed_indexer_leaves_no_duplicates_or_orphans(tmp_path, mode):
    root = tmp_path / "ws"
    _project(root)
    proc = subprocess.run([sys.executable, "-c", KILLER, str(root), mode], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == -9, proc.stderr

    messages: list[str] = []
    index = WorkspaceIndex(root, on_message=messages.append)
    stats = index.update()
    try:
        if mode == "after-vectors":
            assert any(m.startswith("postil: repaired the index") for m in messages), messages
        ids = [r[0] for r in index.catalog.conn.execute("SELECT id FROM chunks")]
        assert len(ids) == len(set(ids))
        assert index.store.ids() == set(ids)
        assert stats.files == 30
        assert index.catalog.conn.execute(
            "SELECT count(*) FROM files WHERE chunks = 0").fetchone()[0] == 0
        # A fresh index of the same tree has exactly the same chunks.
        fresh = WorkspaceIndex(root, index_dir=tmp_path / "fresh")
        fresh.update()
        assert fresh.catalog.chunk_ids() == set(ids)
        fresh.close()
        hits = [h for h in index.search("handler_29_3", k=20) if "def handler_29_3" in h.text]
        assert len(hits) == 1
    finally:
        index.close()
