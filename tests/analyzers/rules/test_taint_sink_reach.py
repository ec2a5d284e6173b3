"""Whether a module may hold a taint rule's sink (Workspace.takes) is answered from every import
the modules make (taint_sink_reach) before any module is linked (ImportGraph.used: a search of its
text for each imported name): where no module within reach holds a sink's text, nothing is linked;
elsewhere the answer is the link's, as before."""

from __future__ import annotations

import subprocess

from postil.analyzers.checker import Checker
from postil.analyzers.rules.taint_imports import ImportGraph
from postil.config import load_config

RUNS = "import os\n\n\ndef run(cmd):\n    os.system(cmd)\n"


def _project(tmp_path, modules: dict[str, str]):
    root = tmp_path / "shop"
    (root / "helpers").mkdir(parents=True)
    (root / "helpers" / "__init__.py").write_text("")
    for name, text in modules.items():
        (root / "helpers" / f"{name}.py").write_text(text)
    (root / "views.py").write_text("from helpers.a import top\n\n\ndef view(x):\n    return top(x)\n")
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    checker = Checker(load_config(root / "views.py"))
    command = next(rule.taint for rule in checker.rules if rule.id == "python/security/tainted-command")
    return root, checker, command


def _counting_links(monkeypatch) -> list[str]:
    linked = []
    used = ImportGraph.used
    monkeypatch.setattr(ImportGraph, "used", lambda self, path, text, language: (
        linked.append(path.name), used(self, path, text, language))[1])
    return linked


def test_no_module_is_linked_where_none_within_reach_holds_a_sink(tmp_path, monkeypatch):
    root, checker, command = _project(tmp_path, {
        "a": "from helpers.b import middle\n\n\ndef top(x):\n    return middle(x)\n",
        "b": "from helpers.c import low\n\n\ndef middle(x):\n    return low(x)\n",
        "c": "def low(x):\n    return x.strip()\n",
    })
    checker.modules.follow(root / "views.py", (root / "views.py").read_text(), "python")  # (as a bulk scan does)
    linked = _counting_links(monkeypatch)
    assert not checker.modules.takes(root / "helpers" / "a.py", command, 2)
    assert linked == []  # (a.py's and b.py's imports used to be linked: 2 links)


def test_a_sink_in_a_module_within_reach_is_found_through_the_link(tmp_path, monkeypatch):
    root, checker, command = _project(tmp_path, {
        "a": "from helpers.b import middle\n\n\ndef top(x):\n    return middle(x)\n",
        "b": RUNS.replace("run", "middle"),
    })
    linked = _counting_links(monkeypatch)
    assert checker.modules.takes(root / "helpers" / "a.py", command, 2)
    assert linked == ["a.py"]


def test_a_sink_in_a_module_imported_and_never_called_is_not_taken(tmp_path, monkeypatch):
    """Every import is asked first (a bound), the link's names decide: as before, an import whose
    names the module never calls does not make it take data to that module's sink."""
    root, checker, command = _project(tmp_path, {
        "a": "from helpers.b import run\n\n\ndef top(x):\n    return x\n",
        "b": RUNS,
    })
    assert not checker.modules.takes(root / "helpers" / "a.py", command, 2)
    deeper = {"a": "from helpers.b import middle\n\n\ndef top(x):\n    return middle(x)\n",
              "b": "from helpers.c import run\n\n\ndef middle(x):\n    return run(x)\n", "c": RUNS}
    root, checker, command = _project(tmp_path / "deeper", deeper)
    assert not checker.modules.takes(root / "helpers" / "a.py", command, 2)  # (beyond the depth asked)
    assert checker.modules.takes(root / "helpers" / "b.py", command, 2)
