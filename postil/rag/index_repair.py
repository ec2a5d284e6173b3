"""Opening the workspace index's catalog and vector store, and repairing either when a killed
run or a damaged file left it unusable (mixed into ``indexer.WorkspaceIndex``)."""


from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import sqlite3
import threading
from pathlib import Path

from postil.core.atomic import write_atomic
from postil.core.workdir import own_database, own_file, workdir
from postil.rag import snapshot
from postil.rag.catalog import SCHEMA_VERSION, Catalog, CatalogError, sqlite_damage
from postil.rag.store import StoreError, StoreUnavailable
from postil.rag.workspace_root import INDEX_DIR

VECTORS_OWED = "vectors_owed"  # catalog meta: "1" while chunks written by update(vectors=False) have no vector


STORE_OPENING = threading.Lock()


# A store is compacted once deletions outnumber its live vectors, and at least this many.
COMPACT_AFTER = 2_000


class IndexUnavailable(RuntimeError):
    """The index cannot be used (vector server unreachable, embeddings unavailable)."""


class IndexStorage:
    """Open, lock, compact and repair the catalog and the vector store."""

    def _prepare_dir(self) -> None:
        """Make the index directory: postil's own ``.postil/index`` (a foreign ``.postil`` is
        moved aside first, see core.workdir), or the ``index_dir`` given."""
        try:
            if self._own_dir:
                workdir(self.root, *INDEX_DIR.parts[1:], say=self._say)
            else:
                self.index_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # read-only or blocked .postil/, full disk: one clear line, no traceback
            raise IndexUnavailable(f"cannot write the index at {self.index_dir}: "
                                   f"{exc.strerror or exc} ({exc.filename or self.index_dir})") from None

    def _catalog_path(self) -> Path:
        return own_database(self.index_dir / "catalog.sqlite3")

    def _wipe_catalog(self) -> None:
        if self.catalog is not None:
            try:
                self.catalog.close()
            except Exception:
                pass
            self.catalog = None
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(str(self._catalog_path()) + suffix)
            except FileNotFoundError:
                pass

    def _wipe_store(self) -> None:
        from postil.rag.store import forget_clients

        self._store = None
        self._model_store = None
        self._client = None
        forget_clients()
        shutil.rmtree(self.index_dir / "chroma", ignore_errors=True)
        snapshot.discard(self.index_dir)

    @property
    def store(self):
        """The vector store, opened on first use (a no-op update never imports chromadb)."""
        if self._store is None:
            self._ensure_store()
        return self._store

    def open(self) -> None:
        """Open the catalog (cheap); the vector store opens when vectors are needed.

        Repairs (a damaged catalog or store, other embeddings, a run that died
        mid-write) happen only under the index lock; a reader that cannot take it
        (an index build is running) reads the last committed state and deletes nothing."""
        if self.catalog is not None:
            return
        backend = self.backend
        # locked() prepares the directory (the thread holding the lock has): once, for git's
        # ownership check of .postil/ costs a git run (~25 ms of a one-shot search on a busy machine)
        with self.locked(wait=False) as writer:
            try:
                self.catalog = Catalog(self._catalog_path())
            except CatalogError as exc:
                if not writer:
                    raise IndexUnavailable(f"the index catalog cannot be read ({exc}) while another postil "
                                           f"process writes the index; try again when it finishes") from None
                damage = sqlite_damage(self._catalog_path())
                if damage is None:
                    raise IndexUnavailable(f"the index catalog cannot be opened ({exc}); the index was left as "
                                           f"it is: fix the cause and try again") from None
                self._may_rebuild(f"the index catalog is damaged ({damage})")
                self._say(f"postil: the index catalog is corrupted ({damage}); rebuilding it")
                self._wipe_catalog()
                self._wipe_store()
                self.catalog = Catalog(self._catalog_path())
            identity = backend.identity
            stored_schema = self.catalog.get_meta("schema")
            stored_identity = self.catalog.get_meta("embeddings")
            stored_chunking = self.catalog.get_meta("chunking")
            changed = stored_schema is not None and (stored_schema != str(SCHEMA_VERSION) or stored_identity != identity
                                                     or stored_chunking not in (None, self.chunking))
            if not writer:
                if changed:
                    self.close()
                    raise IndexUnavailable("the index is being rebuilt by another postil process; "
                                           "try again when it finishes")
                return
            if changed:
                cut = f", chunks cut by {self.chunking} (were {stored_chunking})" if stored_chunking != self.chunking else ""
                self._say(f"postil: index was built with embeddings {stored_identity} (schema {stored_schema}); "
                          f"re-indexing with {identity} (schema {SCHEMA_VERSION}){cut}")
                # Tables may differ between schemas: start from a new file, not from cleared tables.
                self._wipe_catalog()
                self.catalog = Catalog(self._catalog_path())
                self._drop_others = True
            self.catalog.set_meta("schema", str(SCHEMA_VERSION))
            self.catalog.set_meta("embeddings", identity)
            self.catalog.set_meta("collection", self.collection_name)
            self.catalog.set_meta("chunking", self.chunking)
            if self.catalog.get_meta("dirty") == "1" or self._store_file_damaged():
                self._ensure_store()  # a run died mid-write, or the store is damaged: repair first

    def _chroma_dir(self) -> Path:
        path = self.index_dir / "chroma"
        if self._own_dir:
            own_database(workdir(self.root, *INDEX_DIR.parts[1:], "chroma", say=self._say) / "chroma.sqlite3")
        return path

    def _store_file_damaged(self) -> bool:
        """A cheap look at the embedded store's SQLite header (no chromadb import)."""
        path = self.index_dir / "chroma" / "chroma.sqlite3"
        try:
            with open(path, "rb") as fh:
                return fh.read(16) != b"SQLite format 3\x00"
        except FileNotFoundError:
            return False
        except OSError:
            return True

    def _ensure_store(self) -> None:
        """Open the vector store; under the lock, also make it agree with the catalog."""
        if self._store is not None:
            return
        self.open()
        with self.locked(wait=False) as writer:
            self._open_store(drop_others=self._drop_others and writer, repair=writer)
            if not writer:
                return  # mid-build: vectors the catalog does not know yet are ignored by queries
            self._drop_others = False
            if "1" in (self.catalog.get_meta("dirty"), self.catalog.get_meta(VECTORS_OWED)) \
                    or self._store.count() != len(self.catalog.local_chunk_ids()):
                self.reconcile()
            self._save_snapshot()

    def _open_store(self, drop_others: bool, repair: bool = True) -> None:
        """Open the collection; rebuild it only when its damage is verified (and, with
        remote embeddings, only when asked), otherwise leave the index as it is."""
        try:
            self._connect_store(drop_others)
            return
        except StoreUnavailable as exc:  # the environment, not the index: never wipe
            raise IndexUnavailable(str(exc)) from None
        except StoreError as exc:
            if not repair:
                raise IndexUnavailable(str(exc)) from None
            damage = self._store_damage(exc, drop_others)
        if damage is None:
            return  # it opened on a second look: nothing to repair
        self._may_rebuild(f"the vector store is damaged ({damage})")
        self._say(f"postil: the vector store is corrupted ({damage}); rebuilding the index")
        self._wipe_store()
        self.catalog.clear()
        self._catalog_changed = True
        try:
            self._connect_store(drop_others)
        except StoreError as exc:
            raise IndexUnavailable(f"the vector store could not be rebuilt ({exc}); "
                                   f"delete {self.index_dir / 'chroma'} and run `postil index`") from None

    def _connect_store(self, drop_others: bool) -> None:
        from postil.rag.store import VectorStore, drop_collections, open_client

        with STORE_OPENING:  # chroma's own setup is not safe across threads
            self._client = open_client(self._chroma_dir())
            if drop_others:
                drop_collections(self._client, self.workspace_id + "-",
                                 keep=(self.collection_name, self.model_collection_name))
            self._store = VectorStore(self._client, self.collection_name)

    def _store_damage(self, error: StoreError, drop_others: bool = False) -> str | None:
        """Verified damage of the embedded store behind ``error``: SQLite's own check of
        ``chroma.sqlite3``, then a fresh open and the store's consistency check. None when
        the store opens and passes (it stays open), IndexUnavailable when it cannot be
        told (the environment is at fault)."""
        from postil.rag.store import forget_clients

        damage = sqlite_damage(self.index_dir / "chroma" / "chroma.sqlite3")
        if damage is not None:
            return damage
        self._store = None
        forget_clients()
        try:
            self._connect_store(drop_others)
            self._store.verify()
            return None
        except StoreUnavailable as exc:
            self._store = None
            raise IndexUnavailable(f"{error}; then: {exc}") from None
        except StoreError as again:
            self._store = None
            return str(again)

    def _may_rebuild(self, problem: str) -> None:
        """Rebuilding re-embeds every chunk: free with local embeddings; with remote ones
        it costs money or time, so it waits for ``postil index --rebuild``."""
        from postil.rag.embeddings import remote_endpoint

        endpoint = remote_endpoint(self.embeddings_name, self.base_url)
        if endpoint is not None:
            raise IndexUnavailable(f"{problem}; rebuilding it sends every chunk to {endpoint} again, so "
                                   f"postil waits to be asked: run `postil index --rebuild`")

    def reconcile(self) -> None:
        """Make store and catalog agree after a crash: drop orphans, re-index the rest."""
        assert self.catalog is not None and self._store is not None
        stored = self._store.ids()
        known = self.catalog.local_chunk_ids()
        orphans = stored - known
        if orphans:
            self._store.delete(orphans)
        missing = self._restore_saved_vectors(known - stored)
        if missing:
            marks = list(missing)
            paths = set()
            for i in range(0, len(marks), 500):
                part = marks[i : i + 500]
                q = ",".join("?" * len(part))
                paths.update(r[0] for r in self.catalog.conn.execute(f"SELECT DISTINCT path FROM chunks WHERE id IN ({q})", part))
            self.catalog.remove_files(sorted(paths))
            self._catalog_changed = True
        if orphans or missing:
            owed = self.catalog.get_meta(VECTORS_OWED) == "1"
            if not owed or self.catalog.get_meta("dirty") == "1":
                self._say(f"postil: repaired the index ({len(orphans)} orphan vectors removed, "
                          f"{len(missing)} missing vectors to re-embed)")
        self.catalog.set_meta("dirty", "0")
        self.catalog.set_meta(VECTORS_OWED, "0")

    def close(self) -> None:
        if self._team is not None:
            self._team.close()
        if self.catalog is not None:
            self.catalog.close()
        self.catalog = None
        self._store = None
        self._model_store = None
        self._client = None

    def reset(self) -> None:
        """Delete the whole local index (the next update rebuilds it)."""
        self.close()
        self._wipe_catalog()
        self._wipe_store()

    # -- indexing --------------------------------------------------------------
    @contextlib.contextmanager
    def locked(self, wait: bool = True):
        """Hold the index lock: one writer (repairs included) across processes and
        threads; re-entrant in the thread holding it. Yields False when ``wait`` is off
        and someone else holds it."""
        if self._lock_owner == threading.get_ident():
            yield True
            return
        if not self._thread_lock.acquire(blocking=wait):
            yield False
            return
        try:
            self._prepare_dir()
            try:
                fd = os.open(own_file(self.index_dir / "lock"), os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
                handle = os.fdopen(fd, "a+")
            except OSError as exc:
                raise IndexUnavailable(f"cannot write the index at {self.index_dir}: {exc.strerror or exc}") from None
            with handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    if not wait:
                        yield False
                        return
                    self._say(f"postil: waiting for another postil process to finish with the index "
                              f"({self.index_dir})")
                    fcntl.flock(handle, fcntl.LOCK_EX)
                self._lock_owner = threading.get_ident()
                try:
                    yield True
                finally:
                    self._lock_owner = None
                    fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            self._thread_lock.release()

    def _compact_if_bloated(self) -> None:
        """Chroma keeps deleted vectors in its files (a store twice its fresh size after some
        churn); once deletions outnumber the live vectors, rebuild the collection from its own
        vectors (nothing is embedded again) and give the space back. The vectors are first
        saved beside the index, so a process killed meanwhile loses nothing (``reconcile``)."""
        if self._store is None or not self._store.deleted:
            return  # only deletions bloat a store: nothing to count or write on other updates
        deleted = int(self.catalog.get_meta("deleted_vectors") or 0) + self._store.deleted
        self._store.deleted = 0
        self.catalog.set_meta("deleted_vectors", str(deleted))
        live = self._store.count()
        if deleted <= max(live, COMPACT_AFTER):
            return
        import io

        import numpy as np

        from postil.rag.store import reclaim_space

        ids, vectors = self._store.export()
        buffer = io.BytesIO()
        np.savez(buffer, ids=np.array(ids, dtype=str), vectors=np.asarray(vectors, dtype=np.float32))
        write_atomic(self._saved_vectors(), buffer.getvalue(), root=self.index_dir)
        self.catalog.set_meta("dirty", "1")
        self._client.delete_collection(self.collection_name)
        self._store = None
        self._connect_store(False)
        self._store.upsert(ids, vectors)
        reclaim_space(self.index_dir / "chroma")
        self._saved_vectors().unlink()
        self.catalog.set_meta("deleted_vectors", "0")
        self.catalog.set_meta("dirty", "0")
        self._say(f"postil: compacted the vector store ({deleted} deleted vectors dropped, {live} kept)")

    def _saved_vectors(self) -> Path:
        return self.index_dir / "compacting.npz"

    def _restore_saved_vectors(self, missing: set[str]) -> set[str]:
        """Put back vectors saved before a compaction that did not finish; the ids still missing."""
        import numpy as np

        saved = self._saved_vectors()
        if not missing or not saved.is_file():
            return missing
        try:
            with np.load(saved, allow_pickle=False) as data:
                ids = [str(i) for i in data["ids"]]
                vectors = data["vectors"]
        except (OSError, ValueError, KeyError):
            saved.unlink(missing_ok=True)
            return missing
        keep = [i for i, cid in enumerate(ids) if cid in missing]
        if keep:
            self._store.upsert([ids[i] for i in keep], vectors[keep])
        saved.unlink()
        return missing - {ids[i] for i in keep}

    def _damage(self, error: Exception) -> str | None:
        """Verified damage behind an error met while updating, or None (the index is intact:
        a write failed for another reason, e.g. a full disk)."""
        if isinstance(error, StoreError):
            self._store = None
            return self._store_damage(error)
        if isinstance(error, sqlite3.OperationalError):  # locked, full disk, I/O
            return None
        return sqlite_damage(self._catalog_path())
