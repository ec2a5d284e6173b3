"""Wrap RPC methods so errors come back as JSON-RPC errors."""
import functools


def handle_rpc_exceptions(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # reported to the client as a JSON-RPC error
            raise RuntimeError(f"{type(exc).__name__}: {exc}") from exc
    return wrapper
