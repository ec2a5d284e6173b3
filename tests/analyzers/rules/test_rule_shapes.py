"""The built-in packs hold no rule shape ast-grep 0.51 matches less than written (issue 32):
bench/rule_shapes.py lists them; each one found was proved dead or half-dead with a case and
fixed, or proved live. A new rule written that way fails here until it is checked."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "bench" / "rule_shapes.py"
# Checked live: ast-grep's order binds the same node as the written one would (json-served-as-html:
# the first `return` after the statement is the only one that runs; mass-assignment-from-request:
# the loop's first target is the key), or the better one (random-bytes-modulo-bias: the callback's
# first parameter is the byte, so `(b, i) => A[i % n]` stays quiet). Checked live, plain-neighbour:
# sql-injection-string-building's quoted substitution (`"${c.replace(/"/g, '""')}"`) asks the
# string fragments beside it in a template, which has no separator between its parts (its valid
# case is quiet only where they match; the same replace outside quotes is still reported).
LIVE = {
    ("python/security/json-served-as-html", "order"),
    ("python/security/mass-assignment-from-request", "order"),
    ("js/security/random-bytes-modulo-bias", "order"),
    ("js/security/sql-injection-string-building", "plain-neighbour"),
}


def _rule_shapes():
    spec = importlib.util.spec_from_file_location("rule_shapes", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_rule_shape_in_the_packs_was_checked():
    shapes = _rule_shapes()
    found = {(doc.id, shape) for doc in shapes.documents(sorted(shapes.PACKS.glob("*.yml")))
             for shape, _, _ in doc.found}
    assert found == LIVE


def test_the_shapes_are_found(tmp_path):
    shapes = _rule_shapes()
    pack = tmp_path / "pack.yml"
    pack.write_text(
        "id: x/held-name\nlanguage: python\nrule:\n  kind: identifier\n"
        "  inside:\n    kind: assignment\n    has: {field: left, pattern: $N}\n"
        "    inside: {stopBy: end, kind: module, has: {stopBy: end, kind: call, has: {pattern: $N}}}\n"
        "---\nid: x/not-first\nlanguage: python\nrule:\n  kind: call\n"
        "  has: {field: function, pattern: $F}\n  not: {inside: {has: {pattern: $F}}}\n"
        "---\nid: x/comma\nlanguage: python\nrule:\n  kind: identifier\n  follows: {kind: string}\n"
        "---\nid: x/written-in-order\nlanguage: python\nrule:\n  kind: assignment\n"
        "  all: [{has: {field: left, pattern: $N}}, {inside: {stopBy: end, kind: module, has: {pattern: $N}}}]\n",
        encoding="utf-8")
    found = {(doc.id, shape) for doc in shapes.documents([pack]) for shape, _, _ in doc.found}
    assert found == {("x/held-name", "order"), ("x/not-first", "not-unbound"), ("x/comma", "plain-neighbour")}
