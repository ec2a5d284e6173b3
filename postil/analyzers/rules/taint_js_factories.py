"""The objects of functions a JavaScript factory of the project makes, for the taint engine's imports: a
module's function returning an object literal of functions (`export function createScopedLogger(scope) {
return { info(message) { console.log(...) } } }`, `export const createStorage = ({ root }) => ({ getItem: (key)
=> ... })`), whose importers keep what it makes (`const logger = createScopedLogger('api.chat')`) and call its
functions (`logger.info(message)`). Such a call names the function `createScopedLogger.info` of the factory's
module (see ModuleLink.resolve), the name that module gives it too (see taint_object_methods)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from postil.analyzers.rules.line_matches import line_matches

# `const logger = createScopedLogger('x')`, `export let repo = await makeRepository(db)` at a line's start (a
# class's instance, `new X()` or `X()`, is taint_instances')
_MADE = re.compile(r"[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]+)?=[ \t]*(?:await[ \t]+)?"
                   r"([a-z_$][\w$]*)\(")
_DECLARES = re.compile(r"\b(?:const|let|var)[ \t]")  # (the lines a match may start on: see line_matches)


@lru_cache(maxsize=16)
def made_by(text: str) -> dict[str, str]:
    """Name -> the function whose call's result a JavaScript text binds it to, where the text declares the
    name once only (two bindings may hold anything). Kept for the last texts."""
    made = [match.groups() for match in line_matches(text, _DECLARES, _MADE)[0]]
    counted = Counter(name for name, _ in made)
    return {name: factory for name, factory in made if counted[name] == 1}


def made_function(link, callee: str) -> tuple | None:
    """(module, `factory.key`) of a call of a function of the object a factory imported from the workspace
    made (`logger.info` with `const logger = createScopedLogger('x')`), None for any other callee."""
    receiver, _, key = callee.rpartition(".")
    if not receiver.isidentifier() or not key.isidentifier():
        return None
    factory = made_by(link.text).get(receiver)
    imported = link.functions.get(factory) if factory is not None else None
    return (imported[0], f"{imported[1]}.{key}") if imported is not None else None
