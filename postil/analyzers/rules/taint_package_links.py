"""A Python link's names that a package's `__init__.py` re-exports (issue 31), followed lazily: `from helpers
import get_param` names `helpers/__init__.py`, whose `from .source import get_param` makes it `get_param` of
`helpers/source.py` (see taint_py_reexports). Asked where the engine asks what a call's callee is (see
ModuleLink.resolve), and, for the gates' modules (ModuleLink.targets), only of a file that may read request data
in a tree that holds some: a library's `__init__.py` files, most of its imports, are never read for this. The
modules read are the link's consulted texts, and the importer is noted as theirs (editor staleness)."""

from __future__ import annotations

from pathlib import Path


def package_origin(link, target: tuple[Path, str]) -> tuple[Path, str]:
    """``target`` (module file, function or "Class.method") of ``link`` (taint_modules.ModuleLink) taken through
    the `__init__.py` that re-exports its name, to the module that defines it; ``target`` itself where its module
    is no package or defines the name."""
    module, function = target
    reexports = link.workspace.graph.package_reexports
    if module.name != "__init__.py" or reexports is None or link.language != "python":
        return target
    name, dot, rest = function.partition(".")
    key = (module, name)
    known = link.origins.get(key, False)
    if known is False:
        read: dict[Path, str] = {}
        known = link.origins[key] = reexports.origin(module, name, read)
        for path, digest in read.items():  # (what the answer rests on: a change to one re-checks the importer)
            link.consulted.setdefault(path, digest)
            if link.path is not None and path != module:
                link.workspace.graph.note_dependent(link.path, path)
        if known is not None and link.path is not None:
            link.workspace.graph.note_dependent(link.path, known[0])
    if known is None or known[1] is None:
        return target
    return known[0], known[1] + dot + rest


def package_targets(link) -> set[Path]:
    """The modules the link's imported names of packages come from (see package_origin), where they may
    matter: the link's file is Python, may read request data (as a bulk scan found, or no scan ran), and
    the tree holds some (see ModuleCallers.library_tree)."""
    if link.language != "python" or link.path is None:
        return set()
    packaged = link.packaged
    if packaged is None:  # (its imports are fixed: asked for every module list, ~6 a handler)
        packaged = link.packaged = tuple(target for target in link.functions.values() if target[0].name == "__init__.py")
    workspace = link.workspace
    if not packaged or workspace.library_tree("python"):
        return set()
    text, digest = workspace.text(link.path)
    if text == link.text and workspace.scanned.reads_request(link.path, digest, text) is False:
        return set()
    return {found[0] for target in packaged if (found := package_origin(link, target)) != target}
