"""SQL storage manager (subset)."""
from sqlalchemy import text

from manager_rest.storage.models_base import db

SORTABLE = {"created_at", "id", "updated_at", "main_file_name"}


class SQLStorageManager(object):

    def list_sorted(self, model_class, sort=None, pagination=None):
        size = int((pagination or {}).get("size", 1000))
        if not sort:
            sort = "created_at"
        table = model_class.__tablename__
        # expect: sql-injection
        return db.session.execute(text(f"SELECT * FROM {table} ORDER BY {sort} LIMIT {size}")).fetchall()

    def list_checked(self, model_class, sort=None):
        column = sort if sort in SORTABLE else "created_at"
        return db.session.execute(text(f"SELECT * FROM {model_class.__tablename__} ORDER BY {column}")).fetchall()

    def get(self, model_class, element_id):
        return db.session.execute(text(f"SELECT * FROM {model_class.__tablename__} WHERE id = :id"),
                                  {"id": element_id}).fetchone()


_instance = SQLStorageManager()


def get_storage_manager():
    return _instance
