"""tree-sitter parsers for the grammars tree-sitter-language-pack bundles, one per language.

A grammar's binding is loaded from the pack's ``bindings`` directory by itself: importing the
pack's package first loads ctypes and three other grammar packages, ~11 ms of a check's
start-up for one fix to be parsed. A grammar not found there (yaml, csharp, embeddedtemplate
come from their own packages) is the pack's ``get_parser``'s.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=32)
def parser(language: str):
    """A tree-sitter ``Parser`` for ``language`` (raises LookupError for a grammar the pack lacks)."""
    from tree_sitter import Language, Parser

    binding = _binding(language)
    if binding is None:
        from tree_sitter_language_pack import get_parser

        return get_parser(language)
    return Parser(Language(binding.language()))


def _binding(language: str):
    """The pack's compiled module for ``language``, loaded without the pack's package; None
    when it is not there as one."""
    import importlib.machinery
    import importlib.util
    import os

    spec = importlib.util.find_spec("tree_sitter_language_pack")
    if spec is None or not spec.submodule_search_locations or not language.isidentifier():
        return None
    name = f"tree_sitter_language_pack.bindings.{language}"
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = os.path.join(spec.submodule_search_locations[0], "bindings", language + suffix)
        if os.path.isfile(path):
            module_spec = importlib.util.spec_from_file_location(name, path,
                                                                 loader=importlib.machinery.ExtensionFileLoader(name, path))
            module = importlib.util.module_from_spec(module_spec)
            module_spec.loader.exec_module(module)
            return module
    return None
