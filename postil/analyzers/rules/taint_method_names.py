"""Methods of a Python module's classes that the files near it call through a receiver whose class
the taint engine cannot tell, for its callers (see taint_callers): rotki's views keep the API object
they were built with (`self.rest_api = rest_api_object`) and call
`self.rest_api.export_history_csv(directory_path=directory_path)` of `api/rest.py`, which they do not
import; Chainlit's route calls `data_layer.list_threads(search=filters.search)` on what a factory of
the package gave. A compound name (words joined by `_`: `export_history_csv`, `list_threads`) that one
class of the module defines, and no other class of it, names that method where a file near it calls
it on a receiver it cannot resolve: that file is one of the module's callers, and its call feeds the
method's parameters. A plain word (`export`, `get`, `send`) says too little of whose method runs."""

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
    compound name; None for a plain word, a name of none or of several."""
    receiver, dot, method = callee.rpartition(".")
    if not dot or not receiver or _COMPOUND.fullmatch(method) is None:
        return None
    found = [function for function in functions if function.count(".") == 1 and function.endswith(f".{method}")]
    return found[0] if len(found) == 1 else None
