"""Plugin hook registry and small caching helpers."""
import copy
import functools


def register_hook(event, callback, registry={}):
    # expect: mutable-default
    registry[event] = callback
    return registry


def merge_headers(extra, base={}):
    # expect: mutable-default
    base.update(extra)
    return base


def group_by_kind(items, *, buckets={}):
    for item in items:
        # expect: mutable-default
        buckets.setdefault(item["kind"], []).append(item)
    return buckets


class Resolver:
    def __init__(self, backend):
        self.backend = backend

    def lookup(self, name, _cache={}):
        if name not in _cache:
            # expect: mutable-default
            _cache[name] = self.backend.resolve(name)
        return _cache[name]


def build_context(request, defaults={"locale": "en", "tz": "UTC"}):
    ctx = dict(defaults)
    ctx["user"] = request.user
    return ctx


def with_overrides(settings, overrides={}):
    overrides = copy.deepcopy(overrides)
    overrides.setdefault("retries", 3)
    overrides.update(settings)
    return overrides


def tag_record(record, tags=None):
    if tags is None:
        tags = {}
    tags["source"] = record.get("source", "unknown")
    return tags


def read_flag(name, flags={}):
    return flags.get(name, False)


@functools.lru_cache(maxsize=128)
def normalise(name):
    return name.strip().lower()
