"""Helpers that build option dicts for the report exporter."""
import copy


# expect: mutable-default
def add_header(name, value, headers={}):
    headers[name] = value
    return headers


# expect: mutable-default
def build_options(fmt, extra=None, defaults={}):
    defaults.update({"format": fmt})
    if extra:
        defaults.update(extra)
    return defaults


class Exporter:
    # expect: mutable-default
    def register(self, kind, handler, registry={}):
        registry.setdefault(kind, []).append(handler)
        return registry

    # expect: mutable-default
    def with_meta(self, rows,
                  meta={}):
        meta["count"] = len(rows)
        return {"rows": rows, "meta": meta}


def tagged(tags, base=None):
    base = base or {}
    base["tags"] = tags
    return base


def merged(overrides, base={}):
    base = copy.deepcopy(base)
    base.update(overrides)
    return base


def lookup(key, table={}):
    return table.get(key)
