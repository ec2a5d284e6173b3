"""Database access for messages, trees and labels."""
from uuid import UUID

from sqlalchemy import bindparam, text
from sqlmodel import Session, select

from oasst_backend.models import ApiClient, Message, TextLabels

KNOWN_LABELS = {"spam", "fails_task", "pii", "not_appropriate", "hate_speech", "sexual_content", "quality", "toxicity"}


class PromptRepository:
    def __init__(self, db: Session, api_client: ApiClient):
        self.db = db
        self.api_client = api_client

    def fetch_message(self, message_id: UUID):
        return self.db.exec(select(Message).where(Message.id == message_id, Message.deleted.is_(False))).first()

    def fetch_tree(self, message_id: UUID, include_deleted=False):
        query = text(
            "SELECT * FROM message WHERE message_tree_id = (SELECT message_tree_id FROM message WHERE id = :mid)"
            + ("" if include_deleted else " AND NOT deleted")
        )
        return self.db.execute(query, {"mid": str(message_id)}).mappings().all()

    def query_messages(self, username, lang, order, desc, limit):
        direction = "DESC" if desc else "ASC"
        query = text(
            f"SELECT m.* FROM message m JOIN \"user\" u ON u.id = m.user_id "
            f"WHERE (:username IS NULL OR u.username = :username) AND (:lang IS NULL OR m.lang = :lang) "
            f"ORDER BY m.{order} {direction} LIMIT :limit"
        )
        return self.db.execute(query, {"username": username, "lang": lang, "limit": limit}).mappings().all()

    def search_text(self, search, lang, limit):
        language_clause = f"AND lang = '{lang}'" if lang else ""
        # expect: sql-injection
        rows = self.db.execute(text(f"SELECT id, text, lang FROM message WHERE search_vector @@ plainto_tsquery('{search}') {language_clause} LIMIT {int(limit)}"))
        return rows.mappings().all()

    def messages_with_label(self, label, min_value):
        if label not in KNOWN_LABELS:
            return []
        query = text(
            "SELECT message_id, labels->>:label AS value FROM text_labels "
            "WHERE (labels->>:label)::float >= :min ORDER BY value DESC LIMIT 100"
        ).bindparams(bindparam("label"), bindparam("min"))
        return self.db.execute(query, {"label": label, "min": float(min_value)}).mappings().all()
