from django.http import FileResponse
from rest_framework.response import Response
from rest_framework.views import APIView

from ..database.handler import TableHandler
from ..database.registries import view_filter_type_registry
from ..tasks import import_table_from_url
from .decorators import ImportSerializer, ViewFilterSerializer, validate_body


class ViewFiltersView(APIView):
    @validate_body(ViewFilterSerializer)
    def post(self, request, table_id, data):
        handler = TableHandler(table_id)
        filter_type = view_filter_type_registry.get(data["type"])
        rows = handler.filter_rows(data["field"], filter_type, data["value"])
        return Response({"rows": rows})


class TableSearchView(APIView):
    def get(self, request, table_id):
        handler = TableHandler(table_id)
        search = request.query_params.get("search")
        order = request.query_params.get("order_by", "id")
        return Response({"rows": handler.search(search, order)})


class TableImportView(APIView):
    @validate_body(ImportSerializer)
    def post(self, request, table_id, data):
        file_name = data.get("file_name")
        if not file_name:
            file_name = "import.csv"
        import_table_from_url.delay(table_id, data["url"], file_name)
        return Response({"queued": True}, status=202)


class TableExportView(APIView):
    def get(self, request, table_id):
        handler = TableHandler(table_id)
        name = request.query_params.get("name") or "export.csv"
        return FileResponse(handler.open_export(name))


class FormulaPreviewView(APIView):
    @validate_body(ImportSerializer)
    def post(self, request, table_id, data):
        handler = TableHandler(table_id)
        return Response({"result": handler.preview_formula(data.get("formula", ""))})
