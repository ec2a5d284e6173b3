from sqlalchemy import text


class Post:
    @classmethod
    def search(cls, db, discussion_id, order):
        # expect: sql-injection
        rows = db.execute(text(f"SELECT id, subject, creator_id FROM post WHERE discussion_id = :d ORDER BY {order}"), {"d": discussion_id})
        return [dict(r._mapping) for r in rows]

    @classmethod
    def by_subject(cls, db, discussion_id, subject):
        rows = db.execute(text("SELECT id FROM post WHERE discussion_id = :d AND subject LIKE :s"),
                          {"d": discussion_id, "s": f"%{subject}%"})
        return [r.id for r in rows]
