"""Invariants checked by the migration tool."""


def check_batch(batch, limit):
    # expect: assert-tuple
    assert (len(batch) <= limit, "batch too large")
    return batch


def check_columns(table, expected):
    # expect: assert-tuple
    assert (
        set(table.columns) == set(expected),
        f"columns differ for {table.name}",
    )


def check_rowcount(src, dst):
    # expect: assert-tuple
    assert(src.count() == dst.count(), "row counts differ")


def check_keys(rows):
    # safe: message after the comma
    assert all("id" in r for r in rows), "rows without id"


def check_ordering(ids):
    # safe: parenthesised condition, message outside
    assert (ids == sorted(ids)), "ids not sorted"


def check_pair(pair):
    # safe: comparing to a tuple
    assert pair == (1, 2), pair


def check_sizes(sizes):
    # safe: multi-line condition in parentheses
    assert (
        len(sizes) > 0
        and min(sizes) >= 0
    ), "bad sizes"
