"""An in-process cache for rendered fragments, with expiry."""
from __future__ import annotations

import functools
import threading
import time
from typing import Any, Callable, Hashable, Iterator


class FragmentCache:
    def __init__(self, ttl: float = 60.0, max_items: int = 1024):
        self.ttl = ttl
        self.max_items = max_items
        self._items: dict[Hashable, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, default: Any = None) -> Any:
        with self._lock:
            entry = self._items.get(key)
        if entry is None:
            return default
        stamp, value = entry
        if time.monotonic() - stamp > self.ttl:
            return default
        return value

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            if len(self._items) >= self.max_items:
                self._evict_one()
            self._items[key] = (time.monotonic(), value)

    def _evict_one(self) -> None:
        oldest = min(self._items, key=lambda k: self._items[k][0])
        del self._items[oldest]

    def expire(self) -> int:
        now = time.monotonic()
        removed = 0
        with self._lock:
            for key, (stamp, _value) in self._items.items():
                if now - stamp > self.ttl:
                    # expect: mutate-while-iterating
                    self._items.pop(key)
                    removed += 1
        return removed

    def expire_fixed(self) -> int:
        now = time.monotonic()
        with self._lock:
            stale = [k for k, (stamp, _v) in self._items.items() if now - stamp > self.ttl]
            for key in stale:
                del self._items[key]
        return len(stale)

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FragmentCache):
            return NotImplemented
        # expect: self-comparison
        return self.ttl == self.ttl and self.max_items == other.max_items

    def __hash__(self) -> int:
        return hash((self.ttl, self.max_items))


@functools.lru_cache(maxsize=256)
def slugs_for(category: str) -> tuple[str, ...]:
    return tuple(part.strip().lower().replace(" ", "-") for part in category.split("/"))


# expect: cache-generator
@functools.lru_cache(maxsize=64)
def iter_parents(path: str) -> Iterator[str]:
    parts = path.strip("/").split("/")
    for i in range(len(parts), 0, -1):
        yield "/" + "/".join(parts[:i])


def memoize(fn: Callable) -> Callable:
    store: dict = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in store:
            store[args] = fn(*args)
        return store[args]

    return wrapper
