"""The server's modules share helpers through public names: no module reaches into another
postil module's private (``_name``) functions, which would break silently when that module
renames its internals."""

from __future__ import annotations

import ast
from pathlib import Path

import postil

PACKAGE = Path(postil.__file__).parent


def _private_uses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    postil_modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("postil"):
            postil_modules.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            postil_modules.update(alias.asname or alias.name.split(".")[0] for alias in node.names
                                  if alias.name.startswith("postil."))
    return [f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value.id}.{node.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id in postil_modules and node.attr.startswith("_") and not node.attr.startswith("__")]


def test_server_modules_use_no_private_helper_of_another_module():
    uses = [use for path in sorted((PACKAGE / "server").glob("*.py")) for use in _private_uses(path)]
    assert uses == []
