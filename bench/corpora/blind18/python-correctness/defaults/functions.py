"""Helpers for building search facets."""
from collections import defaultdict

DEFAULT_FIELDS = ("brand", "color", "size")


def collect(values, bucket=[]):
    for v in values:
        # expect: mutable-default
        bucket.append(v.strip().lower())
    return bucket


def tally(items, counts={}):
    for item in items:
        # expect: mutable-default
        counts[item] = counts.get(item, 0) + 1
    return counts


def unique(items, seen=set()):
    out = []
    for item in items:
        if item not in seen:
            # expect: mutable-default
            seen.add(item)
            out.append(item)
    return out


def extend_query(terms, extra=[]):
    # expect: mutable-default
    extra += [t for t in terms if t]
    return " ".join(extra)


def merge_options(options, base={}):
    # expect: mutable-default
    base.update(options)
    return base


def facets(products, fields=DEFAULT_FIELDS):
    # safe: tuple default
    result = defaultdict(set)
    for p in products:
        for f in fields:
            result[f].add(getattr(p, f))
    return result


def filter_allowed(values, allowed=["a", "b", "c"]):
    # safe: default only read
    return [v for v in values if v in allowed]


def with_none(values, bucket=None):
    # safe: None default
    bucket = [] if bucket is None else bucket
    bucket.extend(values)
    return bucket
