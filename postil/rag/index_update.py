"""The index's update pipeline: walk, admit, decode and mask, chunk, embed and write (a writer
thread overlaps the store's inserts with the next batch); only changed files are re-chunked
(mixed into ``indexer.WorkspaceIndex``)."""


from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from postil.core.walk import VENDORED, AdmittedFile, SkipFile, Walker, excluded_by_default, read_regular
from postil.gate.egress import DEFAULT_EXCLUDES
from postil.rag.catalog import CatalogError, FileRecord
from postil.rag.index_repair import VECTORS_OWED, IndexUnavailable
from postil.rag.file_kinds import file_kind
from postil.rag.records import build_record
from postil.rag.store import StoreError, StoreUnavailable, preload


EMBED_BATCH = 2048


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


def _is_binary(head: bytes) -> bool:
    return b"\0" in head


class _Writer:
    """Writes batches (vectors, then catalog, then stale-vector cleanup) on a second thread,
    so parsing and embedding the next batch overlaps the store's insert time."""

    def __init__(self, index: IndexUpdate, vectors: bool = True) -> None:
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


class IndexUpdate:
    """Bring the index up to date with the workspace."""

    # -- walking ---------------------------------------------------------------
    def _walker(self, skipped: Counter) -> Walker:
        def count(path: str, reason: str) -> None:
            skipped[reason.split(" (")[0]] += 1

        # the egress gate's default excludes first, so the config's ``!pattern`` can re-include
        return Walker(self.root, exclude=(*DEFAULT_EXCLUDES, *self.exclude), respect_gitignore=self.respect_gitignore,
                      on_skip=count, max_files=self.max_files)

    def _admitted(self, entries: Iterable[AdmittedFile], skipped: Counter):
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

    def _walk_some(self, wanted: set[str], skipped: Counter):
        """Walk results for just these relative paths, with the same filters as a full walk."""
        if len(wanted) > 50:
            yield from (x for x in self.walk(skipped) if x[0] in wanted)
            return
        walker = self._walker(Counter())
        found = (walker.admits(rel) for rel in wanted)
        admitted = (e for e in found if e is not None and self.gate.refusal(self.root / e.rel) is None)
        yield from self._admitted(admitted, Counter())

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
