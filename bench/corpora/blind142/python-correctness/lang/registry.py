"""Handler registry, header merging and a small memo helper."""
import copy


# expect: mutable-default
def register(name, handler, registry={}):
    registry[name] = handler
    return registry


# expect: mutable-default
def merge_headers(extra, headers={}):
    headers.update(extra)
    return headers


def merge_headers_fixed(extra, headers=None):
    headers = dict(headers or {})
    headers.update(extra)
    return headers


# expect: mutable-default
def group_by_kind(items, groups={}):
    for item in items:
        groups.setdefault(item.kind, []).append(item)
    return groups


def with_defaults(opts={}):
    opts = copy.copy(opts)
    opts["retries"] = opts.get("retries", 3)
    return opts


def lookup(name, table={}):
    return table.get(name)
