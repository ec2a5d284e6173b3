"""A rule's `files`/`ignores` globs (ast-grep's), asked of every rule for every file a check
reads: compiled once per rule, and matching the path, the path under any directory, or the
file name, as fnmatch reads a glob."""

from __future__ import annotations

from fnmatch import fnmatchcase

from postil.analyzers.rules import engine
from postil.core import path_globs
from postil.analyzers.rules.loader import builtin_rules

PATHS = ["app/tests/test_views.py", "tests/x.py", "x_test.py", "src/test_a.py", "app/migrations/0001_initial.py",
         "app/cli.py", "cli.py", "setup.py", "app/views.py", "test/x/y.js", "src/foo.spec.ts", "a/__tests__/b.js",
         "proj/settings/local.py", "a/fixtures/b.py", "conftest.py", "app/testing/util.py"]


def test_a_rules_ignores_are_compiled_once_and_read_as_fnmatch_reads_them(monkeypatch):
    rules = [r for r in builtin_rules()[0] if r.ignores and not r.files]  # (`files` narrows a rule further)
    compiled = []
    original = path_globs.translate
    monkeypatch.setattr(path_globs, "translate", lambda glob: compiled.append(glob) or original(glob))
    path_globs.shared_globs.cache_clear()
    for rule in rules:
        rule.__dict__.pop("path_globs", None)  # (compiled by an earlier test)
    for path in PATHS:
        for rule in rules:
            expected = not any(fnmatchcase(path, p) or fnmatchcase(path, f"**/{p}")
                               or fnmatchcase(path.rsplit("/", 1)[-1], p) for p in rule.ignores)
            assert engine.applies_to_path(rule, path) == expected, (rule.id, path)
    assert len(compiled) == 2 * sum(len(set_of) for set_of in {r.ignores for r in rules})
