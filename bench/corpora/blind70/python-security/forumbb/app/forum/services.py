"""Topic and search queries used by the forum views."""
import logging

from sqlalchemy import text

from app.extensions import db

logger = logging.getLogger(__name__)

SCOPE_COLUMNS = {"all": "p.content", "titles": "t.title", "users": "u.username"}


class TopicService:
    def __init__(self, session=None):
        self.session = session or db.session

    def find_by_slug(self, slug):
        row = self.session.execute(
            text("SELECT id, title, forum_id FROM topics WHERE slug = :slug"), {"slug": slug}
        ).first()
        return row

    def recent_in_forum(self, forum_id, order):
        column = {"created": "t.date_created", "views": "t.views"}.get(order, "t.last_updated")
        sql = f"SELECT t.id, t.title FROM topics t WHERE t.forum_id = :fid ORDER BY {column} DESC LIMIT 20"
        return self.session.execute(text(sql), {"fid": forum_id}).fetchall()

    def topics_tagged(self, tag):
        sql = "SELECT t.id, t.title FROM topics t JOIN topic_tags tt ON tt.topic_id = t.id "
        sql += "WHERE tt.tag = '" + tag + "'"
        # expect: sql-injection
        return self.session.execute(text(sql)).fetchall()


class SearchService:
    def __init__(self, scope, session=None):
        self.scope = scope
        self.session = session or db.session

    def search(self, terms):
        column = SCOPE_COLUMNS.get(self.scope, "p.content")
        sql = (
            "SELECT p.id, t.title FROM posts p JOIN topics t ON t.id = p.topic_id "
            f"JOIN users u ON u.id = p.user_id WHERE {column} LIKE :terms"
        )
        return self.session.execute(text(sql), {"terms": f"%{terms}%"}).fetchall()

    def search_raw_scope(self, terms):
        where = f"{self.scope} LIKE '%%{terms}%%'"
        logger.debug("legacy search in scope %s", self.scope)
        # expect: sql-injection
        return self.session.execute(text("SELECT p.id FROM posts p WHERE " + where)).fetchall()
