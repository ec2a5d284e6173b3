"""Element-level taint of containers, for the taint engine: `m["keyB"] = param` taints the
element `m["keyB"]`, not `m`, so `m["keyA"]` stays clean; a list built from a literal and
`append`/`pop` outside loops keeps its length, so `lst[0]` after `lst.pop(0)` is the element
that was second. The elements live in a path's state beside the names, keyed `m['keyB']`
(the key's repr), and a list's known length as `lst[#3]` (no read can spell that). Two
lengths at once (after a join) mean the positions of later appends are not known. Anything
else done to a container taints it as a whole (the sound side).
"""

from __future__ import annotations

import ast
import re

Key = str | int | tuple
_LENGTH = re.compile(r"\[#(\d+)\]$")
_REST = "[#except"  # see rest
_ELEMENT = re.compile(r"""([A-Za-z_]\w*)\[((["'])[\w.-]+\3)\]""")  # an element's name with a literal key (see take)
LARGEST = 32  # elements followed one by one per container: a larger one is one value (a path's state is copied at each step)
MOST = 256  # elements followed in one state, all containers together: past it new ones are one value each


def element(base: str, key: Key) -> str:
    """The state's name for the element ``key`` of the container named ``base``."""
    return f"{base}[{key!r}]"


def attribute_key(attribute: str) -> str:
    """The key of an instance's attribute (see taint_fields): no literal key of a dict is
    read as `m.k` in Python, so `m['.k']` names only an attribute."""
    return "." + attribute


def has_attributes(state: dict, base: str) -> bool:
    """Whether ``state`` follows the attributes of ``base`` apart (see taint_fields)."""
    prefix = element(base, attribute_key(""))[:-2]  # `h['.` (the repr's closing quote and bracket dropped)
    return any(name.startswith(prefix) for name in parts(state, base))


def length(base: str, size: int) -> str:
    return f"{base}[#{size}]"


def rest(base: str, clean: frozenset[Key]) -> str:
    """The state's name for the unknown keys of ``base`` that an object spread gave it, but
    the keys ``clean`` written after it."""
    return f"{base}{_REST} {', '.join(sorted(map(repr, clean)))}]"


def _rests(state: dict, base: str) -> list[str]:
    prefix = base + _REST
    return [name for name in state if name.startswith(prefix)]


def literal_key(text: str) -> Key | None:
    """A literal key's value (`"keyA"`, `'keyA'`, `0`, `-1`); None for anything else."""
    if len(text) > 200 or not re.fullmatch(r"""-?\d+|(['"])[^'"\\\n]*\1""", text.strip()):
        return None
    value = ast.literal_eval(text.strip())
    return value if isinstance(value, (str, int)) and not isinstance(value, bool) else None


def has_elements(state: dict) -> bool:
    return any(name.endswith("]") for name in state)


def _full(state: dict, more: int) -> bool:
    """Whether ``more`` elements would take the state past :data:`MOST`."""
    return more > 0 and sum(name.endswith("]") for name in state) + more > MOST


def parts(state: dict, base: str) -> list[str]:
    prefix = base + "["
    return [name for name in state if name.startswith(prefix) and name.endswith("]")]


def take(state: dict, cleared: set[str]) -> dict:
    """Take the names ``cleared`` out of ``state`` (a guard's clear) and return what was taken; an
    element named there (`m['kind']`) of a container tainted whole leaves the container tainted
    but for that key (see rest): the container's whole taint is what was taken."""
    taken = {name: state.pop(name) for name in cleared if name in state}
    for name in cleared - taken.keys():
        split = _ELEMENT.fullmatch(name)
        if split is not None and split.group(1) in state:
            taken[split.group(1)] = origin = state.pop(split.group(1))
            state[rest(split.group(1), frozenset({literal_key(split.group(2))}))] = origin
    return taken


def lengths(state: dict, base: str) -> set[int]:
    """The lengths the list ``base`` may have here (empty: not known)."""
    return {int(m.group(1)) for name in parts(state, base) if (m := _LENGTH.search(name))}


def any_element(state: dict, base: str):
    """The origin of a tainted element of ``base`` (its read as a whole), or None."""
    return next((state[name] for name in parts(state, base) if not _LENGTH.search(name)), None)


def read(state: dict, base: str, keys: list[Key] | None):
    """The origin of what a read of ``base`` gets: the element of one of ``keys`` (a
    negative index counted from a known length), or with ``keys`` None any element."""
    if keys is None or _attribute_of_other(state, base, keys):
        return any_element(state, base)
    sizes = lengths(state, base)
    for key in keys:
        if isinstance(key, int) and key < 0:
            if len(sizes) != 1:
                return any_element(state, base)
            key += next(iter(sizes))
        origin = state.get(element(base, key))
        if origin is not None:
            return origin
    if keys:
        written = repr(keys[0])
        for name in _rests(state, base):
            if written not in name[len(base) + len(_REST):-1].strip().split(", "):
                return state[name]
    return None


def _attribute_of_other(state: dict, base: str, keys: list[Key]) -> bool:
    """Whether ``keys`` read an attribute (`.value`, see taint_fields) of a container whose
    elements are not attributes (a dict, a list): it reads the whole."""
    return any(isinstance(k, str) and k.startswith(attribute_key("")) for k in keys) and not has_attributes(state, base)


def forget(state: dict, base: str) -> None:
    """Drop what is known of ``base``'s elements (it is bound anew)."""
    for name in parts(state, base):
        del state[name]


def collapse(state: dict, base: str) -> None:
    """The container as one value from here on: tainted if any element was."""
    origin = any_element(state, base)
    forget(state, base)
    if origin is not None:
        state.setdefault(base, origin)


def write(state: dict, base: str, key: Key, origin, strong: bool) -> None:
    """``base[key] = value``: the element takes the value's taint (``strong``: a clean
    value clears it). An int key of a list whose length is not known one, or out of it,
    taints the container as a whole."""
    sizes = lengths(state, base)
    if isinstance(key, int) and sizes:
        if len(sizes) != 1 or not -min(sizes) <= key < min(sizes):
            collapse(state, base)
            if origin is not None:
                state[base] = origin
            return
        key %= min(sizes)
    elif isinstance(key, int):  # a list (or an int-keyed table) the code did not build here
        if origin is not None:
            state[base] = origin
        return
    if origin is not None and element(base, key) not in state and _full(state, 1):
        state[base] = origin
    elif origin is not None:
        state[element(base, key)] = origin
    elif strong:
        state.pop(element(base, key), None)
        for name in _rests(state, base):  # the spread's key written over: the server's own now
            spread = state.pop(name)
            listed = name[len(base) + len(_REST):-1]
            state[f"{name[:-1]}{', ' if listed.strip() else ''}{key!r}]"] = spread


def built(state: dict, base: str, items: list[tuple[Key | None, object]], size: int | None) -> bool:
    """``base = {...}`` or ``[...]`` of literal keys: its tainted items' origins by key,
    and a list's length; an item of key None is an object spread (see rest): the keys before
    it may be its own. False (nothing done) past :data:`LARGEST` items."""
    if len(items) > LARGEST or _full(state, len(items) + 1):
        return False
    forget(state, base)
    state.pop(base, None)
    spread, clean = None, set()
    for key, origin in items:
        if key is None:
            if origin is not None:
                for name in parts(state, base):
                    state[name] = origin  # (a key written before may be the spread's)
                spread, clean = origin, set()
        elif origin is not None:
            state[element(base, key)] = origin
            clean.discard(key)
        else:
            state.pop(element(base, key), None)
            clean.add(key)
    if spread is not None:
        state[rest(base, frozenset(clean))] = spread
    if size is not None:
        state[length(base, size)] = _KNOWN
    return True


def append(state: dict, base: str, origin) -> bool:
    """``base.append(value)`` on a list of one known length; False: the length is not known
    (or the list holds :data:`LARGEST` elements already)."""
    sizes = lengths(state, base)
    if len(sizes) != 1 or max(sizes) >= LARGEST or _full(state, 1):
        return False
    size = sizes.pop()
    del state[length(base, size)]
    if origin is not None:
        state[element(base, size)] = origin
    state[length(base, size + 1)] = _KNOWN
    return True


def remove(state: dict, base: str, index: int | None) -> None:
    """``base.pop(index)`` (None: the last) on a list of known length: the elements after
    it move up. A list whose length is not known keeps what it holds; one whose position
    of ``index`` is not known becomes one value."""
    sizes = lengths(state, base)
    if not sizes:
        return
    index = -1 if index is None else index
    if index < 0 and len(sizes) == 1:
        index += min(sizes)
    if not 0 <= index < min(sizes):
        collapse(state, base)
        return
    moved = {}
    for position in range(index, max(sizes)):
        origin = state.pop(element(base, position), None)
        if position > index and origin is not None:
            moved[element(base, position - 1)] = origin
    for size in sizes:
        del state[length(base, size)]
    for size in sizes:
        state[length(base, size - 1)] = _KNOWN
    state.update(moved)


class _Known:
    """The value of a length entry: not an origin, never read as one."""

    def __repr__(self) -> str:
        return "known"


_KNOWN = _Known()


def enumerated(target, value) -> list[tuple[object, object]]:
    """(target, value) of the two names `for i, row in enumerate(rows)` binds: the index to
    the name `enumerate` (a number: no data), the element to the rows; none for another loop."""
    function = value.field("function") if value.kind() == "call" else None
    if function is None or function.text() != "enumerate" or target.kind() not in ("pattern_list", "tuple_pattern"):
        return []
    items = [c for c in target.named_children() if c.kind() != "comment"]
    arguments = [a for a in value.field("arguments").named_children() if a.kind() not in ("comment", "keyword_argument")]
    return [(items[0], function), (items[1], arguments[0])] if len(items) == 2 and arguments else []
