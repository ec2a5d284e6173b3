"""Equivalence of a config's matches built from a bulk scan's records (rules/scanned_matches.py)
with those its search in process finds, file by file.

    PYTHONPATH=$PWD .venv/bin/python bench/scanned_matches_equivalence.py [--select=RULES] DIR...

Each DIR is checked (`postil check --no-cache --jobs 1`, the bulk scan forced on whatever the
number of files); wherever a file's check asks a config the scan ran, both answers are built and
compared: the matches' spans, kinds and order, and every metavariable the config names (its
node's span and kind, or its list of them). Prints the counts and each disagreement; exits 1
on any."""

from __future__ import annotations

import json
import re
import sys

from postil import scan
from postil.analyzers.rules import search
from postil.analyzers.rules.kinds_traversal import kinds_only
from postil.analyzers.rules.scanned import config_key

_NAME = re.compile(r"\$(?:\$\$)?([A-Z_][A-Z0-9_]*)")
counts = {"configs": 0, "matches": 0, "given back": 0, "disagreements": 0}


def _node(node) -> tuple | None:
    if node is None:
        return None
    r = node.range()
    return r.start.index, r.end.index, node.kind()


def _shape(matches: list, names: set[str]) -> list:
    return [(_node(m), {n: (_node(m.get_match(n)), [_node(x) for x in m.get_multiple_matches(n)]) for n in sorted(names)})
            for m in matches]


def main(args: list[str]) -> int:
    select = [a for a in args if a.startswith("--select=")]  # (the taint rules only: the rest is not compared)
    dirs = [a for a in args if not a.startswith("--select=")]
    scan._BULK_THRESHOLD = 1
    alone = search.SharedSearch._alone

    def both(self, config: dict) -> list:
        records = self._records
        key = config_key(config)
        if records is None or kinds_only(config) is not None or self.scanned.absent(config) \
                or key not in self.scanned.ran or key in self._found:
            return alone(self, config)
        built = records.matches(config, key)
        self._records = None
        try:
            found = alone(self, config)
        finally:
            self._records = records
        counts["configs"] += 1
        counts["matches"] += len(found)
        if built is None:
            counts["given back"] += 1
            print("GIVEN BACK", json.dumps(config)[:200], file=sys.stderr, flush=True)
            return found
        names = set(_NAME.findall(json.dumps(config)))
        if _shape(built, names) != _shape(found, names):
            counts["disagreements"] += 1
            print("DISAGREE", json.dumps(config)[:300], "\n  built ", _shape(built, names)[:6],
                  "\n  search", _shape(found, names)[:6], "\n  in", self.root.text()[:200], file=sys.stderr, flush=True)
        return found

    search.SharedSearch._alone = both
    import contextlib
    import io

    from postil.cli import main as postil_main

    for d in dirs:
        with contextlib.redirect_stdout(io.StringIO()):
            postil_main(["check", "--no-cache", "--jobs", "1", "--format", "json", *select, d])
        print(d, counts, file=sys.stderr, flush=True)
    print(counts)
    return 1 if counts["disagreements"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
