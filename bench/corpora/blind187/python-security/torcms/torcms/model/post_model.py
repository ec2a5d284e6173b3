"""Post queries on the peewee TabPost table."""
import time

import peewee

from torcms.core import tools
from torcms.model.core_tab import TabPost, TabTag2Post


class MPost:
    @staticmethod
    def get_by_uid(uid):
        try:
            return TabPost.get(TabPost.uid == uid)
        except peewee.DoesNotExist:
            return None

    @staticmethod
    def modify_meta(uid, data):
        entry = TabPost.update(
            title=data.get("title", "").strip(),
            cnt_md=tornado_escape_md(data.get("cnt_md", "")),
            cnt_html=data.get("cnt_html", ""),
            user_name=data["user_name"],
            time_update=int(time.time()),
        ).where(TabPost.uid == uid)
        entry.execute()

    @staticmethod
    def query_by_tag(tag):
        # expect: sql-injection
        return TabPost.raw(f"SELECT p.* FROM tabpost p JOIN tabtag2post t ON t.post_id = p.uid WHERE t.tag_name = '{tag}' ORDER BY p.time_update DESC")

    @staticmethod
    def query_by_tag_id(tag_id):
        return (
            TabPost.select()
            .join(TabTag2Post, on=(TabTag2Post.post_id == TabPost.uid))
            .where(TabTag2Post.tag_id == tag_id)
            .order_by(TabPost.time_update.desc())
        )

    @staticmethod
    def search_title(keyword):
        return TabPost.raw(
            "SELECT * FROM tabpost WHERE title LIKE %s ORDER BY time_update DESC LIMIT 50", f"%{keyword}%"
        )

    @staticmethod
    def query_recent(num=10, kind="1"):
        return TabPost.select().where(TabPost.kind == kind).order_by(TabPost.time_update.desc()).limit(int(num))

    @staticmethod
    def count_by_kind(kind):
        return TabPost.raw("SELECT COUNT(*) AS n FROM tabpost WHERE kind = %s", kind).scalar()


def tornado_escape_md(text):
    return tools.strip_script_tags(text)
