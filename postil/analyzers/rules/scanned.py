"""What a bulk scan (rules/bulk.py) already found of a file's taint configs, so the file's
shared search (rules/search.py) leaves out those that match nowhere in it: ast-grep-py
compiles a shared search's every alternative on each file (~0.1 ms each), and most of
a handler's taint configs match nothing there."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from postil.core.generations import Generations

# id(config) -> (config, its key): the config held keeps its id (kept while in use: a rules reload leaves old ones)
_KEYS: Generations[int, tuple[dict, str]] = Generations(10_000)


def config_key(config: dict) -> str:
    """A short key of a config's content, the same in every process (see ScannedConfigs)."""
    cached = _KEYS.young.get(id(config)) or _KEYS.recall(id(config))
    if cached is not None and cached[0] is config:
        return cached[1]
    return adopt_key(config, hashlib.sha256(json.dumps(config, sort_keys=True, default=repr).encode()).hexdigest()[:20])


def adopt_key(config: dict, key: str) -> str:
    """Give ``config`` the key config_key derives for it."""
    _KEYS.put(id(config), (config, key))
    return key


@dataclass(frozen=True)
class ScannedConfigs:
    """Of the configs a bulk scan ran on one file (``ran``: their keys, see config_key),
    those it found somewhere in it (``matched``), and their records' JSON lines by key
    (``records``: see scanned_matches; a key without them is searched again)."""

    ran: frozenset[str]
    matched: frozenset[str]
    records: dict[str, list] = field(default_factory=dict, compare=False, hash=False)

    def absent(self, config: dict) -> bool:
        """Whether the scan ran ``config`` on the file and it matched nothing there."""
        return self.found(config) is False

    def found(self, config: dict) -> bool | None:
        """Whether the scan found ``config`` in the file (None: it did not run it)."""
        key = config_key(config)
        return key in self.matched if key in self.ran else None
