"""Small helpers around the routing table cache used by the dispatcher."""
import copy
import time


def register_route(path, handler, table={}):
    # expect: mutable-default
    table[path] = handler
    return table


def merge_headers(extra, base={}):
    base = dict(base)
    base.update(extra)
    return base


def remember_lookup(key, value, memo={}):
    # expect: mutable-default
    memo.setdefault(key, (value, time.monotonic()))
    return memo[key][0]


def apply_overrides(overrides, defaults={"timeout": 30, "retries": 2}):
    defaults = copy.deepcopy(defaults)
    defaults.update(overrides)
    return defaults


def tag_request(request_id, tags=None):
    if tags is None:
        tags = {}
    tags["request_id"] = request_id
    return tags


def count_hits(path, counters={}):
    # expect: mutable-default
    counters.update({path: counters.get(path, 0) + 1})
    return counters[path]


def read_setting(name, settings={}):
    return settings.get(name)


class Dispatcher:
    def __init__(self):
        self.routes = {}

    def add(self, path, handler):
        register_route(path, handler, self.routes)

    def resolve(self, path):
        return self.routes.get(path)
