"""Methods of a Python module's classes that the files near it call through a receiver whose class
the taint engine cannot tell, for its callers (see taint_callers): rotki's views keep the API object
they were built with (`self.rest_api = rest_api_object`) and call
`self.rest_api.export_history_csv(directory_path=directory_path)` of `api/rest.py`, which they do not
import; Chainlit's route calls `data_layer.list_threads(search=filters.search)` on what a factory of
the package gave. A compound name (words joined by `_`: `export_history_csv`, `list_threads`) that one
class of the module defines, and no other class of it, names that method where a file near it calls
it on a receiver it cannot resolve: that file is one of the module's callers, and its call feeds the
method's parameters. A plain word (`export`, `get`, `send`) says too little of whose method runs, unless
the receiver is named after the class: bepasty's views call `current_app.storage.open(name)` of the
`Storage` class in `storage/filesystem.py`, an object the app was given at start-up."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# the compound method names a file calls (`.export_history_csv(`): the pattern of the workspace's
# "calls" question (Workspace.derive), found once a file's content
CALLED = r"\.([a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9])\("
_COMPOUND = re.compile(r"[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]")
# a method taking an argument past `self` (`def list_threads(self, user_id`); not anchored to a line's start
_DEFINED = re.compile(r"\bdef[ \t]+([a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9])\([ \t]*self[ \t]*,[ \t]*[*\w]")


# a method called on a receiver named by a word (`.storage.open(`, `._storage.open(`): the pattern of the
# workspace's "calls" question for methods of classes named so (see held_methods)
HELD = r"\.(_?[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)\("
_CLASS = re.compile(r"class[ \t]+([A-Z][A-Za-z0-9]*)\b")
_METHOD = re.compile(r"[ \t]+(?:async[ \t]+)?def[ \t]+([a-z][a-z0-9_]*)\([ \t]*self[ \t]*,[ \t]*[*\w]")
_WORDS = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def holder_word(cls: str) -> str:
    """The word a receiver holding an instance of the class ``cls`` is named (`Storage`: `storage`,
    `RestApi`: `rest_api`)."""
    return _WORDS.sub("_", cls).lower()


@lru_cache(maxsize=256)
def held_methods(text: str | None) -> frozenset[str]:
    """`word.method` of the public methods taking an argument of a Python module's top-level classes, the word the
    one a receiver holding an instance would be named (see holder_word): `storage.open` of `class Storage`."""
    if text is None or "class" not in text:
        return frozenset()
    found, word = set(), None
    for line in text.splitlines():
        if line[:1] not in ("", " ", "\t", "#", "@", ")"):
            opened = _CLASS.match(line)
            word = holder_word(opened.group(1)) if opened is not None else None
        elif word is not None and (method := _METHOD.match(line)) is not None:
            found.add(f"{word}.{method.group(1)}")
    return frozenset(found)


@lru_cache(maxsize=256)
def compound_methods(text: str | None) -> frozenset[str]:
    """The compound names of the methods taking an argument that a Python module's text defines
    once (a name two methods share, of two classes, says neither)."""
    if text is None or "_" not in text:
        return frozenset()
    counted = Counter(_DEFINED.findall(text))
    return frozenset(name for name, times in counted.items() if times == 1)


def by_method_name(callee: str, functions: frozenset[str]) -> str | None:
    """The `Class.method` among a module's ``functions`` that a call of ``callee``, a method on a
    receiver not otherwise resolved (`self.rest_api.export_history_csv`), runs: the only one of that
    compound name, or of a plain word on a receiver named after its class (`current_app.storage.open`:
    `Storage.open`); None for a name of none or of several."""
    receiver, dot, method = callee.rpartition(".")
    if not dot or not receiver:
        return None
    if _COMPOUND.fullmatch(method) is None:  # (a plain word: the method of the class the receiver is named after)
        word = receiver.rpartition(".")[2].lstrip("_")
        found = [function for function in functions if function.count(".") == 1
                 and function == f"{function.partition('.')[0]}.{method}" and holder_word(function.partition(".")[0]) == word]
        return found[0] if len(found) == 1 else None
    found = [function for function in functions if function.count(".") == 1 and function.endswith(f".{method}")]
    return found[0] if len(found) == 1 else None
