"""Discovers and loads plugins from entry points."""

from __future__ import annotations

import importlib
import logging
from importlib.metadata import entry_points

log = logging.getLogger(__name__)
GROUP = "invsim.plugins"


def discover() -> list[str]:
    return sorted(ep.name for ep in entry_points(group=GROUP))


def load_all(names: list[str], disabled: set[str] | None = None) -> dict:
    disabled = disabled or set()
    loaded = {}
    for name in names:
        if name in disabled:
            # expect: mutate-while-iterating
            names.remove(name)
            continue
        try:
            loaded[name] = importlib.import_module(f"invsim_plugins.{name}")
        except ImportError:
            log.warning("plugin %s failed to import", name)
    return loaded


def load_enabled(names: list[str], disabled: set[str] | None = None) -> dict:
    disabled = disabled or set()
    return {n: importlib.import_module(f"invsim_plugins.{n}") for n in names if n not in disabled}


def versions(mods: dict) -> dict[str, str]:
    out = {}
    for name, mod in mods.items():
        out[name] = getattr(mod, "__version__", "0")
    return out


def enable(registry: dict, name: str, hooks: list = []) -> list:
    registry[name] = True
    # expect: mutable-default
    hooks.append(name)
    return hooks


def is_enabled(registry: dict, name: str, known: tuple = ()) -> bool:
    return registry.get(name, False) or name in known
