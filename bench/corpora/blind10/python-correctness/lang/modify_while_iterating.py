# library: builtins (mutating a dict or list while iterating over it)
"""Cleanup of expired sessions and stale jobs."""
import time


def drop_expired(sessions):
    now = time.time()
    for sid, expires in sessions.items():
        if expires < now:
            # expect: modify-while-iterating
            del sessions[sid]


def drop_expired_safe(sessions):
    now = time.time()
    for sid in [s for s, exp in sessions.items() if exp < now]:
        del sessions[sid]


def drop_stale(jobs):
    for job in jobs:
        if job.stale:
            # expect: modify-while-iterating
            jobs.remove(job)
    return jobs


def drop_stale_safe(jobs):
    jobs[:] = [job for job in jobs if not job.stale]
    return jobs


def rename_keys(mapping):
    for key in list(mapping):
        mapping[key.lower()] = mapping.pop(key)
    return mapping


def add_defaults(config):
    for key in config:
        if key.endswith("_url"):
            # expect: modify-while-iterating
            config.pop(key)
