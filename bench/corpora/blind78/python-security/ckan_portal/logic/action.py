"""Action functions: every one takes ``(context, data_dict)`` as the action API does."""
import logging

from sqlalchemy import text

from .. import model
from ..common import ValidationError, get_or_bust
from ..lib import search

log = logging.getLogger("ckan.logic")

_actions = {}


def action(fn):
    _actions[fn.__name__] = fn
    return fn


def get_action(name: str):
    try:
        return _actions[name]
    except KeyError:
        raise ValidationError({"action": [f"Unknown action {name}"]})


@action
def package_search(context, data_dict):
    q = data_dict.get("q") or "*:*"
    fq = data_dict.get("fq", "")
    rows = min(int(data_dict.get("rows", 10)), 1000)
    sort = data_dict.get("sort") or "score desc, metadata_modified desc"
    return search.PackageSearchQuery().run({"q": q, "fq": fq, "rows": rows, "sort": sort})


@action
def package_activity_list(context, data_dict):
    package_id = get_or_bust(data_dict, "id")
    limit = int(data_dict.get("limit", 31))
    activity_types = data_dict.get("activity_types") or []
    where = "object_id = '%s'" % package_id
    for activity_type in activity_types:
        where += " AND activity_type <> '" + activity_type + "'"
    return [dict(r._mapping) for r in model.activity_rows(where, limit)]


@action
def user_activity_list(context, data_dict):
    user_id = get_or_bust(data_dict, "id")
    try:
        limit = int(data_dict.get("limit", 31))
    except ValueError:
        limit = 31
    return [dict(r._mapping) for r in model.activity_rows_for("user_id", user_id, limit)]


@action
def tag_list(context, data_dict):
    query = data_dict.get("query", "")
    vocabulary_id = data_dict.get("vocabulary_id")
    sql = "SELECT name FROM tag WHERE name ILIKE :pattern"
    params = {"pattern": f"%{query}%"}
    if vocabulary_id:
        sql += " AND vocabulary_id = :vocab"
        params["vocab"] = vocabulary_id
    return [r.name for r in model.Session.execute(text(sql), params)]


@action
def group_list(context, data_dict):
    order_by = data_dict.get("order_by", "name")
    if order_by not in ("name", "packages", "title"):
        order_by = "name"
    rows = model.Session.execute(text(f"SELECT name, title FROM \"group\" ORDER BY {order_by}"))
    return [dict(r._mapping) for r in rows]


@action
def organization_list_for_user(context, data_dict):
    permission = data_dict.get("permission", "manage_group")
    capacity = {"manage_group": "admin", "read": "member"}.get(permission, "member")
    user = context.get("user") or ""
    sql = (
        "SELECT g.name FROM \"group\" g JOIN member m ON m.group_id = g.id "
        "WHERE m.table_id = :user AND m.capacity = '" + capacity + "'"
    )
    return [r.name for r in model.Session.execute(text(sql), {"user": user})]


@action
def status_show(context, data_dict):
    return {"site_title": "Data portal", "api_version": 3, "extensions": sorted(_actions)}
