# library: builtins (mutable default arguments: dict / set)
"""Memo and header helpers for the HTTP client wrapper."""


def build_headers(token, headers={}):
    # expect: mutable-default
    headers["Authorization"] = "Bearer " + token
    return headers


def build_headers_safe(token, headers=None):
    result = dict(headers or {})
    result["Authorization"] = "Bearer " + token
    return result


def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        # expect: mutable-default
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def defaults(overrides, base={"retries": 3, "timeout": 10}):
    return {**base, **overrides}


def register(name, registry={}):
    # expect: mutable-default
    registry.setdefault(name, len(registry))
    return registry[name]


def mark_seen(key, seen=set()):
    # expect: mutable-default
    seen.add(key)
    return len(seen)
