"""A local ONNX embedding model: loading, dynamic padding, the background vector set, fallbacks."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from postil import trust_store
from postil.rag.embeddings import EmbeddingUnavailable, LocalModel, make_backend
from postil.rag.index_vectors import chunk_tokens, embedding_text, model_text
from postil.rag.indexer import WorkspaceIndex
from tests.rag.conftest import make_model_dir


def test_embeds_with_dynamic_padding_like_one_at_a_time(tiny_model):
    model = LocalModel(tiny_model)
    texts = ["round cents", "def compute_invoice_total(lines, tax_rate): return sum(lines) * tax_rate " * 3,
             "send invoice to customer"]
    together = model.embed(texts)
    alone = np.stack([model.embed([t])[0] for t in texts])
    assert together.shape == (3, 32) and model.dim == 32
    np.testing.assert_allclose(together, alone, atol=1e-5)  # padding never changes a vector
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert not np.allclose(together[0], together[2])
    assert model.count_tokens(["round cents", "round", "cents"]) == [2, 1, 1]  # additive, no special tokens
    assert model.count_tokens(["", "  round  cents", "", "cents"]) == [0, 2, 0, 1] and model.count_tokens([]) == []


def test_the_onnx_backend_reads_model_path(tiny_model):
    backend = make_backend("onnx", model_path=tiny_model)
    assert isinstance(backend, LocalModel) and backend.identity.startswith("local:tiny-bert-")
    with pytest.raises(EmbeddingUnavailable, match="--download-model all-MiniLM-L6-v2"):
        make_backend("onnx")  # nothing cached, nothing downloaded


def _broken(tmp_path, tiny_model, how: str):
    target = tmp_path / f"model-{how}"
    shutil.copytree(tiny_model, target)
    if how == "missing":
        (target / "model.onnx").unlink()
    elif how == "corrupt":
        (target / "model.onnx").write_bytes(b"\x08\x07not an onnx graph" * 50)
    elif how == "dimension":
        (target / "1_Pooling" / "config.json").write_text(json.dumps({"word_embedding_dimension": 384}))
    elif how == "tokenizer":
        (target / "tokenizer.json").write_text("{")
    return target


@pytest.mark.parametrize("how, message", [
    ("missing", "has no model.onnx"),
    ("corrupt", "cannot be loaded by onnxruntime"),
    ("dimension", "gives 32-dimensional vectors but its config says 384"),
    ("tokenizer", "is not a tokenizer file"),
])
def test_a_broken_model_is_one_clear_line_and_the_index_goes_on_without_it(tmp_path, tiny_model, workspace, how,
                                                                           message):
    model_dir = _broken(tmp_path, tiny_model, how)
    with pytest.raises(EmbeddingUnavailable, match=message):
        LocalModel(model_dir)
    plain = WorkspaceIndex(workspace, index_dir=tmp_path / "plain")
    messages = []
    index = WorkspaceIndex(workspace, model_path=model_dir, on_message=messages.append, index_dir=tmp_path / "idx")
    try:
        expected = plain.update()
        stats = index.update()
        assert index.model_backend is None and index.build_model_vectors() == 0
        assert [m for m in messages if message in m] and "'hash'" in messages[0] and "\n" not in messages[0]
        assert (stats.files, stats.chunks) == (expected.files, expected.chunks)  # nothing lost
        hits = index.search("round money to whole cents", k=3)
        assert hits[0].path == "app/money.py" and "model" not in hits[0].sources
    finally:
        index.close()
        plain.close()


def test_model_vectors_are_built_once_beside_hash_and_used_when_complete(tmp_path, tiny_model, workspace, backend):
    index = WorkspaceIndex(workspace, backend=backend, model_path=tiny_model)
    try:
        stats = index.update()
        assert index.chunking.startswith("tokens:local:tiny-bert-")
        assert backend.calls == stats.chunks  # the default vectors first, at once
        source, _backend, _store = index.vector_source()
        assert source == "vector" and index.model_coverage() == 0.0  # searching now uses hash
        assert index.search("invoice total", k=2)
        progress = []
        assert index.build_model_vectors(lambda done, total, path: progress.append((done, total))) == stats.chunks
        assert progress[-1] == (stats.chunks, stats.chunks)
        assert index.model_coverage() == 1.0 and index.vector_source()[0] == "model"
        hits = index.search("compute invoice total", k=10)
        # the model's list, and the hash vectors' as a list of its own (fused by rank, never one space)
        assert any("model" in h.sources for h in hits) and any("vector" in h.sources for h in hits)
        context = index.context(workspace / "app" / "billing.py", 2, k=10)
        assert any("model" in c.sources for c in context.chunks) and not any("vector" in c.sources for c in context.chunks)
        assert index.build_model_vectors() == 0  # nothing twice
        (workspace / "app" / "money.py").write_text("def round_cents(value):\n    return round(value, 2)\n")
        index.update()
        assert index.build_model_vectors() == 1  # only the changed chunk
        assert index.model_store.count() == index.catalog.counts()[1]  # the old chunk's vector is gone
    finally:
        index.close()


def test_switching_models_re_embeds_exactly_once(tmp_path, tiny_model, workspace, backend):
    other = make_model_dir(tmp_path / "other-bert", seed=7)
    first = WorkspaceIndex(workspace, backend=backend, model_path=tiny_model)
    try:
        n = first.update().chunks
        assert first.build_model_vectors() == n
    finally:
        first.close()
    messages = []
    second = WorkspaceIndex(workspace, backend=backend, model_path=other, on_message=messages.append)
    try:
        second.update()
        assert any("re-indexing" in m for m in messages)
        n = second.catalog.counts()[1]
        assert second.build_model_vectors() == n and second.build_model_vectors() == 0
        names = [c.name for c in second._client.list_collections()]
        assert second.model_collection_name in names and first.model_collection_name not in names
        again = second.update()
        assert again.embedded == 0 and second.build_model_vectors() == 0
    finally:
        second.close()


def test_chunks_fit_the_model_window_and_keep_the_signature(tmp_path, tiny_model, write_files):
    body = "\n".join(f"        total = total + item_{i} * rate_{i}" for i in range(60))
    write_files(tmp_path / "ws", {"calc.py": f"class Ledger:\n    def long_total(self, items, rate):\n{body}\n"
                                             "        return total\n"})
    index = WorkspaceIndex(tmp_path / "ws", model_path=tiny_model)
    try:
        index.update()
        model = index.model_backend
        rows = index.catalog.chunks_for_path("calc.py")
        assert len(rows) > 3
        for row in rows:
            assert model.count_tokens([row.text])[0] <= chunk_tokens(model) < model.max_tokens
        body_rows = [r for r in rows if "total = total" in r.text]
        assert len(body_rows) > 3 and all("def long_total(self, items, rate):" in (r.header + "\n" + r.text)
                                          for r in body_rows)
    finally:
        index.close()


def test_a_trusted_project_model_path_is_found_inside_or_outside_the_repository(tmp_path, tiny_model, workspace):
    (workspace / ".git").mkdir()
    inside = workspace / "models" / "m"
    shutil.copytree(tiny_model, inside)
    for entry, found in ((str(tiny_model), tiny_model.resolve()), ("models/m", inside.resolve())):
        (workspace / ".postil.toml").write_text(f'[index]\nmodel-path = "{entry}"\n')
        trust_store.record([workspace / ".postil.toml"])
        assert WorkspaceIndex.from_config(workspace).model_path == found


def test_the_embedded_text_starts_with_the_defined_names_as_words():
    text = "    @property\n    def build_response(self, req):\n        return Response()\n\nasync def getHTTPThing(x):\n    pass\n"
    lines = embedding_text("src/adapters.py", "class HTTPAdapter:", text).split("\n")
    assert lines[:3] == ["build response; get http thing", "src/adapters.py", "class HTTPAdapter:"]
    assert embedding_text("a.md", "", "# Notes\nplain words") == "a.md\n\n# Notes\nplain words"  # nothing defined
    # the local model's short window: the path and headers as words, so more of the code is seen
    lines = model_text("src/requests/adapters.py", "class HTTPAdapter(BaseAdapter):\n    def send(self, request,", text)
    assert lines.split("\n")[:4] == ["build response; get http thing", "requests adapters", "class HTTPAdapter def send",
                                     "    @property"]
    assert model_text("docs/a.md", "", "# Notes") == "docs a\n# Notes"


def test_the_model_embeds_definitions_and_files_without_any_but_not_import_blocks(tmp_path, tiny_model, write_files):
    imports = "".join(f"from package.module_{i} import name_{i} as alias_{i}\n" for i in range(40))
    write_files(tmp_path / "ws", {"lib.py": f"{imports}\n\ndef compute_invoice_total(lines):\n    return sum(lines)\n",
                                  "run.py": "print(compute_invoice_total([1, 2]))\n", "notes.txt": "send invoice\n"})
    index = WorkspaceIndex(tmp_path / "ws", model_path=tiny_model)
    try:
        stats = index.update()
        rows = [r for rel in ("lib.py", "run.py", "notes.txt") for r in index.catalog.chunks_for_path(rel)]
        assert stats.chunks == len(rows) > 3
        embedded = {r.text for r in rows if r.path != "lib.py" or "def compute_invoice_total" in r.text}
        assert index.build_model_vectors() == len(embedded) == 3 and index.model_coverage() == 1.0
        assert index.vector_source()[0] == "model"
        ids = index.catalog.conn.execute("SELECT id, text FROM chunks").fetchall()
        assert {text for cid, text in ids if cid in index.model_store.ids()} == embedded
    finally:
        index.close()


def test_a_local_model_embeds_the_first_window_word_pieces(tiny_model):
    model = LocalModel(tiny_model, window=16)
    assert model.window == 16 and model.model.endswith("-w16")  # part of the identity: a new window re-embeds
    long = " ".join(f"word{i}" for i in range(200))
    assert np.allclose(model.embed([long])[0], model.embed([long + " more words at the end"])[0])


def test_doctor_shows_the_model_where_its_setting_came_from_and_its_coverage(postil, tiny_model, workspace):
    (workspace / ".git").mkdir()
    shutil.copytree(tiny_model, workspace / "models" / "m")
    (workspace / ".postil.toml").write_text('[index]\nmodel-path = "models/m"\n')
    trust_store.record([workspace / ".postil.toml"])
    before = postil("doctor", "--no-call", "--json", cwd=workspace).json["model"]
    assert before["path"] == str((workspace / "models" / "m").resolve()) and before["coverage"] is None
    assert before["source"] == str(workspace / ".postil.toml")
    assert postil("index", cwd=workspace).code == 0
    after = postil("doctor", "--no-call", cwd=workspace)
    assert f"from {workspace / '.postil.toml'}" in after.stdout and "100% of the chunks embedded; search uses it" in after.stdout
    (workspace / ".postil.toml").write_text(f'[index]\nmodel-path = "{tiny_model}"\n')  # changed since trusted
    refused = postil("doctor", "--no-call", cwd=workspace)
    assert "sets index.model-path but has changed since it was trusted" in refused.stdout
    assert "embedding model: none" in refused.stdout
    # an editor's setting (or --model-path) is the user's own, and says so
    index = WorkspaceIndex.from_config(workspace, model_path=tiny_model, model_source="the editor's setting index.modelPath")
    assert index.model_path == tiny_model and index.model_source == "the editor's setting index.modelPath"


def test_search_batch_prints_one_json_line_per_query(postil, workspace, tmp_path):
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"query": "round_cents"}\n\n{"query": "ship parcels"}\n')
    result = postil("search", "--batch", queries, "-k", "2", cwd=workspace)
    assert result.code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["query"] for line in lines] == ["round_cents", "ship parcels"]
    single = postil("search", "round_cents", "-k", "2", "--json", "--no-update", cwd=workspace)
    assert lines[0]["results"] == single.json  # the same result objects as --json
    queries.write_text('{"query": "a"}\n["not an object"]\n')
    bad = postil("search", "--batch", queries, cwd=workspace)
    assert bad.code == 2 and bad.stderr.strip().endswith(':2: expected a JSON object with a "query" string')


def test_download_model_is_explicit_and_lands_in_the_cache(postil, tiny_model, tmp_path, workspace, monkeypatch):
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    hub = tmp_path / "hub" / "acme" / "tiny" / "resolve" / "main"
    (hub / "onnx").mkdir(parents=True)
    shutil.copyfile(tiny_model / "model.onnx", hub / "onnx" / "model.onnx")
    for name in ("tokenizer.json", "config.json", "sentence_bert_config.json"):
        shutil.copyfile(tiny_model / name, hub / name)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(tmp_path / "hub")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("POSTIL_MODEL_HUB", f"http://127.0.0.1:{server.server_address[1]}")
    try:
        missing = postil("index", "--download-model", "acme/nothing", cwd=workspace)
        assert missing.code == 2 and "HTTP 404" in missing.stderr
        got = postil("index", "--download-model", "acme/tiny", cwd=workspace)
        assert got.code == 0, got.stderr
        built = postil("index", "--json", cwd=workspace)
        assert built.json["model_embedded"] == built.json["chunks"] > 0, built.stderr  # found in the cache, used
    finally:
        server.shutdown()


def test_the_background_indexer_adds_the_model_vectors_after_the_instant_index(tiny_model, workspace):
    from postil.rag.background import MODEL_PHASE, BackgroundIndexer

    index = WorkspaceIndex(workspace, model_path=tiny_model)
    seen = []
    worker = BackgroundIndexer(index, on_progress=lambda done, total, path: seen.append((done, total, path)))
    try:
        worker.start()
        assert worker.wait_idle(600)  # the worker runs at low priority: slow on a loaded machine
        assert worker.last_error is None and worker.last_stats.model_embedded == index.catalog.counts()[1]
        model_reports = [s for s in seen if s[2].startswith(MODEL_PHASE)]
        files_done = max(i for i, s in enumerate(seen) if not s[2].startswith(MODEL_PHASE))
        assert model_reports and seen.index(model_reports[0]) > files_done  # files first, then the model
        assert index.vector_source()[0] == "model"
    finally:
        worker.stop()
        index.close()


def test_search_answers_with_the_default_vectors_while_the_model_index_is_built(tiny_model, workspace, monkeypatch):
    import threading

    from postil.rag import index_vectors
    from postil.rag.background import MODEL_PHASE, BackgroundIndexer

    monkeypatch.setattr(index_vectors, "MODEL_BATCH", 1)  # one text per progress report: a half-built state to search in
    index = WorkspaceIndex(workspace, model_path=tiny_model)
    midway, resume = threading.Event(), threading.Event()

    def progress(done, total, path):
        if path.startswith(MODEL_PHASE) and done < total and not midway.is_set():
            midway.set()
            resume.wait(120)  # the worker holds here, its first model vectors written

    worker = BackgroundIndexer(index, on_progress=progress)
    try:
        worker.start()
        assert midway.wait(600)
        assert 0 < index.model_coverage() < 1 and index.vector_source()[0] == "vector"
        hits = index.search("compute invoice total", k=10)
        assert hits[0].path == "app/billing.py"
        assert {s for h in hits for s in h.sources} <= {"definition", "keyword", "vector"}  # no model vector ranked
        resume.set()
        assert worker.wait_idle(600) and worker.last_error is None
        assert index.model_coverage() == 1.0
        assert any("model" in h.sources for h in index.search("compute invoice total", k=10))
    finally:
        resume.set()
        worker.stop()
        index.close()
