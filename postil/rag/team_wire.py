"""What a team index looks like on the server: collection names, the manifest's schema, and files
packed into base64 pieces of metadata values (and unpacked with bounded inflation)."""


from __future__ import annotations

import base64
import json
import re
import zlib
from pathlib import Path
from urllib.parse import urlparse

from postil.rag.inflate import TooLarge, inflate


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
    return pieces_of(base64.b64encode(zlib.compress(json.dumps(body, separators=(",", ":")).encode(), 6)).decode("ascii"))


def pieces_of(data: str) -> list[str]:
    """Base64 text cut into pieces (each decodes on its own: PIECE_CHARS is a multiple of 4)."""
    return [data[i : i + PIECE_CHARS] for i in range(0, len(data), PIECE_CHARS)] or [""]


def piece_rows(ids: list[str], pieces: list[str]) -> dict[str, list]:
    """Rows of the packs collection holding these pieces."""
    return {"ids": ids, "embeddings": [[1.0]] * len(pieces),
            "metadatas": [{key: piece[i * VALUE_CHARS : (i + 1) * VALUE_CHARS] for i, key in enumerate(PIECE_KEYS)}
                          for piece in pieces]}


def piece_text(meta) -> str | None:
    """The piece a packs row holds; None when the row is not one."""
    parts = [meta.get(key) for key in PIECE_KEYS] if isinstance(meta, dict) else [None]
    return "".join(parts) if all(isinstance(part, str) for part in parts) else None


def image_ids(token: str, pieces: int) -> list[str]:
    return [f"image-{token}.{i}" for i in range(pieces)]


def unpack_body(pieces: list[str], limit: int) -> dict:
    """A pack's pieces inflated (at most ``limit`` bytes) and parsed."""
    try:
        body = json.loads(inflate(base64.b64decode("".join(pieces), validate=True), limit))
    except TooLarge as exc:
        raise TeamError(f"a published pack is refused: {exc}") from None
    except (ValueError, RecursionError) as exc:  # (JSON nested past the interpreter's limit)
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

    body = unpack_body(pieces, limit)
    try:
        return FileRecord(path, file_hash, 0, 0, body["language"], [tuple(c) for c in body["chunks"]],
                          [tuple(d) for d in body["defs"]], [])
    except (KeyError, TypeError) as exc:
        raise TeamError(f"a published pack is damaged (no {exc})") from None


def piece_ids(path: str, pieces: int, part: str = "") -> list[str]:
    """Ids of a file's pack pieces: its chunks and definitions (``part`` ""), or its terms and
    references (``part`` "d")."""
    return [f"{file_id(path)}.{part}{i}" for i in range(pieces)]


def declared_size(manifest: dict, key: str, most: int) -> int:
    """A size the manifest declares: an integer from 0 to ``most``; TeamError otherwise."""
    value = manifest.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= most:
        raise TeamError(f"the published manifest's {key} is not a size postil takes (at most {most:,})")
    return value


def file_id(path: str) -> str:
    import hashlib

    return "f-" + hashlib.blake2b(path.encode("utf-8", "surrogateescape"), digest_size=12).hexdigest()


def piece_counts(row: dict) -> tuple[int, int]:
    return row["pieces"], row["deep"]


def catalog_schema() -> int:
    from postil.rag.catalog import SCHEMA_VERSION

    return SCHEMA_VERSION
