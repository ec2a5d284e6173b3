"""A bounded cache that keeps what is in use: two generations of at most ``size`` entries each.

An entry enters the young generation; when that is full it becomes the old one (the one before is
dropped), and an entry found in the old one moves back to the young. What is asked for in every
round (a rule's config, asked at every file) stays; what was made for one file or left by a rules
reload passes out within two rounds. The caches it replaces emptied themselves at a size, so a
working set past it (configs made for each of a tree's long files) had every entry, the rules'
own too, derived again at every turn, and one kept by content only grew.

These caches are asked on every search, so a hit asks the young generation, a plain dict, itself
(a dict subclass's ``get`` costs ~50 % more): ``cache.young.get(key) or cache.recall(key)``.
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Generations(Generic[K, V]):
    """At most ``2 * size`` entries (see the module's note): ``young`` the young generation (the
    same dict throughout), ``recall`` looks in the old one, ``put`` keeps an entry."""

    __slots__ = ("size", "young", "old")

    def __init__(self, size: int) -> None:
        self.size = size
        self.young: dict[K, V] = {}
        self.old: dict[K, V] = {}

    def recall(self, key: K) -> V | None:
        """The entry under ``key`` in the old generation, moved back to the young; None when none."""
        value = self.old.pop(key, None)
        if value is not None:
            self.put(key, value)
        return value

    def put(self, key: K, value: V) -> V:
        """Keep ``value`` under ``key``; returns it."""
        if len(self.young) >= self.size:
            self.old = self.young.copy()
            self.young.clear()
        self.young[key] = value
        return value

    def clear(self) -> None:
        self.young.clear()
        self.old = {}

    def kept(self) -> int:
        """Entries kept in both generations."""
        return len(self.young) + len(self.old)
