from sqlalchemy import text

from appenlight.models import DBSession
from appenlight.models.log import Log


class LogService:
    @classmethod
    def get_paginator_by_app_ids(cls, app_ids, message="", namespace=None, level=None, resource=None, **kwargs):
        query = DBSession.query(Log).filter(Log.resource_id.in_(resource or app_ids))
        if namespace:
            query = query.filter(Log.namespace.in_(namespace))
        if level:
            query = query.filter(Log.log_level.in_(level))
        if message:
            ids = cls.message_search(message)
            query = query.filter(Log.log_id.in_(ids))
        return [log.get_dict() for log in query.limit(100)]

    @staticmethod
    def message_search(message):
        # expect: sql-injection
        rows = DBSession.execute(text(f"SELECT log_id FROM logs WHERE message ILIKE '%{message}%' LIMIT 1000"))
        return [r[0] for r in rows]

    @staticmethod
    def namespace_search(namespace):
        rows = DBSession.execute(text("SELECT log_id FROM logs WHERE namespace = :ns LIMIT 1000"), {"ns": namespace})
        return [r[0] for r in rows]
