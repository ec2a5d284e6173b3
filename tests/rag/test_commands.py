"""`postil index`, `postil search` and `postil context` as a user runs them."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories


def test_index_summary_then_incremental(postil, workspace, write_files):
    write_files(workspace, {"blob.bin": "x", "node_modules/x/index.js": "function v() {}\n"})
    first = postil("index", cwd=workspace)
    assert first.code == 0, first.stderr
    assert first.stdout.startswith("indexed 5 files (")
    assert "5 (re)indexed" in first.stdout
    assert "skipped: 1 unsupported type, 1 vendored or build directory" in first.stdout
    second = postil("index", "--json", cwd=workspace)
    assert second.json["indexed"] == 0 and second.json["unchanged"] == 5 and second.json["embedded"] == 0


def test_search_json(postil, workspace):
    result = postil("search", "round_cents", "-k", "2", "--json", cwd=workspace)
    assert result.code == 0, result.stderr
    hits = result.json
    assert len(hits) == 2
    assert hits[0]["path"] == "app/money.py" and hits[0]["reason"].startswith("defines `round_cents`")
    assert {"start", "end", "text", "tokens", "sources"} <= set(hits[0])


def test_context_prints_what_the_reviewer_gets_and_why(postil, workspace):
    text = postil("context", "app/billing.py:7", cwd=workspace)
    assert text.code == 0, text.stderr
    assert text.stdout.startswith("context for app/billing.py:4-7: ")
    assert "# app/money.py:1-3 (defines `round_cents` called at line 7" in text.stdout
    as_json = postil("context", str(workspace / "app/billing.py") + ":7", "--json", "--budget", "50", cwd=workspace)
    data = as_json.json
    assert data["path"] == "app/billing.py" and data["tokens"] <= 50
    assert data["chunks"][0]["path"] == "app/money.py"


def test_context_rejects_a_bad_location(postil, workspace):
    result = postil("context", "app/billing.py", cwd=workspace)
    assert result.code == 2 and "expected PATH:LINE" in result.stderr


def test_startup_does_not_import_chromadb():
    code = ("import sys, postil.cli; postil.cli.build_parser(); "
            "import postil.rag.indexer, postil.rag.retrieval; print(sorted(m for m in ('chromadb', 'openai', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_index_settings_come_from_the_project_config(postil, workspace, write_files):
    write_files(workspace, {".postil.toml": '[index]\nexclude = ["docs/**"]\nmax-file-size = 200\n'})
    result = postil("index", "--json", cwd=workspace)
    assert result.code == 0, result.stderr
    data = result.json
    # docs/ excluded by the index table; billing.py and cart.js (>200 bytes) too large;
    # left: money.py, README.md and the config file itself.
    assert data["files"] == 3 and data["skipped"]["too large"] == 2 and data["skipped"]["ignored"] == 1
    write_files(workspace, {".postil.toml": '[index]\nembeddings = "word2vec"\n'})
    bad = postil("index", cwd=workspace)
    assert bad.code == 2 and ".postil.toml" in bad.stderr and "index.embeddings" in bad.stderr
