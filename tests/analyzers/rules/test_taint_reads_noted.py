"""A kept check result is replayed only when everything its run read beyond the checked files
answers the same again, so every look the taint engine takes at other files (modules it follows,
import resolution, near files, project alias configs) goes through postil.core.reads, which notes
it. A new look at the file system in those modules that does not is named here."""

from __future__ import annotations

import ast
from pathlib import Path

RULES = Path(__file__).resolve().parents[3] / "postil" / "analyzers" / "rules"
MODULES = sorted([*RULES.glob("taint_*.py"), RULES / "path_aliases.py"])
_OS = frozenset({"stat", "lstat", "scandir", "listdir", "walk", "open", "readlink", "access"})
_OS_PATH = frozenset({"isfile", "isdir", "exists", "lexists", "islink", "realpath", "getsize", "getmtime", "samefile"})
_PATH = frozenset({"read_bytes", "read_text", "is_file", "is_dir", "exists", "stat", "lstat", "iterdir", "glob", "rglob",
                   "open", "is_symlink", "resolve", "readlink"})
# looks that need no note, with why
ALLOWED = {
    ("taint_module_texts.py", "status = path.stat()"): "the stamp of a text read again when it changes: its read is noted",
    ("taint_modules.py", "self.root = root.resolve()"): "the workspace root: part of the run key (result_cache.key)",
    ("taint_imports.py", "found, todo = set(), [path.resolve()]"): "the editor's importers of a changed file, no finding",
    ("taint_arguments.py", "imported = facts.link.resolve(callee) if facts.link is not None else None"):
        "the imported module a call's callee names (TaintLink.resolve notes it): no file read here",
    ("taint_arguments.py", "name = facts.link.resolve(task.text())"): "the same, for a task handed to a queue",
    ("taint_own_calls.py", "return link is not None and link.resolve(callee.text()) is not None \\"):
        "the module a project's class is imported from (TaintLink.resolve notes it): no file read here",
    ("taint_check_functions.py", "target = link.resolve(callee) if link is not None else None"):
        "the imported module a project's check function is defined in (resolve notes it; its text is read through it)",
}


def _looks(path: Path) -> list[str]:
    lines = path.read_text().splitlines()
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        looks = isinstance(func, ast.Name) and func.id == "open"
        if isinstance(func, ast.Attribute):
            owner = ast.unparse(func.value)
            looks = (owner == "os" and func.attr in _OS) or (owner == "os.path" and func.attr in _OS_PATH) \
                or (func.attr in _PATH and owner != "self" and not owner.startswith(("self.", "os", "reads")))
        text = lines[node.lineno - 1].strip()
        if looks and (path.name, text) not in ALLOWED:
            found.append(f"{path.name}:{node.lineno}: {text}")
    return found


def test_every_look_at_other_files_in_the_taint_engine_is_noted():
    assert len(MODULES) > 20
    assert [look for module in MODULES for look in _looks(module)] == []


def test_the_allowed_looks_are_still_there():
    texts = {(m.name, line.strip()) for m in MODULES for line in m.read_text().splitlines()}
    assert set(ALLOWED) <= texts
