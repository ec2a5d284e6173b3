"""Fixtures for the workspace index: a small multi-language project and a real Chroma server."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from postil.rag.embeddings import HashEmbedding
from postil.rag.indexer import WorkspaceIndex

FILES = {
    "app/billing.py": '''\
from app.money import round_cents


def compute_invoice_total(lines, tax_rate):
    """Sum the invoice lines and add tax."""
    subtotal = sum(line.amount for line in lines)
    return round_cents(subtotal * (1 + tax_rate))


def send_invoice(customer, lines):
    total = compute_invoice_total(lines, customer.tax_rate)
    return deliver_email(customer.email, f"Total: {total}")


def deliver_email(address, body):
    return (address, body)
''',
    "app/money.py": '''\
def round_cents(value):
    """Round a money amount to whole cents, half up."""
    return int(value * 100 + 0.5) / 100
''',
    "web/cart.js": '''\
function cartTotal(items) {
  return items.reduce((sum, item) => sum + item.price, 0);
}

export function checkout(items) {
  const total = cartTotal(items);
  return submitOrder(total);
}

function submitOrder(total) { return { total }; }
''',
    "docs/guide.md": "# Guide\n\nInvoices are rounded to whole cents.\n\n## Shipping\n\nParcels ship on Mondays.\n",
    "README.md": "# Demo\n\nA demo project for the index tests.\n",
}


def write_tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def write_files():
    return write_tree


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    write_tree(root, FILES)
    return root


@pytest.fixture
def backend() -> HashEmbedding:
    """The default embeddings, shared so tests can count how many texts were embedded."""
    return HashEmbedding()


@pytest.fixture
def make_index(backend):
    opened: list[WorkspaceIndex] = []

    def make(root: Path, **kwargs) -> WorkspaceIndex:
        kwargs.setdefault("backend", backend)
        index = WorkspaceIndex(root, **kwargs)
        opened.append(index)
        return index

    yield make
    for index in opened:
        index.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_chroma(data: Path):
    """A real ``chroma run`` on loopback storing in ``data``; yields (URL, process)."""
    import httpx

    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = _free_port()
    log = open(data / "server.log", "w")
    proc = subprocess.Popen([chroma, "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"chroma run exited: {(data / 'server.log').read_text()[-2000:]}")
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("chroma run did not answer its heartbeat within 60 s")
            try:  # poll interval that also notices the server exiting
                proc.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                pass
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real ``chroma run`` on loopback shared by the session; yields its URL."""
    with running_chroma(tmp_path_factory.mktemp("chroma-server")) as (url, _proc):
        yield url


@pytest.fixture(autouse=True)
def no_cached_model(tmp_path_factory, monkeypatch):
    """No embedding model from the developer's cache (~/.cache/postil, ~/.cache/chroma) joins an index."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


def make_model_dir(target: Path, *, seed: int = 0, hidden: int = 32, heads: int = 4, words=()) -> Path:
    """A tiny BERT sentence-embedding model: random weights written as ONNX with the onnx helper
    API, and a real WordPiece ``tokenizer.json`` built with ``tokenizers``."""
    import json
    import re

    import onnx
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

    from tests.rag.bert_onnx import bert_onnx, random_weights

    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    pieces = sorted({w.lower() for text in (*FILES.values(), *words) for w in re.findall(r"[A-Za-z]+", text)})
    vocab = {t: i for i, t in enumerate(
        ["[PAD]", "[UNK]", "[CLS]", "[SEP]", *dict.fromkeys([*pieces, *letters, *(f"##{c}" for c in letters),
                                                            *"()[]{}.,:;=+-*/\"'#_<>!?`$@%&|\\^~"])])}
    tokenizer = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.post_processor = processors.BertProcessing(("[SEP]", 3), ("[CLS]", 2))
    target.mkdir(parents=True, exist_ok=True)
    tokenizer.save(str(target / "tokenizer.json"))
    weights = random_weights(len(vocab), hidden=hidden, layers=2, intermediate=2 * hidden, positions=128, seed=seed)
    onnx.save(bert_onnx(weights, heads), str(target / "model.onnx"))
    (target / "1_Pooling").mkdir(exist_ok=True)
    (target / "1_Pooling" / "config.json").write_text(json.dumps(
        {"word_embedding_dimension": hidden, "pooling_mode_mean_tokens": True}))
    (target / "config.json").write_text(json.dumps({"hidden_size": hidden, "max_position_embeddings": 128}))
    (target / "sentence_bert_config.json").write_text(json.dumps({"max_seq_length": 96}))
    return target


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    return make_model_dir(tmp_path_factory.mktemp("models") / "tiny-bert")
