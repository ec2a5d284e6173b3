"""The analysis engine, loaded off the server's start-up path.

``postil.config``, ``postil.analyzers.checker`` and ``postil.scan`` pull in PyYAML (a cold
rule cache), ast-grep-py and the secret detectors (~0.15 s on these machines). The
server answers ``initialize`` without them; the check process (``check_child``) loads them
and builds the rule packs straight away (``checking.warm_up``), so the first diagnostics
barely wait. The server itself never loads them (``config_facts``: what it knows of the configs).

Server modules reach the engine only through this module's attributes, each
imported on first use::

    from postil.server import lazy_engine
    lazy_engine.collect_files(...)          # imports postil.scan the first time
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from postil.analyzers.checker import BINARY_SNIFF_BYTES
    from postil.config import CONFIG_FILES
    from postil.scan import collect_files
    from postil.server.workspace import WorkspaceCheckerCache

__all__ = ["BINARY_SNIFF_BYTES", "CONFIG_FILES", "WorkspaceCheckerCache", "collect_files",
           "forget_configs", "is_loaded"]

# attribute -> the module that defines it
_HOMES = {
    "BINARY_SNIFF_BYTES": "postil.analyzers.checker",
    "CONFIG_FILES": "postil.config",
    "collect_files": "postil.scan",
    "WorkspaceCheckerCache": "postil.server.workspace",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups are plain module attributes
    return value


def is_loaded() -> bool:
    return "postil.server.workspace" in sys.modules


def forget_configs() -> None:
    """Drop cached config discovery (nothing is cached before the engine loads)."""
    config = sys.modules.get("postil.config")
    if config is not None:
        config.clear_config_cache()

