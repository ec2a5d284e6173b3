"""The innermost function around a node, as the taint engine's scope_of reads it from the
functions' spans: the same answer as walking up the node's parents."""

from ast_grep_py import SgRoot

from postil.analyzers.rules.span_nesting import Nesting

SOURCE = '''\
def outer(a):
    def inner(b):
        return lambda c: c + b
    x = a

def sibling():
    pass

y = 1
'''


def _by_parents(node, kinds):
    parent = node.parent()
    while parent is not None and parent.kind() not in kinds:
        parent = parent.parent()
    return parent


def test_every_node_gets_the_function_its_parents_give():
    root = SgRoot(SOURCE, "python").root()
    kinds = {"function_definition", "lambda"}
    functions = root.find_all(any=[{"kind": k} for k in sorted(kinds)])
    nesting = Nesting([(f.range().start.index, f.range().end.index, f) for f in functions])
    nodes, stack = [], [root]
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(node.children())
    assert len(nodes) >= 50
    for node in nodes:
        expected = _by_parents(node, kinds)
        found = nesting.around(node.range().start.index, node.range().end.index)
        assert (found.range().start.index if found else None) == (expected.range().start.index if expected else None), \
            node.text()


def test_a_function_is_not_its_own_scope_and_module_code_has_none():
    nesting = Nesting([(0, 10, "outer"), (2, 8, "inner"), (12, 20, "sibling")])
    assert nesting.around(2, 8) == "outer"
    assert nesting.around(3, 4) == "inner"
    assert nesting.around(9, 10) == "outer"
    assert nesting.around(13, 14) == "sibling"
    assert nesting.around(10, 12) is None
    assert nesting.around(0, 10) is None
