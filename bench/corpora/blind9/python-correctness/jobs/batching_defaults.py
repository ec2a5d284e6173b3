# library: plain Python (function defaults)
"""Batching helpers for the export job."""


def chunk(items, size=100, out=[]):
    for i in range(0, len(items), size):
        # expect: mutable-default
        out.append(items[i:i + size])
    return out


def chunk_safe(items, size=100, out=None):
    out = [] if out is None else out
    for i in range(0, len(items), size):
        out.append(items[i:i + size])
    return out


def dedupe(rows, seen=set()):
    fresh = []
    for row in rows:
        if row["id"] in seen:
            continue
        # expect: mutable-default
        seen.add(row["id"])
        fresh.append(row)
    return fresh


def with_headers(rows, headers=["id", "name"]):
    return [dict(zip(headers, r)) for r in rows]


def count_by(rows, key, counts={}):
    for row in rows:
        # expect: mutable-default
        counts[row[key]] = counts.get(row[key], 0) + 1
    return counts


def status_of(job):
    if job.state is None:
        return "pending"
    # expect: is-literal
    if job.state is "done":
        return "finished"
    # expect: eq-none
    if job.finished_at == None:
        return "running"
    return job.state
