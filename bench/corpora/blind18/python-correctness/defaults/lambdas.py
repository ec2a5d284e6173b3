"""Small callbacks wired into the import pipeline."""
import functools

# expect: mutable-default
remember = lambda item, seen=[]: seen.append(item) or seen

# expect: mutable-default
count_key = lambda key, counts={}: counts.__setitem__(key, counts.get(key, 0) + 1) or counts[key]

# safe: tuple default, nothing mutated
is_header = lambda row, names=("id", "name"): tuple(row[:2]) == names

# safe: default read only
in_allowed = lambda value, allowed={"csv", "tsv"}: value in allowed


def make_collector():
    # safe: fresh list per collector, captured by closure
    items = []
    return lambda item: items.append(item) or items


def pipeline(rows, hooks=[]):
    for row in rows:
        for hook in hooks:
            hook(row)
    return rows


def register(hook, hooks=[]):
    # expect: mutable-default
    hooks.insert(0, hook)
    return hooks


@functools.lru_cache(maxsize=None)
def parse_header(line):
    return tuple(line.split(","))


def add_column(row, cols=set()):
    # expect: mutable-default
    cols |= set(row)
    return sorted(cols)
