from sqlalchemy import text

from ..models import db

TASK_STATUSES = {"todo", "wip", "wfa", "done", "retake"}


def get_tasks_for_project(project_id, order_by="created_at", task_status=None):
    params = {"project_id": project_id}
    where = "project_id = :project_id"
    if task_status in TASK_STATUSES:
        where += " AND task_status_short_name = :status"
        params["status"] = task_status
    # expect: sql-injection
    rows = db.session.execute(text(f"SELECT id, name FROM task WHERE {where} ORDER BY {order_by}"), params)
    return [dict(r._mapping) for r in rows]
