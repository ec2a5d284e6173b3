"""Run queries the API cannot express with the ORM filters alone."""
import logging

from django.db import connection

from haupt.db.models import Run

logger = logging.getLogger("haupt.services.runs_queries")

ORDERING_FIELDS = {"created_at", "-created_at", "name", "-name", "duration", "-duration"}


def _order_clause(sort):
    desc = sort.startswith("-")
    return "{} {}".format(sort.lstrip("-"), "DESC" if desc else "ASC")


def list_runs(project, sort):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT uuid, name, status FROM db_run WHERE project_id = %s ORDER BY " + _order_clause(sort), [project.id])
        return cursor.fetchall()


def list_runs_checked(project, sort):
    if sort not in ORDERING_FIELDS:
        sort = "-created_at"
    with connection.cursor() as cursor:
        cursor.execute("SELECT uuid, name, status FROM db_run WHERE project_id = %s ORDER BY " + _order_clause(sort), [project.id])
        return cursor.fetchall()


def search_runs(project, name):
    queryset = Run.objects.filter(project=project, name__icontains=name)
    return list(queryset.values_list("uuid", "name", "status")[:100])


def runs_by_status(project, status):
    return list(Run.objects.raw("SELECT * FROM db_run WHERE project_id = %s AND status = %s", [project.id, status]))
