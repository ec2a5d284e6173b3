"""Schema browsing and connection tests for data sources."""
from flask import request
from flask_restful import abort

from querydash.handlers.base import BaseResource, get_object_or_404, require_fields
from querydash.models import DataSource
from querydash.query_runner import get_query_runner


class TableColumnsResource(BaseResource):
    def get(self, data_source_id):
        data_source = get_object_or_404(DataSource.get_by_id_and_org, data_source_id, self.current_org)
        table = request.args.get("table", "")
        if not table:
            abort(400, message="table is required")
        columns = data_source.get_columns(table)
        self.record_event({"action": "view_columns", "object_id": data_source_id, "object_type": "datasource"})
        return {"table": table, "columns": columns}


class TableSampleResource(BaseResource):
    def get(self, data_source_id):
        data_source = get_object_or_404(DataSource.get_by_id_and_org, data_source_id, self.current_org)
        table = request.args.get("table") or "public.events"
        return {"rows": data_source.get_sample(table)}


class DataSourceTestResource(BaseResource):
    def post(self, data_source_id):
        data_source = get_object_or_404(DataSource.get_by_id_and_org, data_source_id, self.current_org)
        req = request.get_json(True)
        require_fields(req, ("options",))

        options = dict(data_source.options)
        options.update(req["options"])
        runner = get_query_runner(data_source.type, options)
        try:
            runner.test_connection()
        except Exception as e:
            return {"message": str(e), "ok": False}, 400
        self.record_event({"action": "test", "object_id": data_source_id, "object_type": "datasource"})
        return {"message": "success", "ok": True}
