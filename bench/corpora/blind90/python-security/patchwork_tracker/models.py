from django.db import connection, models


class Person(models.Model):
    email = models.CharField(max_length=255, unique=True)
    name = models.CharField(max_length=255, blank=True)


class Bundle(models.Model):
    name = models.CharField(max_length=50)
    public = models.BooleanField(default=False)


class Check(models.Model):
    target_url = models.URLField(blank=True, null=True)
    context = models.SlugField(max_length=255)
    description = models.TextField(blank=True)


def patch_ids_ordered(project_id, order_clause):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT id FROM patchwork_patch WHERE project_id = %%s ORDER BY %s" % order_clause, [project_id])
        return [row[0] for row in cursor.fetchall()]


def patch_ids_by_order(project_id, order):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM patchwork_patch WHERE project_id = %%s ORDER BY %s" % order.sql(), [project_id])
        return [row[0] for row in cursor.fetchall()]
