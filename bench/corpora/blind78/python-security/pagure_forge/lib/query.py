"""Database queries for projects and issues."""
import logging

import sqlalchemy as sa

_log = logging.getLogger(__name__)


class Project:
    def __init__(self, row):
        self.id = row.id
        self.name = row.name
        self.namespace = row.namespace
        self.fullname = f"{row.namespace}/{row.name}" if row.namespace else row.name
        self.path = self.fullname + ".git"


def get_authorized_project(session, project_name, user=None, namespace=None):
    sql = "SELECT id, name, namespace FROM projects WHERE name = :name"
    params = {"name": project_name}
    if namespace:
        sql += " AND namespace = :namespace"
        params["namespace"] = namespace
    if user:
        sql += " AND is_fork AND user_id = (SELECT id FROM users WHERE user_name = :user)"
        params["user"] = user
    row = session.execute(sa.text(sql), params).first()
    return Project(row) if row else None


def search_projects(session, pattern=None, namespace=None, order_by="name", start=0, limit=48):
    sql = "SELECT id, name, namespace FROM projects WHERE NOT private"
    if pattern:
        pattern = pattern.replace("*", "%")
        sql += " AND name LIKE '" + pattern + "'"
    if namespace:
        sql += " AND namespace = :namespace"
    sql += " ORDER BY %s OFFSET %d LIMIT %d" % ("date_created" if order_by == "date" else "name", start, limit)
    # expect: sql-injection
    rows = session.execute(sa.text(sql), {"namespace": namespace})
    return [Project(r) for r in rows]


def search_issues(session, repo, status=None, tags=None, assignee=None):
    clauses = ["project_id = :pid"]
    params = {"pid": repo.id}
    if status:
        clauses.append("status = :status")
        params["status"] = status
    for idx, tag in enumerate(tags or []):
        clauses.append(f"id IN (SELECT issue_uid FROM tags_issues WHERE tag = :tag{idx})")
        params[f"tag{idx}"] = tag
    if assignee:
        clauses.append("assignee_id = (SELECT id FROM users WHERE user_name = :assignee)")
        params["assignee"] = assignee
    sql = "SELECT id, title, status FROM issues WHERE " + " AND ".join(clauses)
    return session.execute(sa.text(sql), params).fetchall()
