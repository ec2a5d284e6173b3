"""The tree the rules read, parsed within the file's time limit: ast-grep-py's parse cannot be stopped,
and tree-sitter's error recovery crawls through some malformed text (~3.4 s of CPU a megabyte of `'` in
JavaScript). A JavaScript/TypeScript text over ``_TRIED_FIRST`` is parsed first by py-tree-sitter, in
pieces with the deadline checked between them (syntax.parsed_in_pieces, ~2x ast-grep's CPU on such text):
past the limit the file is refused with what to do; in time, ast-grep's parse of it is at most about as
long (normal text: ~0.15 s of CPU more a half megabyte)."""

from __future__ import annotations

from postil.core.deadline import Deadline, TimeLimitExceeded, past_the_limit

_TRIED_FIRST = 64 * 1024  # characters; below this no text seen takes ast-grep long to parse
_CRAWLED = frozenset({"javascript", "typescript", "tsx"})  # grammars whose error recovery crawls
_WHAT = "parsing this malformed text for the rules (exclude the file if it is not code to review)"


def rules_root(text: str, language: str, deadline: Deadline | None):
    """ast-grep's root node of ``text``. Raises :class:`TimeLimitExceeded` when a long JavaScript or
    TypeScript text does not parse within ``deadline``."""
    from ast_grep_py import SgRoot

    if deadline is not None and language in _CRAWLED and len(text) > _TRIED_FIRST:
        from postil.analyzers.syntax import parsed_in_pieces
        from postil.core.grammars import parser

        try:
            parsed_in_pieces(parser(language), text.encode("utf-8", "surrogatepass"), deadline)
        except TimeLimitExceeded:
            raise TimeLimitExceeded(past_the_limit(_WHAT, deadline.seconds)) from None
    return SgRoot(text, language).root()
