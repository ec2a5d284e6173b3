"""What the taint engine keeps of module texts is bounded by their digests, not the texts: the task
names a module defines were kept by its whole text (an lru_cache of 1,024: up to 1,024 module texts
alive a process, ~1 GB of 1 MB modules), and an importer's calls through a module name were found by a
regex compiled per unresolved import (an importer of 300 flat neighbours: 300 compiles, 300 scans of
its text). Now the task names are kept by the text's digest and an importer's calls are read once,
with its imports."""

from __future__ import annotations

import hashlib
import tracemalloc
from pathlib import Path

from postil.analyzers.rules import taint_imports
from postil.analyzers.rules.taint_imports import ImportGraph
from postil.analyzers.rules.taint_task_names import defined_tasks

TEXTS = 40
SIZE = 256 * 1024


def _module(i: int) -> str:
    body = f"@app.task\ndef fetch_{i}(url):\n    return url\n"
    return body + "#" * (SIZE - len(body) - 1) + "\n"


def test_task_names_are_kept_without_the_texts(tmp_path: Path):
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(TEXTS):
            text = _module(i)
            tasks = defined_tasks(text, hashlib.sha256(text.encode()).hexdigest(), "tasks")
            assert tasks[f"fetch_{i}"] == (f"fetch_{i}", 0) and tasks[f"tasks.fetch_{i}"] == (f"fetch_{i}", 0)
        del text
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < SIZE * 4, kept  # main: every text kept (~10 MB)


def test_an_importers_calls_are_read_once_for_all_its_flat_imports(tmp_path: Path, monkeypatch):
    (tmp_path / "lib").mkdir()
    lines = []
    for i in range(300):
        (tmp_path / "lib" / f"m{i}.py").write_text(f"def run_{i}(x):\n    return x\n")
        lines.append(f"from paasta_tools.api import m{i}\n")  # (no such package: its neighbour taken)
    calls = "".join(f"    m{i}.run_{i}(x)\n" for i in range(300))
    importer = tmp_path / "lib" / "app.py"  # (beside its modules)
    text = "".join(lines) + "\n\ndef view(x):\n" + calls
    importer.write_text(text)
    read = []
    real = taint_imports.called_members
    monkeypatch.setattr(taint_imports, "called_members", lambda t: read.append(1) or real(t))
    graph = ImportGraph(tmp_path, lambda path: (path.read_text(), ""))
    found = graph.targets(importer, text, "python")
    assert sorted(module.name for _, _, module, _ in found) == sorted(f"m{i}.py" for i in range(300))
    assert len(read) == 1  # main: a regex compiled and run over the text for each of the 300 imports


def test_a_modules_imports_are_kept_with_its_last_text_only(tmp_path: Path):
    """A server's session edits a module many times: what its imports resolve to was kept by (file, text), up to
    4,096 old texts of it alive; now by the file, with the text last asked of (an edit's answer is still new)."""
    (tmp_path / "helpers.py").write_text("def clean(x):\n    return x\n")
    module = tmp_path / "views.py"
    graph = ImportGraph(tmp_path, lambda path: (path.read_text(), ""))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(TEXTS):
            text = f"from helpers import clean\n\n\ndef view_{i}(x):\n    return clean(x)\n" + "#" * SIZE + "\n"
            assert [(local, module.name) for local, _, module, _ in graph.targets(module, text, "python")] \
                == [("clean", "helpers.py")]
            assert "clean" in graph.used(module, text, "python")[0]
        text = "import os\n"
        assert graph.targets(module, text, "python") == ()  # (the edit's answer, not the kept one)
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < SIZE * (16 + 4), kept  # (base_names keeps its last 16 texts) before: all 40 kept (~10.5 MB)
