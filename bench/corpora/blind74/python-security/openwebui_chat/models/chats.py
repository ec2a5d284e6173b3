"""Chat table access (SQLAlchemy core on the shared engine)."""
from typing import Optional

from pydantic import BaseModel
from sqlalchemy import bindparam, create_engine, text

engine = create_engine("sqlite:////app/backend/data/webui.db")


class ChatTitleIdResponse(BaseModel):
    id: str
    title: str
    updated_at: int


class ChatTable:
    def get_chat_list_by_user_id(self, user_id: str, skip: int = 0, limit: int = 50):
        stmt = text("SELECT id, title, updated_at FROM chat WHERE user_id = :uid ORDER BY updated_at DESC LIMIT :limit OFFSET :skip")
        with engine.connect() as conn:
            rows = conn.execute(stmt, {"uid": user_id, "limit": limit, "skip": skip}).fetchall()
        return [ChatTitleIdResponse(id=r[0], title=r[1], updated_at=r[2]) for r in rows]

    def search_chats(self, user_id: str, search_text: str, tag: Optional[str] = None):
        clause = f"user_id = '{user_id}' AND lower(title) LIKE '%{search_text.lower()}%'"
        if tag:
            clause += " AND id IN (SELECT chat_id FROM chat_tag WHERE tag_name = :tag)"
        with engine.connect() as conn:
            # expect: sql-injection
            rows = conn.execute(text("SELECT id, title, updated_at FROM chat WHERE " + clause), {"tag": tag}).fetchall()
        return [ChatTitleIdResponse(id=r[0], title=r[1], updated_at=r[2]) for r in rows]

    def search_chats_bound(self, user_id: str, search_text: str):
        stmt = text("SELECT id, title, updated_at FROM chat WHERE user_id = :uid AND lower(title) LIKE :pattern")
        stmt = stmt.bindparams(bindparam("uid"), bindparam("pattern"))
        with engine.connect() as conn:
            rows = conn.execute(stmt, {"uid": user_id, "pattern": f"%{search_text.lower()}%"}).fetchall()
        return [ChatTitleIdResponse(id=r[0], title=r[1], updated_at=r[2]) for r in rows]


Chats = ChatTable()
