"""The workspace index: one object that builds, refreshes, repairs and searches it.

Its parts live beside it: ``index_repair`` (open, lock and repair the catalog and store),
``index_update`` (the update pipeline and its writer thread), ``index_vectors`` (the local
model's vectors and the text embedded for a chunk).

Walks the workspace (``.gitignore``, ``exclude`` and the egress gate's default excludes
respected, on a link's path and its target's; binary, huge, generated and vendored files
skipped; symlinks never followed out of the root), stores every file masked as a whole
(``postil.gate``: the text embedded, searched and sent as context is masked), re-chunks only
files whose content hash changed (mtime+size as the cheap pre-check), embeds only
chunks that are new, and purges deleted or renamed files. See ``catalog`` for the
write ordering that makes a killed run repairable.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from postil.gate.egress import EgressGate, project_detectors
from postil.rag.catalog import SCHEMA_VERSION, Catalog
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
from postil.rag.index_repair import IndexStorage, IndexUnavailable
from postil.rag.index_update import IndexUpdate
from postil.rag.index_vectors import ModelVectors, chunk_tokens
from postil.rag.snapshot import VectorSnapshot
from postil.rag.workspace_root import INDEX_DIR


class WorkspaceIndex(IndexStorage, IndexUpdate, ModelVectors):
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
        max_files: int | None = None,
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
        self._snapshot: tuple[str | None, VectorSnapshot | None] = (None, None)  # (catalog generation, its snapshot)
        self.exclude = tuple(exclude)
        self.gate = EgressGate(self.root, self.exclude, tuple(redact_patterns), secret_detectors)
        self.max_file_size = max_file_size
        self.respect_gitignore = respect_gitignore
        self.max_files = max_files  # (None: the walk's default)
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
            "secret_detectors": project_detectors(loaded),
            "max_file_size": getattr(index, "max_file_size", None) or settings.max_file_size,
            "respect_gitignore": settings.respect_gitignore,
            "max_files": settings.max_files,
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
            from postil.rag.team import TeamIndex
            from postil.rag.team_wire import TeamError, repository_identity

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

    def relative(self, path: str | Path) -> str:
        p = Path(path)
        if p.is_absolute():
            try:
                return p.resolve().relative_to(self.root).as_posix()
            except ValueError:
                return p.as_posix()
        return p.as_posix()


MERGE_TOKENS = 64  # with a model, neighbouring definitions share a chunk while this small (32-216 measured alike)
