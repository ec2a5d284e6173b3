"""Whether a text's syntax tree nests deeper than a bound, found without walking all of it.

ast-grep's relational rules cost the tree's depth at each node they try: `inside` asks a node's
ancestors, `has` with a `stopBy` rule walks its descendants by recursion (a Rust stack frame a
level). A JavaScript line of 25,000 `a + ` terms (one binary expression in the next) ended the
process (the stack overflowed inside one search: a segmentation fault, no message; in
`postil review --staged` and `check --jobs 1` the whole command), and chains of 8,000 member
calls, ternaries or `else if` took ~8 s of CPU, the square of their depth. parse_limits leaves
text nested past a bound unparsed.

A level of the tree takes at least one byte of text (chains of unary operators, `!!!x` or `---x`,
take exactly one; brackets, calls and operators two or more), so a node's subtree is no deeper
than its length in bytes plus a few wrappers: only nodes longer than the depth still wanted are
walked into, which in ordinary code is a handful of enclosing classes and functions.
"""

from __future__ import annotations

# same-span wrappers a grammar may stack on a token (an expression statement around a call
# around an identifier...): a few; this is the margin added to a node's length
_WRAPPERS = 64


def parsed_depth(text: str, language: str, most: int) -> tuple[bool, bool | None]:
    """Whether the tree-sitter tree of ``text`` in ``language`` has a node more than ``most``
    levels below its root, and whether that tree holds a syntax error (an ERROR or a missing
    node; None where the text was not parsed: too short to nest so deep, or a language
    without a grammar, whose answer is False)."""
    data = text.encode("utf-8", "surrogatepass")
    if not may_nest_deeper(len(data), most):
        return False, None
    from postil.core.grammars import parser

    try:
        tree = parser(language).parse(data)
    except (LookupError, ValueError):
        return False, None
    return deeper(tree.walk(), most), tree.root_node.has_error


def may_nest_deeper(size: int, most: int) -> bool:
    """Whether a text of ``size`` bytes can hold a tree more than ``most`` levels deep."""
    return size + _WRAPPERS > most


def deeper(cursor, most: int) -> bool:
    """Whether the tree below ``cursor`` (a tree-sitter TreeCursor at its root) has a node more than
    ``most`` levels down; walks into a node only when its length could hold what is left."""
    depth = 0
    while True:
        node = cursor.node
        if depth > most:
            return True
        if depth + node.end_byte - node.start_byte + _WRAPPERS > most and cursor.goto_first_child():
            depth += 1
            continue
        while not cursor.goto_next_sibling():
            if depth == 0 or not cursor.goto_parent():
                return False
            depth -= 1
