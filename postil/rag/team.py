"""A team index: one commit of a repository published to a Chroma server, overlaid by each clone.

``postil index --publish`` writes the index of one commit (read from git objects) to three
collections named after the repository (``[index] collection``, else its normalised remote
URL, never a local path), the embeddings and the schema:

* ``…`` (chunks): one row per chunk — its id, vector, masked text (the document) and, as
  metadata, path, lines, kind, header and file hash: what similar-code queries need.
* ``…-packs``: each file's chunks (masked text, lines, headers), symbol definitions and
  references, compressed into a few text pieces: what a clone mirrors, in a few requests
  instead of one row per chunk.
* ``…-files``: one row per file (path, content hash, git blob id, chunk ids, pieces) and a
  manifest row (commit, embeddings, schema, counts, the image). Re-publishing compares blob
  ids and rewrites only the files that changed, embedding only chunks the server does not hold.
* the *image*: the whole catalog of the commit (what a cold local index of it holds: chunks,
  definitions, references, keyword index, published blob ids) as one compressed SQLite file in
  pieces of ``…-packs``; each publish updates the last image with the files that changed.

A new clone (an empty catalog) adopts the image: a download and a file written, nothing
parsed or inserted row by row, nothing left for later; the files that differ from it are
indexed locally by the walk (as after any mirror), so its first answer is the one a cold local
index gives. A clone that has mirrored before takes the packs of the files that changed since,
when their content is the published one (same blob id, not modified in the work tree): chunks
and definitions at once, keyword terms and references fetched and written on a thread after
``update`` returns (the next update, or ``close``, waits for it; a process killed meanwhile
leaves a mark that starts the mirror over). Every other file (changed on a branch, staged,
modified, untracked) is the *overlay*, indexed locally as usual; the server is asked for the
published files' vectors. A vector hit from the server resolves only through the local
catalog, so the local version of a path wins and a path deleted locally is never returned.
Blob ids need no history: a shallow clone that lacks the published commit overlays the same
way. A clone reads through Chroma's REST API with httpx (``store.ChromaReader``); a server
that is down, or answers garbage, leaves the local index as it is.

This module is the clone's side (the mirror, and ``status``); the wire format is ``team_wire``,
the server's collections ``team_server``, publishing ``team_publish``.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from postil.rag.team_server import TeamServer
from postil.rag.team_wire import (
    PACK_FLOOR,
    PACK_PER_BYTE,
    PIECE_BYTES,
    TeamError,
    pack_limit,
    piece_ids,
    unpack,
    unpack_body,
)


def local_blob_ids(root: Path) -> tuple[dict[str, str], set[str]]:
    """(path -> blob id in the git index, paths whose work-tree copy differs: modified,
    deleted or untracked)."""
    from postil.git import NAMES_CHANGED, decode_path, git

    out = git(["ls-files", "-s", "-z"], root)
    oids = {}
    for rec in out.split(b"\0"):
        if rec:
            meta, path = rec.split(b"\t", 1)
            mode, oid, stage = meta.split(b" ")
            if stage == b"0" and mode in (b"100644", b"100755"):
                oids[decode_path(path)] = oid.decode()
    dirty = git(list(NAMES_CHANGED), root)
    untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    return oids, {decode_path(p) for p in (dirty + b"\0" + untracked).split(b"\0") if p}


class TeamIndex:
    """A clone's view of its repository's team index: mirrors it, queries it, and says once
    when the server cannot be reached (the local index is never touched by that)."""

    def __init__(self, chroma, root: Path, repository: str | None, embeddings: str, say) -> None:
        self.url = chroma.url
        self.root = root
        self.repository = repository
        self.server = TeamServer(chroma, repository or "", embeddings)
        self._say = say
        self.down: str | None = None  # why the server is not used, said once
        self.manifest: dict | None = None
        self._answers: dict[tuple, list[tuple[str, float]]] = {}  # query answers of this published version
        self._pool = None
        self._filler: threading.Thread | None = None  # writes the last mirror's terms and references
        self.filling: set[str] = set()  # paths whose terms and references are not written yet
        self._catalog = None  # the catalog the filler writes to (its checkpoints deferred meanwhile)

    def _degrade(self, why: str) -> None:
        if self.down is None:
            self._say(f"postil: team index {self.url}: {why}; using the local index only")
        self.down = why

    def sync(self, index) -> int:
        """Mirror every file whose content is the published one into the local catalog;
        returns how many files were mirrored this run. The overlay is left to the walk."""
        from postil.git import GitError
        from postil.rag.store import StoreError

        from concurrent.futures import ThreadPoolExecutor

        catalog = index.catalog
        pull: list[str] = []
        with ThreadPoolExecutor(1, thread_name_prefix="postil-team-git") as pool:
            listing = pool.submit(local_blob_ids, self.root)  # while the server is asked
            try:
                manifest = self.server.manifest()
                if manifest is None:
                    self._degrade(f"nothing is published for {self.repository} with embeddings "
                                  f"{self.server.embeddings} (run `postil index --publish` on the main branch)")
                    return 0
                image = self._image(catalog, manifest) if not catalog.counts()[0] and manifest.get("image") else None
            except (StoreError, TeamError) as exc:
                self._degrade(f"the server cannot be reached ({exc})" if isinstance(exc, StoreError)
                              else f"the published index cannot be read ({exc})")
                return 0
            try:
                oids, dirty = listing.result()
            except GitError as exc:
                if image is not None:
                    image.unlink()
                self._degrade(f"{self.root} is not a git checkout ({exc})")
                return 0
        try:
            stamp = f"{self.server.chunks_name}:{manifest['commit']}@{manifest['published_at']}"
            if image is not None:  # the files that differ here are indexed by the walk, as after any mirror
                catalog.adopt(image)
                catalog.set_meta("team", stamp)  # the image's published rows are the ones below
            mirrored = catalog.get_meta("team") == stamp  # the rows below are cached from the last sync
            rows = ({p: {"hash": h, "oid": o} for p, (h, o) in catalog.published().items()} if mirrored
                    else self.server.file_rows())
            self.manifest, self.down = manifest, None
            files = catalog.files()
            eligible = {p: r for p, r in rows.items()
                        if oids.get(p) == r["oid"] and p not in dirty and index.admission(p, 0) is None}
            pull = [p for p, r in eligible.items() if files.get(p, ("",))[0] != r["hash"]]
            if pull and mirrored:
                rows = self.server.file_rows()
            catalog.set_meta("dirty", "1")
            written = 0
            rowids: dict[str, tuple[list[int], set[int]]] = {}
            if pull:
                catalog.set_meta("mirror", "filling")  # cleared once the terms and references are written
                catalog.defer_checkpoints()  # until the filler is done (``wait``)
            for records in self._records(pull, rows, "") if pull else ():
                stale = catalog.write_files(records, rowids)
                written += len(records)
                if stale:
                    index.store.delete(stale)
        except (StoreError, TeamError) as exc:
            self._degrade(f"the server cannot be reached ({exc})" if isinstance(exc, StoreError)
                          else f"the published index cannot be read ({exc})")
            catalog.defer_checkpoints(False)
            index.forget_unfinished_mirror()
            return 0
        catalog.set_published({p: (r["hash"], r["oid"]) for p, r in rows.items()})
        with catalog.transaction():
            for p in eligible:
                try:
                    st = os.stat(self.root / p)
                except OSError:
                    continue
                catalog.touch(p, st.st_mtime_ns, st.st_size)
        catalog.set_meta("team", stamp)
        if pull:
            self.filling = set(rowids)
            self._filler = threading.Thread(target=self._fill, args=(catalog, rows, rowids), name="postil-team-fill")
            self._catalog = catalog
        return len(eligible) if image is not None else written

    def _image(self, catalog, manifest: dict) -> Path | None:
        """The published catalog image, fetched and checked, in a file beside ``catalog``
        (for an empty catalog to adopt); None when it is being published again (the packs are
        mirrored instead)."""
        from postil.rag.catalog import image_problem

        target = catalog.path.with_name(catalog.path.name + ".image")
        try:
            self.server.fetch_image(manifest, target)
            problem = image_problem(target)
            if problem is not None:
                raise TeamError(f"the published catalog image is unusable: {problem}")
        except TeamError as exc:
            target.unlink(missing_ok=True)
            if "published again" in str(exc):
                return None
            raise
        return target

    def start_fill(self) -> None:
        """Start writing the last mirror's keyword terms and references (``update`` calls this
        once the overlay is indexed, so the two do not take turns on the CPU)."""
        if self._filler is not None and self._filler.ident is None:
            self._filler.start()

    def _fill(self, catalog, rows: dict[str, dict], rowids: dict[str, tuple[list[int], set[int]]]) -> None:
        """Fetch and write the mirrored files' keyword terms and references (retrieval already
        has their text, definitions and vectors); a failure leaves the mark
        ``WorkspaceIndex.forget_unfinished_mirror`` finds."""
        filler = catalog.filler()
        try:
            filled = 0
            for bodies in self._records(list(rowids), rows, "d"):
                terms, refs = [], []
                for path, body in bodies:
                    ids, new = rowids[path]  # a chunk kept from the last mirror has its terms
                    terms += [(rowid, text) for rowid, text in zip(ids, body["terms"]) if rowid in new]
                    refs += [(n, ids[ci], ln) for n, ci, ln in body["refs"]]
                filler.write(terms, refs)
                filled += len(bodies)
            if filled < len(rowids):
                raise TeamError(f"{len(rowids) - filled} file(s) are being published again right now")
            filler.finish()
        except Exception as exc:  # noqa: BLE001 - said once; the next update mirrors again
            self._say(f"postil: the team index mirror could not be finished ({exc}); the next index update "
                      "mirrors it again")
        finally:
            filler.close()
            self.filling = set()

    def wait(self, paths=None) -> None:
        """Wait for the mirror's keyword terms and references to be written (only when one of
        ``paths`` is still being filled, when given)."""
        if self._filler is not None and (paths is None or not self.filling.isdisjoint(paths)):
            self.start_fill()
            self._filler.join()
            self._filler = None
            self._catalog.defer_checkpoints(False)

    def _records(self, paths: list[str], rows: dict[str, dict], part: str, page: int = 400):
        """Batches of these published files' pack parts: FileRecords (``part`` ""), or
        (path, terms and references) (``part`` "d"); two batches are fetched at a time while
        the caller writes the previous one. A file being re-published right now is left out."""
        from concurrent.futures import ThreadPoolExecutor

        count = "pieces" if part == "" else "deep"
        groups, group, size = [], [], 0
        for p in paths:
            if group and size + rows[p][count] > min(page, self.server.max_batch):
                groups.append(group)
                group, size = [], 0
            group.append(p)
            size += rows[p][count]
        groups.append(group)

        def fetch(group: list[str]):
            limits = {p: pack_limit(self.root / p) for p in group}
            for p in group:
                if rows[p][count] > limits[p] // PIECE_BYTES + 1:
                    raise TeamError(f"a published pack is refused: {rows[p][count]:,} pieces for a file of "
                                    f"{(limits[p] - PACK_FLOOR) // PACK_PER_BYTE:,} bytes here")
            ids = {p: piece_ids(p, rows[p][count], part) for p in group}
            got = self.server.pieces([pid for p in group for pid in ids[p]])
            whole = [(p, [got[pid] for pid in ids[p]]) for p in group if all(pid in got for pid in ids[p])]
            if part == "":
                return [unpack(p, rows[p]["hash"], pieces, limits[p]) for p, pieces in whole]
            return [(p, unpack_body(pieces, limits[p])) for p, pieces in whole]

        with ThreadPoolExecutor(2, thread_name_prefix="postil-team-fetch") as pool:
            yield from pool.map(fetch, groups)

    def start_query(self, vector, n: int):
        """Start a query for the nearest published chunks on a thread; returns a function that
        waits for them ([] when the server does not answer: said once). Answers are kept per
        published version, so asking again about the same code costs no round trip."""
        import hashlib

        import numpy as np

        from postil.rag.store import StoreError

        if self.down is not None or self.manifest is None or n <= 0:
            return lambda: []
        key = (self.manifest["commit"], self.manifest["published_at"], n,
               hashlib.blake2b(np.asarray(vector, dtype=np.float32).tobytes(), digest_size=16).digest())
        cached = self._answers.get(key)
        if cached is not None:
            return lambda: cached
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(2, thread_name_prefix="postil-team-query")
        pending = self._pool.submit(self.server.query, vector, n)

        def result() -> list[tuple[str, float]]:
            try:
                hits = pending.result()
            except StoreError as exc:
                self._degrade(f"the server stopped answering ({exc})")
                return []
            if len(self._answers) >= 512:
                self._answers.pop(next(iter(self._answers)))
            self._answers[key] = hits
            return hits

        return result

    def close(self) -> None:
        self.wait()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self.server.close()


@dataclass
class TeamStatus:
    server: str
    repository: str | None
    collection: str | None
    commit: str | None = None
    published_at: str | None = None
    files: int | None = None
    distance: str | None = None
    overlay: int | None = None
    error: str | None = None


def status(index) -> TeamStatus:
    """What ``postil doctor`` shows: the server, the published commit, how far this clone is
    from it and how many files differ from it (the overlay)."""
    from postil.git import GitError, git, resolve_commit
    from postil.rag.file_kinds import file_kind
    from postil.rag.store import StoreError

    team = index.team
    out = TeamStatus(team.url, team.repository, team.server.chunks_name if team.repository else None)
    if not team.repository:
        out.error = team.down
        return out
    try:
        manifest = team.server.manifest()
        if manifest is None:
            out.error = "nothing published yet for this repository and embeddings (postil index --publish)"
            return out
        rows = team.server.file_rows()
    except StoreError as exc:
        out.error = f"unreachable ({exc}): reviews use the local index only"
        return out
    out.commit, out.published_at, out.files = manifest["commit"], manifest["published_at"], len(rows)
    try:
        oids, dirty = local_blob_ids(index.root)
        if resolve_commit(index.root, out.commit) is None:
            out.distance = (f"commit {out.commit[:12]} is not in this clone (shallow or not fetched): the overlay "
                            "is found by comparing blob ids, which needs no fetch")
        else:
            behind, ahead = git(["rev-list", "--left-right", "--count", f"{out.commit}...HEAD"],
                                index.root).decode().split()
            out.distance = f"HEAD is {ahead} commit(s) ahead of and {behind} behind the published commit"
    except GitError as exc:
        out.error = str(exc)
        return out
    differing = {p for p, r in rows.items() if oids.get(p) != r["oid"] or p in dirty}
    differing |= {p for p in (set(oids) | dirty) - set(rows)
                  if file_kind(p)[0] != "skip" and not index.gate.excluded(p) and (index.root / p).is_file()}
    out.overlay = len(differing)
    return out
