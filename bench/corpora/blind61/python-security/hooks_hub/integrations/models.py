from django.db import connection, models


class Delivery(models.Model):
    source = models.CharField(max_length=40)
    event = models.CharField(max_length=80)
    delivery_id = models.CharField(max_length=64, unique=True)
    target_url = models.URLField(blank=True)
    status = models.CharField(max_length=16, default="queued")
    payload = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]


def count_by_event(source):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT event, COUNT(*) FROM integrations_delivery WHERE source = %s GROUP BY event",
            [source],
        )
        return dict(cursor.fetchall())


def failed_since(source, since_sql):
    with connection.cursor() as cursor:
        query = "SELECT delivery_id, target_url FROM integrations_delivery WHERE status = 'failed'"
        query += " AND source = '%s'" % source
        query += " AND created_at > " + since_sql
        # expect: sql-injection
        cursor.execute(query)
        return cursor.fetchall()
