"""A tiny TTL cache used by the API client."""

from __future__ import annotations

import threading
import time
from typing import Any


class TTLCache:
    def __init__(self, ttl: float = 60.0, maxsize: int = 1024) -> None:
        self.ttl = ttl
        self.maxsize = maxsize
        self._data: dict[str, tuple[float, Any]] = {}
        self._lock = threading.Lock()
        if ttl <= 0:
            raise ValueError("ttl must be positive")

    def get(self, key: str, default: Any = None) -> Any:
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return default
            expires, value = item
            if expires < time.monotonic():
                del self._data[key]
                return default
            return value

    def set(self, key: str, value: Any) -> None:
        with self._lock:
            if len(self._data) >= self.maxsize:
                self._evict()
            self._data[key] = (time.monotonic() + self.ttl, value)

    def _evict(self) -> None:
        now = time.monotonic()
        for key, (expires, _) in self._data.items():
            if expires < now:
                # expect: mutate-while-iterating
                self._data.pop(key)

    def purge(self) -> None:
        now = time.monotonic()
        for key in [k for k, (exp, _) in self._data.items() if exp < now]:
            del self._data[key]

    def __contains__(self, key: str) -> bool:
        # expect: self-comparison
        return self.get(key) is not None and key == key

    def __len__(self) -> int:
        return len(self._data)

    def stats(self, seen: dict = {}) -> dict:
        return {"size": len(self._data), "seen": len(seen)}
