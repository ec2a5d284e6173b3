from django.db import connection, models


class EventType(models.Model):
    title = models.CharField(max_length=254)


class Event(models.Model):
    title = models.CharField(max_length=254)
    description = models.TextField(blank=True)
    notification_text = models.TextField(blank=True)
    type = models.ForeignKey(EventType, on_delete=models.CASCADE)

    @classmethod
    def shifts_for_type(cls, shift_filter):
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute("SELECT s.id, s.start_time FROM core_shift s JOIN core_event e ON s.event_id = e.id JOIN core_eventtype t ON e.type_id = t.id WHERE t.title = '%s' ORDER BY %s" % (shift_filter.event_type, shift_filter.order))
            return cursor.fetchall()

    @classmethod
    def shifts_for_type_sorted(cls, shift_filter):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT s.id FROM core_shift s JOIN core_event e ON s.event_id = e.id WHERE e.type_id IN (SELECT id FROM core_eventtype WHERE title = %s) ORDER BY {shift_filter.order}", [shift_filter.event_type])
            return cursor.fetchall()
