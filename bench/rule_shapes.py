"""Rule shapes in the built-in packs that ast-grep 0.51 matches less than their authors wrote.

1. `order`: two keys of one rule mapping share a metavariable but ast-grep evaluates them in
   another order than written. ast-grep runs a mapping's keys in a fixed order — pattern, kind,
   regex, nthChild, range, then all, any, not, matches, then inside, has, precedes, follows —
   and the first key to reach `$F` binds it to the first node it finds (no backtracking), so a
   `has:` written before an `inside:` still runs after it. `all: [...]` keeps the written order.
2. `not-unbound`: a `not:` reads a metavariable the rule binds elsewhere, but runs before that
   binding (a `not` beside a `has` runs first), so it matches any node there instead of the one
   meant, and the rule stays quiet where it should fire.
3. `plain-neighbour`: a `follows:`/`precedes:` without `stopBy` looks at the adjacent sibling
   only, and ast-grep counts the comma between two arguments (or items) as that sibling: such a
   rule never matches an argument after another one (`stopBy: end` does). Rules on statements,
   which have no separator, are left out.
4. `far-inside` (cost, not meaning): one rule mapping asks `has` and `inside` with `stopBy: end`.
   ast-grep runs `inside` first, so every node the mapping is tried on walks up its ancestors to
   the root, however rare the node the `has` asks for; `all: [{has: ...}, {inside: ...}]` asks
   the cheap test first and walks up only from the nodes that pass it.
5. `far-constraints` (cost): a rule object with `constraints` and an `inside`/`has` with `stopBy: end`.
   ast-grep tries the constraints only after the whole rule matched, so a sink written `$DB.$M($Q)`
   with the method in `constraints` walks the file or function at every call of the pattern's shape;
   ask the constrained name in the rule (`has: {field: property, regex: ...}`) or a `regex` first.
   Where the far clause is one rules/far_clauses.py answers once a file (an `inside` to the program
   or module, or to an enclosing node searched with `has: {stopBy: ...}`), the cost is paid once
   a file over 4 KB; the line says so.

Taint configs are read too: each item of `metadata.taint`'s lists and of a `metadata.taint-set`
is a rule object (with its own `constraints`), listed as `taint.sinks[3]` or `taint-set[0]`.

Each listed rule still has to be proved live or dead with a case; this finds the candidates.
Usage: python bench/rule_shapes.py [--shape order|not-unbound|plain-neighbour|far-inside|far-constraints] [PACK.yml ...]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import yaml

from postil.analyzers.rules.far_clauses import is_far

PACKS = Path(__file__).resolve().parent.parent / "postil" / "analyzers" / "rules" / "packs" / "rules"
# The order ast-grep 0.51 runs the keys of one rule mapping in (checked by experiment: a key
# binding `$A` to the first identifier it meets, beside one binding it to `a` only).
EVAL_ORDER = ("pattern", "kind", "regex", "nthChild", "range", "all", "any", "not", "matches",
              "inside", "has", "precedes", "follows")
RELATIONAL = ("inside", "has", "precedes", "follows")
# Statements are siblings with nothing between them: a plain neighbour there is the next statement.
SETTLED = " (far_clauses answers it once a file)"  # said of a cost shape a long file pays once
TAINT_LISTS = ("sources", "sinks", "sanitizers", "propagators", "guards")
STATEMENT = re.compile(r"(_statement|_definition|_declaration|_clause)$")
# A captured metavariable: `$A`, `$$A`, `$$$ARGS`; `$_X` and bare `$$$` capture nothing.
METAVAR = re.compile(r"\${1,3}([A-Z][A-Z0-9_]*)")


def _items(node) -> list[tuple[str, object]]:
    return [(k.value, v) for k, v in node.value] if isinstance(node, yaml.MappingNode) else []


def _scalars(node) -> list[str]:
    if isinstance(node, yaml.ScalarNode):
        return [node.value]
    if isinstance(node, yaml.SequenceNode):
        return [s for item in node.value for s in _scalars(item)]
    if isinstance(node, yaml.MappingNode):
        return [s for k, v in node.value for s in _scalars(v) if k.value not in ("regex", "kind", "field")]
    return []


class Document:
    """One rule document: its utils and the shapes found in it."""

    def __init__(self, path: Path, node) -> None:
        self.path, self.node = path, node
        fields = dict(_items(node))
        self.id = fields["id"].value if isinstance(fields.get("id"), yaml.ScalarNode) else "?"
        self.utils = dict(_items(fields.get("utils")))
        self.found: list[tuple[str, int, str]] = []
        self._seen: set[tuple[int, frozenset]] = set()
        self.reached: set[str] = set()
        rule = fields.get("rule")
        if rule is not None:
            self.visit(rule, "rule", frozenset())
            self.constrained(rule, "rule", fields.get("constraints"))
        metadata = dict(_items(fields.get("metadata")))
        lists = [(f"taint.{key}", value) for key, value in _items(metadata.get("taint")) if key in TAINT_LISTS]
        for where, items in lists + [("taint-set", metadata.get("taint-set"))]:
            for index, item in enumerate(items.value if isinstance(items, yaml.SequenceNode) else ()):
                self.visit(item, f"{where}[{index}]", frozenset())
                self.constrained(item, f"{where}[{index}]", dict(_items(item)).get("constraints"))
        for name, util in self.utils.items():  # utils the rule does not reach, with nothing bound
            if name not in self.reached:
                self.visit(util, f"utils.{name}", frozenset())

    def constrained(self, node, where: str, constraints) -> None:
        """Note a far `inside`/`has` in a rule object whose ``constraints`` ast-grep tries after it."""
        if constraints is None:
            return
        for key, clause in _far_clauses(node):
            self.found.append(("far-constraints", clause.start_mark.line + 1,
                               f"{where}: `constraints` are tried after `{key}` with `stopBy: end` at every node "
                               "the rest matches; ask the constrained name in the rule first"
                               + (_settled(clause) if key == "inside" else "")))

    def mentioned(self, node, through: frozenset = frozenset()) -> set[str]:
        """Metavariables a rule object's positive keys may bind (utils followed, `not` skipped)."""
        found: set[str] = set()
        for key, value in _items(node):
            if key == "pattern":
                found |= {v for s in _scalars(value) for v in METAVAR.findall(s)}
            elif key in ("all", "any") and isinstance(value, yaml.SequenceNode):
                for item in value.value:
                    found |= self.mentioned(item, through)
            elif key == "matches" and isinstance(value, yaml.ScalarNode) and value.value not in through:
                found |= self.mentioned(self.utils.get(value.value), through | {value.value})
            elif key in RELATIONAL or key == "nthChild":
                found |= self.mentioned(value, through)
                found |= self.mentioned(dict(_items(value)).get("ofRule"), through)
        return found

    @staticmethod
    def read(node) -> set[str]:
        """Every metavariable written under a rule object, `not` included (not those of the utils
        it uses: a util used in two places binds its own names in each)."""
        return {v for s in _scalars(node) for v in METAVAR.findall(s)}

    def visit(self, node, where: str, bound: frozenset, ahead: frozenset = frozenset(), subject: str = "") -> frozenset:
        """Walk a rule object in ast-grep's order with the metavariables bound before it (`ahead`: those
        bound after it by keys and `all` items around it); note the shapes (`subject`: the kind of node
        an item of an all/any list is tested on); return what is bound after it."""
        if (id(node), bound, ahead) in self._seen or not isinstance(node, yaml.MappingNode):
            return bound
        self._seen.add((id(node), bound, ahead))
        keys = [k for k, _ in _items(node) if k in EVAL_ORDER]
        values = dict(_items(node))
        line = node.start_mark.line + 1
        subject = getattr(values.get("kind"), "value", subject)
        shared = {k: self.mentioned(node.__class__(node.tag, [(kn, vn) for kn, vn in node.value if kn.value == k]))
                  for k in keys}
        for first, second in ((a, b) for a in keys for b in keys if EVAL_ORDER.index(a) < EVAL_ORDER.index(b)):
            both = (shared[first] & shared[second]) - bound
            if both and keys.index(second) < keys.index(first) and first != "not":
                self.found.append(("order", line, f"{where}: `{second}` is written before `{first}` but runs "
                                                  f"after it; both bind {', '.join(sorted('$' + v for v in both))}"))
        far = getattr(dict(_items(values.get("inside"))).get("stopBy"), "value", None) == "end"
        if "has" in keys and far:
            self.found.append(("far-inside", line, f"{where}: `inside` with `stopBy: end` runs before `has` on "
                                                   "every node tried; ask them in `all: [has, inside]`"
                                                   + _settled(values["inside"])))
        for key in sorted(keys, key=EVAL_ORDER.index):
            value = values[key]
            later = ahead | {v for k in keys if EVAL_ORDER.index(k) > EVAL_ORDER.index(key) for v in shared[k]}
            if key == "not":
                unbound = (self.read(value) & later) - bound
                if unbound:
                    self.found.append(("not-unbound", line, f"{where}: `not` reads {', '.join(sorted('$' + v for v in unbound))} "
                                                            "before anything binds it"))
                self.visit(value, f"{where}.not", bound, later, subject)
            elif key in ("all", "any") and isinstance(value, yaml.SequenceNode):
                after = bound
                for index, item in enumerate(value.value):
                    rest = frozenset(v for other in value.value[index + 1:] for v in self.mentioned(other)) if key == "all" else frozenset()
                    inner = self.visit(item, f"{where}.{key}[{index}]", after if key == "all" else bound, later | rest, subject)
                    after = inner if key == "all" else after | inner
                bound = after
            elif key == "matches" and isinstance(value, yaml.ScalarNode) and value.value in self.utils:
                self.reached.add(value.value)
                bound = self.visit(self.utils[value.value], f"utils.{value.value}", bound, later)
            elif key in RELATIONAL:
                relation = dict(_items(value))
                stop = relation.get("stopBy")
                if (key in ("follows", "precedes") and (stop is None or getattr(stop, "value", None) == "neighbor")
                        and not STATEMENT.search(subject)):
                    self.found.append(("plain-neighbour", value.start_mark.line + 1,
                                       f"{where}.{key}: only the adjacent sibling (a comma between arguments is one)"))
                bound = self.visit(value, f"{where}.{key}", bound, later)
            elif key == "nthChild":
                bound = self.visit(dict(_items(value)).get("ofRule"), f"{where}.nthChild.ofRule", bound, later)
            bound = bound | (shared[key] if key != "not" else set())
        return frozenset(bound)


def _settled(inside) -> str:
    """What the line says of an `inside` clause far_clauses answers once a file (else nothing)."""
    return SETTLED if is_far(yaml.load(yaml.serialize(inside), Loader=yaml.CSafeLoader)) else ""


def _far_clauses(node) -> list[tuple[str, object]]:
    """The `inside`/`has` clauses with `stopBy: end` a rule object asks itself or through its all/any items."""
    found = []
    for key, value in _items(node):
        if key in ("inside", "has") and getattr(dict(_items(value)).get("stopBy"), "value", None) == "end":
            found.append((key, value))
        elif key in ("all", "any") and isinstance(value, yaml.SequenceNode):
            found.extend(clause for item in value.value for clause in _far_clauses(item))
    return found


def unsettled(doc: Document) -> set[tuple[str, str]]:
    """(rule id, shape) of the shapes in ``doc`` but those far_clauses answers once a file."""
    return {(doc.id, shape) for shape, _, what in doc.found if not what.endswith(SETTLED)}


def documents(paths: list[Path]) -> list[Document]:
    found = []
    for path in paths:
        for node in yaml.compose_all(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
            if isinstance(node, yaml.MappingNode) and "id" in dict(_items(node)):
                found.append(Document(path, node))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", choices=("order", "not-unbound", "plain-neighbour", "far-inside", "far-constraints"))
    parser.add_argument("packs", nargs="*", type=Path)
    args = parser.parse_args()
    counts: dict[str, int] = {}
    for doc in documents(args.packs or sorted(PACKS.glob("*.yml"))):
        for shape, line, what in sorted(set(doc.found), key=lambda f: f[1]):
            if args.shape in (None, shape):
                counts[shape] = counts.get(shape, 0) + 1
                print(f"{doc.path.name}:{line}  {shape:15}  {doc.id}  {what}")
    print("\n" + ", ".join(f"{shape}: {n}" for shape, n in sorted(counts.items())) if counts else "none found")


if __name__ == "__main__":
    main()
