from django.db import connection

from .models import Unit


class DBSearchBackend:
    def __init__(self, user, tp):
        self.user = user
        self.tp = tp

    def search(self, text, fields, sort):
        clauses = " OR ".join("%s LIKE %%s" % f for f in fields)
        order = sort or "mtime"
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute("SELECT id FROM pootle_store_unit WHERE tp_id = %s AND (" + clauses + ") ORDER BY " + order, [self.tp.pk] + ["%" + text + "%"] * len(fields))
            ids = [row[0] for row in cursor.fetchall()]
        return Unit.objects.filter(pk__in=ids)

    def search_orm(self, text, sort):
        return Unit.objects.filter(store__translation_project=self.tp, source__icontains=text).order_by(sort)
