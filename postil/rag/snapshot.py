"""The local store's vectors as a numpy file beside the catalog, stamped with the catalog
generation and the store they were read from (its collection and file).

A one-shot ``postil search`` answers its similar-code list from this file (exact cosine
nearest neighbours, as the store's own answer on an index this size) instead of opening
Chroma, whose import alone takes seconds on a loaded machine. The file is written under the
index lock when the store is open and agrees with the catalog; a stamp that does not match
the catalog, or a file that is not what this module writes, is never read: the store answers.

It is read without numpy (whose import is ~100 ms CPU, twice a search): ``.npz`` is a zip of
``.npy`` arrays, each a short header and the raw little-endian data. A query of a few words
has a few dozen non-zero hashed features, so its cosine with every row is the sum of that
many columns, taken from the row-major data by strided slices; a longer query (a chunk of
code, for review context) is asked through numpy.
"""

from __future__ import annotations

import ast
import heapq
import io
import operator
import sys
import zipfile
from array import array
from pathlib import Path

from postil.core.atomic import write_atomic
from postil.core.workdir import own_file

NAME = "vectors.npz"
# Non-zero query features up to which columns are summed here; past it numpy does the product.
SPARSE_FEATURES = 96
_MAX_HEADER = 4096


class VectorSnapshot:
    """Unit vectors of every chunk the local store holds, by chunk id, at one catalog generation."""

    def __init__(self, generation: str, ids: list[str], vectors: array, dim: int) -> None:
        self.generation = generation
        self.ids = ids
        self.vectors = vectors  # float32, row-major (rows, dim), each row of length 1 (or 0)
        self.dim = dim

    def by_id(self) -> dict[str, object]:
        import numpy as np

        matrix = np.frombuffer(self.vectors, dtype=np.float32).reshape(len(self.ids), self.dim)
        return dict(zip(self.ids, matrix))

    def query(self, vector, n: int) -> list[tuple[str, float]]:
        """The ``n`` nearest ids with their cosine distances, nearest first (as Chroma's query)."""
        if n <= 0 or not self.ids:
            return []
        values = [float(x) for x in vector]
        length = sum(x * x for x in values) ** 0.5
        features = [(j, x / length if length else x) for j, x in enumerate(values) if x]
        if len(features) > SPARSE_FEATURES:
            similarity = self._products(values, length)
        else:
            similarity = [0.0] * len(self.ids)
            for j, weight in features:
                similarity = list(map(operator.add, similarity, map(weight.__mul__, self.vectors[j::self.dim])))
        nearest = heapq.nsmallest(n, range(len(self.ids)), key=lambda i: (-similarity[i], i))
        return [(self.ids[i], 1.0 - similarity[i]) for i in nearest]

    def _products(self, values: list[float], length: float) -> list[float]:
        import numpy as np

        matrix = np.frombuffer(self.vectors, dtype=np.float32).reshape(len(self.ids), self.dim)
        query = np.asarray(values, dtype=np.float32)
        return (matrix @ (query / length if length else query)).tolist()


def _npy(data: bytes) -> tuple[str, tuple[int, ...], memoryview]:
    """(dtype descr, shape, raw data) of one ``.npy`` array in C order; ValueError when it is not one."""
    if data[:6] != b"\x93NUMPY" or len(data) < 10:
        raise ValueError("not a .npy array")
    major = data[6]
    size, start = (int.from_bytes(data[8:10], "little"), 10) if major == 1 else (int.from_bytes(data[8:12], "little"), 12)
    if major not in (1, 2, 3) or size > _MAX_HEADER:
        raise ValueError("not a .npy array")
    header = ast.literal_eval(data[start:start + size].decode("latin-1"))
    if not (isinstance(header, dict) and isinstance(header.get("descr"), str) and header.get("fortran_order") is False
            and isinstance(header.get("shape"), tuple) and all(isinstance(d, int) and d >= 0 for d in header["shape"])):
        raise ValueError("not a C-order .npy array")
    return header["descr"], header["shape"], memoryview(data)[start + size:]


def _strings(descr: str, shape: tuple[int, ...], raw: memoryview) -> list[str]:
    """A unicode array's strings (numpy's ``<U{width}``: UTF-32, NUL-padded)."""
    if not (descr.startswith("<U") and descr[2:].isdigit()):
        raise ValueError("not a unicode array")
    width, count = int(descr[2:]), 1
    for d in shape:
        count *= d
    if len(raw) != 4 * width * count:
        raise ValueError("truncated unicode array")
    text = bytes(raw).decode("utf-32-le")
    return [text[i * width:(i + 1) * width].rstrip("\0") for i in range(count)]


def load(directory: Path, store: str, generation: str | None = None) -> VectorSnapshot | None:
    """The snapshot in ``directory`` when it was read from ``store`` (and, given a
    ``generation``, for that catalog generation); None when there is none, it is stale, or it
    is not one."""
    path = directory / NAME
    if not path.is_file() or path.is_symlink():
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            def array_of(name: str):
                return _npy(archive.read(f"{name}.npy"))

            [written] = _strings(*array_of("generation"))
            [stored_from] = _strings(*array_of("store"))
            if stored_from != store or generation not in (None, written):
                return None
            id_descr, id_shape, id_raw = array_of("ids")
            descr, shape, raw = array_of("vectors")
            if len(id_shape) != 1 or len(shape) != 2 or descr != "<f4" or shape[0] != id_shape[0] \
                    or len(raw) != 4 * shape[0] * shape[1]:
                return None
            ids = _strings(id_descr, id_shape, id_raw)
            vectors = array("f")
            vectors.frombytes(raw)
    except (OSError, ValueError, KeyError, EOFError, SyntaxError, MemoryError, zipfile.BadZipFile):
        return None  # damaged, or not a snapshot: the store answers
    if sys.byteorder != "little":
        vectors.byteswap()
    return VectorSnapshot(written, ids, vectors, shape[1])


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
