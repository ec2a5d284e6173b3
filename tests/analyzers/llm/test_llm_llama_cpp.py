"""End to end against a real model server: llama-cpp-python's OpenAI-compatible server with a
tiny random-weight model (bench/tiny_gguf.py), through bench/llm_local_check.py — the
structured-output fallback, the context window learned from the server's refusal, and a
call given up on that stops the server generating. Runs where an interpreter imports
``llama_cpp.server`` and ``gguf``: this one, or the one ``POSTIL_LLAMA_PYTHON`` names
(llama-cpp-python builds llama.cpp from source, so it is not a test dependency)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[3]


def llama_python() -> str | None:
    for python in (os.environ.get("POSTIL_LLAMA_PYTHON"), sys.executable):
        if python and subprocess.run([python, "-c", "import llama_cpp.server, gguf"], capture_output=True,
                                     check=False).returncode == 0:
            return python
    return None


def test_a_review_against_a_real_llama_cpp_server(tmp_path):
    python = llama_python()
    if python is None:
        pytest.skip("llama-cpp-python[server] and gguf are not installed (set POSTIL_LLAMA_PYTHON to a Python that has them)")
    done = subprocess.run([sys.executable, "-P", str(ROOT / "bench" / "llm_local_check.py"), "--llama-python", python,
                           "--json", str(tmp_path / "results.json")], capture_output=True, text=True, timeout=1500,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads((tmp_path / "results.json").read_text())
    assert list(results["format"]["learned_format"].values()) == ["json_object"]
    assert list(results["window"]["learned_window"].values()) == [2048]
    assert results["cancel"]["server_said_disconnected"] is True
    assert results["give_up"]["server_said_disconnected"] is True and results["give_up"]["next_request_seconds"] < 30
