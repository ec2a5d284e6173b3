"""The text the rules read, known to parse within the file's time limit: ast-grep-py's parse cannot be stopped,
and tree-sitter's error recovery crawls through some malformed text (~3.4 s of CPU a megabyte of `'` in
JavaScript). A JavaScript/TypeScript text over ``_TRIED_FIRST`` is parsed first by py-tree-sitter, in
pieces with the deadline checked between them (syntax.parsed_in_pieces, ~2x ast-grep's CPU on such text,
~0.3 s a megabyte of normal code), under the file's limit and ``_SECONDS_A_MEGABYTE``: past either the
file is refused with what to do; in time, ast-grep's parse of it is at most about half as long. A text
refused under its budget alone (a bulk scan's pre-pass, an imported module) is remembered by its digest
and refused again without a second parse."""

from __future__ import annotations

import hashlib
import math

from postil.core.deadline import Deadline, TimeLimitExceeded, past_the_limit

_TRIED_FIRST = 64 * 1024  # characters; below this no text seen takes ast-grep long to parse
_CRAWLED = frozenset({"javascript", "typescript", "tsx"})  # grammars whose error recovery crawls
_SECONDS_A_MEGABYTE = 2.0  # of the first parse's CPU (normal code ~0.3, a megabyte of quotes ~7)
_LEAST_SECONDS = 0.5
_WHAT = ("parsing this malformed text for the rules (tree-sitter's error recovery; "
         "exclude the file if it is not code to review)")
_REMEMBERED = 256  # texts refused under their budget alone, by digest (then forgotten all at once)
_REFUSED: set[tuple[str, bytes]] = set()


class _Sooner:
    """The file's deadline and the first parse's own budget: ``check`` raises past either."""

    def __init__(self, file: Deadline, budget: Deadline) -> None:
        self.file, self.budget = file, budget

    def check(self, what: str) -> None:
        self.file.check(what)
        self.budget.check(what)


def parse_in_time(text: str, language: str, deadline: Deadline | None) -> None:
    """Before ast-grep parses ``text`` for the rules: raises :class:`TimeLimitExceeded` when a long
    JavaScript or TypeScript text does not parse within ``deadline`` or its budget a megabyte."""
    if deadline is not None and language in _CRAWLED and len(text) > _TRIED_FIRST:
        from postil.analyzers.syntax import parsed_in_pieces
        from postil.core.grammars import parser

        budget = Deadline(round(max(_LEAST_SECONDS, _SECONDS_A_MEGABYTE * len(text) / 1e6), 1))
        data = text.encode("utf-8", "surrogatepass")
        known = (language, hashlib.sha256(data).digest())
        try:
            if known in _REFUSED:  # (its budget alone ran out on it: so would it again, the file's limit or not)
                raise TimeLimitExceeded(_WHAT)
            parsed_in_pieces(parser(language), data, _Sooner(deadline, budget))
        except TimeLimitExceeded:
            if deadline.seconds == math.inf:
                if len(_REFUSED) >= _REMEMBERED:
                    _REFUSED.clear()
                _REFUSED.add(known)
            raise TimeLimitExceeded(past_the_limit(_WHAT, min(deadline.seconds, budget.seconds))) from None


def parses_in_budget(text: str, language: str) -> bool:
    """Whether ``text`` passes :func:`parse_in_time` under its budget a megabyte alone: for a module
    another file imports (no file's deadline runs there; the module's own check reports its refusal)."""
    try:
        parse_in_time(text, language, Deadline(math.inf))
    except TimeLimitExceeded:
        return False
    return True


def refused_bytes(data: bytes, language: str | None) -> bool:
    """Whether a file's ``data`` is a text :func:`parse_in_time` refuses under its budget a megabyte
    (a bulk scan keeps it from ast-grep's CLI, whose parse of it would crawl: the rules in process refuse it)."""
    return language in _CRAWLED and len(data) > _TRIED_FIRST and \
        not parses_in_budget(data.decode("utf-8", "replace"), language)
