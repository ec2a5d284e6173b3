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
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import threading
import time
import zlib
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from postil.rag.inflate import MAX_RATIO, Inflater, TooLarge, inflate

TEAM_SCHEMA = 3  # layout of the published collections (2: files packed for the mirror; 3: the catalog image)
MANIFEST_ID = "manifest"
# A piece of a pack or of the image: base64 text kept as metadata values (a server indexes no
# words of those, as it does of documents: uploading the image as documents took 16x as long),
# each under a managed Chroma's 4 KiB a value.
PIECE_KEYS = ("p0", "p1", "p2", "p3")
VALUE_CHARS = 4_000
PIECE_CHARS = VALUE_CHARS * len(PIECE_KEYS)
PIECE_BYTES = PIECE_CHARS // 4 * 3  # what one piece holds once in base64
# What a server's answer may inflate to (``postil.rag.inflate``): the catalog image, to the size
# its manifest declares, at most MAX_RATIO times what its pieces hold and IMAGE_CEILING (a
# larger catalog is indexed locally); a file's pack, to PACK_FLOOR + PACK_PER_BYTE times the
# file's size here.
IMAGE_CEILING = 2 << 30
PACK_FLOOR = 4 << 20
PACK_PER_BYTE = 16


class TeamError(RuntimeError):
    """Publishing or reading a team index cannot proceed; the message says what to do."""


def normalise_remote(url: str) -> str:
    """``git@github.com:Org/Repo.git``, ``https://user@github.com/Org/Repo`` and
    ``ssh://git@github.com/Org/Repo.git/`` all become ``github.com/Org/Repo``."""
    url = url.strip()
    scp = re.match(r"^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$", url)
    if scp and "://" not in url:
        host, path = scp.group(1), scp.group(2)
    else:
        parsed = urlparse(url if "://" in url else f"file://{url}")
        host, path = (parsed.hostname or ""), parsed.path
    path = path.strip("/")
    path = path.removesuffix(".git")
    return f"{host.lower()}/{path}".strip("/")


def repository_identity(root: Path, configured: str | None) -> str:
    """The name the repository is published under: the configured one, else its remote URL."""
    if configured:
        return configured
    from postil.git import GitError, git

    for remote in ("origin", None):
        try:
            if remote is None:
                names = git(["remote"], root).decode().split()
                if not names:
                    break
                remote = names[0]
            url = git(["remote", "get-url", remote], root).decode().strip()
        except GitError:
            continue
        if url:
            return normalise_remote(url)
    raise TeamError("this repository has no git remote to name its team index after: set "
                    "[tool.postil.index] collection = \"NAME\" (the same in every clone)")


def collection_names(repository: str, embeddings: str) -> tuple[str, str, str]:
    """(chunks, files, packs) collection names for a repository and embedding identity."""
    from postil.rag.catalog import SCHEMA_VERSION
    from postil.rag.embeddings import slug

    base = f"postil-team-{slug(repository, 60)}-{slug(embeddings, 40)}-s{SCHEMA_VERSION}.{TEAM_SCHEMA}"
    return base, f"{base}-files", f"{base}-packs"


def _pieces(body: dict) -> list[str]:
    return _pieces_of(base64.b64encode(zlib.compress(json.dumps(body, separators=(",", ":")).encode(), 6)).decode("ascii"))


def _pieces_of(data: str) -> list[str]:
    """Base64 text cut into pieces (each decodes on its own: PIECE_CHARS is a multiple of 4)."""
    return [data[i : i + PIECE_CHARS] for i in range(0, len(data), PIECE_CHARS)] or [""]


def _piece_rows(ids: list[str], pieces: list[str]) -> dict[str, list]:
    """Rows of the packs collection holding these pieces."""
    return {"ids": ids, "embeddings": [[1.0]] * len(pieces),
            "metadatas": [{key: piece[i * VALUE_CHARS : (i + 1) * VALUE_CHARS] for i, key in enumerate(PIECE_KEYS)}
                          for piece in pieces]}


def _piece_text(meta) -> str | None:
    """The piece a packs row holds; None when the row is not one."""
    parts = [meta.get(key) for key in PIECE_KEYS] if isinstance(meta, dict) else [None]
    return "".join(parts) if all(isinstance(part, str) for part in parts) else None


def _image_ids(token: str, pieces: int) -> list[str]:
    return [f"image-{token}.{i}" for i in range(pieces)]


def _body(pieces: list[str], limit: int) -> dict:
    """A pack's pieces inflated (at most ``limit`` bytes) and parsed."""
    try:
        body = json.loads(inflate(base64.b64decode("".join(pieces), validate=True), limit))
    except TooLarge as exc:
        raise TeamError(f"a published pack is refused: {exc}") from None
    except ValueError as exc:
        raise TeamError(f"a published pack is damaged ({exc})") from None
    if not isinstance(body, dict):
        raise TeamError("a published pack is damaged (not an object)")
    return body


def pack(record) -> tuple[list[str], list[str]]:
    """A file's index as compressed text pieces: (chunks and definitions: what a clone needs
    first; each chunk's keyword terms and the references: what it fills in afterwards)."""
    from postil.rag import keyword

    terms = [keyword.document(f"{record.path}\n{header}\n{text}") for _i, _s, _e, _k, header, text in record.chunks]
    return (_pieces({"language": record.language, "chunks": record.chunks, "defs": record.defs}),
            _pieces({"terms": terms, "refs": record.refs}))


def pack_limit(path: Path) -> int:
    """The most the pack of the file at ``path`` may inflate to (by its size here)."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return PACK_FLOOR + PACK_PER_BYTE * size


def unpack(path: str, file_hash: str, pieces: list[str], limit: int):
    """The FileRecord (without references) a file's first pack pieces hold (inflated to at
    most ``limit`` bytes)."""
    from postil.rag.catalog import FileRecord

    body = _body(pieces, limit)
    try:
        return FileRecord(path, file_hash, 0, 0, body["language"], [tuple(c) for c in body["chunks"]],
                          [tuple(d) for d in body["defs"]], [])
    except (KeyError, TypeError) as exc:
        raise TeamError(f"a published pack is damaged (no {exc})") from None


def _piece_ids(path: str, pieces: int, part: str = "") -> list[str]:
    """Ids of a file's pack pieces: its chunks and definitions (``part`` ""), or its terms and
    references (``part`` "d")."""
    return [f"{_file_id(path)}.{part}{i}" for i in range(pieces)]


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


@dataclass
class PublishStats:
    commit: str = ""
    collection: str = ""
    files: int = 0  # files in the published index
    chunks: int = 0
    changed: int = 0  # files (re)written this run
    removed: int = 0
    unchanged: int = 0
    embedded: int = 0  # chunks written with a new vector
    updated: int = 0  # chunks kept whose lines or symbols were rewritten
    deleted: int = 0  # chunks deleted
    skipped: Counter = field(default_factory=Counter)
    seconds: float = 0.0


class TeamServer:
    """The published index of one repository on a Chroma server."""

    def __init__(self, chroma, repository: str, embeddings: str) -> None:
        self.chroma = chroma  # a store.ChromaServer
        self.repository = repository
        self.embeddings = embeddings
        self.chunks_name, self.files_name, self.packs_name = collection_names(repository, embeddings)
        self._chunks = None  # chromadb collections, for writing (publish)
        self._files = None
        self._packs = None
        self._reader = None  # a store.ChromaReader: every read goes through it (no chromadb import)
        self._ids: dict[str, str] | None = None  # collection name -> id

    def _open(self, create: bool) -> bool:
        """Open the three collections for reading (``create``: create them, and open them for
        writing, through chromadb); False when nothing is published (and ``create`` is off)."""
        from postil.rag.store import ChromaReader, _external_ef, guarded, open_client

        if create and self._chunks is None:
            client = open_client(server=self.chroma)

            def get(name, space):
                return client.get_or_create_collection(name, embedding_function=_external_ef(),
                                                       configuration={"hnsw": {"space": space}})

            self._files = guarded("open", get, self.files_name, "l2")
            self._chunks = guarded("open", get, self.chunks_name, "cosine")
            self._packs = guarded("open", get, self.packs_name, "l2")
        if self._ids is None:
            if self._reader is None:
                self._reader = ChromaReader(self.chroma)
            ids = {}
            for name in (self.files_name, self.chunks_name, self.packs_name):  # files: the last written
                found = self._reader.collection(name)
                if found is None:
                    return False
                ids[name] = found
            self.max_batch = self._reader.max_batch()
            self._ids = ids
        return True

    def _get(self, name: str, include: list[str], **kwargs) -> dict:
        return self._reader.get(self._ids[name], include, **kwargs)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader, self._ids = None, None

    # -- reading ---------------------------------------------------------------
    def manifest(self) -> dict | None:
        """The published commit, embeddings, schema and counts; None when nothing is published."""
        from postil.rag.store import StoreError

        if not self._open(create=False):
            return None
        got = self._get(self.files_name, ["metadatas"], ids=[MANIFEST_ID])
        if not got["ids"]:
            return None
        meta = got["metadatas"][0]
        if not isinstance(meta, dict) or not all(isinstance(meta.get(k), str) for k in ("commit", "published_at")):
            raise StoreError("the published manifest is damaged")
        return meta

    def file_rows(self) -> dict[str, dict]:
        """Path -> {hash, oid, chunks: [ids], pieces} of every published file."""
        from postil.rag.store import StoreError

        out: dict[str, dict] = {}
        offset, page = 0, 5000
        while True:
            got = self._get(self.files_name, ["metadatas"], limit=page, offset=offset)
            for row_id, meta in zip(got["ids"], got["metadatas"]):
                if row_id != MANIFEST_ID:
                    try:
                        out[meta["path"]] = {"hash": meta["hash"], "oid": meta["oid"],
                                             "chunks": json.loads(meta["chunks"]), "pieces": int(meta["pieces"]),
                                             "deep": int(meta["deep"])}
                    except (KeyError, TypeError, ValueError) as exc:
                        raise StoreError(f"a published file row is damaged ({type(exc).__name__}: {exc})") from None
            if len(got["ids"]) < page:
                return out
            offset += page

    def pieces(self, ids: list[str]) -> dict[str, str]:
        """Pack piece id -> text, in requests of at most the server's batch size."""
        out: dict[str, str] = {}
        for i in range(0, len(ids), self.max_batch):
            got = self._get(self.packs_name, ["metadatas"], ids=ids[i : i + self.max_batch])
            out.update((k, text) for k, text in zip(got["ids"], map(_piece_text, got["metadatas"])) if text is not None)
        return out

    def fetch_image(self, manifest: dict, target: Path) -> None:
        """Write the catalog image the manifest names to ``target``, inflated as its pieces
        arrive (two requests ahead at most) and never past its cap (``IMAGE_CEILING``). Raises
        TeamError when a piece is missing (being published again), the data is not a
        compressed image, or it inflates past its cap or to another size than declared."""
        from concurrent.futures import ThreadPoolExecutor

        pieces = _declared(manifest, "image_pieces", IMAGE_CEILING // PIECE_BYTES)
        declared = _declared(manifest, "image_bytes", IMAGE_CEILING) if "image_bytes" in manifest else None
        ids = _image_ids(manifest["image"], pieces)
        step = min(200, self.max_batch)
        inflater = Inflater(min(IMAGE_CEILING, MAX_RATIO * pieces * PIECE_BYTES,
                                IMAGE_CEILING if declared is None else declared))
        batches = [ids[i : i + step] for i in range(0, len(ids), step)]
        with open(target, "wb") as out, ThreadPoolExecutor(2, thread_name_prefix="postil-team-image") as pool:
            ahead = deque(pool.submit(self.pieces, wanted) for wanted in batches[:2])  # never more in memory
            for n, wanted in enumerate(batches):
                got = ahead.popleft().result()
                if n + 2 < len(batches):
                    ahead.append(pool.submit(self.pieces, batches[n + 2]))
                if len(got) < len(wanted):
                    raise TeamError("the published index is being published again right now")
                try:
                    compressed = binascii.a2b_base64("".join(got[i] for i in wanted), strict_mode=True)
                    out.writelines(inflater.feed(compressed))
                except TooLarge as exc:
                    raise TeamError(f"the published catalog image is refused: {exc} (its manifest declares "
                                    f"{'no size' if declared is None else f'{declared:,} bytes'}, and its "
                                    f"{pieces:,} pieces hold {pieces * PIECE_BYTES:,} compressed)") from None
                except ValueError as exc:
                    raise TeamError(f"the published catalog image is damaged ({exc})") from None
            if not inflater.finished:
                raise TeamError("the published catalog image is cut short")
            if declared is not None and inflater.total != declared:
                raise TeamError(f"the published catalog image is {inflater.total:,} bytes, not the {declared:,} "
                                "its manifest declares")

    def put_image(self, source: Path, token: str, batch: int = 200) -> int:
        """Store the catalog image in file ``source`` under ``token``, compressed and cut into
        pieces as it is read (a few MB in memory at a time); returns its number of pieces."""
        deflate = zlib.compressobj(6)
        pending, written = b"", 0

        def send(data: bytes) -> int:
            pieces = _pieces_of(base64.b64encode(data).decode("ascii"))
            self._write(self._packs, _piece_rows(_image_ids(token, written + len(pieces))[written:], pieces), "upsert")
            return len(pieces)

        with open(source, "rb") as image:
            for block in iter(lambda: image.read(1 << 20), b""):
                pending += deflate.compress(block)
                if len(pending) >= batch * PIECE_BYTES:
                    written += send(pending[: batch * PIECE_BYTES])
                    pending = pending[batch * PIECE_BYTES :]
        pending += deflate.flush()
        while pending:
            written += send(pending[: batch * PIECE_BYTES])
            pending = pending[batch * PIECE_BYTES :]
        return written

    def delete_image(self, token: str, pieces: int) -> None:
        self._delete(self._packs, _image_ids(token, pieces))

    def query(self, vector, n: int) -> list[tuple[str, float]]:
        if n <= 0 or not self._open(create=False):
            return []
        return self._reader.query(self._ids[self.chunks_name], vector, n)

    # -- writing ---------------------------------------------------------------
    def write(self, records, vectors: dict[str, object], kept: set[str], old_pieces: dict[str, tuple[int, int]]
              ) -> tuple[int, int]:
        """Write these files' chunks (new ids with their vectors, kept ids' lines only), packs
        and then their file rows; returns (chunks embedded, chunks updated)."""
        from postil.rag.store import guarded

        new = {"ids": [], "embeddings": [], "documents": [], "metadatas": []}
        old = {"ids": [], "metadatas": []}  # a kept id has the same text: only its lines move
        packs = {"ids": [], "pieces": []}
        files = {"ids": [], "embeddings": [], "metadatas": []}
        stale: list[str] = []
        for rec in records:
            for cid, start, end, kind, header, text in rec.chunks:
                meta = {"path": rec.path, "start": start, "end": end, "kind": kind, "header": header,
                        "file": rec.hash, "language": rec.language or ""}
                if cid in kept:
                    old["ids"].append(cid)
                    old["metadatas"].append(meta)
                else:
                    new["ids"].append(cid)
                    new["documents"].append(text)
                    new["metadatas"].append(meta)
                    new["embeddings"].append(vectors[cid])
            first, deep = pack(rec)
            for part, pieces in (("", first), ("d", deep)):
                packs["ids"].extend(_piece_ids(rec.path, len(pieces), part))
                packs["pieces"].extend(pieces)
            before = old_pieces.get(rec.path, (0, 0))
            stale += _piece_ids(rec.path, before[0])[len(first):] + _piece_ids(rec.path, before[1], "d")[len(deep):]
            files["ids"].append(_file_id(rec.path))
            files["embeddings"].append([1.0])
            files["metadatas"].append({"path": rec.path, "hash": rec.hash, "oid": rec.oid, "pieces": len(first),
                                       "deep": len(deep), "chunks": json.dumps([c[0] for c in rec.chunks])})
        for collection, rows, how in ((self._chunks, new, "upsert"), (self._chunks, old, "update"),
                                      (self._packs, _piece_rows(packs["ids"], packs["pieces"]), "upsert"),
                                      (self._files, files, "upsert")):
            self._write(collection, rows, how)
        self._delete(self._packs, stale)
        return len(new["ids"]), len(old["ids"])

    def _write(self, collection, rows: dict[str, list], how: str) -> None:
        from postil.rag.store import guarded

        for i in range(0, len(rows["ids"]), self.max_batch):
            guarded("write", getattr(collection, how), **{k: v[i : i + self.max_batch] for k, v in rows.items()})

    def delete(self, chunk_ids: list[str], gone: dict[str, tuple[int, int]]) -> None:
        """Delete these chunks, and the packs and file rows of the files ``gone`` (path -> pieces)."""
        self._delete(self._chunks, chunk_ids)
        self._delete(self._packs, [pid for path, (n, d) in gone.items()
                                   for pid in _piece_ids(path, n) + _piece_ids(path, d, "d")])
        self._delete(self._files, [_file_id(p) for p in gone])

    def _delete(self, collection, ids: list[str]) -> None:
        from postil.rag.store import guarded

        for i in range(0, len(ids), self.max_batch):
            guarded("delete", collection.delete, ids=ids[i : i + self.max_batch])

    def set_manifest(self, meta: dict) -> None:
        from postil.rag.store import guarded

        guarded("write", self._files.upsert, ids=[MANIFEST_ID], embeddings=[[1.0]], metadatas=[meta])


def _declared(manifest: dict, key: str, most: int) -> int:
    """A size the manifest declares: an integer from 0 to ``most``; TeamError otherwise."""
    value = manifest.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= most:
        raise TeamError(f"the published manifest's {key} is not a size postil takes (at most {most:,})")
    return value


def _file_id(path: str) -> str:
    import hashlib

    return "f-" + hashlib.blake2b(path.encode("utf-8", "surrogateescape"), digest_size=12).hexdigest()


def publish(index, rev: str = "HEAD", batch: int = 200) -> PublishStats:
    """Publish the index of commit ``rev`` (read from git objects: the work tree does not
    matter) to the team server; only files whose blob changed since the last publish are
    read, and only chunks the server does not hold are embedded."""
    import tempfile

    from postil.git import GitError, resolve_commit

    team = index.team
    if team is None:
        raise TeamError("publishing needs a Chroma server: set index.chroma-url in your user config "
                        "(or a trusted project config), or pass --chroma-url")
    started = time.perf_counter()
    try:
        commit = resolve_commit(index.root, rev)
    except GitError as exc:
        raise TeamError(str(exc)) from None
    if commit is None:
        raise TeamError(f"{rev!r} names no commit in {index.root}")
    stats = PublishStats(commit=commit, collection=team.server.chunks_name)
    with tempfile.TemporaryDirectory(prefix="postil-publish-") as scratch:
        _publish(index, commit, stats, Path(scratch), batch)
    stats.seconds = time.perf_counter() - started
    return stats


def _publish(index, commit: str, stats: PublishStats, scratch: Path, batch: int) -> None:
    from postil.git import Snapshot, blob_sizes, read_blobs
    from postil.rag.catalog import Catalog

    team = index.team
    server = team.server
    server._open(create=True)
    before = server.manifest() or {}
    published = server.file_rows()
    known_ids = {cid for row in published.values() for cid in row["chunks"]}
    catalog = _last_image(server, before, scratch / "catalog.sqlite3") or Catalog(scratch / "catalog.sqlite3")
    in_image = catalog.published()  # what the image holds (all of it, when a publish was cut short since)
    snapshot = Snapshot(index.root, commit)
    sizes = blob_sizes(index.root, list(set(snapshot.oids.values())))
    wanted: dict[str, str] = {}
    for rel, oid in snapshot.oids.items():
        reason = index.admission(rel, sizes.get(oid, 0))
        if reason:
            stats.skipped[reason] += 1
        else:
            wanted[rel] = oid
    todo = sorted(rel for rel, oid in wanted.items()
                  if published.get(rel, {}).get("oid") != oid or in_image.get(rel, ("", ""))[1] != oid)
    stats.unchanged = len(wanted) - len(todo)
    hashes = {rel: file_hash for rel, (file_hash, _oid) in in_image.items()}
    for i in range(0, len(todo), batch):
        part = todo[i : i + batch]
        blobs = read_blobs(index.root, [wanted[rel] for rel in part])
        records = []
        for rel in part:
            record = index.record_from_bytes(rel, blobs.get(wanted[rel], b""), 0, sizes.get(wanted[rel], 0),
                                             stats.skipped)
            record.oid = wanted[rel]
            records.append(record)
            hashes[rel] = record.hash
        fresh = [(c[0], counts, rec.path, c[4], c[5]) for rec in records
                 for c, counts in zip(rec.chunks, rec.counts or [None] * len(rec.chunks)) if c[0] not in known_ids]
        vectors = dict(zip([f[0] for f in fresh], index.embed_chunks(fresh))) if fresh else {}
        embedded, updated = server.write(records, vectors, known_ids,
                                         {rec.path: _counts(published[rec.path]) for rec in records
                                          if rec.path in published})
        stats.embedded += embedded
        stats.updated += updated
        stale = [cid for rec in records for cid in published.get(rec.path, {}).get("chunks", ())
                 if cid not in {c[0] for c in rec.chunks}]
        server.delete(stale, {})
        stats.deleted += len(stale)
        stats.changed += len(records)
        catalog.write_files(records)
    gone = sorted(set(published) - set(wanted))
    if gone:
        stale = [cid for rel in gone for cid in published[rel]["chunks"]]
        server.delete(stale, {rel: _counts(published[rel]) for rel in gone})
        stats.deleted += len(stale)
        stats.removed = len(gone)
    leaving = sorted(set(catalog.files()) - set(wanted))
    stats.files = len(wanted)
    stats.chunks = int(server._chunks.count())
    if todo or leaving or not in_image:
        catalog.remove_files(leaving)
        catalog.set_published({rel: (hashes[rel], oid) for rel, oid in wanted.items()})
        token = f"{commit[:12]}-{os.urandom(4).hex()}"
        image = _image_file(catalog, index, scratch / "image.sqlite3")
        pieces, size = server.put_image(image, token), {"image_bytes": image.stat().st_size}
    else:  # no indexed file changed: the last image is this commit's too
        catalog.close()
        token, pieces = before["image"], int(before["image_pieces"])
        size = {"image_bytes": before["image_bytes"]} if "image_bytes" in before else {}
    server.set_manifest({"commit": commit, "repository": team.repository, "embeddings": team.server.embeddings,
                         "schema": f"{_schema()}.{TEAM_SCHEMA}", "files": stats.files, "chunks": stats.chunks,
                         "image": token, "image_pieces": pieces, **size,
                         "published_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})
    if before.get("image") and before["image"] != token:
        server.delete_image(before["image"], int(before["image_pieces"]))


def _last_image(server: TeamServer, manifest: dict, target: Path):
    """The catalog of the last publish (to be updated with what changed), or None when there
    is none to be had."""
    from postil.rag.catalog import Catalog, image_problem

    if not manifest.get("image"):
        return None
    try:
        server.fetch_image(manifest, target)
    except TeamError:
        target.unlink(missing_ok=True)
        return None
    if image_problem(target) is not None:
        target.unlink()
        return None
    return Catalog(target)


def _image_file(catalog, index, target: Path) -> Path:
    """The catalog as one compact SQLite file (its keyword index merged, no WAL) at ``target``."""
    from postil.rag.catalog import SCHEMA_VERSION

    catalog.optimize()
    catalog.set_meta("schema", str(SCHEMA_VERSION))
    catalog.set_meta("embeddings", index.backend.identity)
    catalog.set_meta("chunking", index.chunking)
    catalog.conn.execute("VACUUM INTO ?", (str(target),))
    catalog.close()
    return target


def _counts(row: dict) -> tuple[int, int]:
    return row["pieces"], row["deep"]


def _schema() -> int:
    from postil.rag.catalog import SCHEMA_VERSION

    return SCHEMA_VERSION


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
            ids = {p: _piece_ids(p, rows[p][count], part) for p in group}
            got = self.server.pieces([pid for p in group for pid in ids[p]])
            whole = [(p, [got[pid] for pid in ids[p]]) for p in group if all(pid in got for pid in ids[p])]
            if part == "":
                return [unpack(p, rows[p]["hash"], pieces, limits[p]) for p, pieces in whole]
            return [(p, _body(pieces, limits[p])) for p, pieces in whole]

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
    from postil.rag.languages import file_kind
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
