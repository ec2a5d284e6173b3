"""The layers stay apart (checked on every import statement, including the lazy ones
inside functions): the core imports nothing of postil above it, and the analyzers and the
index never reach the LSP server, the CLI or pygls/lsprotocol."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "postil"
FORBIDDEN = {
    "core": ("postil.", "pygls", "lsprotocol"),  # postil.core itself is allowed below
    "analyzers": ("postil.server", "postil.commands", "postil.cli", "pygls", "lsprotocol"),
    "rag": ("postil.server", "postil.commands", "postil.cli", "pygls", "lsprotocol"),
}


def imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_stay_inside_their_bounds(layer):
    bad = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for line, name in imports(path):
            if name.startswith("postil.core.") or name == "postil.core":
                continue
            if any(name == f or name.startswith(f if f.endswith(".") else f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}")
    assert not bad, "\n".join(bad)
