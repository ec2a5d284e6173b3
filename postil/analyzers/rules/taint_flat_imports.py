"""A Python import the package path does not resolve, taken to a module beside the importer (issue 31): a
project read or deployed without its package directories (`from paasta_tools.api.log_reader import
read_instance_log` in a directory holding `log_reader.py`, `from lib import assets_helper` beside
`assets_helper.py`, a script run from its own directory) calls its neighbours' functions all the same. Taken
only where the neighbour defines, at its top level, the name imported or a function the importer calls
through the module (`assets_helper.update(...)`): a library's module of the same name as a neighbour
(`from rest_framework import serializers` beside `serializers.py`) is not taken for it. The standard
library's modules are never looked for."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

_STDLIB = frozenset(sys.stdlib_module_names)
_DEFINED = re.compile(r"^(?:async[ \t]+)?(?:def|class)[ \t]+(\w+)", re.MULTILINE)  # (column 0: the module's own)
_MEMBERS_READ = 200  # members called through a module looked for in the neighbour, at most
_CALLED = re.compile(r"(?<![\w.])(\w+)\.(\w+)\(")  # a call through a name bound to a module (`assets_helper.update(`)


def sibling_module(directory: str, importer: str, local: str, module: str, name: str | None,
                   called: Callable[[], dict[str, set[str]]], is_file: Callable[[str], bool],
                   text_of: Callable[[str], str | None]) -> tuple[str, bool] | None:
    """(the neighbour's file, whether it is the module itself) for the unresolved import of ``name`` (None:
    `import module`) from ``module`` by ``importer`` (in ``directory``; ``called``: the importer's
    called_members), bound to ``local``; None where no neighbour defines what is used (see the module)."""
    if name is None or not module or module.startswith(".") or module.split(".")[0] in _STDLIB:
        return None
    for stem, whole in ((name, True), (module.rsplit(".", 1)[-1], False)):
        path = f"{directory}/{stem}.py"
        if path == importer or not stem.isidentifier() or not is_file(path):
            continue
        neighbour = text_of(path)
        if not neighbour:
            continue
        wanted = called().get(local, set()) if whole else {name}
        if wanted & set(_DEFINED.findall(neighbour)):
            return path, whole
    return None


def called_members(text: str) -> dict[str, set[str]]:
    """The members ``text`` calls through each name (`assets_helper.update(`: "assets_helper" ->
    {"update"}; _MEMBERS_READ a name at most), in one pass: an importer's unresolved imports ask it once."""
    found: dict[str, set[str]] = {}
    for match in _CALLED.finditer(text):
        members = found.setdefault(match.group(1), set())
        if len(members) < _MEMBERS_READ:
            members.add(match.group(2))
    return found
