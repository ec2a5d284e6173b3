"""The local store's vectors as a numpy file beside the catalog, stamped with the catalog
generation and the store they were read from (its collection and file).

A one-shot ``postil search`` answers its similar-code list from this file (exact cosine
nearest neighbours, as the store's own answer on an index this size) instead of opening
Chroma, whose import alone takes seconds on a loaded machine. The file is written under the
index lock when the store is open and agrees with the catalog; a stamp that does not match
the catalog, or a file that is not what this module writes, is never read: the store answers.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from postil.core.atomic import write_atomic
from postil.core.workdir import own_file

NAME = "vectors.npz"


class Snapshot:
    """Unit vectors of every chunk the local store holds, by chunk id, at one catalog generation."""

    def __init__(self, generation: str, ids: list[str], vectors) -> None:
        self.generation = generation
        self.ids = ids
        self.vectors = vectors  # float32 (rows, dim), each row of length 1 (or 0)

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])

    def by_id(self) -> dict[str, object]:
        return dict(zip(self.ids, self.vectors))

    def query(self, vector, n: int) -> list[tuple[str, float]]:
        """The ``n`` nearest ids with their cosine distances, nearest first (as Chroma's query)."""
        import numpy as np

        if n <= 0 or not self.ids:
            return []
        query = np.asarray(vector, dtype=np.float32)
        length = float(np.linalg.norm(query))
        distances = 1.0 - self.vectors @ (query / length if length else query)
        nearest = np.argpartition(distances, n - 1)[:n] if n < len(self.ids) else np.arange(len(self.ids))
        nearest = nearest[np.argsort(distances[nearest], kind="stable")]
        return [(self.ids[i], float(distances[i])) for i in nearest]


def load(directory: Path, store: str, generation: str | None = None) -> Snapshot | None:
    """The snapshot in ``directory`` when it was read from ``store`` (and, given a
    ``generation``, for that catalog generation); None when there is none, it is stale, or it
    is not one."""
    import numpy as np

    path = directory / NAME
    if not path.is_file() or path.is_symlink():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            written = str(data["generation"])
            if str(data["store"]) != store or generation not in (None, written):
                return None
            ids, vectors = data["ids"], data["vectors"]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):  # damaged, or not a snapshot: the store answers
        return None
    if ids.ndim != 1 or ids.dtype.kind != "U" or vectors.ndim != 2 or vectors.dtype != np.float32 \
            or len(ids) != len(vectors):
        return None
    return Snapshot(written, ids.tolist(), vectors)


def save(directory: Path, generation: str, store: str, ids: list[str], vectors) -> None:
    """Write the snapshot of ``ids`` with their ``vectors`` (normalised here) atomically."""
    import numpy as np

    matrix = np.asarray(vectors, dtype=np.float32).reshape(len(ids), -1) if ids else np.zeros((0, 0), np.float32)
    lengths = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = np.divide(matrix, lengths, out=np.zeros_like(matrix), where=lengths > 0)
    buffer = io.BytesIO()
    np.savez(buffer, generation=np.array(generation), store=np.array(store),
             ids=np.array(ids, dtype=str), vectors=matrix)
    write_atomic(own_file(directory / NAME), buffer.getvalue(), root=directory)


def discard(directory: Path) -> None:
    """Remove the snapshot (the store changed in a way it does not follow)."""
    (directory / NAME).unlink(missing_ok=True)
