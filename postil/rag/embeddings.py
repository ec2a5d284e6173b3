"""Embedding backends behind one interface.

- ``hash`` (default): offline, no download, deterministic. A signed hashed bag of
  identifier sub-words (``get_bind`` → get_bind, get, bind) plus character trigrams,
  weighted by log term frequency. Code-aware lexical similarity at ~10k chunks/s.
- ``onnx``: a local ONNX sentence-embedding model (``LocalModel``) from ``index.model-path``
  or the cache (postil's, or Chroma's all-MiniLM-L6-v2). Never downloads: fetching is the
  explicit ``postil index --download-model``. With the default ``hash``, a model found here
  is the index's second, background-built vector set (see ``indexer``).
- ``openai``: the OpenAI embeddings API (``OPENAI_API_KEY``).
- ``ollama`` / ``openai-compatible``: any server speaking ``/v1/embeddings``.

The backend name and model id form the index identity: switching re-embeds.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from collections import Counter
from pathlib import Path

from postil.core.plain_text import plain
from postil.rag.embedding_answer import read_answer, vectors_of
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

    def _feature_arrays(self):
        """The vocabulary's features as arrays; words added since are copied in, into arrays with
        room to grow (a query with a new word costs that word, not the whole vocabulary)."""
        import numpy as np

        words, feats = len(self._ptr), len(self._feat_idx)
        arrays = self._arrays
        if arrays is None or len(arrays[0]) < words or len(arrays[1]) < feats:
            arrays = (np.empty(2 * words + 1024, dtype=np.int64), np.empty(2 * feats + 8192, dtype=np.int64),
                      np.empty(2 * feats + 8192, dtype=np.float32), 0, 0)
        ptr, feat_idx, feat_w, had_words, had_feats = arrays
        if had_words < words:
            ptr[had_words:words] = self._ptr[had_words:]
            feat_idx[had_feats:feats] = self._feat_idx[had_feats:]
            feat_w[had_feats:feats] = self._feat_w[had_feats:]
            self._arrays = (ptr, feat_idx, feat_w, words, feats)
        return ptr[:words], feat_idx[:feats], feat_w[:feats]

    def embed(self, texts: list[str]):
        findall = IDENTIFIER.findall
        return self.embed_counts([Counter(findall(t)) for t in texts])

    def embed_query(self, text: str) -> list[float]:
        """One text's vector as :meth:`embed_counts` makes it, without numpy (a search's query
        of a few words: importing numpy would cost more than the whole search)."""
        self.calls += 1
        vector = [0.0] * self.dim
        for word, count in Counter(IDENTIFIER.findall(text)).items():
            if word not in self._vocab:
                self._add_word(word)
            wid = self._vocab[word]
            weight = 1.0 + math.log(count)
            for j in range(self._ptr[wid], self._ptr[wid + 1]):
                vector[self._feat_idx[j]] += weight * self._feat_w[j]
        length = math.sqrt(sum(x * x for x in vector))
        return [x / length for x in vector] if length else vector

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
        ptr, feat_idx, feat_w = self._feature_arrays()
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


MINILM = "all-MiniLM-L6-v2"
EMBED_TOKENS = 64  # word pieces of a text a local model embeds (see LocalModel)


def model_cache_dir() -> Path:
    """Where ``postil index --download-model`` puts models: ``$XDG_CACHE_HOME/postil/models``."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache") / "postil" / "models"


def cached_models() -> list[Path]:
    """Model directories already on this machine: postil's cache, then Chroma's copy of MiniLM."""
    candidates = sorted(model_cache_dir().glob("*/")) if model_cache_dir().is_dir() else []
    candidates.append(Path.home() / ".cache" / "chroma" / "onnx_models" / MINILM / "onnx")
    return [d for d in candidates if (d / "model.onnx").is_file() and (d / "tokenizer.json").is_file()]


def _json(path: Path) -> dict:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise EmbeddingUnavailable(f"{path} cannot be read ({exc})") from None
    return data if isinstance(data, dict) else {}


class LocalModel(EmbeddingBackend):
    """A sentence-embedding model in ONNX run by onnxruntime on this machine.

    ``directory`` holds ``model.onnx`` and ``tokenizer.json`` (and, from sentence-transformers,
    ``1_Pooling/config.json`` and ``sentence_bert_config.json``). Texts are tokenized by the
    fast tokenizer, sorted by length and padded per batch only to the longest text in it, so a
    ten-word query costs a ten-word forward pass. Mean pooling and L2 norm unless the pooling
    config says otherwise. A text is embedded up to its first ``window`` word pieces: on code
    chunks all-MiniLM-L6-v2 finds as much with 64 as with 128 or its whole 256 (the definition's
    name, signature and first lines carry the meaning; bench/semantic_recall.py) at a fraction
    of the cost."""

    backend = "local"

    def __init__(self, directory: str | Path, batch: int = 32, window: int = EMBED_TOKENS) -> None:
        self.directory = Path(directory).expanduser()
        self.batch = batch
        where = self.directory
        if not where.is_dir():
            raise EmbeddingUnavailable(f"embedding model directory {where} does not exist")
        for name in ("model.onnx", "tokenizer.json"):
            if not (where / name).is_file():
                raise EmbeddingUnavailable(f"embedding model directory {where} has no {name} "
                                           f"(expected model.onnx and tokenizer.json)")
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except Exception as exc:  # pragma: no cover - both come with chromadb
            raise EmbeddingUnavailable(f"local embeddings need onnxruntime and tokenizers: {exc}") from None
        pooling = _json(where / "1_Pooling" / "config.json")
        self.pooling = "cls" if pooling.get("pooling_mode_cls_token") else (
            "max" if pooling.get("pooling_mode_max_tokens") else "mean")
        config = _json(where / "config.json")
        limit = int(config.get("max_position_embeddings") or 512)
        self.max_tokens = min(limit, int(_json(where / "sentence_bert_config.json").get("max_seq_length") or 256))
        try:
            self.tokenizer = Tokenizer.from_file(str(where / "tokenizer.json"))
        except Exception as exc:
            raise EmbeddingUnavailable(f"{where / 'tokenizer.json'} is not a tokenizer file ({exc})") from None
        self.window = min(window, self.max_tokens)
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.window)
        self._counter = Tokenizer.from_file(str(where / "tokenizer.json"))
        self._counter.no_padding()
        self._counter.no_truncation()
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 4  # failures reach the user as one line, not onnxruntime's log
        # Worker threads sleep between steps instead of spinning: on a machine shared with the editor
        # (or loaded) a spinning pool takes CPU from it, and a query waits for a descheduled thread;
        # measured under load, no spinning embeds as fast with a third less CPU and halves query time.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self.session = onnxruntime.InferenceSession(str(where / "model.onnx"), options,
                                                        providers=["CPUExecutionProvider"])
        except Exception as exc:
            first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
            raise EmbeddingUnavailable(f"{where / 'model.onnx'} cannot be loaded by onnxruntime ({first})") from None
        self.inputs = {i.name for i in self.session.get_inputs()}
        if not {"input_ids", "attention_mask"} <= self.inputs:
            raise EmbeddingUnavailable(f"{where / 'model.onnx'} does not take input_ids and attention_mask "
                                       f"(inputs: {', '.join(sorted(self.inputs))})")
        self.model = f"{where.name}-{self._fingerprint()}-w{self.window}"
        try:
            probe = self.embed(["postil"])
        except Exception as exc:
            raise EmbeddingUnavailable(f"{where / 'model.onnx'} fails on a test sentence ({exc})") from None
        self.dim = int(probe.shape[1])
        expected = pooling.get("word_embedding_dimension") or config.get("hidden_size")
        if expected and int(expected) != self.dim:
            raise EmbeddingUnavailable(f"{where / 'model.onnx'} gives {self.dim}-dimensional vectors but its "
                                       f"config says {expected}: the files are from different models")

    def _fingerprint(self) -> str:
        """Changes when the model or tokenizer file changes (size and the first megabyte of each)."""
        h = hashlib.blake2b(digest_size=4)
        for name in ("model.onnx", "tokenizer.json"):
            path = self.directory / name
            h.update(str(path.stat().st_size).encode())
            with open(path, "rb") as fh:
                h.update(fh.read(1 << 20))
        return h.hexdigest()

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Word pieces of each text, without the special tokens (additive across lines). The texts
        (a file's lines) are encoded as one, each word piece counted to the text it starts in: one
        encoding a file instead of one a line (~15% less CPU; counting is a third of the first
        index's time with a model)."""
        import numpy as np

        if not texts:
            return []
        encoding = self._counter.encode("\n".join(texts), add_special_tokens=False)
        starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
        offsets = np.fromiter((start for start, _end in encoding.offsets), dtype=np.int64, count=len(encoding.offsets))
        return np.bincount(np.searchsorted(starts, offsets, side="right") - 1, minlength=len(texts)).tolist()

    def embed(self, texts: list[str]):
        import numpy as np

        out = np.zeros((len(texts), self.dim or 0), dtype=np.float32) if self.dim else None
        encodings = self.tokenizer.encode_batch([t or " " for t in texts])
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for lo in range(0, len(order), self.batch):
            part = order[lo : lo + self.batch]
            width = max(len(encodings[i].ids) for i in part)
            ids = np.zeros((len(part), width), dtype=np.int64)
            mask = np.zeros((len(part), width), dtype=np.int64)
            for row, i in enumerate(part):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(None, feed)[0]
            vectors = self._pool(np.asarray(hidden, dtype=np.float32), mask)
            if out is None:
                out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
            out[part] = vectors
        return out if out is not None else np.zeros((0, 0), dtype=np.float32)

    def _pool(self, hidden, mask):
        import numpy as np

        if hidden.ndim == 2:  # the graph pools itself (a sentence_embedding output)
            vectors = hidden
        elif hidden.ndim != 3:
            raise EmbeddingUnavailable(f"{self.directory / 'model.onnx'} gives outputs of shape {hidden.shape}, "
                                       "expected (batch, tokens, dim)")
        elif self.pooling == "cls":
            vectors = hidden[:, 0]
        elif self.pooling == "max":
            vectors = np.where(mask[..., None] > 0, hidden, -np.inf).max(axis=1)
        else:
            weights = mask[..., None].astype(np.float32)
            vectors = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)


def find_model(model_path: str | Path | None = None) -> Path | None:
    """The model directory to use: ``model_path`` when set, else the first cached model."""
    if model_path:
        return Path(model_path).expanduser()
    found = cached_models()
    return found[0] if found else None


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
            from openai import DefaultHttpxClient, OpenAI

            # no redirects: their target would get the code sent for embedding (see llm/providers.py)
            self._client = OpenAI(api_key=self.api_key, base_url=self.base_url, timeout=self.timeout, max_retries=1,
                                  http_client=DefaultHttpxClient(follow_redirects=False))
        parts = []
        for body in self.request_bodies(texts):
            where = self.base_url or "api.openai.com"
            count = len(body["input"])
            try:
                with self._client.embeddings.with_streaming_response.create(**body) as raw:  # read as it comes
                    parts.append(vectors_of(read_answer(raw.http_response, count, self.timeout), count, self.dim))
            except ValueError as exc:  # json's errors are ValueErrors too
                raise EmbeddingUnavailable(f"{self.backend} embeddings failed ({where}): the server's answer is "
                                           f"unusable ({plain(str(exc))[:200]})") from None
            except Exception as exc:
                raise EmbeddingUnavailable(f"{self.backend} embeddings failed ({where}): {exc}") from None
            self.dim = parts[-1].shape[1]
        return np.concatenate(parts) if parts else np.zeros((0, self.dim or 0), dtype=np.float32)


BACKENDS = ("hash", "onnx", "openai", "ollama", "openai-compatible")
_SAFE = re.compile(r"[^a-zA-Z0-9]+")


def make_backend(name: str = "hash", model: str | None = None, base_url: str | None = None,
                 api_key: str | None = None, model_path: str | Path | None = None) -> EmbeddingBackend:
    """The backend a config names; raises EmbeddingUnavailable with a reason when it cannot run."""
    name = (name or "hash").lower()
    if name == "hash":
        return HashEmbedding()
    if name == "onnx":
        directory = find_model(model_path)
        if directory is None:
            raise EmbeddingUnavailable(f"no local embedding model: set [tool.postil.index] model-path, or run "
                                       f"`postil index --download-model {MINILM}` once")
        return LocalModel(directory)
    if name in ("openai", "ollama", "openai-compatible"):
        return OpenAIEmbedding(name, model, base_url, api_key)
    raise EmbeddingUnavailable(f"unknown embeddings backend {name!r} (expected one of {', '.join(BACKENDS)})")


def slug(identity: str, limit: int = 60) -> str:
    """A collection-name-safe rendering of a backend identity, unique by hash."""
    digest = hashlib.blake2b(identity.encode(), digest_size=4).hexdigest()
    return f"{_SAFE.sub('-', identity).strip('-')[:limit]}-{digest}"
