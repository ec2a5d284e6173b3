"""The built-in packs hold no rule shape ast-grep 0.51 matches less than written (issue 32):
bench/rule_shapes.py lists them; each one found was proved dead or half-dead with a case and
fixed, or proved live. A new rule written that way fails here until it is checked. One shape is a
cost, not a meaning: `far-inside`, a `has` beside an `inside` with `stopBy: end`, which ast-grep runs
first (issue 31/32), so every node tried walks up to the root before the cheap test; and `far-constraints`,
`constraints` beside such a far clause (ast-grep tries them after it). The items of taint configs are read
too. A cost shape rules/far_clauses.py answers once a file (an `inside` to the program or module, or to
an enclosing node searched with `has: {stopBy: ...}`) is allowed."""

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
# far-inside (a cost shape) left where the far `inside` is not what costs: the mapping's regex, tried
# first, passes only `setattr(...)` calls (mass-assignment-from-request, whose `inside` binds the
# key as checked above) or signer constructors (itsdangerous-hardcoded-secret); or the `inside`
# (an `async def` around the statement) is the cheap, selective test and the `has` the dear one
# (coroutine-not-awaited); or a `pattern` tried first passes only `x.forEach(cb)` calls
# (async-foreach-callback); or the mapping is an `inside` of an `inside`, tried only on the few
# ancestors of a node its own regex or `has` already chose (bokeh-removed-api: a `plot_width=`
# argument's call; django-removed-api: a `weak=` argument's; react-props-copied-to-state: a
# `this.state = {...}` holding a prop).
LIVE = {
    ("js/correctness/async-foreach-callback", "far-inside"),
    ("js/correctness/react-props-copied-to-state", "far-inside"),
    ("python/correctness/coroutine-not-awaited", "far-inside"),
    ("python/security/json-served-as-html", "order"),
    ("python/security/mass-assignment-from-request", "order"),
    ("js/security/random-bytes-modulo-bias", "order"),
    ("js/security/sql-injection-string-building", "plain-neighbour"),
    ("js/security/sanitized-html-changed-after", "plain-neighbour"),  # a substitution after its template's text
    ("js/security/url-escaped-not-checked", "plain-neighbour"),  # a substitution after its template's text
}
# Found when the taint configs were first read (session 59), not yet rewritten or proved: `constraints`
# tried after a far clause far_clauses does not settle (a search down `has: {stopBy: end}` of the call's
# arguments, an `inside` a class or method), and one `order` (tainted-ssrf's `$BASE` sanitizer).
LEFT = {
    ("js-request-sources", "far-constraints"),
    ("js/security/tainted-xss", "far-constraints"),
    ("python-request-sources", "far-constraints"),
    ("python/correctness/super-names-another-class", "far-constraints"),
    ("python/security/tainted-command", "far-constraints"),
    ("python/security/tainted-xss", "far-constraints"),
    ("python/security/tainted-ssrf", "order"),
}


def _rule_shapes():
    spec = importlib.util.spec_from_file_location("rule_shapes", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_rule_shape_in_the_packs_was_checked():
    shapes = _rule_shapes()
    found = {found for doc in shapes.documents(sorted(shapes.PACKS.glob("*.yml"))) for found in shapes.unsettled(doc)}
    assert found == LIVE | LEFT


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
        "  all: [{has: {field: left, pattern: $N}}, {inside: {stopBy: end, kind: module, has: {pattern: $N}}}]\n"
        "---\nid: x/every-return-to-the-root\nlanguage: python\nrule:\n  kind: return_statement\n"
        "  has: {kind: call}\n  inside: {stopBy: end, kind: function_definition}\n"
        "---\nid: x/near-inside\nlanguage: python\nrule:\n  kind: return_statement\n"
        "  has: {kind: call}\n  inside: {kind: block}\n"
        "---\nid: x/taint\nlanguage: python\nrule: {any: []}\nmetadata:\n  taint:\n    sources: [{pattern: request.args}]\n"
        "    sinks:\n      - {kind: call, has: {kind: string}, inside: {stopBy: end, kind: function_definition}}\n"
        "      - {pattern: '$C.$M($Q)', constraints: {M: {regex: '^execute$'}}, inside: {stopBy: end, kind: class_definition}}\n"
        "      - {pattern: '$C.$M($Q)', constraints: {M: {regex: '^query$'}}, inside: {stopBy: end, kind: module, has: {regex: db}}}\n",
        encoding="utf-8")
    found = {found for doc in shapes.documents([pack]) for found in shapes.unsettled(doc)}
    assert found == {("x/held-name", "order"), ("x/not-first", "not-unbound"),  # (x/held-name's far-inside: settled)
                     ("x/comma", "plain-neighbour"), ("x/every-return-to-the-root", "far-inside"),
                     ("x/taint", "far-inside"), ("x/taint", "far-constraints")}
    settled = [(shape, what.split(":")[0]) for doc in shapes.documents([pack]) if doc.id == "x/taint"
               for shape, _, what in doc.found if what.endswith(shapes.SETTLED)]
    assert settled == [("far-constraints", "taint.sinks[2]")]  # (the `inside` to the module)
