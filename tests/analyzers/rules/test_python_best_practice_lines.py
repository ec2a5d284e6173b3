"""`postil check` reports Python correctness and best-practice problems on the line a reviewer
points at: the `def` line that holds a shared mutable default, the cache decorator over a
generator, the shutdown that skips the close when it raises, the first of two assignments in a
row, the `if` whose branches repeat a condition or a body; and nothing on the safe look-alikes.

Lines a rule must report end with `# expect: <rule-id>`; a finding of those rules must start on
such a line (every other line stays quiet for them)."""

from __future__ import annotations

import pytest

from tests.expected_lines import expected_lines, reported_lines

MODULE = """\
import functools
import socket


def tag_all(items, seen=[]):  # expect: python/correctness/mutable-default-argument
    for item in items:
        seen.append(item)
    return seen


class Report:
    def __init__(self, title, rows=[]):  # expect: python/correctness/mutable-default-argument
        self.title = title
        self.rows = rows


class Page:
    def __init__(self, title, rows=[]):
        self.title = title
        self.rows = list(rows)


def tag_copy(items, seen=None):
    seen = list(seen or [])
    seen.extend(items)
    return seen


@functools.lru_cache(maxsize=128)  # expect: python/correctness/cached-generator
def read_codes(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield line.strip()


@functools.lru_cache(maxsize=128)
def codes(path):
    with open(path, encoding="utf-8") as fh:
        return tuple(line.strip() for line in fh)


def ping(host):
    conn = socket.create_connection((host, 7))
    conn.sendall(b"ping")
    conn.shutdown(socket.SHUT_RDWR)  # expect: python/correctness/socket-shutdown-close
    conn.close()


def ping_safe(host):
    conn = socket.create_connection((host, 7))
    try:
        conn.sendall(b"ping")
    finally:
        try:
            conn.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        conn.close()


def price(order):
    amount = 0  # expect: python/correctness/useless-assignment
    amount = order.net + order.tax
    count = 0
    count = count + 1
    return amount, count


def grade(score):
    if score > 90:  # expect: python/correctness/duplicate-if-condition
        return "A"
    elif score > 90:
        return "A+"
    elif score > 80:
        return "B"
    return "C"


def label(flag):
    if flag:  # expect: python/correctness/identical-branches
        text = "on"
    else:
        text = "on"
    if flag:
        other = "on"
    else:
        other = "off"
    return text, other
"""


@pytest.mark.slow
def test_findings_start_on_the_line_a_reviewer_points_at(postil, tmp_path):
    expected = expected_lines(MODULE)
    rules = {rule for _, rule in expected}
    assert reported_lines(postil, tmp_path, MODULE, rules) == expected
