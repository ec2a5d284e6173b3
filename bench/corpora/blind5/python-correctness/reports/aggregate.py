import heapq
import statistics
from collections import Counter


def top_n(scores: dict, n: int):
    return heapq.nlargest(n, scores.items(), key=lambda kv: kv[1])


def drop_outliers(values: list):
    mean = statistics.fmean(values)
    for v in values:
        if abs(v - mean) > 3:
            # expect: mutate-while-iterating
            values.remove(v)
    return values


def drop_outliers_ok(values: list):
    mean = statistics.fmean(values)
    return [v for v in values if abs(v - mean) <= 3]


def merge_counts(a: Counter, b: Counter):
    out = Counter(a)
    out.update(b)
    return out


def bucket(rows, buckets={}):
    for row in rows:
        # expect: mutable-default-mutated
        buckets.setdefault(row["day"], []).append(row)
    return buckets


def bucket_ok(rows, buckets=None):
    buckets = {} if buckets is None else buckets
    for row in rows:
        buckets.setdefault(row["day"], []).append(row)
    return buckets


def median_or_zero(values):
    if not values:
        return 0
    return statistics.median(values)


COLUMNS = [
    "day",
    "region",
    "revenue",
    # expect: implicit-string-concat
    "refunds"
    "net",
]


def header():
    return ",".join(COLUMNS)
