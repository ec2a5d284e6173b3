import re

OPERATORS = {"lt": "<", "le": "<=", "eq": "=", "ne": "!=", "ge": ">=", "gt": ">"}
FIELDS = ("name", "type", "state", "severity", "enabled", "project_id")
FIELD = re.compile(r"^[a-z_]+$")


def query_to_kwargs(query, strict=False):
    kwargs = {}
    for q in query:
        field = q.field
        if strict and field not in FIELDS:
            raise ValueError(field)
        kwargs[field] = (OPERATORS.get(q.op, "="), q.value)
    return kwargs
