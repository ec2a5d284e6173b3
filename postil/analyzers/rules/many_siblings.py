"""Python text holding so many siblings of one kind that ast-grep's CLI would walk them for seconds.

The rules postil joins by hashing (repeated_siblings: a literal's items; scoped_names: the opens of
a scope) walk, as their YAML reads, every earlier or later sibling of each: n² steps in ast-grep's
CLI, which a bulk scan sends them to as written (a dict of 4,000 keys: ~4.4 s of its CPU, 4,000
opens: ~7 s; past 21 s without a record the scan is stopped and every file is checked again in
process). A bulk scan checks such a file in process instead, where those rules are hashed. Counted
in one pass of the text, and generously (every run of lines ending in a comma counts as one
literal's items): a file taken for one is only checked the slower way.
"""

from __future__ import annotations

MOST_SIBLINGS = 1000  # items of one literal or opens of a file (a generated table, a fixture) sent to ast-grep

_OPEN = "open("


def many_siblings(text: str) -> bool:
    """Whether ``text`` (Python) has MOST_SIBLINGS opens, or a run of that many lines ending in a
    comma, or a line of that many commas."""
    if text.count(_OPEN) >= MOST_SIBLINGS:
        return True
    if text.count(",") < MOST_SIBLINGS:
        return False
    run = 0
    for line in text.splitlines():
        line = line.rstrip()
        run = run + 1 if line.endswith(",") else 0
        if run >= MOST_SIBLINGS or line.count(",") >= MOST_SIBLINGS:
            return True
    return False
