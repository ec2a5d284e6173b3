"""Task list queries."""
from django.db import connection

from adjutant.tasks.models import Task

SORTABLE = {"created": "created_on", "type": "task_type"}


def list_tasks(**filters):
    if set(filters) <= {"task_type", "project_id", "approved", "completed"}:
        return list(Task.objects.filter(**filters).values("uuid", "task_type"))
    clauses = " AND ".join(f"{key} = '{value}'" for key, value in filters.items())
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT uuid, task_type FROM tasks_task WHERE {clauses}")
        return cursor.fetchall()


def list_sorted(sort_key):
    column = SORTABLE.get(sort_key, "created_on")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT uuid FROM tasks_task ORDER BY {column} DESC")
        return cursor.fetchall()


def find_by_email(email):
    with connection.cursor() as cursor:
        cursor.execute("SELECT uuid FROM tasks_task WHERE keystone_user LIKE %s", ["%" + email + "%"])
        return cursor.fetchall()
