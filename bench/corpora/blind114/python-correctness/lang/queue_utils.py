"""Small helpers around the in-memory job queue of the worker."""
import logging

logger = logging.getLogger(__name__)


def drain(pending, run):
    done = []
    # expect: modify-while-iterating
    for job in pending:
        ok = run(job)
        if not ok and job.attempts < 3:
            job.attempts += 1
            pending.append(job)
        else:
            done.append(job)
    return done


def drop_expired(items, now):
    # expect: modify-while-iterating
    for item in items:
        if item.expires_at < now:
            items.pop(items.index(item))
    return items


def expand_paths(paths, listdir):
    # expect: modify-while-iterating
    for path in paths:
        children = listdir(path)
        paths.extend(children)
    return paths


def drop_expired_copy(items, now):
    for item in list(items):
        if item.expires_at < now:
            items.remove(item)
    return items


def retry_failed(jobs, run):
    retries = []
    for job in jobs:
        if not run(job):
            retries.append(job)
    jobs.extend(retries)
    return jobs


def walk(paths, listdir):
    queue = list(paths)
    seen = []
    while queue:
        path = queue.pop(0)
        seen.append(path)
        queue.extend(listdir(path))
    return seen
