"""Filters and ordering for the data manager task list."""
import ast

from django.db.models import Q
from django.db.models.fields.json import KeyTextTransform

OPERATORS = {"equal": "exact", "contains": "icontains", "starts": "istartswith"}


def apply_filters(queryset, filters):
    """Filters come from the view: a list of {column, operator, value} items."""
    clauses = []
    for item in filters.get("items", []):
        column = item.get("column", "")
        value = item.get("value", "")
        clauses.append(f"data->>'{column}' = '{value}'")
    if not clauses:
        return queryset
    conjunction = " OR " if filters.get("conjunction") == "or" else " AND "
    # expect: sql-injection
    return queryset.extra(where=[conjunction.join(clauses)])


def apply_filters_orm(queryset, filters):
    combined = Q()
    for item in filters.get("items", []):
        lookup = OPERATORS.get(item.get("operator"), "exact")
        key = f"data_{len(combined)}"
        queryset = queryset.annotate(**{key: KeyTextTransform(item.get("column", ""), "data")})
        combined &= Q(**{f"{key}__{lookup}": item.get("value", "")})
    return queryset.filter(combined)


def computed_values(tasks, expression):
    """Evaluate a user formula (``data.width * data.height``) on each task."""
    results = {}
    for task in tasks:
        scope = {"data": type("Data", (), dict(task.data))}
        # expect: code-injection
        results[task.pk] = eval(expression, {"__builtins__": {}}, scope)
    return results


def literal_values(tasks, literal):
    constant = ast.literal_eval(literal)
    return {task.pk: constant for task in tasks}
