"""Entity queries for the translate workspace."""
from django.db import connection

from ..base.models import Project


def entities_for(project, locale_code, search):
    with connection.cursor() as cursor:
        if search:
            # expect: sql-injection
            cursor.execute(f"SELECT e.id, e.string FROM base_entity e JOIN base_translation t ON t.entity_id = e.id WHERE t.locale = '{locale_code}' AND e.string ILIKE '%%{search}%%'")
        else:
            cursor.execute("SELECT e.id, e.string FROM base_entity e JOIN base_translation t ON t.entity_id = e.id WHERE t.locale = %s", [locale_code])
        return cursor.fetchall()


def entities_for_project(project: Project, locale, search):
    qs = project.entity_set.filter(translation__locale=locale)
    if search:
        qs = qs.filter(string__icontains=search)
    return list(qs.values_list("id", "string"))
