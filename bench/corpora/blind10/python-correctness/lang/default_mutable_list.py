# library: builtins (mutable default arguments: list)
"""Tag and recipient helpers for the mailer."""


def add_tag(tag, tags=[]):
    # expect: mutable-default
    tags.append(tag)
    return tags


def add_tag_safe(tag, tags=None):
    tags = [] if tags is None else tags
    tags.append(tag)
    return tags


def recipients(primary, cc=[]):
    return [primary, *cc]


def collect(item, bucket=[]):
    if item:
        # expect: mutable-default
        bucket.extend(item.split(","))
    return bucket


def merge_lists(a, b=()):
    out = list(a)
    out.extend(b)
    return out


def queue_job(job, pending=[]):
    # expect: mutable-default
    pending.insert(0, job)
    return len(pending)


def dedupe(items, seen=frozenset()):
    return [i for i in items if i not in seen]
