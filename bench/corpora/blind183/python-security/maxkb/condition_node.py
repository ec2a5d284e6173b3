"""Condition node of an application workflow (MaxKB ``application/flow/step_node``)."""
import operator
import re

COMPARATORS = {
    "eq": operator.eq,
    "not_eq": operator.ne,
    "gt": operator.gt,
    "ge": operator.ge,
    "lt": operator.lt,
    "le": operator.le,
    "contain": lambda a, b: b in a,
    "not_contain": lambda a, b: b not in a,
}
NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")


def _coerce(value):
    if isinstance(value, str) and NUMBER_RE.match(value.strip()):
        return float(value)
    return value


class BaseConditionNode:
    def __init__(self, node_params: dict, workflow_manage):
        self.branch_list = node_params.get("branch", [])
        self.workflow_manage = workflow_manage

    def _field(self, reference: list):
        return self.workflow_manage.get_reference_field(reference[0], reference[1:])

    def assertion(self, condition: dict) -> bool:
        left = _coerce(self._field(condition["field"]))
        compare = condition["compare"]
        right = _coerce(condition["value"])
        if compare in COMPARATORS:
            return COMPARATORS[compare](left, right)
        if compare == "expression":
            # custom expressions written in the node editor, e.g. "len(x) > 3"
            # expect: code-injection
            return bool(eval(f"{left!r} {condition['value']}"))
        raise ValueError(f"unknown comparator {compare}")

    def execute(self) -> dict:
        for branch in self.branch_list:
            conditions = [self.assertion(c) for c in branch.get("conditions", [])]
            matched = all(conditions) if branch.get("condition") == "and" else any(conditions)
            if matched:
                return {"branch_id": branch["id"], "branch_name": branch.get("type", "")}
        return {"branch_id": None, "branch_name": "else"}
