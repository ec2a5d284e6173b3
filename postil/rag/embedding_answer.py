"""An embeddings server's answer, checked before a vector of it is stored or searched with.

A remote ``/v1/embeddings`` server is untrusted: it may answer fewer or more vectors than it
was sent texts, repeat an ``index``, mix dimensions, send strings, NaN or a vector of a
million numbers. :func:`vectors_of` gives one finite vector per text in the order sent, all of
one dimension (the one this backend gave before, when it did), or raises ``ValueError``
saying what is wrong. :func:`read_answer` reads the answer's body within a size an answer of
that many vectors can have and a time, so a server sending without end is stopped.
"""

from __future__ import annotations

import json

from postil.core.bounded_read import read_within

MAX_DIMENSIONS = 16_384  # the widest embedding models publish a few thousand
NUMBER_BYTES = 32  # "-0.0123456789012345678," and the spaces a server may put around it


def read_answer(response, count: int, seconds: float):
    """The JSON of ``response`` (an httpx response, not read yet) answering ``count`` texts: at
    most ``count * MAX_DIMENSIONS * NUMBER_BYTES`` bytes, all there within ``seconds``."""
    body = read_within(response, 4096 + count * MAX_DIMENSIONS * NUMBER_BYTES, seconds)
    try:
        return json.loads(body)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None


def vectors_of(payload, count: int, dim: int | None = None):
    """The ``count`` vectors of the JSON ``payload`` as a float32 array, in input order."""
    import numpy as np

    if count == 0:
        return np.zeros((0, dim or 0), dtype=np.float32)
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, list):
        raise ValueError("no list of embeddings in the answer")
    if len(data) != count:
        raise ValueError(f"{len(data):,} embeddings for {count:,} texts")
    rows: list = [None] * count
    for position, item in enumerate(data):
        index = item.get("index", position) if isinstance(item, dict) else None
        if type(index) is not int or not 0 <= index < count or rows[index] is not None:
            raise ValueError(f"embedding {position} has index {str(index)[:40]!r} (expected each of 0-{count - 1} once)")
        vector = item.get("embedding")
        if not isinstance(vector, list) or not 0 < len(vector) <= MAX_DIMENSIONS:
            shape = f"{len(vector):,} numbers" if isinstance(vector, list) else type(vector).__name__
            raise ValueError(f"embedding {index} is {shape}, not a list of 1-{MAX_DIMENSIONS:,} numbers")
        rows[index] = vector
    widths = sorted({len(row) for row in rows})
    if len(widths) > 1:
        raise ValueError(f"embeddings of {widths[0]:,} and {widths[-1]:,} dimensions in one answer")
    if dim is not None and widths[0] != dim:
        raise ValueError(f"{widths[0]:,}-dimensional embeddings after {dim:,}-dimensional ones")
    try:
        numbers = np.array(rows)
    except (TypeError, ValueError, OverflowError):
        numbers = None
    if numbers is None or numbers.dtype.kind not in "fiu" or numbers.shape != (count, widths[0]):
        raise ValueError("an embedding holds something that is not a number")
    with np.errstate(all="ignore"):  # a number past float32's range becomes inf, refused below
        vectors = numbers.astype(np.float32)
    if not np.isfinite(vectors).all():
        raise ValueError("an embedding holds NaN, an infinity or a number too large")
    return vectors
