"""Services for user stories: bulk creation and lookups."""
from django.db import connection, transaction

from tracker.userstories.models import UserStory


def get_userstories_from_bulk(bulk_data, **additional_fields):
    return [UserStory(subject=line, **additional_fields) for line in bulk_data.splitlines() if line.strip()]


@transaction.atomic
def create_userstories_in_bulk(project_id, bulk_data):
    stories = get_userstories_from_bulk(bulk_data, project_id=project_id)
    UserStory.objects.bulk_create(stories)
    return stories


def get_by_ref(project, ref):
    sql = "SELECT id FROM userstories_userstory WHERE project_id = %s AND ref = " % project
    sql = sql + ref
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(sql)
        row = cursor.fetchone()
    return UserStory.objects.get(pk=row[0])
