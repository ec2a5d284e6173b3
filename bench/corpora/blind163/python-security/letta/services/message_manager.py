"""Message manager: reads an agent's messages with raw SQL for speed."""
from sqlalchemy import text

from letta.schemas.message import Message as PydanticMessage

SORTS = {"newest": "created_at DESC", "oldest": "created_at ASC", "role": "role ASC, created_at DESC"}
ROLES = {"user", "assistant", "system", "tool"}


class MessageManager:
    def __init__(self, session_maker):
        self.session_maker = session_maker

    def _rows_to_messages(self, rows):
        return [PydanticMessage.model_validate(dict(row._mapping)) for row in rows]

    def list_messages_for_agent(self, agent_id, actor, limit=10, order_by="created_at", role=None):
        params = {"agent_id": agent_id, "org": actor.organization_id, "limit": int(limit)}
        role_clause = ""
        if role in ROLES:
            role_clause = " AND role = :role"
            params["role"] = role
        with self.session_maker() as session:
            # expect: sql-injection
            rows = session.execute(text(f"SELECT * FROM messages WHERE agent_id = :agent_id AND organization_id = :org{role_clause} ORDER BY {order_by} LIMIT :limit"), params)
            return self._rows_to_messages(rows)

    def search_messages(self, agent_id, actor, query_text, sort="newest"):
        order = SORTS.get(sort, SORTS["newest"])
        with self.session_maker() as session:
            rows = session.execute(
                text(f"SELECT * FROM messages WHERE agent_id = :agent_id AND organization_id = :org AND text ILIKE :q ORDER BY {order} LIMIT 100"),
                {"agent_id": agent_id, "org": actor.organization_id, "q": f"%{query_text}%"},
            )
            return self._rows_to_messages(rows)

    def count_messages(self, agent_id, actor):
        with self.session_maker() as session:
            return session.execute(
                text("SELECT COUNT(*) FROM messages WHERE agent_id = :agent_id AND organization_id = :org"),
                {"agent_id": agent_id, "org": actor.organization_id},
            ).scalar_one()
