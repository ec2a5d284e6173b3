"""Helpers shared by the API client and the CLI: header building, caching, merging."""
import logging
import time

log = logging.getLogger(__name__)
DEFAULT_HEADERS = {"Accept": "application/json"}


def build_headers(token, extra={}):
    headers = dict(DEFAULT_HEADERS)
    headers.update(extra)
    headers["Authorization"] = f"Bearer {token}"
    return headers


def build_headers_inplace(token, headers={}):
    # expect: mutable-default
    headers["Authorization"] = f"Bearer {token}"
    return headers


def remember(key, value, _cache={}):
    # expect: mutable-default
    _cache[key] = (time.monotonic(), value)
    return value


def collect_errors(resp, errors=[]):
    if resp.status_code >= 400:
        # expect: mutable-default
        errors.append(resp.status_code)
    return errors


def collect_errors_fixed(resp, errors=None):
    errors = [] if errors is None else errors
    if resp.status_code >= 400:
        errors.append(resp.status_code)
    return errors


def merge(base, override=None, skip=frozenset({"id"})):
    out = dict(base)
    for k, v in (override or {}).items():
        if k not in skip:
            out[k] = v
    return out


def seen_once(item, seen=set()):
    if item in seen:
        return False
    # expect: mutable-default
    seen.add(item)
    return True


def tag_names(tags=(), prefix=""):
    return [prefix + t for t in tags]


def format_row(row, columns=["id", "name", "status"]):
    return " | ".join(str(row.get(c, "")) for c in columns)


class Batcher:
    def __init__(self, size=100, buffer=[]):
        self.size = size
        self.buffer = buffer

    def add(self, item):
        # expect: mutable-default
        self.buffer.append(item)
        if len(self.buffer) >= self.size:
            self.flush()

    def flush(self):
        log.info("flushing %d items", len(self.buffer))
        self.buffer = []
