"""`postil search` answers from the vectors' snapshot beside the catalog, without importing
chromadb, and gives what the store itself gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from postil.rag import snapshot

QUERY = "round a money amount to cents"


def _imports_chromadb(run, module: str = "chromadb") -> bool:
    return any(line.rstrip().endswith(f" {module}") for line in run.stderr.splitlines())


def _snapshot_written(index) -> bool:
    """Whether a snapshot for the index as it is now is on disk (what the next process reads)."""
    return snapshot.load(index.index_dir, index._snapshot_store(), index.catalog.generation) is not None


@pytest.fixture
def importtime(monkeypatch):
    """Every CLI run lists the modules it imports on stderr (``-X importtime``)."""
    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")


@pytest.mark.slow
def test_default_search_skips_chromadb_and_answers_as_the_store_does(postil, workspace, importtime):
    assert postil("index", cwd=workspace).code == 0
    fast = postil("search", QUERY, "--json", cwd=workspace)
    assert fast.code == 0, fast.stderr
    assert not _imports_chromadb(fast)
    assert not _imports_chromadb(fast, "numpy")  # the snapshot is read and searched without it (~100 ms CPU)
    assert "similar code" in " ".join(hit["reason"] for hit in fast.json)  # the vector list took part
    (workspace / ".postil/index" / snapshot.NAME).unlink()
    through_store = postil("search", QUERY, "--json", cwd=workspace)
    assert _imports_chromadb(through_store)
    assert through_store.json == fast.json


@pytest.mark.slow
def test_an_edit_between_searches_is_found_and_the_next_search_skips_chromadb(postil, workspace, write_files,
                                                                             importtime):
    assert postil("index", cwd=workspace).code == 0
    write_files(workspace, {"app/shipping.py": "def parcel_weight_limit(parcel):\n    return parcel.kilograms <= 30\n"})
    edited = postil("search", "parcel kilograms", "--json", cwd=workspace)  # updates the index, then searches
    assert edited.code == 0, edited.stderr
    again = postil("search", "parcel kilograms", "--json", cwd=workspace)
    assert not _imports_chromadb(again)
    assert again.json == edited.json
    assert again.json[0]["path"] == "app/shipping.py" and "vector" in again.json[0]["sources"]


def test_a_snapshot_of_another_generation_is_not_read(make_index, workspace, write_files):
    index = make_index(workspace)
    index.update()
    directory = index.index_dir
    old = directory.parent / "old.npz"
    shutil.copy(directory / snapshot.NAME, old)
    write_files(workspace, {"app/shipping.py": "def parcel_weight_limit(parcel):\n    return parcel.kilograms <= 30\n"})
    index.update()
    shutil.copy(old, directory / snapshot.NAME)  # stale: written before shipping.py was indexed
    index.close()
    reopened = make_index(workspace)
    hits = reopened.search("parcel kilograms", modes=("vector",))
    assert hits and hits[0].path == "app/shipping.py"
    assert reopened._store is not None  # asked the store, since the snapshot was stale


def test_a_damaged_or_foreign_snapshot_is_not_read(make_index, workspace):
    index = make_index(workspace)
    index.update()
    path = index.index_dir / snapshot.NAME
    expected = [(h.path, h.start) for h in index.search(QUERY, modes=("vector",))]
    index.close()
    for content in (b"not a zip file", b"PK\x03\x04" + b"\0" * 64):
        path.write_bytes(content)
        reopened = make_index(workspace)
        assert [(h.path, h.start) for h in reopened.search(QUERY, modes=("vector",))] == expected
        assert _snapshot_written(reopened)  # the search that asked the store wrote a good one in its place
        reopened.close()


def test_a_run_that_died_mid_write_is_repaired_before_the_snapshot_is_read(make_index, workspace):
    index = make_index(workspace)
    index.update()
    index.catalog.set_meta("dirty", "1")  # as a killed update leaves it
    assert index.vector_snapshot() is None
    index.close()
    reopened = make_index(workspace)
    assert reopened.search(QUERY, modes=("vector",))
    assert reopened.catalog.get_meta("dirty") == "0" and _snapshot_written(reopened)



def test_the_snapshot_ranks_as_numpy_does_for_a_few_words_and_for_a_chunk_of_code(make_index, workspace):
    """A query of a few words is answered by summing a few columns without numpy, a long one with
    numpy: both give the exact cosine neighbours the vectors give."""
    import numpy as np

    index = make_index(workspace)
    index.update()
    local = snapshot.load(index.index_dir, index._snapshot_store(), index.catalog.generation)
    matrix = np.frombuffer(local.vectors, dtype=np.float32).reshape(len(local.ids), local.dim)
    code = Path(__file__).read_text(encoding="utf-8")  # a long text: most of the features
    for text in (QUERY, code):
        vector = index.backend.embed_query(text)
        expected = 1.0 - matrix @ (np.asarray(vector, dtype=np.float32) / np.linalg.norm(vector))
        got = local.query(vector, 5)
        assert [cid for cid, _ in got] == [local.ids[i] for i in np.argsort(expected, kind="stable")[:5]]
        assert np.allclose([d for _, d in got], np.sort(expected)[:5], atol=1e-5)
    assert (np.count_nonzero(index.backend.embed_query(QUERY)) <= snapshot.SPARSE_FEATURES
            < np.count_nonzero(index.backend.embed_query(code)))
    index.close()
