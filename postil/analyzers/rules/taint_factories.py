"""Receivers a Python factory function of the project gives, for the taint engine's imports: Watcher's
controllers keep `self.dbapi = db_api.get_instance()`, a module function that makes one `Connection`
and returns it, and call `self.dbapi.get_audit_template_list(sort_key=...)`; Designate's call
`CentralAPI.get_instance().create_zone(...)`, a class method returning `cls()`. The call is a method
of the class the factory returns, found where the factory is defined (see ModuleLink.resolve). The
receiver: a name or a field the file assigns a factory's result (`self.x = f()`, `cls.x = f()` read as
`self.x`, `x = mod.f()`, a class method's given arguments: Polar's `repository = ProductRepository.from_session(session)`),
a property returning it, or the factory's call itself (`f().method(...)`)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from postil.analyzers.rules.line_matches import line_matches

_FACTORY = r"((?:[A-Za-z_]\w*\.)?[A-Za-z_]\w*)\(\)"  # `get_instance()`, `db_api.get_instance()`, `CentralAPI.get_instance()`
# (matched at the starts of the lines holding `()`: see line_matches)
_HELD = re.compile(rf"[ \t]*((?:self\.|cls\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*{_FACTORY}[ \t]*(?:#[^\n]*)?$", re.MULTILINE)
_PROPERTY = re.compile(rf"[ \t]*@property[ \t]*\n[ \t]*def[ \t]+(\w+)\([ \t]*self[ \t]*\)[^\n]*:[ \t]*\n[ \t]*return[ \t]+{_FACTORY}[ \t]*$",
                       re.MULTILINE)
# ... a class method given arguments (Polar's `repository = ProductRepository.from_session(session)`), found at the
# lines holding such a call (see _CLASS_CALL)
_HELD_BY_CLASS = re.compile(r"[ \t]*((?:self\.)?[A-Za-z_]\w*)[ \t]*=[ \t]*(?:await[ \t]+)?([A-Z]\w*\.[a-z_]\w*)\([^()\n]*\)[ \t]*(?:#[^\n]*)?$",
                            re.MULTILINE)
_CLASS_CALL = re.compile(r"[A-Z]\w*\.[a-z_]\w*\([^()\n]")
_CALLED = re.compile(rf"{_FACTORY}\.(\w+)")  # a callee on the factory's call: `db_api.get_instance().create_action`
_RETURNED = re.compile(r"[ \t]+return[ \t]+(?:([A-Z]\w*|cls)\(|((?:cls\.|self\.)?[A-Za-z_]\w*)[ \t]*$)", re.MULTILINE)
_BODY_LINES = 60  # the lines of a factory read for what it returns


@lru_cache(maxsize=16)
def factory_receivers(text: str) -> dict[str, str]:
    """Receiver (`self.dbapi`, `dbapi`) -> the factory callee text whose result the file binds it to, where
    it binds it to one factory only (`cls._storage` is read as `self._storage` too). Kept for the last texts."""
    found: dict[str, set[str]] = {}
    held, properties = line_matches(text, "()", _HELD)[0], (line_matches(text, "@property", _PROPERTY)[0] if "@property" in text else [])
    held += line_matches(text, _CLASS_CALL, _HELD_BY_CLASS)[0]
    for name, factory in [match.groups() for match in held] + [(f"self.{m.group(1)}", m.group(2)) for m in properties]:
        if factory.rpartition(".")[2][:1].isupper():
            continue  # (a class made: taint_instances)
        found.setdefault(name, set()).add(factory)
        if name.startswith("cls."):
            found.setdefault(f"self.{name[4:]}", set()).add(factory)
    return {name: next(iter(factories)) for name, factories in found.items() if len(factories) == 1}


def factory_method(link, callee: str) -> tuple[Path, str] | None:
    """(module, `Class.method`) for a call of a method on what a factory gives (see the module's docstring),
    ``link`` the calling file's taint_modules.ModuleLink; None for any other callee."""
    receiver, dot, method = callee.rpartition(".")
    if not dot or not method.isidentifier():
        return None
    called = _CALLED.fullmatch(callee)
    factory = called.group(1) if called is not None else factory_receivers(link.text).get(receiver)
    where = _factory(link, factory) if factory is not None else None
    if where is None:
        return None
    path, function = where
    text = link.workspace.text(path)[0]
    made = returned_class(text, function) if text is not None else None
    if made is None:
        return None
    if _defines(text, made):
        return path, f"{made}.{method}"
    imported = next((found for local, name, found, whole in link.workspace.graph.targets(path, text, "python")
                     if local == made and not whole), None) if path != link.path else link.functions.get(made)
    if imported is None:
        return None
    return (imported, f"{made}.{method}") if isinstance(imported, Path) else (imported[0], f"{imported[1]}.{method}")


def _factory(link, factory: str) -> tuple[Path, str] | None:
    """(module, function) the factory callee text names: a function the file imports or defines, one of a
    module it imports, or a class method of a class it imports or defines (`CentralAPI.get_instance`)."""
    owner, dot, name = factory.rpartition(".")
    if not dot:
        imported = link.functions.get(name)
        return imported if imported is not None else (link.path, name) if link.path is not None and f"def {name}(" in link.text else None
    if owner in link.modules:
        return link.modules[owner], name
    imported = link.functions.get(owner)
    if imported is not None:
        return imported[0], f"{imported[1]}.{name}"
    return (link.path, f"{owner}.{name}") if link.path is not None and f"class {owner}" in link.text else None


@lru_cache(maxsize=256)
def returned_class(text: str, function: str) -> str | None:
    """The class (named in CapWords) whose instance the function ``function`` (`get_instance`,
    `CentralAPI.get_instance`) of a module's ``text`` returns: `return Connection(path)`, `return cls()`,
    or a name it returns that it (or the module) binds to one (`_INSTANCE = Connection(path)`)."""
    owner, _, name = function.rpartition(".")
    start = text.find(f"class {owner}") if owner else 0
    defined = re.compile(rf"([ \t]*)(?:async[ \t]+)?def[ \t]+{re.escape(name)}\(")
    match = next((m for m in line_matches(text, f"def {name}(", defined)[0] if m.start() > start), None) if start >= 0 else None
    if match is None:
        return None
    indent, lines = len(match.group(1)), []
    for line in text[match.end():].split("\n")[1:_BODY_LINES]:
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        lines.append(line)
    body = "\n".join(lines)
    for made, held in _RETURNED.findall(body):
        if made:
            return owner if made == "cls" else made
        bound = re.search(rf"(?<![\w.]){re.escape(held)}[ \t]*=[ \t]*([A-Z]\w*|cls)\(", body) or next(iter(line_matches(
            text, held, re.compile(rf"{re.escape(held)}[ \t]*=[ \t]*([A-Z]\w*)\("))[0]), None)  # (the module's own, at a line's start)
        if bound is not None:
            return owner if bound.group(1) == "cls" else bound.group(1)
    return None


def _defines(text: str, name: str) -> bool:
    """Whether a module's text defines the class ``name`` at its top level (`class Connection:`)."""
    head = f"class {name}"
    at = text.find(head)
    while at >= 0:
        after = text[at + len(head):at + len(head) + 1]
        if (at == 0 or text[at - 1] == "\n") and not (after.isalnum() or after == "_"):
            return True
        at = text.find(head, at + 1)
    return False
