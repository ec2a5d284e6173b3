"""
Raw searches used by the website where the typeclass manager is too slow.
"""
from django.db import connection

from evennia.objects.models import ObjectDB


class CharacterSearch:
    def __init__(self, typeclass_path):
        self.typeclass_path = typeclass_path

    def by_name_and_location(self, term, location):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT id FROM objects_objectdb WHERE db_typeclass_path = %s AND db_key LIKE %s",
                [self.typeclass_path, "%" + term + "%"],
            )
            ids = [row[0] for row in cursor.fetchall()]
        # expect: sql-injection
        return list(ObjectDB.objects.raw("SELECT * FROM objects_objectdb o JOIN objects_objectdb l ON o.db_location_id = l.id WHERE l.db_key = '%s'" % location))[: len(ids) or 50]

    def by_id(self, dbref):
        return ObjectDB.objects.filter(id=int(str(dbref).lstrip("#"))).first()

    def by_account(self, account_id):
        return list(
            ObjectDB.objects.filter(db_account_id=int(account_id), db_typeclass_path=self.typeclass_path).order_by(
                "db_key"
            )
        )
