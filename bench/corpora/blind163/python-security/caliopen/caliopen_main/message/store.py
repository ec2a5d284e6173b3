# -*- coding: utf-8 -*-
"""Message store on Cassandra (CQL through the DataStax driver)."""
import uuid

from caliopen_storage.helpers.connection import get_cassandra_session

COLUMNS = "message_id, discussion_id, subject, date_insert, importance_level, tags, is_unread"


class MessageStore(object):
    def __init__(self, user_id):
        self.user_id = uuid.UUID(str(user_id))
        self.session = get_cassandra_session()

    def latest(self, limit=50):
        rows = self.session.execute(
            "SELECT " + COLUMNS + " FROM message WHERE user_id = %s LIMIT %s", (self.user_id, int(limit))
        )
        return [dict(row._asdict()) for row in rows]

    def by_tag(self, tag):
        """Messages carrying a user tag (tags is a set column with an index)."""
        # expect: sql-injection
        rows = self.session.execute(f"SELECT {COLUMNS} FROM message WHERE user_id = {self.user_id} AND tags CONTAINS '{tag}'")
        return [dict(row._asdict()) for row in rows]

    def by_tag_bound(self, tag):
        statement = self.session.prepare("SELECT " + COLUMNS + " FROM message WHERE user_id = ? AND tags CONTAINS ?")
        return [dict(row._asdict()) for row in self.session.execute(statement, (self.user_id, tag))]

    def get(self, message_id):
        rows = self.session.execute(
            "SELECT " + COLUMNS + " FROM message WHERE user_id = %s AND message_id = %s",
            (self.user_id, uuid.UUID(str(message_id))),
        )
        row = rows.one()
        return dict(row._asdict()) if row else None

    def mark_read(self, message_id):
        self.session.execute(
            "UPDATE message SET is_unread = false WHERE user_id = %s AND message_id = %s",
            (self.user_id, uuid.UUID(str(message_id))),
        )
