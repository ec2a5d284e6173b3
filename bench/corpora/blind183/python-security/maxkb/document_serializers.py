"""Document listing queries (MaxKB ``dataset/serializers/document_serializers.py``)."""
from django.db import connection
from rest_framework import serializers

DOCUMENT_COLUMNS = {
    "create_time": "d.create_time",
    "update_time": "d.update_time",
    "name": "d.name",
    "char_length": "d.char_length",
}


class DocumentSerializers:
    class Query(serializers.Serializer):
        dataset_id = serializers.UUIDField(required=True)
        name = serializers.CharField(required=False, allow_null=True, allow_blank=True, max_length=150)
        order_by = serializers.CharField(required=False, allow_blank=True)
        status = serializers.CharField(required=False, allow_null=True, allow_blank=True)

        def _where(self):
            clauses = ["d.dataset_id = %s"]
            params = [str(self.validated_data["dataset_id"])]
            name = self.validated_data.get("name")
            if name:
                clauses.append("d.name ILIKE %s")
                params.append(f"%{name}%")
            status = self.validated_data.get("status")
            if status:
                clauses.append("d.status = %s")
                params.append(status)
            return " AND ".join(clauses), params

        def page(self, current_page: int, page_size: int) -> dict:
            where, params = self._where()
            order_by = self.validated_data.get("order_by") or "create_time"
            offset = (current_page - 1) * page_size
            with connection.cursor() as cursor:
                # expect: sql-injection
                cursor.execute(f"SELECT d.id, d.name, d.char_length, d.status FROM document d WHERE {where} ORDER BY {order_by} DESC LIMIT %s OFFSET %s", params + [page_size, offset])
                rows = cursor.fetchall()
                cursor.execute(f"SELECT count(*) FROM document d WHERE {where}", params)
                total = cursor.fetchone()[0]
            return {"total": total, "records": [dict(zip(("id", "name", "char_length", "status"), r)) for r in rows]}

        def export_rows(self) -> list:
            where, params = self._where()
            column = DOCUMENT_COLUMNS.get(self.validated_data.get("order_by") or "", "d.create_time")
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT d.id, d.name FROM document d WHERE {where} ORDER BY {column}", params)
                return cursor.fetchall()
