"""A grammar's parser is loaded without importing tree-sitter-language-pack's package (issue 34:
its import, ~11 ms, was paid by every check that validated a fix) and parses as the pack's own."""

from __future__ import annotations

import pytest
from tree_sitter_language_pack import get_parser

from postil.core.grammars import parser

SOURCES = {"python": "def f(x):\n    return x == None\n", "javascript": "const a = b => { return c(", "tsx": "<A b={1} />;",
           "go": "package main\nfunc main() { x := 1 }\n", "yaml": "a: [1, 2\n", "csharp": "class A { void B() {} }"}


@pytest.mark.parametrize("language", sorted(SOURCES))
def test_a_grammar_s_parser_parses_as_the_pack_s(language):
    data = SOURCES[language].encode()
    ours, theirs = parser(language).parse(data).root_node, get_parser(language).parse(data).root_node
    assert (str(ours), ours.has_error) == (str(theirs), theirs.has_error)
