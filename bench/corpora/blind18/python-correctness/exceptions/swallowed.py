"""Cache layer in front of the profile service."""
import contextlib
import logging
import os

import redis

log = logging.getLogger(__name__)
r = redis.Redis(host=os.environ.get("REDIS_HOST", "localhost"))


def cached_profile(user_id):
    try:
        raw = r.get(f"profile:{user_id}")
        if raw:
            return raw.decode()
    # expect: swallowed-exception
    except Exception:
        pass
    return None


def store_profile(user_id, blob):
    try:
        r.setex(f"profile:{user_id}", 300, blob)
    # expect: swallowed-exception
    except Exception:
        ...


def invalidate(user_ids):
    for uid in user_ids:
        try:
            r.delete(f"profile:{uid}")
        # expect: swallowed-exception
        except Exception:
            continue


def warm(user_ids, loader):
    for uid in user_ids:
        try:
            store_profile(uid, loader(uid))
        # expect: swallowed-exception
        except (redis.RedisError, Exception):
            pass


def remove_tmp(path):
    # safe: narrow suppression
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def ttl(user_id):
    try:
        return r.ttl(f"profile:{user_id}")
    # safe: logged
    except redis.RedisError:
        log.warning("ttl lookup failed for %s", user_id, exc_info=True)
        return -1


def read_local(path):
    try:
        with open(path) as fh:
            return fh.read()
    # safe: specific, with a return value
    except FileNotFoundError:
        return ""
