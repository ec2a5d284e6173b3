"""Build and refresh the workspace index.

Walks the workspace (``.gitignore``, ``exclude`` and the egress gate's default excludes
respected, on a link's path and its target's; binary, huge, generated and vendored files
skipped; symlinks never followed out of the root), stores every file masked as a whole
(``postil.gate``: the text embedded, searched and sent as context is masked), re-chunks only
files whose content hash changed (mtime+size as the cheap pre-check), embeds only
chunks that are new, and purges deleted or renamed files. See ``catalog`` for the
write ordering that makes a killed run repairable.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import shutil
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from postil.analyzers.rules.secret_formats import project_secret_rules
from postil.core.atomic import write_atomic
from postil.core.walk import VENDORED, Entry, SkipFile, Walker, excluded_by_default, read_regular
from postil.core.workdir import own_database, own_file, workdir
from postil.gate.egress import DEFAULT_EXCLUDES, EgressGate
from postil.rag import snapshot
from postil.rag.catalog import (
    SCHEMA_VERSION,
    Catalog,
    CatalogError,
    FileRecord,
    sqlite_damage,
)
from postil.rag.chunker import MAX_CHARS
from postil.rag.embeddings import (
    EmbeddingBackend,
    EmbeddingUnavailable,
    HashEmbedding,
    LocalModel,
    find_model,
    make_backend,
    slug,
)
from postil.rag.languages import file_kind
from postil.rag.records import build_record
from postil.rag.store import StoreError, StoreUnavailable, preload
from postil.rag.tokens import IDENTIFIER, split_identifier

INDEX_DIR = Path(".postil") / "index"
_STORE_OPENING = threading.Lock()
# A store is compacted once deletions outnumber its live vectors, and at least this many.
COMPACT_AFTER = 2_000
EMBED_BATCH = 2048
HEADER_TOKENS = 40  # of a model's window, kept for the path and headers embedded with a chunk
MERGE_TOKENS = 64  # with a model, neighbouring definitions share a chunk while this small (32-216 measured alike)
VECTORS_OWED = "vectors_owed"  # catalog meta: "1" while chunks written by update(vectors=False) have no vector
MODEL_COVERAGE = 0.9  # search ranks with the model's vectors once they cover this share of the chunks
MODEL_BATCH = 256  # texts the model embeds between two progress reports (and store writes)

ProgressCallback = Callable[[int, int, str], None]


@dataclass
class IndexStats:
    files: int = 0  # files in the index after the run
    chunks: int = 0  # chunks in the index after the run
    scanned: int = 0  # candidate files seen by the walk
    indexed: int = 0  # files (re-)chunked this run
    unchanged: int = 0
    removed: int = 0
    embedded: int = 0  # chunks embedded this run
    mirrored: int = 0  # files taken from the team index this run
    model_embedded: int = 0  # chunks given the local model's vectors (``build_model_vectors``)
    skipped: Counter = field(default_factory=Counter)  # reason -> count
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)


class IndexUnavailable(RuntimeError):
    """The index cannot be used (vector server unreachable, embeddings unavailable)."""


def _is_binary(head: bytes) -> bool:
    return b"\0" in head


class WorkspaceIndex:
    """The index of one workspace. Open lazily; safe to keep open in a server."""

    def __init__(
        self,
        root: str | Path,
        *,
        embeddings: str = "hash",
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        chroma_url: str | None = None,
        chroma_tenant: str | None = None,
        chroma_database: str | None = None,
        chroma_api_key_env: str | None = None,
        collection: str | None = None,
        exclude: Iterable[str] = (),
        redact_patterns: Iterable[str] = (),
        secret_detectors: tuple = (),
        max_file_size: int = 1_000_000,
        respect_gitignore: bool = True,
        index_dir: str | Path | None = None,
        backend: EmbeddingBackend | None = None,
        on_message: Callable[[str], None] | None = None,
        max_chars: int = MAX_CHARS,
        model_path: str | Path | None = None,
        model_source: str | None = None,
        find_cached_model: bool = True,
    ) -> None:
        self.root = Path(root).resolve()
        self.index_dir = Path(index_dir) if index_dir else self.root / INDEX_DIR
        self._own_dir = not index_dir
        self.embeddings_name = embeddings
        self.model = model
        self.base_url = base_url
        self.api_key = api_key
        self.chroma_url = chroma_url
        self.chroma_scope = (chroma_tenant, chroma_database, chroma_api_key_env)  # a managed Chroma's
        self.collection = collection
        self._team = None
        self._local_count: tuple[str | None, int] | None = None  # (catalog generation, local vectors)
        self._snapshot: tuple[str | None, snapshot.Snapshot | None] = (None, None)  # (catalog generation, its snapshot)
        self.exclude = tuple(exclude)
        self.gate = EgressGate(self.root, self.exclude, tuple(redact_patterns), secret_detectors)
        self.max_file_size = max_file_size
        self.respect_gitignore = respect_gitignore
        self.max_chars = max_chars
        self.model_path = model_path
        self.model_source = model_source or ("given" if model_path else None)  # who named model_path
        self.find_cached_model = find_cached_model
        self._model: LocalModel | None | bool = None  # False: looked, none usable
        self._model_store = None
        self._model_wanted: tuple = (None, 0, False)  # (catalog generation, chunks the model embeds, all done)
        self._backend = backend
        self._on_message = on_message
        self.messages: list[str] = []
        self.catalog: Catalog | None = None
        self._store = None
        self._client = None
        self._drop_others = False
        self._catalog_changed = False
        self._thread_lock = threading.RLock()
        self._lock_owner: int | None = None  # the thread holding the index lock

    @classmethod
    def from_config(cls, root: str | Path, **overrides) -> WorkspaceIndex:
        """An index configured from ``[tool.postil]`` / ``.postil.toml`` (``index`` table)."""
        from postil.config import load_config

        loaded = load_config(Path(root))
        settings = loaded.settings
        index = getattr(settings, "index", None)
        kwargs: dict = {
            # what is never sent as context is never embedded either
            "exclude": (*settings.exclude, *(getattr(index, "exclude", ()) or ()), *settings.llm.exclude),
            "redact_patterns": settings.llm.redact_patterns,
            "secret_detectors": project_secret_rules(loaded).detectors,
            "max_file_size": getattr(index, "max_file_size", None) or settings.max_file_size,
            "respect_gitignore": settings.respect_gitignore,
        }
        if index is not None:
            kwargs.update(embeddings=index.embeddings, model=index.model, base_url=index.base_url,
                          chroma_url=index.chroma_url, chroma_tenant=index.chroma_tenant,
                          chroma_database=index.chroma_database, chroma_api_key_env=index.chroma_api_key_env,
                          collection=index.collection)
        model_path = loaded.model_directory()
        if model_path is not None:
            kwargs["model_path"] = model_path
            kwargs["model_source"] = loaded.sources["index.model-path"]
        kwargs.update({k: v for k, v in overrides.items() if v is not None})
        return cls(root, **kwargs)

    @property
    def remote(self) -> str | None:
        """Where updating or querying this index sends anything (embeddings endpoint or Chroma
        server), or None when it all stays on this machine."""
        from postil.rag.embeddings import remote_endpoint

        return remote_endpoint(self.embeddings_name, self.base_url) or self.chroma_url

    @property
    def team(self):
        """The team index on the Chroma server (``chroma_url``), or None (see ``team``)."""
        if self._team is None and self.chroma_url:
            from postil.rag.store import ChromaServer
            from postil.rag.team import TeamError, TeamIndex, repository_identity

            try:
                repository = repository_identity(self.root, self.collection)
            except TeamError as exc:
                repository = None
                reason = str(exc)
            self._team = TeamIndex(ChromaServer(self.chroma_url, *self.chroma_scope), self.root, repository, self.backend.identity, self._say)
            if repository is None:
                self._team._degrade(reason)
        return self._team

    # -- opening ---------------------------------------------------------------
    def _say(self, message: str) -> None:
        self.messages.append(message)
        if self._on_message:
            self._on_message(message)

    @property
    def backend(self) -> EmbeddingBackend:
        if self._backend is None:
            try:
                self._backend = make_backend(self.embeddings_name, self.model, self.base_url, self.api_key,
                                             self.model_path)
            except EmbeddingUnavailable as exc:
                if self.embeddings_name == "onnx":
                    self._say(f"postil: {exc}; using the offline 'hash' embeddings instead")
                    self._backend = HashEmbedding()
                else:
                    raise IndexUnavailable(str(exc)) from None
        return self._backend

    @property
    def model_backend(self) -> LocalModel | None:
        """The local embedding model whose vectors are built in the background beside the default
        ``hash`` ones: ``index.model-path``, else a model found in the cache. None when there is
        none or it cannot load (said once; the index goes on with ``hash`` alone)."""
        if self._model is None:
            self._model = False
            if self.backend.backend == "hash":
                directory = find_model(self.model_path if self.model_path else None) if (
                    self.model_path or self.find_cached_model) else None
                if directory is not None:
                    self.model_source = self.model_source or "found in the model cache"
                    try:
                        self._model = LocalModel(directory)
                    except EmbeddingUnavailable as exc:
                        self._say(f"postil: {exc}; searching with the offline 'hash' embeddings only")
            elif self.model_path and not isinstance(self.backend, LocalModel):
                self._say(f"postil: index.embeddings = \"{self.embeddings_name}\" embeds every chunk, so index.model-path "
                          f"({self.model_path}, from {self.model_source}) is ignored; remove one of the two settings "
                          "(with embeddings \"onnx\" or \"hash\" the model is used)")
        return self._model or None

    @property
    def local_model(self) -> LocalModel | None:
        """The local model on this machine the index uses: beside ``hash`` (``model_backend``),
        or as the embeddings themselves (``embeddings = "onnx"``)."""
        return self.model_backend or (self.backend if isinstance(self.backend, LocalModel) else None)

    @property
    def chunking(self) -> str:
        """How files are cut (part of the index identity): by the model's tokens, or characters."""
        model = self.local_model
        if model is not None:
            return f"tokens:{model.identity}:{chunk_tokens(model)}:{MERGE_TOKENS}"
        return f"chars:{self.max_chars}"

    def _chunk_size(self):
        """(size bound, line cost, merge bound) for the chunker: with a model, chunks within its
        window, counted with its tokenizer, small definitions sharing one up to ``MERGE_TOKENS``."""
        model = self.local_model
        if model is not None:
            return chunk_tokens(model), model.count_tokens, MERGE_TOKENS
        return self.max_chars, None, None

    @property
    def workspace_id(self) -> str:
        return f"postil-{slug(self.root.name or 'root', 30)}-{hashlib.blake2b(str(self.root).encode(), digest_size=4).hexdigest()}"

    @property
    def collection_name(self) -> str:
        return f"{self.workspace_id}-{slug(self.backend.identity, 40)}-s{SCHEMA_VERSION}"

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
        self._prepare_dir()
        backend = self.backend
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

        with _STORE_OPENING:  # chroma's own setup is not safe across threads
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

    # -- the model's vectors, built in the background ------------------------------
    @property
    def model_collection_name(self) -> str | None:
        model = self.model_backend
        return f"{self.workspace_id}-{slug(f'{model.identity}:{EMBEDDED_TEXT}', 40)}-s{SCHEMA_VERSION}" if model else None

    @property
    def model_store(self):
        """The model's own collection (its vectors are never ranked with another backend's)."""
        if self._model_store is None and self.model_backend is not None:
            from postil.rag.store import VectorStore

            self._ensure_store()
            with _STORE_OPENING:
                try:
                    self._model_store = VectorStore(self._client, self.model_collection_name)
                except StoreError as exc:
                    raise IndexUnavailable(str(exc)) from None
        return self._model_store

    def model_coverage(self) -> float:
        """The share of the chunks the model embeds (``MODEL_CHUNKS``) that have its vectors (0 without
        a model). Searches ask on every query: the chunks are counted once per catalog generation,
        the vectors until they are complete."""
        if self.model_backend is None or self.catalog is None:
            return 0.0
        generation = self.catalog.generation
        known, wanted, complete = self._model_wanted
        if known != generation or generation is None:
            wanted = self.catalog.conn.execute(f"SELECT count(*) FROM chunks WHERE {MODEL_CHUNKS}").fetchone()[0]
            complete = False
        if complete:
            return 1.0
        coverage = min(1.0, self.model_store.count() / wanted) if wanted else 0.0
        self._model_wanted = (generation, wanted, coverage >= 1.0)
        return coverage

    def build_model_vectors(self, on_progress: ProgressCallback | None = None, batch: int | None = None) -> int:
        """Embed with the model every chunk it embeds (``MODEL_CHUNKS``) that has no model vector yet,
        drop vectors of chunks gone; returns how many were embedded. Equal texts are embedded once,
        shortest first (a batch pads to its longest text, and search gets most chunks soonest).
        Runs beside searches and updates (it never holds the index lock); stopping it (an exception
        from ``on_progress``) keeps what is done."""
        model = self.model_backend
        if model is None:
            return 0
        self.open()
        store = self.model_store
        reader = sqlite3.connect(f"file:{self._catalog_path()}?mode=ro", uri=True, timeout=30)  # this thread's own
        try:
            wanted = {cid for (cid,) in reader.execute(f"SELECT id FROM chunks WHERE {MODEL_CHUNKS}")}
            have = store.ids()
            if have - wanted:
                store.delete(have - wanted)
            missing = sorted(wanted - have)
            by_text: dict[str, list[str]] = {}  # equal texts (copies, overloads) are embedded once
            paths: dict[str, str] = {}
            for lo in range(0, len(missing), 500):
                part = missing[lo : lo + 500]
                marks = ",".join("?" * len(part))
                for cid, rel, header, text in reader.execute(
                        f"SELECT id, path, header, text FROM chunks WHERE id IN ({marks})", part):
                    embedded = model_text(rel, header, text)
                    by_text.setdefault(embedded, []).append(cid)
                    paths[embedded] = rel
        finally:
            reader.close()
        texts = sorted(by_text, key=len)
        batch = batch or MODEL_BATCH
        done = 0
        for lo in range(0, len(texts), batch):
            part = texts[lo : lo + batch]
            try:
                vectors = model.embed(part)
            except Exception as exc:
                first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
                raise IndexUnavailable(f"the embedding model {model.directory} failed ({first}); "
                                       "search goes on with the 'hash' vectors") from None
            ids = [cid for text in part for cid in by_text[text]]
            store.upsert(ids, [vector for text, vector in zip(part, vectors) for _cid in by_text[text]])
            done += len(ids)
            if on_progress is not None:
                on_progress(done, len(missing), paths[part[-1]])
        return len(missing)

    def vector_source(self):
        """(fusion source name, backend, store) for similar-code search: the model once its vectors
        cover the index (``MODEL_COVERAGE``), else the default backend's (asked through
        ``start_vector_hits``: no store here)."""
        if self.model_backend is not None and self.model_coverage() >= MODEL_COVERAGE:
            return "model", self.model_backend, self.model_store
        return "vector", self.backend, None

    def vector_snapshot(self) -> snapshot.Snapshot | None:
        """The local store's vectors as a numpy snapshot, when one was written for the catalog
        as it is now and no run left the store owing or mid-write (else None: ask the store).
        Never with a team index (its local chunks change with the team server's manifest)."""
        if self.chroma_url:
            return None
        generation = self.catalog.read_generation()
        if self._snapshot[0] != generation:
            usable = generation is not None and "1" not in (self.catalog.get_meta("dirty"),
                                                            self.catalog.get_meta(VECTORS_OWED))
            store = self._snapshot_store() if usable else None
            self._snapshot = (generation, snapshot.load(self.index_dir, store, generation) if store else None)
        return self._snapshot[1]

    def _snapshot_store(self) -> str | None:
        """What a snapshot is read from: the collection, in this store file (a store deleted or
        replaced since leaves its snapshot unread); None when there is no store file."""
        try:
            st = os.stat(self.index_dir / "chroma" / "chroma.sqlite3")
        except OSError:
            return None
        return f"{self.collection_name} {st.st_dev}:{st.st_ino}"

    def _save_snapshot(self) -> None:
        """Write the snapshot of the open store for the catalog's generation (under the index
        lock, the store agreeing with the catalog): the last snapshot's vectors still in the
        catalog, the store's for the chunks it lacks. A store missing one of them leaves none."""
        generation = self.catalog.generation
        store = self._snapshot_store()
        if generation is None or self.chroma_url or store is None:
            return
        last = snapshot.load(self.index_dir, store)
        if last is not None and last.generation == generation:
            return
        wanted = sorted(self.catalog.local_chunk_ids())
        vectors = last.by_id() if last is not None else {}
        vectors.update(self._store.vectors([cid for cid in wanted if cid not in vectors]))
        if any(cid not in vectors for cid in wanted):
            snapshot.discard(self.index_dir)
            return
        snapshot.save(self.index_dir, generation, store, wanted, [vectors[cid] for cid in wanted])

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

    def context(self, path, line: int, text: str | None = None, **kwargs):
        """See ``retrieval.context``."""
        from postil.rag import retrieval

        with self._thread_lock:  # threads take turns on this index's connections
            return retrieval.context(self, path, line, text, **kwargs)

    def search(self, query: str, k: int = 10, **kwargs):
        """See ``retrieval.search``."""
        from postil.rag import retrieval

        with self._thread_lock:
            return retrieval.search(self, query, k, **kwargs)

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

    # -- walking ---------------------------------------------------------------
    def _walker(self, skipped: Counter) -> Walker:
        def count(path: str, reason: str) -> None:
            skipped[reason.split(" (")[0]] += 1

        # the egress gate's default excludes first, so the config's ``!pattern`` can re-include
        return Walker(self.root, exclude=(*DEFAULT_EXCLUDES, *self.exclude), respect_gitignore=self.respect_gitignore,
                      on_skip=count)

    def _admitted(self, entries: Iterable[Entry], skipped: Counter):
        for entry in entries:
            kind, detail = file_kind(entry.rel)
            if kind == "skip":
                skipped[detail] += 1
            elif entry.stat.st_size > self.max_file_size:
                skipped["too large"] += 1
            else:
                yield entry.rel, entry.real, entry.stat

    def walk(self, skipped: Counter | None = None):
        """(relative posix path, absolute path, stat) of every file the index should hold."""
        skipped = skipped if skipped is not None else Counter()
        yield from self._admitted(self._walker(skipped).entries(self.root), skipped)

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

    def update(self, on_progress: ProgressCallback | None = None, paths: Iterable[str] | None = None,
               vectors: bool = True) -> IndexStats:
        """Bring the index up to date with the disk (all files, or just ``paths``).

        ``vectors=False`` writes only the catalog (symbols, keywords: what retrieval without
        similar-code search reads) and never opens the vector store; the vectors it leaves
        owed (``VECTORS_OWED``) are written by the next update with vectors, or the first search
        that opens the store."""
        started = time.perf_counter()
        with self.locked():
            if self._store is not None:
                vectors = True  # already paid for: keep the store in step
            try:
                stats = self._update(on_progress, paths, vectors)
            except StoreUnavailable as exc:
                raise IndexUnavailable(str(exc)) from None
            except (CatalogError, sqlite3.DatabaseError, StoreError) as exc:
                damage = self._damage(exc)
                if damage is None:
                    raise IndexUnavailable(f"the index could not be updated ({exc}); it was left as it is "
                                           f"and the next update finishes the work") from None
                self._may_rebuild(f"the index is damaged ({damage})")
                self._say(f"postil: the index is corrupted ({damage}); rebuilding it")
                self.reset()
                try:
                    stats = self._update(on_progress, None if paths is None else paths, vectors)
                except (CatalogError, sqlite3.DatabaseError, StoreError) as again:
                    raise IndexUnavailable(f"the index could not be rebuilt ({again}); "
                                           f"delete {self.index_dir} and run `postil index`") from None
            self._compact_if_bloated()
            if self._store is not None:
                self._save_snapshot()
        stats.seconds = time.perf_counter() - started
        stats.messages = list(self.messages)
        return stats

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

    def mirror_pending(self, rel: str) -> bool:
        """Whether this file was just mirrored and its references are still being written."""
        return self._team is not None and rel in self._team.filling

    def forget_unfinished_mirror(self) -> None:
        """Wait for the team index mirror's keyword terms and references; a mirror left
        unfinished (a killed process, a server gone mid-mirror) is forgotten, to be mirrored
        again: a file whose terms were never written must not be updated as if they had been."""
        if self._team is not None:
            self._team.wait()
        if self.catalog.get_meta("mirror") == "filling":
            self._say("postil: the last team index mirror was not finished; it is mirrored again")
            self.catalog.clear()
            self.catalog.set_meta("team", "")
            self.catalog.set_meta("mirror", "")

    def _update(self, on_progress, paths, vectors: bool = True) -> IndexStats:
        if paths is None and self.chroma_url and self._team is None:
            preload()  # the team server is opened after the catalog and git's blob ids
        self.open()
        self._catalog_changed = False
        catalog = self.catalog
        assert catalog is not None
        if catalog.get_meta("dirty") == "1" and self._store is not None:
            self.reconcile()  # an earlier update in this process was cancelled or failed mid-write
        stats = IndexStats()
        self.forget_unfinished_mirror()
        if paths is None and self.team is not None and self.team.repository:
            stats.mirrored = self.team.sync(self)
        known = catalog.files()
        todo: list[tuple[str, str, os.stat_result]] = []
        removed: list[str] = []
        if paths is None:
            seen = set()
            for rel, abspath, st in self.walk(stats.skipped):
                seen.add(rel)
                stats.scanned += 1
                prev = known.get(rel)
                if prev is not None and prev[1] == st.st_mtime_ns and prev[2] == st.st_size:
                    stats.unchanged += 1
                    continue
                todo.append((rel, abspath, st))
            removed = [p for p in known if p not in seen]
        else:
            wanted = {self.relative(p) for p in paths}
            candidates = {rel: (a, st) for rel, a, st in self._walk_some(wanted, stats.skipped)}
            for rel in sorted(wanted):
                if rel in candidates:
                    stats.scanned += 1
                    abspath, st = candidates[rel]
                    prev = known.get(rel)
                    if prev is not None and prev[1] == st.st_mtime_ns and prev[2] == st.st_size:
                        stats.unchanged += 1
                        continue
                    todo.append((rel, abspath, st))
                elif rel in known:
                    removed.append(rel)
        if self._team is not None:  # a file mirrored a moment ago changed again: its rows are filled first
            self._team.wait([rel for rel, _a, _s in todo] + removed)
        owed = catalog.get_meta(VECTORS_OWED) == "1"
        if (todo or removed or (vectors and owed)) and self._store is None:
            if vectors:
                self._ensure_store()
                if self._catalog_changed:  # the store was rebuilt or repaired: look again
                    return self._update(on_progress, paths)
            else:  # the vectors of what changes now are written when the store next opens
                catalog.set_meta(VECTORS_OWED, "1")
        if removed:
            if vectors:
                catalog.set_meta("dirty", "1")
                self.store.delete(catalog.remove_files(removed))
            else:
                catalog.remove_files(removed)  # their vectors stay as orphans until the store opens
            stats.removed = len(removed)
        changed_known = [rel for rel, _a, _s in todo if rel in known]
        if len(changed_known) > 200:
            existing = catalog.local_chunk_ids()
        else:
            existing = set().union(*(catalog.local_chunk_ids(rel) for rel in changed_known))
        writer = _Writer(self, vectors) if todo else None
        self._touched = []
        pending: list[FileRecord] = []
        pending_ids: list[str] = []
        pending_counts: list = []
        pending_texts: list[str] = []
        total = len(todo)
        try:
            for done, (rel, abspath, st) in enumerate(todo, 1):
                record = self._record(rel, abspath, st, known.get(rel), stats)
                if record is not None:
                    if writer.started is False:
                        if vectors:
                            catalog.set_meta("dirty", "1")
                        writer.start()
                    for (cid, _s, _e, _k, header, text), counts in zip(record.chunks, record.counts):
                        if vectors and cid not in existing:
                            pending_ids.append(cid)
                            pending_counts.append(counts)
                            pending_texts.append(self.text_to_embed(rel, header, text))
                    pending.append(record)
                    stats.indexed += 1
                    if len(pending_ids) >= EMBED_BATCH:
                        writer.put(pending, pending_ids, self._embed(pending_texts, pending_counts))
                        stats.embedded += len(pending_ids)
                        pending, pending_ids, pending_counts, pending_texts = [], [], [], []
                if on_progress is not None:
                    try:
                        on_progress(done, total, rel)
                    except BaseException:  # cancelled by the host: keep the files already read
                        if pending:
                            writer.put(pending, pending_ids, self._embed(pending_texts, pending_counts))
                        raise
            if pending:
                writer.put(pending, pending_ids, self._embed(pending_texts, pending_counts))
                stats.embedded += len(pending_ids)
        finally:
            if writer is not None:
                writer.finish()
        if self._touched:
            with catalog.transaction():
                for rel, mtime_ns, size in self._touched:
                    catalog.touch(rel, mtime_ns, size)
        if stats.indexed >= 200:  # many files written: merge the keyword index (a mirror's fill merges its own)
            catalog.optimize()
        if catalog.get_meta("dirty") == "1":
            catalog.set_meta("dirty", "0")
        stats.files, stats.chunks = catalog.counts()
        if self._team is not None:
            self._team.start_fill()
        return stats

    def outbound_texts(self) -> list[str]:
        """Every text a full build (a first ``postil index`` or ``--rebuild``) would embed, in
        order, exactly as the embeddings backend gets it; writes nothing (``--dry-run``)."""
        stats = IndexStats()
        self._touched = []
        texts = []
        for rel, abspath, st in self.walk(stats.skipped):
            record = self._record(rel, abspath, st, None, stats)
            if record is not None:
                texts.extend(self.text_to_embed(rel, header, text) for _cid, _s, _e, _k, header, text in record.chunks)
        return texts

    def text_to_embed(self, rel: str, header: str, text: str) -> str:
        """What the backend embeds for a chunk: a local model's short window gets ``model_text``."""
        return (model_text if isinstance(self.backend, LocalModel) else embedding_text)(rel, header, text)

    def _embed(self, texts: list[str], counts: list):
        if not texts:
            return []
        backend = self.backend
        try:
            if hasattr(backend, "embed_counts"):
                return backend.embed_counts(counts)
            return backend.embed(texts)
        except EmbeddingUnavailable as exc:
            raise IndexUnavailable(str(exc)) from None

    def _walk_some(self, wanted: set[str], skipped: Counter):
        """Walk results for just these relative paths, with the same filters as a full walk."""
        if len(wanted) > 50:
            yield from (x for x in self.walk(skipped) if x[0] in wanted)
            return
        walker = self._walker(Counter())
        found = (walker.admits(rel) for rel in wanted)
        admitted = (e for e in found if e is not None and self.gate.refusal(self.root / e.rel) is None)
        yield from self._admitted(admitted, Counter())

    def relative(self, path: str | Path) -> str:
        p = Path(path)
        if p.is_absolute():
            try:
                return p.resolve().relative_to(self.root).as_posix()
            except ValueError:
                return p.as_posix()
        return p.as_posix()

    def _record(self, rel: str, abspath: str, st, prev, stats: IndexStats) -> FileRecord | None:
        try:
            data = read_regular(abspath, self.max_file_size)
        except SkipFile as exc:
            stats.skipped[str(exc).split(" (")[0]] += 1
            return None
        except OSError:
            stats.skipped["unreadable"] += 1
            return None
        if prev is not None and prev[0] == hashlib.blake2b(data, digest_size=16).hexdigest():
            self._touched.append((rel, st.st_mtime_ns, st.st_size))
            stats.unchanged += 1
            return None
        return self.record_from_bytes(rel, data, st.st_mtime_ns, st.st_size, stats.skipped)

    def record_from_bytes(self, rel: str, data: bytes, mtime_ns: int, size: int, skipped: Counter) -> FileRecord:
        """One file's record from its bytes (read from disk, or a git blob when publishing):
        masked as a whole; binary and minified files are remembered with no chunks."""
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        if _is_binary(data[:8192]):
            skipped["binary"] += 1
            return FileRecord(rel, digest, mtime_ns, size, None, [], [], [])  # the next run skips it by mtime
        text = data.decode("utf-8", errors="replace")
        kind, language = file_kind(rel)
        lines = text.count("\n") + 1
        if len(text) / lines > 400 and len(text) > 20_000:
            skipped["minified"] += 1
            return FileRecord(rel, digest, mtime_ns, size, None, [], [], [])
        text = self.gate.mask(text, rel).text  # masked as a whole file, before it is cut into chunks
        return build_record(rel, text, kind, language, digest, mtime_ns, size, *self._chunk_size())

    def admission(self, rel: str, size: int) -> str | None:
        """Why a file known only by path and size (a git blob) is left out of the index, or None."""
        if self.gate.excluded(rel):
            return "excluded"
        if excluded_by_default(rel):  # as the walk leaves it out (*.egg-info, node_modules, dist/ ...)
            return VENDORED
        kind, detail = file_kind(rel)
        if kind == "skip":
            return detail
        return "too large" if size > self.max_file_size else None

    def embed_chunks(self, chunks: list[tuple]) -> list:
        """Vectors for (id, identifier counts or None, path, header, text) chunks."""
        texts = [self.text_to_embed(rel, header, text) for _cid, _counts, rel, header, text in chunks]
        counts = [c if c is not None else Counter(IDENTIFIER.findall(t)) for (_i, c, *_r), t in zip(chunks, texts)]
        return list(self._embed(texts, counts))

    def _has_local_vectors(self) -> bool:
        """Whether the local store holds any vector (a clone of a team index may have none:
        then it is not asked), counted once per catalog generation."""
        generation = self.catalog.generation
        if self._local_count is None or self._local_count[0] != generation:
            found = self.vector_snapshot()
            self._local_count = (generation, len(found.ids) if found is not None else self.store.count())
        return self._local_count[1] > 0

    def start_vector_hits(self, vector, n: int):
        """Start looking for the nearest chunk ids (the team server's query runs on a thread
        meanwhile); returns a function giving them, local store and server merged, nearest first."""
        team = self.team
        remote = team.start_query(vector, n) if team is not None else (lambda: [])

        def hits() -> list[tuple[str, float]]:
            found = {}
            if self._has_local_vectors():
                local = self.vector_snapshot()
                usable = local is not None and local.dim == len(vector)
                found = dict(local.query(vector, n) if usable else self.store.query(vector, n))
            for cid, distance in remote():
                found[cid] = min(distance, found.get(cid, distance))
            return sorted(found.items(), key=lambda kv: kv[1])[:n]

        return hits


class _Writer:
    """Writes batches (vectors, then catalog, then stale-vector cleanup) on a second thread,
    so parsing and embedding the next batch overlaps the store's insert time."""

    def __init__(self, index: WorkspaceIndex, vectors: bool = True) -> None:
        import queue

        self.index = index
        self.vectors = vectors  # False: the catalog only (the vectors are owed)
        self.queue: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="postil-index-writer", daemon=True)
        self.started = False

    def start(self) -> None:
        self.started = True
        self.thread.start()

    def _run(self) -> None:
        while True:
            item = self.queue.get()
            if item is None:
                return
            if self.error is not None:
                continue
            records, ids, vectors = item
            try:
                if ids:
                    self.index.store.upsert(ids, vectors)
                stale = self.index.catalog.write_files(records)
                if stale and self.vectors:
                    self.index.store.delete(stale)
            except BaseException as exc:  # re-raised on the indexing thread
                self.error = exc

    def put(self, records, ids, vectors) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((records, ids, vectors))

    def finish(self) -> None:
        if self.started:
            self.queue.put(None)
            self.thread.join()
        if self.error is not None:
            raise self.error


def find_workspace_root(start: Path, fallback: Path | None = None) -> Path:
    """The nearest directory holding a postil index, else a git checkout or a postil
    config; else ``fallback`` (the current directory) when it contains ``start``."""
    start = start.resolve()
    for marker in (INDEX_DIR, Path(".git"), Path(".postil.toml")):
        for directory in (start, *start.parents):
            if (directory / marker).exists():
                return directory
    fallback = (fallback or Path.cwd()).resolve()
    if fallback == start or fallback in start.parents:
        return fallback
    return start


def chunk_tokens(model) -> int:
    """A chunk's size bound in the model's tokens: its window less the special tokens and room
    for the path and enclosing headers embedded with it."""
    return max(64, model.max_tokens - HEADER_TOKENS)


_DEFINED = re.compile(r"^[ \t]*(?:(?:export|pub|public|private|static|async|default)\s+)*"
                     r"(?:def|class|function|func|fn|struct|interface|trait|enum|module)\s+([A-Za-z_]\w*)", re.M)
EMBEDDED_TEXT = "names2"  # the recipe of ``model_text``; part of the model collection's name, so a change re-embeds
# The chunks the local model embeds: those holding a definition's name, prose and plain text, and every chunk
# of a file that defines nothing. A piece of a long function's body, an import block or module constants
# are found by their words (keywords, the 'hash' vectors): embedding them would cost a third more time.
MODEL_CHUNKS = ("kind != 'code' OR rowid IN (SELECT chunk FROM defs) OR path NOT IN (SELECT path FROM defs)")


def embedding_text(rel: str, header: str, text: str) -> str:
    """What is embedded for a chunk: the names it defines as words (``build_response`` ->
    "build response"), then its path, headers and masked text. The names first lift
    all-MiniLM-L6-v2's recall on requests from 0.69 to 0.77 (bench/semantic_recall.py)."""
    names = "; ".join(" ".join(split_identifier(name)[1:] or split_identifier(name))
                      for name in _DEFINED.findall(text)[:3])
    return f"{names}\n{rel}\n{header}\n{text}" if names else f"{rel}\n{header}\n{text}"


def _words(name: str) -> str:
    """An identifier as the words it is made of (``build_response`` -> "build response")."""
    return " ".join(split_identifier(name)[1:] or split_identifier(name))


def model_text(rel: str, header: str, text: str) -> str:
    """What the local model embeds for a chunk, within its short window (``EMBED_TOKENS``): the names
    it defines as words, its folder and file name as words, the enclosing definitions as keyword and
    name (``class Session``), then its text. Half the word pieces of the path and headers in full,
    so more of the code is seen."""
    names = "; ".join(_words(name) for name in _DEFINED.findall(text)[:3])
    place = " ".join(_words(part) for part in PurePosixPath(rel).with_suffix("").parts[-2:])
    outer = " ".join(found.group(0).strip() for found in map(_DEFINED.search, header.split("\n")) if found)
    return "\n".join(part for part in (names, place, outer, text) if part)
