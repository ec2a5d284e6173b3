"""Embedding backends behind one interface.

- ``hash`` (default): offline, no download, deterministic. A signed hashed bag of
  identifier sub-words (``get_bind`` → get_bind, get, bind) plus character trigrams,
  weighted by log term frequency. Code-aware lexical similarity at ~10k chunks/s.
- ``onnx``: Chroma's all-MiniLM-L6-v2. Used when the model is cached; otherwise one
  download attempt after a short reachability probe, and a clear error, never a hang.
- ``openai``: the OpenAI embeddings API (``OPENAI_API_KEY``).
- ``ollama`` / ``openai-compatible``: any server speaking ``/v1/embeddings``.

The backend name and model id form the index identity: switching re-embeds.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import Counter

from postil.rag.tokens import IDENTIFIER, STOPWORDS, split_identifier


class EmbeddingUnavailable(RuntimeError):
    """A backend cannot run here (no model, no network, no key); the message says why."""


class EmbeddingBackend:
    backend = "base"
    model = ""
    dim: int | None = None

    @property
    def identity(self) -> str:
        return f"{self.backend}:{self.model}"

    def embed(self, texts: list[str]):
        """One vector per text (a float32 array or a list of lists)."""
        raise NotImplementedError

    def embed_query(self, text: str):
        return self.embed([text])[0]


class HashEmbedding(EmbeddingBackend):
    backend = "hash"
    model = "subword-trigram-v1"

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim
        # Vocabulary: word -> id; features of word i are _feat_idx/_feat_w[_ptr[i]:_ptr[i+1]].
        self._vocab: dict[str, int] = {}
        self._ptr: list[int] = [0]
        self._feat_idx: list[int] = []
        self._feat_w: list[float] = []
        self._arrays = None
        self.calls = 0  # texts embedded; tests count re-embedding with it

    def _add_word(self, word: str) -> None:
        terms = split_identifier(word)
        weights: dict[int, float] = {}
        dim = self.dim

        def add(feature: str, weight: float) -> None:
            h = int.from_bytes(hashlib.blake2b(feature.encode("utf-8", "replace"), digest_size=8).digest(), "little")
            index = h % dim
            weights[index] = weights.get(index, 0.0) + (weight if (h >> 40) & 1 else -weight)

        if terms:
            stop = terms[0] in STOPWORDS
            add(terms[0], 0.15 if stop else 1.0)
            for part in terms[1:]:
                add(part, 0.1 if part in STOPWORDS else 0.6)
            if not stop:
                for part in terms[1:] if len(terms) > 1 else terms:
                    if len(part) >= 4:
                        grams = [part[i : i + 3] for i in range(len(part) - 2)]
                        w = 0.5 / len(grams)
                        for gram in grams:
                            add("#" + gram, w)
        self._vocab[word] = len(self._ptr) - 1
        self._feat_idx.extend(weights.keys())
        self._feat_w.extend(weights.values())
        self._ptr.append(len(self._feat_idx))
        self._arrays = None

    def embed(self, texts: list[str]):
        findall = IDENTIFIER.findall
        return self.embed_counts([Counter(findall(t)) for t in texts])

    def embed_counts(self, counters: list[Counter]):
        """Vectors from identifier counts (the indexer counts once for keywords and vectors)."""
        import numpy as np

        self.calls += len(counters)
        n = len(counters)
        vocab = self._vocab
        rows: list[int] = []
        wids: list[int] = []
        counts: list[int] = []
        for row, counter in enumerate(counters):
            if not counter:
                continue
            for word in counter:
                if word not in vocab:
                    self._add_word(word)
            wids.extend(map(vocab.__getitem__, counter))
            counts.extend(counter.values())
            rows.extend([row] * len(counter))
        if self._arrays is None or len(self._arrays[0]) != len(self._ptr):
            self._arrays = (np.asarray(self._ptr, dtype=np.int64), np.asarray(self._feat_idx, dtype=np.int64),
                            np.asarray(self._feat_w, dtype=np.float32))
        ptr, feat_idx, feat_w = self._arrays
        out = np.zeros((n, self.dim), dtype=np.float32)
        if not wids:
            return out
        wid_a = np.asarray(wids, dtype=np.int64)
        weight = 1.0 + np.log(np.asarray(counts, dtype=np.float32))
        lengths = ptr[wid_a + 1] - ptr[wid_a]
        total = int(lengths.sum())
        starts = np.repeat(ptr[wid_a], lengths)
        offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        pos = starts + offsets
        flat = np.repeat(np.asarray(rows, dtype=np.int64), lengths) * self.dim + feat_idx[pos]
        vals = np.repeat(weight, lengths) * feat_w[pos]
        out = np.bincount(flat, weights=vals, minlength=n * self.dim).reshape(n, self.dim).astype(np.float32)
        norms = np.sqrt((out * out).sum(axis=1, keepdims=True))
        np.divide(out, norms, out=out, where=norms > 0)
        return out


_MINILM_HOST = "chroma-onnx-models.s3.amazonaws.com"


def _reachable(host: str, port: int = 443, timeout: float = 3.0) -> bool:
    """Can we open a TCP connection to host within timeout (DNS included)?"""
    import socket

    result = [False]

    def probe() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                result[0] = True
        except OSError:
            pass

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(timeout + 0.5)
    return result[0]


class OnnxMiniLM(EmbeddingBackend):
    backend = "onnx"
    model = "all-MiniLM-L6-v2"
    dim = 384

    def __init__(self) -> None:
        try:
            from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import (
                ONNXMiniLM_L6_V2,
            )
        except Exception as exc:  # pragma: no cover - chromadb is a dependency
            raise EmbeddingUnavailable(f"onnx embeddings need chromadb and onnxruntime: {exc}") from None
        folder = ONNXMiniLM_L6_V2.DOWNLOAD_PATH / ONNXMiniLM_L6_V2.EXTRACTED_FOLDER_NAME
        if not (folder / "model.onnx").exists() or not (folder / "tokenizer.json").exists():
            if not _reachable(_MINILM_HOST):
                raise EmbeddingUnavailable(
                    f"the ONNX model {self.model} is not cached in {folder} and {_MINILM_HOST} is unreachable; "
                    "download it once on a connected machine, or use the offline 'hash' embeddings"
                )
        self._fn = ONNXMiniLM_L6_V2()
        try:
            self._fn._download_model_if_not_exists()
        except Exception as exc:
            raise EmbeddingUnavailable(f"cannot download the ONNX model {self.model}: {exc}") from None

    def embed(self, texts: list[str]):
        import numpy as np

        return np.asarray(self._fn(texts), dtype=np.float32)


REMOTE_DEFAULTS = {"openai": ("text-embedding-3-small", "https://api.openai.com/v1"),
                   "ollama": ("nomic-embed-text", "http://localhost:11434/v1"), "openai-compatible": (None, None)}


def remote_endpoint(backend: str, base_url: str | None) -> str | None:
    """The URL a remote backend posts text to (None for the local ``hash`` and ``onnx``)."""
    if backend not in REMOTE_DEFAULTS:
        return None
    url = base_url or REMOTE_DEFAULTS[backend][1]
    return f"{url.rstrip('/')}/embeddings" if url else "(index.base-url not set)"


class OpenAIEmbedding(EmbeddingBackend):
    """OpenAI's API, or any OpenAI-compatible ``/v1/embeddings`` server (Ollama, vLLM, LM Studio)."""

    def __init__(self, backend: str, model: str | None, base_url: str | None, api_key: str | None,
                 timeout: float = 30.0, batch: int = 128) -> None:
        self.backend = backend
        default_model, default_url = REMOTE_DEFAULTS.get(backend, (None, None))
        default_url = None if backend == "openai" else default_url  # the SDK's own default
        self.model = model or default_model or ""
        if not self.model:
            raise EmbeddingUnavailable(f"embeddings backend {backend!r} needs index.model")
        self.base_url = base_url or default_url
        if backend != "openai" and not self.base_url:
            raise EmbeddingUnavailable(f"embeddings backend {backend!r} needs index.base-url")
        key = api_key or os.environ.get("OPENAI_API_KEY")
        if backend == "openai" and not key and not base_url:
            raise EmbeddingUnavailable("openai embeddings need OPENAI_API_KEY")
        self.api_key = key or "none"  # keyless local servers still need a placeholder
        self.timeout = timeout
        self.batch = batch
        self._client = None

    @property
    def identity(self) -> str:
        return f"{self.backend}:{self.model}@{self.endpoint}"

    @property
    def endpoint(self) -> str:
        return remote_endpoint(self.backend, self.base_url) or ""

    def request_bodies(self, texts: list[str]) -> list[dict]:
        """The JSON body of every request ``embed(texts)`` sends. Texts come from the egress
        gate already masked; they are masked once more here, the last step before leaving."""
        from postil.gate.redact import redact

        bodies = []
        for i in range(0, len(texts), self.batch):
            part = [redact(t)[0][:24000] or " " for t in texts[i : i + self.batch]]
            bodies.append({"model": self.model, "input": part, "encoding_format": "float"})
        return bodies

    def embed(self, texts: list[str]):
        import numpy as np

        if self._client is None:
            from openai import OpenAI

            self._client = OpenAI(api_key=self.api_key, base_url=self.base_url, timeout=self.timeout, max_retries=1)
        vectors: list[list[float]] = []
        for body in self.request_bodies(texts):
            try:
                response = self._client.embeddings.create(**body)
            except Exception as exc:
                raise EmbeddingUnavailable(f"{self.backend} embeddings failed ({self.base_url or 'api.openai.com'}): {exc}") from None
            vectors.extend(item.embedding for item in sorted(response.data, key=lambda d: d.index))
        out = np.asarray(vectors, dtype=np.float32)
        self.dim = out.shape[1] if out.ndim == 2 else self.dim
        return out


BACKENDS = ("hash", "onnx", "openai", "ollama", "openai-compatible")
_SAFE = re.compile(r"[^a-zA-Z0-9]+")


def make_backend(name: str = "hash", model: str | None = None, base_url: str | None = None,
                 api_key: str | None = None) -> EmbeddingBackend:
    """The backend a config names; raises EmbeddingUnavailable with a reason when it cannot run."""
    name = (name or "hash").lower()
    if name == "hash":
        return HashEmbedding()
    if name == "onnx":
        return OnnxMiniLM()
    if name in ("openai", "ollama", "openai-compatible"):
        return OpenAIEmbedding(name, model, base_url, api_key)
    raise EmbeddingUnavailable(f"unknown embeddings backend {name!r} (expected one of {', '.join(BACKENDS)})")


def slug(identity: str, limit: int = 60) -> str:
    """A collection-name-safe rendering of a backend identity, unique by hash."""
    digest = hashlib.blake2b(identity.encode(), digest_size=4).hexdigest()
    return f"{_SAFE.sub('-', identity).strip('-')[:limit]}-{digest}"
