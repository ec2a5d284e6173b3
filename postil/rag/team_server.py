"""The published index of one repository on a Chroma server: its three collections read and written."""


from __future__ import annotations

import base64
import binascii
import json
import zlib
from collections import deque
from pathlib import Path

from postil.rag.inflate import MAX_RATIO, Inflater, TooLarge
from postil.rag.team_wire import (
    IMAGE_CEILING,
    MANIFEST_ID,
    PIECE_BYTES,
    TeamError,
    collection_names,
    declared_size,
    file_id,
    image_ids,
    pack,
    piece_ids,
    piece_rows,
    piece_text,
    pieces_of,
)


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
            out.update((k, text) for k, text in zip(got["ids"], map(piece_text, got["metadatas"])) if text is not None)
        return out

    def fetch_image(self, manifest: dict, target: Path) -> None:
        """Write the catalog image the manifest names to ``target``, inflated as its pieces
        arrive (two requests ahead at most) and never past its cap (``IMAGE_CEILING``). Raises
        TeamError when a piece is missing (being published again), the data is not a
        compressed image, or it inflates past its cap or to another size than declared."""
        from concurrent.futures import ThreadPoolExecutor

        pieces = declared_size(manifest, "image_pieces", IMAGE_CEILING // PIECE_BYTES)
        declared = declared_size(manifest, "image_bytes", IMAGE_CEILING) if "image_bytes" in manifest else None
        ids = image_ids(manifest["image"], pieces)
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
            pieces = pieces_of(base64.b64encode(data).decode("ascii"))
            self._write(self._packs, piece_rows(image_ids(token, written + len(pieces))[written:], pieces), "upsert")
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
        self._delete(self._packs, image_ids(token, pieces))

    def query(self, vector, n: int) -> list[tuple[str, float]]:
        if n <= 0 or not self._open(create=False):
            return []
        return self._reader.query(self._ids[self.chunks_name], vector, n)

    # -- writing ---------------------------------------------------------------
    def write(self, records, vectors: dict[str, object], kept: set[str], old_pieces: dict[str, tuple[int, int]]
              ) -> tuple[int, int]:
        """Write these files' chunks (new ids with their vectors, kept ids' lines only), packs
        and then their file rows; returns (chunks embedded, chunks updated)."""
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
                packs["ids"].extend(piece_ids(rec.path, len(pieces), part))
                packs["pieces"].extend(pieces)
            before = old_pieces.get(rec.path, (0, 0))
            stale += piece_ids(rec.path, before[0])[len(first):] + piece_ids(rec.path, before[1], "d")[len(deep):]
            files["ids"].append(file_id(rec.path))
            files["embeddings"].append([1.0])
            files["metadatas"].append({"path": rec.path, "hash": rec.hash, "oid": rec.oid, "pieces": len(first),
                                       "deep": len(deep), "chunks": json.dumps([c[0] for c in rec.chunks])})
        for collection, rows, how in ((self._chunks, new, "upsert"), (self._chunks, old, "update"),
                                      (self._packs, piece_rows(packs["ids"], packs["pieces"]), "upsert"),
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
                                   for pid in piece_ids(path, n) + piece_ids(path, d, "d")])
        self._delete(self._files, [file_id(p) for p in gone])

    def _delete(self, collection, ids: list[str]) -> None:
        from postil.rag.store import guarded

        for i in range(0, len(ids), self.max_batch):
            guarded("delete", collection.delete, ids=ids[i : i + self.max_batch])

    def set_manifest(self, meta: dict) -> None:
        from postil.rag.store import guarded

        guarded("write", self._files.upsert, ids=[MANIFEST_ID], embeddings=[[1.0]], metadatas=[meta])
