"""Method calls on instances of the project's own classes (`q = QueryParams(request);
q.text("name")`): the callee text named by its class, `QueryParams.text`, so the method's
summary can be found like a function's."""

from __future__ import annotations

import re

# `name = ClassName(...)` at the start of a line (a class is named in CapWords)
_INSTANCE = re.compile(r"^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*([A-Z]\w*)\(", re.M)
_CONSTRUCTED = re.compile(r"([A-Z]\w*)\(.*\)", re.S)


def instance_classes(text: str) -> dict[str, str]:
    """Variable name -> the class it is made from, where a file assigns it one instance
    only (a name bound to two classes is left out)."""
    found: dict[str, set[str]] = {}
    for name, cls in _INSTANCE.findall(text):
        found.setdefault(name, set()).add(cls)
    return {name: next(iter(classes)) for name, classes in found.items() if len(classes) == 1}


def typed_callee(callee: str, instances: dict[str, str]) -> str | None:
    """`Class.method` for a call of a method on an instance (`q.text` with `q = Class(...)`,
    `Class(request).text`); None for any other callee."""
    receiver, dot, method = callee.rpartition(".")
    if not dot or not method.isidentifier():
        return None
    made = _CONSTRUCTED.fullmatch(receiver)
    cls = made.group(1) if made else instances.get(receiver)
    return f"{cls}.{method}" if cls else None
