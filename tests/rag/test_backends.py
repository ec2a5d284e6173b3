"""Embedding backends and the Chroma server: the same index code on other machinery."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from postil.rag.embeddings import EmbeddingUnavailable, HashEmbedding, make_backend
from postil.rag.indexer import WorkspaceIndex

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories


def test_hash_embeddings_are_deterministic_and_code_aware():
    a, b = HashEmbedding(), HashEmbedding()
    texts = ["def get_bind(self): return self.bind", "def getBind(): return bind", "parcels ship on mondays"]
    va, vb = a.embed(texts), b.embed(list(reversed(texts)))
    assert (va == vb[::-1]).all()
    similarity = va @ va.T
    assert similarity[0, 1] > 0.5 > similarity[0, 2]


def test_hash_embeddings_of_a_growing_vocabulary_equal_a_fresh_one():
    grown, fresh = HashEmbedding(), HashEmbedding()
    texts = ["def get_bind(self): return self.bind", "merge session settings into request"]
    before = grown.embed(texts)
    for i in range(3000):  # words added one query at a time, past the arrays' first size
        grown.embed([f"word_{i} other{i}"])
    after = grown.embed([*texts, "word_17 and word_2999 other5"])
    assert (after[:2] == before).all()
    assert (after == fresh.embed([*texts, "word_17 and word_2999 other5"])).all()


@pytest.fixture
def embedding_server():
    """A stdlib server speaking OpenAI's /v1/embeddings with deterministic vectors."""
    seen: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append({"path": self.path, "model": body["model"], "n": len(body["input"])})
            data = []
            for i, text in enumerate(body["input"]):
                vector = [0.0] * 8
                for word in text.split():
                    vector[sum(map(ord, word)) % 8] += 1.0
                data.append({"object": "embedding", "index": i, "embedding": vector})
            payload = json.dumps({"object": "list", "data": data, "model": body["model"],
                                  "usage": {"prompt_tokens": 1, "total_tokens": 1}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", seen
    server.shutdown()


def test_openai_compatible_server_embeds_chunks_and_queries(workspace, embedding_server):
    url, seen = embedding_server
    index = WorkspaceIndex(workspace, embeddings="ollama", model="nomic-embed-text", base_url=url)
    try:
        stats = index.update()
        assert stats.embedded == stats.chunks > 0
        assert {s["model"] for s in seen} == {"nomic-embed-text"} and seen[0]["path"] == "/v1/embeddings"
        assert index.collection_name.startswith(index.workspace_id) and "ollama" in index.collection_name
        hits = index.search("round_cents")
        assert hits and hits[0].path == "app/money.py"
    finally:
        index.close()


def test_unreachable_embedding_server_is_a_clear_error(workspace):
    from postil.rag.indexer import IndexUnavailable

    index = WorkspaceIndex(workspace, embeddings="openai-compatible", model="m", base_url="http://127.0.0.1:9/v1")
    try:
        with pytest.raises(IndexUnavailable, match="openai-compatible embeddings failed"):
            index.update()
    finally:
        index.close()


def test_onnx_without_a_model_falls_back_at_once(workspace):
    started = time.monotonic()
    with pytest.raises(EmbeddingUnavailable, match="no local embedding model"):
        make_backend("onnx")  # nothing in the (empty) cache, and nothing is downloaded
    messages = []
    index = WorkspaceIndex(workspace, embeddings="onnx", on_message=messages.append)
    try:
        stats = index.update()
        assert time.monotonic() - started < 60  # a download attempt would hang far longer
        assert any("using the offline 'hash' embeddings" in m for m in messages)
        assert stats.files == 5 and index.backend.backend == "hash"
    finally:
        index.close()


def test_chroma_server_without_a_repository_name_indexes_locally(workspace, chroma_server, backend):
    """A server holds team indexes named after a repository (see test_team); a folder with no
    git remote and no index.collection keeps everything local, and says so once."""
    messages: list[str] = []
    index = WorkspaceIndex(workspace, chroma_url=chroma_server, backend=backend, on_message=messages.append)
    try:
        first = index.update()
        assert first.embedded == first.chunks > 0 and index.store.count() == first.chunks
        assert index.update().indexed == 0
        assert index.context("app/billing.py", 6).chunks[0].path == "app/money.py"
        assert len(messages) == 1 and "collection" in messages[0] and "local index only" in messages[0]
        import chromadb

        on_server = chromadb.HttpClient(port=int(chroma_server.rsplit(":", 1)[1])).list_collections()
        assert not any(c.name.startswith(index.workspace_id) for c in on_server)  # nothing sent
    finally:
        index.close()


@pytest.mark.parametrize("damaged", ["vector store", "catalog"])
def test_damaged_index_with_remote_embeddings_waits_for_rebuild(workspace, embedding_server, damaged, tmp_path):
    """Rebuilding a remote-embeddings index costs a call per chunk: postil says what is
    damaged and waits for `postil index --rebuild` instead of re-sending everything."""
    import os
    import subprocess
    import sys

    from postil.rag.indexer import IndexUnavailable
    from postil.rag.store import forget_clients

    url, seen = embedding_server
    index = WorkspaceIndex(workspace, embeddings="openai-compatible", model="m", base_url=url)
    first = index.update()
    index.close()
    forget_clients()
    calls = len(seen)
    target = workspace / (".postil/index/chroma/chroma.sqlite3" if damaged == "vector store"
                          else ".postil/index/catalog.sqlite3")
    for suffix in ("-wal", "-shm"):
        (target.parent / (target.name + suffix)).unlink(missing_ok=True)
    target.write_bytes(b"this is not a database" * 512)
    again = WorkspaceIndex(workspace, embeddings="openai-compatible", model="m", base_url=url)
    try:
        with pytest.raises(IndexUnavailable, match=r"damaged.*postil index --rebuild"):
            again.update()
    finally:
        again.close()
    assert len(seen) == calls  # nothing re-sent
    assert target.read_bytes().startswith(b"this is not a database")  # and nothing deleted
    forget_clients()
    user_config = tmp_path / "xdg" / "postil" / "config.toml"  # endpoints come from the user's side
    user_config.parent.mkdir(parents=True)
    user_config.write_text(f'[index]\nembeddings = "openai-compatible"\nmodel = "m"\nbase-url = "{url}"\n')
    env = {**os.environ, "OPENAI_API_KEY": "sk-test", "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    done = subprocess.run([sys.executable, "-P", "-m", "postil", "index", "--rebuild", "--json", str(workspace)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(seen) > calls and first.chunks == json.loads(done.stdout)["chunks"]
