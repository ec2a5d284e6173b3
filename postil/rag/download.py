"""``postil index --download-model NAME``: fetch an ONNX sentence-embedding model once, on request.

Nothing else in postil downloads a model: a review or the editor only uses a model already
on the machine (``index.model-path`` or this cache). The files come from a Hugging Face
style hub (``$POSTIL_MODEL_HUB``, default https://huggingface.co): ``onnx/model.onnx``,
``tokenizer.json`` and the sentence-transformers configs when the repository has them.
They land in a temporary directory first and are moved into the cache whole.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from postil.rag.embeddings import EmbeddingUnavailable, LocalModel, model_cache_dir

HUB = "https://huggingface.co"
# (path in the repository, path in the model directory, required)
FILES = (("onnx/model.onnx", "model.onnx", True), ("tokenizer.json", "tokenizer.json", True),
         ("config.json", "config.json", False), ("1_Pooling/config.json", "1_Pooling/config.json", False),
         ("sentence_bert_config.json", "sentence_bert_config.json", False))


def download_model(name: str, on_progress: Callable[[str, int, int | None], None] | None = None,
                   timeout: float = 30.0) -> Path:
    """Download model ``name`` (``owner/repo``; a bare name means ``sentence-transformers/NAME``)
    into the cache and check that it loads; returns its directory. Raises EmbeddingUnavailable."""
    repo = name if "/" in name else f"sentence-transformers/{name}"
    if repo.count("/") != 1 or any(part in ("", ".", "..") for part in repo.split("/")):
        raise EmbeddingUnavailable(f"model name {name!r}: expected NAME or OWNER/NAME")
    hub = os.environ.get("POSTIL_MODEL_HUB", HUB).rstrip("/")
    target = model_cache_dir() / repo.split("/")[1]
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".download-", dir=target.parent))
    try:
        for source, dest, required in FILES:
            url = f"{hub}/{repo}/resolve/main/{source}"
            try:
                _fetch(url, staging / dest, on_progress, timeout)
            except urllib.error.HTTPError as exc:
                if required or exc.code != 404:
                    raise EmbeddingUnavailable(f"cannot download {url}: HTTP {exc.code}") from None
            except (urllib.error.URLError, OSError) as exc:
                raise EmbeddingUnavailable(f"cannot download {url}: {getattr(exc, 'reason', None) or exc}") from None
        LocalModel(staging)  # a file that does not load never reaches the cache
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
        return target
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _fetch(url: str, dest: Path, on_progress, timeout: float) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with urllib.request.urlopen(url, timeout=timeout) as response, open(dest, "wb") as out:
        total = response.headers.get("Content-Length")
        total = int(total) if total and total.isdigit() else None
        done = 0
        while block := response.read(1 << 20):
            out.write(block)
            done += len(block)
            if on_progress is not None:
                on_progress(dest.name, done, total)
