"""What each unit of a document checked by units (rules/incremental.py) calls, defines and
writes, and so which units' texts its results depend on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from postil.analyzers.rules.taint_instances import instance_names
from postil.analyzers.rules.unit_scope import IMPORTS

# What a text may call of the file's own functions: `name(...)`, `self.name(...)`, `cls.name(...)`
# (the engine follows a helper through such calls, not another object's method of its name).
_CALLED = re.compile(r"(?:(?<![\w.])|\b(?:self|cls)\s*\.\s*)([A-Za-z_]\w*)\s*\(")
_METHOD_CALLED = re.compile(r"(?<![\w.])([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)\s*\(")  # `r.go(`: (receiver, method)
_DEFINED = re.compile(r"\b(?:def|class)\s+([A-Za-z_]\w*)")
_LAMBDA = re.compile(r"\b([A-Za-z_]\w*)\s*(?::[^=\n:]*)?=\s*lambda\b")  # (no colon in the annotation: see _MODEL)
_WRITES = ("assignment", "augmented_assignment", "for_statement")


@dataclass(frozen=True)
class Traits:
    """What a unit's text calls and defines (worked out once per text)."""

    calls: frozenset[str]  # the names it may call (see _CALLED)
    names: frozenset[str]  # the functions, classes and lambdas it defines, the globals it declares
    members: frozenset[str]  # the members and subscripts it assigns (`g.cmd`, `self.x`), as written
    imports: bool  # it imports something itself (file-wide: renames, questions about imports)
    instances: frozenset[str] = frozenset()  # the names it binds to an instance of a class (`r = Runner()`)
    receivers: frozenset[tuple[str, str]] = frozenset()  # (name, method) of its calls `name.method(...)`


def unit_traits(node, text: str) -> Traits:
    """A unit's traits (``node``: the unit, in one traversal)."""
    names = set(_DEFINED.findall(text)) | (set(_LAMBDA.findall(text)) if "lambda" in text else set())
    members, imports = set(), False
    for found in node.find_all({"rule": {"any": [{"kind": k} for k in ("global_statement", *_WRITES, *IMPORTS)]}}):
        kind = found.kind()
        if kind == "global_statement":
            names.update(n.text() for n in found.named_children() if n.kind() == "identifier")
        elif kind in IMPORTS:
            imports = True
        elif (target := found.field("left")) is not None and target.kind() != "identifier":
            members.update(n.text() for n in (target, *target.find_all({"rule": {"any": [
                {"kind": "attribute"}, {"kind": "subscript"}]}})) if n.kind() in ("attribute", "subscript"))
    return Traits(frozenset(_CALLED.findall(text)), frozenset(names), frozenset(members), imports,
                  frozenset(instance_names(text)), frozenset(_METHOD_CALLED.findall(text)))


@lru_cache(maxsize=16)
def _module_calls(module_text: str) -> frozenset[str]:
    """What the module code may call (a class's head is module code: `class Name(` is no call of
    Name); kept by the module code's text, which typing inside a function leaves as it was (the
    search was ~0.4 ms of each check of a 1,000-line module)."""
    return frozenset(_CALLED.findall(_DEFINED.sub("", module_text)))


def dependencies(parts: list, traits: dict[int, Traits], broken: set[int]) -> dict[int, set[int]]:
    """For each unit, the parts whose text its results depend on (itself included): the units
    it calls and those calling it, each with the units they call in turn, the units the module
    code calls and the units that import something, and everything after a unit holding a
    syntax error among them (how the parser recovered may depend on what follows); under -1,
    the module code's."""
    units = list(traits)
    by_name: dict[str, list[int]] = {}
    for i in units:
        for name in traits[i].names:
            by_name.setdefault(name, []).append(i)
    writes = [(member, i) for i in units for member in traits[i].members]

    def called_by(calls: frozenset[str], text: str, own: int | None) -> set[int]:
        out = {d for name in calls for d in by_name.get(name, ()) if d != own}
        out.update(i for member, i in writes if i != own and member in text)
        return out

    called = {i: called_by(traits[i].calls, parts[i].text, i) for i in units}
    module_text = "\n".join(p.text for p in parts if not p.unit and not p.comment)
    # the taint rules know a name's class where the whole file binds it to instances of one class
    # (taint_instances.instance_classes), and follow `name.method(...)` into that class's method:
    # the units binding a name depend on each other, a unit calling a method through it on them
    # and on the units defining a method of that name
    binding: dict[str, list[int]] = {}
    for i in units:
        for name in traits[i].instances:
            binding.setdefault(name, []).append(i)
    for bound in binding.values():
        for i in bound if len(bound) > 1 else ():
            called[i].update(d for d in bound if d != i)
    instances = binding.keys() | instance_names(module_text)
    for i in units:
        for name, method in traits[i].receivers:
            if name in instances:
                called[i].update(d for d in (*binding.get(name, ()), *by_name.get(method, ())) if d != i)

    def closure(start: set[int]) -> set[int]:
        seen, todo = set(start), list(start)
        while todo:
            for d in called[todo.pop()] - seen:
                seen.add(d)
                todo.append(d)
        return seen

    common = closure(called_by(_module_calls(module_text), module_text, None)
                     | {i for i in units if traits[i].imports})
    callers: dict[int, set[int]] = {i: set() for i in units}
    for i in units:
        for d in called[i]:
            callers[d].add(i)
    depends = {i: closure({i} | callers[i]) | common for i in units}
    depends[-1] = set(common)
    for used in depends.values():
        if used & broken:
            used.update(range(min(used & broken) + 1, len(parts)))
    return depends
