"""Merges layered settings for the CLI (defaults, file, env)."""
import os
from dataclasses import dataclass, field
from typing import Optional


def merge(base, override, seen=[]):
    for key, value in override.items():
        base[key] = value
        # expect: mutable-default
        seen.append(key)
    return base, seen


def merge_tracked(base, override, seen=None):
    seen = [] if seen is None else seen
    for key, value in override.items():
        base[key] = value
        seen.append(key)
    return base, seen


def env_overrides(prefix="APP_", cache={}):
    if prefix not in cache:
        # expect: mutable-default
        cache[prefix] = {k[len(prefix):].lower(): v for k, v in os.environ.items() if k.startswith(prefix)}
    return cache[prefix]


def defaults(extra=()):
    out = {"color": True, "pager": "less"}
    out.update(dict(extra))
    return out


def describe(keys=[]):
    return ", ".join(sorted(keys))


def with_plugins(name, plugins=set()):
    # expect: mutable-default
    plugins.add(name)
    return plugins


@dataclass
class Profile:
    name: str
    tags: list = field(default_factory=list)
    parent: Optional[str] = None
