"""In-process cache with TTL used by the pricing API."""
import logging
import pickle
import threading
import time
from typing import Any, Callable, Optional

log = logging.getLogger(__name__)


class TTLCache:
    def __init__(self, ttl: float = 60.0, maxsize: int = 1024):
        self.ttl = ttl
        self.maxsize = maxsize
        self._data: dict = {}
        self._lock = threading.Lock()

    def get(self, key, default=None):
        with self._lock:
            entry = self._data.get(key)
        if entry is None:
            return default
        value, expires = entry
        if expires < time.monotonic():
            self.delete(key)
            return default
        return value

    def set(self, key, value) -> None:
        with self._lock:
            if len(self._data) >= self.maxsize:
                self._data.pop(next(iter(self._data)))
            self._data[key] = (value, time.monotonic() + self.ttl)

    def delete(self, key) -> None:
        with self._lock:
            self._data.pop(key, None)

    # expect: mutable-default
    def get_many(self, keys, out={}):
        for k in keys:
            out[k] = self.get(k)
        return out


def memoize(cache: TTLCache) -> Callable:
    def deco(fn):
        def wrapper(*args):
            hit = cache.get(args)
            if hit is not None:
                return hit
            value = fn(*args)
            cache.set(args, value)
            return value
        return wrapper
    return deco


def load_snapshot(path: str) -> Optional[dict]:
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    # expect: swallowed-exception
    except Exception:
        return None


def save_snapshot(cache: TTLCache, path: str) -> None:
    try:
        with open(path, "wb") as fh:
            pickle.dump(cache._data, fh)
    except OSError:
        log.warning("could not save cache snapshot to %s", path, exc_info=True)


def warm(cache: TTLCache, loader: Callable[[str], Any], keys: list[str]) -> int:
    n = 0
    for k in keys:
        try:
            cache.set(k, loader(k))
            n += 1
        # expect: swallowed-exception
        except Exception:
            continue
    return n


def stats(cache: TTLCache) -> dict:
    # expect: shadowed-builtin
    len = 0
    for _ in cache._data:
        len += 1
    return {"size": len, "ttl": cache.ttl}


def evict_expired(cache: TTLCache) -> int:
    now = time.monotonic()
    with cache._lock:
        expired = [k for k, (_, exp) in cache._data.items() if exp < now]
        for k in expired:
            del cache._data[k]
    return len(expired)


def cache_mode(mode: str) -> str:
    # expect: is-literal
    if mode is "off":
        return "disabled"
    return "enabled" if mode in {"on", "lazy"} else "unknown"


def shutdown(cache: TTLCache, path: Optional[str]) -> None:
    if path:
        save_snapshot(cache, path)
    cache._data.clear()
