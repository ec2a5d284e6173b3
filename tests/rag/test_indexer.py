"""Indexing a workspace: what gets in, what stays out, and keeping it fresh."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from postil.rag.embeddings import HashEmbedding


def _paths(index) -> set[str]:
    return set(index.catalog.files())


def _assert_consistent(index) -> None:
    """Vector store and catalog hold exactly the same chunk ids, with no duplicates."""
    ids = [r[0] for r in index.catalog.conn.execute("SELECT id FROM chunks")]
    assert len(ids) == len(set(ids))
    assert index.store.ids() == set(ids)
    spans = index.catalog.conn.execute(
        "SELECT path, start, count(*) FROM chunks GROUP BY path, start HAVING count(*) > 1").fetchall()
    assert spans == []


def test_indexes_code_and_docs_and_ignores_its_own_directory(workspace, make_index):
    index = make_index(workspace)
    stats = index.update()
    assert _paths(index) == {"app/billing.py", "app/money.py", "web/cart.js", "docs/guide.md", "README.md"}
    assert stats.files == 5 and stats.chunks >= 5 and stats.embedded == stats.chunks
    assert (workspace / ".postil" / ".gitignore").read_text() == "*\n!guidelines.md\n"
    _assert_consistent(index)
    kinds = dict(index.catalog.conn.execute("SELECT path, kind FROM chunks"))
    assert kinds["docs/guide.md"] == "prose" and kinds["app/money.py"] == "code"


def test_gitignore_exclude_vendored_binary_huge_and_outside_symlinks_stay_out(workspace, make_index, tmp_path,
                                                                             write_files):
    write_files(workspace, {
        ".gitignore": "generated/\n*.log\n",
        "generated/models.py": "def generated(): pass\n",
        "debug.log": "log line\n",
        "pkg/.gitignore": "local_*.py\n",
        "pkg/local_settings.py": "SECRET = 1\n",
        "pkg/kept.py": "def kept(): pass\n",
        "node_modules/lib/index.js": "function vendored() {}\n",
        ".venv/lib/site.py": "def venv(): pass\n",
        "scratch/notes.py": "def excluded(): pass\n",
        "big.py": "x = 1\n" * 50_000,
    })
    (workspace / "image.py").write_bytes(b"\x89PNG\x00\x00binary")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.py").write_text("def outside(): pass\n")
    os.symlink(outside / "secret.py", workspace / "link.py")
    os.symlink(outside, workspace / "linked_dir")
    index = make_index(workspace, exclude=["scratch/**"], max_file_size=100_000)
    stats = index.update()
    paths = _paths(index)
    assert "pkg/kept.py" in paths and "app/billing.py" in paths
    for unwanted in ("generated/models.py", "debug.log", "pkg/local_settings.py", "node_modules/lib/index.js",
                     ".venv/lib/site.py", "scratch/notes.py", "big.py", "link.py"):
        assert unwanted not in paths
    assert not any(p.startswith("linked_dir") for p in paths)
    assert stats.skipped["too large"] == 1
    assert stats.skipped["symlink outside workspace"] == 2
    assert stats.skipped["binary"] == 1
    assert stats.skipped["vendored or build directory"] == 2
    # The binary file is remembered without chunks, so the next run skips it by mtime.
    assert index.catalog.conn.execute("SELECT count(*) FROM chunks WHERE path = 'image.py'").fetchone()[0] == 0


def test_unchanged_files_are_not_re_embedded(workspace, make_index, backend):
    index = make_index(workspace)
    first = index.update()
    calls = backend.calls
    assert calls == first.chunks
    second = index.update()
    assert backend.calls == calls and second.indexed == 0 and second.unchanged == 5
    # Same bytes, new mtime: hashed, not re-chunked.
    os.utime(workspace / "app/money.py", ns=(1, 1))
    third = index.update()
    assert backend.calls == calls and third.indexed == 0
    # One edited function: only the chunks whose text changed are embedded.
    path = workspace / "web/cart.js"
    path.write_text(path.read_text().replace("return { total };", "return { total, ok: true };"))
    fourth = index.update()
    assert fourth.indexed == 1
    assert backend.calls - calls == fourth.embedded >= 1
    assert fourth.embedded <= len(index.catalog.chunk_ids("web/cart.js"))
    _assert_consistent(index)


def test_deleted_file_is_never_retrieved_again(workspace, make_index):
    index = make_index(workspace)
    index.update()
    assert any(r.path == "app/money.py" for r in index.search("round_cents half up"))
    from postil.rag import keyword

    assert len(keyword.search(index.catalog.reader, "half")) == 1
    (workspace / "app/money.py").unlink()
    stats = index.update()
    assert stats.removed == 1
    for query in ("round_cents", "Round a money amount to whole cents, half up"):
        assert all(r.path != "app/money.py" for r in index.search(query, k=50))
    ctx = index.context("app/billing.py", 7)
    assert all(c.path != "app/money.py" for c in ctx.chunks)
    _assert_consistent(index)
    # The keyword index forgot the file's terms too (not just rows we filter out later).
    assert keyword.search(index.catalog.reader, "half") == []  # only money.py said "half up"
    index.catalog.conn.execute("INSERT INTO fts(fts) VALUES ('integrity-check')")


def test_renamed_file_is_found_only_under_its_new_name(workspace, make_index):
    index = make_index(workspace)
    index.update()
    (workspace / "app/money.py").rename(workspace / "app/currency.py")
    index.update()
    hits = index.search("round_cents", k=50)
    paths = {r.path for r in hits}
    assert "app/currency.py" in paths and "app/money.py" not in paths
    assert "app/money.py" not in _paths(index)
    _assert_consistent(index)


def test_updating_named_paths_follows_saves_and_deletes(workspace, make_index):
    index = make_index(workspace)
    index.update()
    (workspace / "app/money.py").write_text("def round_pennies(value):\n    return round(value, 2)\n")
    (workspace / "web/cart.js").unlink()
    stats = index.update(paths=["app/money.py", str(workspace / "web/cart.js")])
    assert stats.indexed == 1 and stats.removed == 1
    assert any(r.path == "app/money.py" for r in index.search("round_pennies"))
    assert "web/cart.js" not in _paths(index)


def test_a_catalog_only_update_owes_the_vectors_until_the_store_opens(workspace, make_index):
    """update(vectors=False) (a review retrieving without similar-code vectors) never opens
    the vector store, yet symbols and keywords see the change at once; the first search that
    opens the store writes what is owed, with no repair message and nothing left over."""
    from postil.rag.index_repair import VECTORS_OWED

    make_index(workspace).update()
    (workspace / "app/money.py").write_text("def round_pennies(value):\n    return round(value, 2)\n")
    (workspace / "web/cart.js").unlink()
    messages = []
    index = make_index(workspace, on_message=messages.append)
    stats = index.update(vectors=False)
    assert stats.indexed == 1 and stats.removed == 1
    assert index.catalog.get_meta(VECTORS_OWED) == "1"
    hits = index.search("round_pennies", modes=("symbols", "keyword"))
    assert hits and hits[0].path == "app/money.py"
    assert "web/cart.js" not in _paths(index)
    assert index._store is None  # chromadb was never opened for this
    index.close()

    again = make_index(workspace, on_message=messages.append)
    again.update()  # `postil index`, the server: nothing changed on disk, the vectors are paid all the same
    _assert_consistent(again)  # the new chunk has its vector; the old ones and cart.js's are gone
    assert again.catalog.get_meta(VECTORS_OWED) == "0"
    again.close()

    (workspace / "app/money.py").write_text("def round_nickels(value):\n    return round(value * 20) / 20\n")
    make_index(workspace).update(vectors=False)
    searching = make_index(workspace, on_message=messages.append)
    similar = searching.search("round nickels value", modes=("vector",))  # or the first search that needs them
    assert similar and similar[0].path == "app/money.py"
    _assert_consistent(searching)
    assert not any("repaired" in m for m in messages)


def test_switching_embedding_model_re_embeds_everything(workspace, make_index):
    messages = []
    index = make_index(workspace, on_message=messages.append)
    index.update()
    old_collection = index.collection_name
    index.close()

    class OtherModel(HashEmbedding):
        model = "subword-trigram-v1-wide"

    other = OtherModel(dim=256)
    index2 = make_index(workspace, backend=other, on_message=messages.append)
    stats = index2.update()
    assert any("re-indexing with hash:subword-trigram-v1-wide" in m for m in messages)
    assert stats.embedded == stats.chunks and other.calls == stats.chunks
    assert index2.collection_name != old_collection
    names = [c.name for c in index2._client.list_collections()]
    assert old_collection not in names
    _assert_consistent(index2)
    assert index2.search("round_cents")


def test_corrupted_vector_store_is_rebuilt_with_a_message(workspace, make_index):
    index = make_index(workspace)
    index.update()
    index.close()
    from postil.rag.store import forget_clients

    forget_clients()
    db = workspace / ".postil/index/chroma/chroma.sqlite3"
    db.write_bytes(b"this is not a database" * 512)
    messages = []
    index2 = make_index(workspace, on_message=messages.append)
    stats = index2.update()
    assert any("corrupted" in m and "rebuilding" in m for m in messages)
    assert stats.files == 5 and stats.embedded == stats.chunks
    _assert_consistent(index2)
    assert any(r.path == "app/money.py" for r in index2.search("round_cents"))


def test_corrupted_catalog_is_rebuilt_with_a_message(workspace, make_index):
    index = make_index(workspace)
    index.update()
    index.close()
    catalog = workspace / ".postil/index/catalog.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(str(catalog) + suffix).unlink(missing_ok=True)
    data = bytearray(catalog.read_bytes())
    data[0:4096] = os.urandom(4096)  # header page destroyed
    catalog.write_bytes(bytes(data))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(str(catalog)).execute("SELECT * FROM files").fetchall()
    messages = []
    index2 = make_index(workspace, on_message=messages.append)
    stats = index2.update()
    assert any("catalog is corrupted" in m for m in messages)
    assert stats.files == 5
    _assert_consistent(index2)


def test_older_schema_is_rebuilt(workspace, make_index):
    index = make_index(workspace)
    index.update()
    # An index from an older postil: different table layout, older schema number.
    conn = index.catalog.conn
    conn.execute("DROP TABLE fts")
    conn.execute("CREATE VIRTUAL TABLE fts USING fts5(terms)")
    index.catalog.set_meta("schema", "0")
    index.close()
    messages = []
    index2 = make_index(workspace, on_message=messages.append)
    stats = index2.update()
    assert any("(schema 0); re-indexing" in m for m in messages)
    assert not any("corrupted" in m for m in messages)
    assert stats.indexed == 5
    _assert_consistent(index2)
    assert "app/money.py" in [h.path for h in index2.search("round_cents", modes=("keyword",))]


def test_lost_vector_store_is_repaired_on_first_search(workspace, make_index):
    import shutil

    from postil.rag.store import forget_clients

    index = make_index(workspace)
    index.update()
    index.close()
    forget_clients()
    shutil.rmtree(workspace / ".postil/index/chroma")
    messages = []
    index2 = make_index(workspace, on_message=messages.append)
    hits = index2.search("round_cents")
    assert any("missing vectors to re-embed" in m for m in messages)
    assert hits and hits[0].path == "app/money.py"
    _assert_consistent(index2)


def _churn(root: Path, generation: int) -> None:
    for i in range(120):
        body = "\n".join(f"def step_{i}_{j}_{generation}(x):\n    return x * {j} + {generation}\n" for j in range(12))
        (root / "gen" / f"m{i}.py").write_text(body)


def _store_bytes(root: Path) -> int:
    return sum(f.stat().st_size for f in (root / ".postil/index/chroma").rglob("*") if f.is_file())


def test_deleted_vectors_are_compacted_without_embedding_again(workspace, make_index, backend, monkeypatch):
    """Chroma keeps deleted vectors in its files: after churn the store is compacted back
    to about its fresh size, from its own vectors (no text is embedded again)."""
    from postil.rag import index_repair

    monkeypatch.setattr(index_repair, "COMPACT_AFTER", 100)
    (workspace / "gen").mkdir()
    _churn(workspace, 0)
    messages = []
    index = make_index(workspace, on_message=messages.append)
    index.update()
    fresh = _store_bytes(workspace)
    for generation in range(1, 5):
        _churn(workspace, generation)
        index.update()
    assert any("compacted the vector store" in m for m in messages)
    calls = backend.calls
    assert _store_bytes(workspace) < 1.5 * fresh
    _assert_consistent(index)
    assert [h.path for h in index.search("step_7_3_4", k=3)][0] == "gen/m7.py"
    assert backend.calls - calls <= 1  # the query only
    assert not (workspace / ".postil/index/compacting.npz").exists()


def test_compaction_killed_midway_loses_no_vector(workspace, make_index, backend, monkeypatch):
    from postil.rag import index_repair, store

    monkeypatch.setattr(index_repair, "COMPACT_AFTER", 100)
    (workspace / "gen").mkdir()
    _churn(workspace, 0)
    index = make_index(workspace)
    index.update()

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # the process dies after the old collection was dropped

    _churn(workspace, 1)
    index.update()
    _churn(workspace, 2)
    with monkeypatch.context() as patched, pytest.raises(KeyboardInterrupt):
        patched.setattr(store, "reclaim_space", killed)
        index.update()
    assert (workspace / ".postil/index/compacting.npz").exists()
    index.close()
    store.forget_clients()
    calls = backend.calls
    again = make_index(workspace)
    assert again.update().indexed == 0
    assert backend.calls == calls  # restored from the saved vectors, nothing embedded again
    _assert_consistent(again)


def test_damage_is_verified_in_a_workspace_whose_path_has_uri_characters(tmp_path):
    from postil.rag.catalog import sqlite_damage

    folder = tmp_path / "we?ird#name"
    folder.mkdir()
    damaged = folder / "catalog.sqlite3"
    damaged.write_bytes(b"this is not a database" * 512)
    assert "not a database" in sqlite_damage(damaged)
    intact = folder / "intact.sqlite3"
    sqlite3.connect(str(intact)).execute("CREATE TABLE t (a)").connection.commit()
    assert sqlite_damage(intact) is None
