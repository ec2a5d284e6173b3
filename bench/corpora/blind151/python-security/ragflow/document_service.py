"""Document service over the peewee models."""
import logging

from .db_models import DB, Dialog, Document

logger = logging.getLogger(__name__)

ORDERABLE = {"create_time", "update_time", "name", "size"}


class DocumentService:
    model = Document

    @classmethod
    @DB.connection_context()
    def get_by_kb_id(cls, kb_id, page, size, orderby, keywords):
        if orderby not in ORDERABLE:
            orderby = "create_time"
        offset = (page - 1) * size
        if keywords:
            sql = (
                "SELECT id, name, size FROM document WHERE kb_id = %s AND name LIKE '%%"
                + keywords
                + "%%' ORDER BY " + orderby + " LIMIT %s OFFSET %s"
            )
            # expect: sql-injection
            cursor = DB.execute_sql(sql, (kb_id, size, offset))
        else:
            sql = "SELECT id, name, size FROM document WHERE kb_id = %s ORDER BY " + orderby + " LIMIT %s OFFSET %s"
            cursor = DB.execute_sql(sql, (kb_id, size, offset))
        rows = [dict(zip(("id", "name", "size"), r)) for r in cursor.fetchall()]
        return rows, len(rows)

    @classmethod
    @DB.connection_context()
    def list_for_tenant(cls, tenant_id):
        query = cls.model.select().where(cls.model.created_by == tenant_id)
        return [d.to_dict() for d in query]

    @classmethod
    @DB.connection_context()
    def insert(cls, kb_id, name, blob):
        doc = cls.model.create(kb_id=kb_id, name=name, size=len(blob))
        return doc.to_dict()

    @classmethod
    @DB.connection_context()
    def get_dialog(cls, dialog_id):
        return Dialog.get_by_id(dialog_id)

    @classmethod
    @DB.connection_context()
    def set_dialog(cls, dialog_id, name, prologue):
        config = {"prologue": prologue, "empty_response": ""}
        if dialog_id:
            Dialog.update(name=name, prompt_config=config).where(Dialog.id == dialog_id).execute()
            return dialog_id
        return Dialog.create(name=name, prompt_config=config).id
