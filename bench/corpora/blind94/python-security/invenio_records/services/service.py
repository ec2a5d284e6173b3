from markupsafe import Markup
from sqlalchemy import text

from invenio_records.db import db
from invenio_records.files.storage import FileService

SORT_OPTIONS = {
    "newest": "created DESC",
    "oldest": "created ASC",
    "title": "json->>'title' ASC",
}


class RecordService:
    def __init__(self):
        self.files = FileService()

    def search(self, identity, params):
        sort = params.get("sort") or "newest"
        order = SORT_OPTIONS.get(sort, "created DESC")
        size = int(params.get("size", 10))
        rows = db.session.execute(text(f"SELECT id, json FROM records_metadata ORDER BY {order} LIMIT :size"), {"size": size})
        community = params.get("community")
        if community:
            rows = self.community_records(community)
        return list(rows)

    def community_records(self, community):
        # expect: sql-injection
        return db.session.execute(text(f"SELECT r.id, r.json FROM records_metadata r JOIN communities_records c ON c.record_id = r.id WHERE c.slug = '{community}'"))

    def read(self, identity, pid_value):
        return db.session.execute(text("SELECT id, json FROM records_metadata WHERE json->>'id' = :pid"), {"pid": pid_value}).first()

    def render_badge(self, record):
        title = record.json.get("title", "")
        safe = Markup('<span class="badge">{}</span>').format(title)
        # expect: xss
        return Markup(f'<div class="record-badge">{title}</div>') + safe
