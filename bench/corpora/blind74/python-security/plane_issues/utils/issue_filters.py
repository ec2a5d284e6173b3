"""Turns query parameters into ORM filters and the odd raw WHERE clause."""
import re
import uuid
from datetime import datetime, timedelta

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PRIORITIES = ("urgent", "high", "medium", "low", "none")


def filter_priority(params, issue_filter):
    priorities = [p for p in params.get("priority", "").split(",") if p in PRIORITIES]
    if priorities:
        issue_filter["priority__in"] = priorities
    return issue_filter


def filter_assignees(params, issue_filter):
    ids = []
    for raw in params.get("assignees", "").split(","):
        try:
            ids.append(uuid.UUID(raw))
        except ValueError:
            continue
    if ids:
        issue_filter["assignees__in"] = ids
    return issue_filter


def target_date_clauses(params):
    """Raw clauses for the 'target_date' filter, e.g. '2024-01-01;after'."""
    clauses = []
    for item in params.get("target_date", "").split(","):
        if not item:
            continue
        value, _, direction = item.partition(";")
        op = ">=" if direction == "after" else "<="
        clauses.append("target_date " + op + " '" + value + "'")
    return clauses


def target_date_filter(params, issue_filter):
    for item in params.get("target_date", "").split(","):
        value, _, direction = item.partition(";")
        if not DATE_RE.match(value):
            continue
        key = "target_date__gte" if direction == "after" else "target_date__lte"
        issue_filter[key] = datetime.strptime(value, "%Y-%m-%d").date()
    return issue_filter


def issue_filters(query_params, method="GET"):
    issue_filter = {}
    filter_priority(query_params, issue_filter)
    filter_assignees(query_params, issue_filter)
    target_date_filter(query_params, issue_filter)
    if query_params.get("updated_recently") == "true":
        issue_filter["updated_at__gte"] = datetime.now() - timedelta(days=7)
    return issue_filter
