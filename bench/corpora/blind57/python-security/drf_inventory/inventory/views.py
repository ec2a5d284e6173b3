from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from . import tasks
from .models import Item
from .queries import ItemQuery, run_item_query, run_item_query_bound
from .serializers import ExportRequestSerializer, ImportSpecSerializer, ItemFilterSerializer, ItemSerializer


class ItemViewSet(viewsets.ModelViewSet):
    queryset = Item.objects.select_related("warehouse")
    serializer_class = ItemSerializer
    permission_classes = [IsAuthenticated]

    def _filters(self):
        serializer = ItemFilterSerializer(data=self.request.query_params)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    @action(detail=False, methods=["get"])
    def report(self, request):
        query = ItemQuery(**self._filters())
        return Response({"rows": run_item_query(query)})

    @action(detail=False, methods=["get"], url_path="report-v2")
    def report_v2(self, request):
        query = ItemQuery(**self._filters())
        return Response({"rows": run_item_query_bound(query)})

    @action(detail=False, methods=["post"])
    def export(self, request):
        serializer = ExportRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        if request.query_params.get("checked") == "1":
            job = tasks.export_items_checked.delay(data["destination"], data["export_id"], data.get("fields"))
        else:
            job = tasks.export_items.delay(data["destination"], data["export_id"], data.get("fields"))
        return Response({"job": job.id}, status=status.HTTP_202_ACCEPTED)

    @action(detail=False, methods=["post"], url_path="import")
    def import_items(self, request):
        serializer = ImportSpecSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        spec, strict = serializer.validated_data["spec"], serializer.validated_data["strict"]
        if strict:
            result = tasks.import_spec_safe.delay(spec, strict)
        else:
            result = tasks.import_spec.delay(spec, strict)
        return Response({"job": result.id}, status=status.HTTP_202_ACCEPTED)
