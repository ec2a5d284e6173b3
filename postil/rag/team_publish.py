"""``postil index --publish``: write the index of one commit to the team server, rewriting only the
files whose blob changed and updating the catalog image."""


from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from postil.rag.team_server import TeamServer
from postil.rag.team_wire import TEAM_SCHEMA, TeamError, catalog_schema, piece_counts


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
                                         {rec.path: piece_counts(published[rec.path]) for rec in records
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
        server.delete(stale, {rel: piece_counts(published[rel]) for rel in gone})
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
                         "schema": f"{catalog_schema()}.{TEAM_SCHEMA}", "files": stats.files, "chunks": stats.chunks,
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
