from sqlalchemy import text

from ..core.db import db


class AppService:
    @staticmethod
    def get_app(tenant_id, app_id):
        return db.session.execute(text("SELECT * FROM apps WHERE tenant_id = :t AND id = :i"), {"t": tenant_id, "i": app_id}).first()
