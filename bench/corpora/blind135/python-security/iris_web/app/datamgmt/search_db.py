"""Global search over IOCs and notes."""
from sqlalchemy import text

from app import db
from app.models.models import Ioc, Notes


def search_iocs(search_value, search_type, case_id):
    if search_type == "notes":
        return [n.note_title for n in Notes.query.filter(Notes.note_content.ilike("%" + search_value + "%")).all()]
    if search_type == "ioc_exact":
        return [i.ioc_value for i in Ioc.query.filter(Ioc.ioc_value == search_value).all()]
    # expect: sql-injection
    rows = db.session.execute(text(f"SELECT ioc_value, ioc_type_id FROM ioc WHERE ioc_value ILIKE '%{search_value}%' AND case_id = {int(case_id)}"))
    return [dict(r._mapping) for r in rows]
