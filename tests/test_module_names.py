"""No two modules of postil share a file name, and no two module-level classes a class name
(issue 35): a name says which one it is in a traceback, an editor tab, a search or a review
comment. ``__init__.py`` and ``__main__.py`` aside; each check names every shared name and
where it is."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "postil"
PACKAGE_FILES = {"__init__.py", "__main__.py"}


def test_no_two_modules_in_postil_share_a_name():
    where = defaultdict(list)
    for path in PACKAGE.rglob("*.py"):
        if path.name not in PACKAGE_FILES:
            where[path.name].append(path.relative_to(PACKAGE.parent).as_posix())
    assert len(where) > 100  # the package itself, not an empty folder
    shared = {name: sorted(paths) for name, paths in sorted(where.items()) if len(paths) > 1}
    assert not shared, "modules sharing a name (rename one to say what it is): " + "; ".join(
        f"{name}: {', '.join(paths)}" for name, paths in shared.items())


def test_no_two_classes_in_postil_share_a_name():
    where = defaultdict(list)
    for path in PACKAGE.rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                where[node.name].append(f"{path.relative_to(PACKAGE.parent).as_posix()}:{node.lineno}")
    assert len(where) > 100
    shared = {name: sorted(places) for name, places in sorted(where.items()) if len(places) > 1}
    assert not shared, "classes sharing a name (rename one to say what it is): " + "; ".join(
        f"{name}: {', '.join(places)}" for name, places in shared.items())
