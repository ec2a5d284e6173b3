"""The local model's vectors for the workspace index: which chunks it embeds, the text it
embeds for each, building them in the background and searching with them (mixed into
``indexer.WorkspaceIndex``)."""


from __future__ import annotations

import os
import re
import sqlite3
from collections import Counter
from pathlib import PurePosixPath

from postil.rag import snapshot
from postil.rag.catalog import SCHEMA_VERSION
from postil.rag.embeddings import EmbeddingUnavailable, LocalModel, slug
from postil.rag.index_repair import STORE_OPENING, VECTORS_OWED, IndexUnavailable
from postil.rag.index_update import IndexStats, ProgressCallback
from postil.rag.store import StoreError
from postil.rag.tokens import IDENTIFIER, split_identifier


HEADER_TOKENS = 40  # of a model's window, kept for the path and headers embedded with a chunk


MODEL_COVERAGE = 0.9  # search ranks with the model's vectors once they cover this share of the chunks


MODEL_BATCH = 256  # texts the model embeds between two progress reports (and store writes)


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


class ModelVectors:
    """The embedding model's vectors beside the always-present 'hash' ones."""

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
            with STORE_OPENING:
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

    def vector_snapshot(self) -> snapshot.VectorSnapshot | None:
        """The local store's vectors as a numpy snapshot, standing in for a store not opened in
        this process, when one was written for the catalog as it is now and no run left the
        store owing or mid-write (else None: ask the store). Never with a team index (its local
        chunks change with the team server's manifest)."""
        if self.chroma_url or self._store is not None:
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
                try:
                    found = dict(local.query(vector, n) if usable else self.store.query(vector, n))
                except StoreError as exc:  # e.g. a server now answering vectors of another dimension
                    raise IndexUnavailable(f"similar-code search failed ({exc}); if the embeddings server now runs "
                                           "another model under the same name, `postil index --rebuild` embeds "
                                           "the workspace with it") from None
            for cid, distance in remote():
                found[cid] = min(distance, found.get(cid, distance))
            return sorted(found.items(), key=lambda kv: kv[1])[:n]

        return hits
