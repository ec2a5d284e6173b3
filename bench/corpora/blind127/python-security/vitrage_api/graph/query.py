"""Graph query predicates: a JSON query tree turned into a predicate over vertices."""
OPERATORS = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b}
LOGICAL = {"and": " and ", "or": " or "}


def _expression(node):
    (op, value), = node.items()
    if op in LOGICAL:
        return "(" + LOGICAL[op].join(_expression(child) for child in value) + ")"
    (field, expected), = value.items()
    return f"item.get('{field}') {op} {expected!r}"


def create_predicate(query):
    expression = _expression(query)
    # expect: code-injection
    return eval(f"lambda item: {expression}")


def create_safe_predicate(query):
    (op, value), = query.items()
    (field, expected), = value.items()
    compare = OPERATORS[op]
    return lambda item: compare(item.get(field), expected)
