from typing import Any, Optional

DEFAULT_REGION = "eu"


def normalize(record: dict[str, Any]) -> dict[str, Any]:
    out = dict(record)
    # expect: none-comparison
    if out.get("region") == None:
        out["region"] = DEFAULT_REGION
    # expect: is-literal
    if out.get("status") is "":
        out["status"] = "new"
    return out


def merge(a: Optional[dict], b: Optional[dict]) -> dict:
    if a is None:
        return dict(b or {})
    if b is None:
        return dict(a)
    return {**a, **b}


def changed_fields(old: dict, new: dict) -> list[str]:
    return [k for k in new if old.get(k) != new.get(k)]


def is_empty(value) -> bool:
    # expect: is-literal
    return value is () or value is None


def version_is_current(version: str) -> bool:
    return version == "2"


def flag(value):
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return "unknown"


def collect(items, into=None):
    into = [] if into is None else into
    into.extend(i for i in items if i is not None)
    return into


# expect: mutable-default
def group(items, key, buckets=dict()):
    for item in items:
        buckets.setdefault(item[key], []).append(item)
    return buckets
