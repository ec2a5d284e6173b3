"""A Python package's names that its `__init__.py` re-exports, for the taint engine's imports (issue 31):
`from helpers import get_param` reads `helpers/__init__.py`'s `from .source import get_param` (or `from
helpers.source import get_param as get_param`, or `from .source import *`), so the name is `get_param` of
`helpers/source.py`, as an import of `helpers.source` says. Only a package's `__init__.py` is read as a
barrel (see taint_reexports.ReExports, which follows it a few packages deep), each on strings."""

from __future__ import annotations

import re
from pathlib import Path

from postil.analyzers.rules.taint_reexports import BarrelSyntax

# `from .source import a, b as c`, `from pkg.source import (a, b)`, `from .source import *` (a module named,
# not `from . import source`: a submodule, which an import of the package's name finds itself)
_FROM = re.compile(r"^[ \t]*from[ \t]+(\.*\w[\w.]*)[ \t]+import[ \t]+(\([^)]{0,4000}\)|[^\n#;()]+)", re.MULTILINE)
_AS = re.compile(r"[ \t\n]+as[ \t\n]+")
_NAME = re.compile(r"[A-Za-z_]\w*")


def package_names(text: str) -> dict:
    """Exported name -> (module, its name there) of an `__init__.py`'s imports, and "*" -> the modules
    it imports every name of (see BarrelSyntax.names)."""
    names: dict = {}
    stars: list[str] = []
    for match in _FROM.finditer(text):
        module, listed = match.groups()
        for item in listed.strip().strip("()").split(","):
            parts = [p for p in _AS.split(item.strip()) if p]
            if parts == ["*"]:
                stars.append(module)
            elif len(parts) in (1, 2) and all(_NAME.fullmatch(p) for p in parts):
                names.setdefault(parts[-1], (module, parts[0]))
    if stars:
        names["*"] = stars
    return names


def defines(source: str, name: str) -> bool:
    """Whether a Python module's text defines ``name`` at its top level (a function, a class, a name assigned)."""
    word = re.escape(name)
    return re.search(rf"^(?:(?:async[ \t]+)?def|class)[ \t]+{word}\b|^{word}[ \t]*[:=]", source, re.MULTILINE) is not None


def is_package(module: Path) -> bool:
    """Whether a module is a package's `__init__.py` (the one kind of Python module read as a barrel)."""
    return module.name == "__init__.py"


PY_BARRELS = BarrelSyntax("import", package_names, defines, is_package)
