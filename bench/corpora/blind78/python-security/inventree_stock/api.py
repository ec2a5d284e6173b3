"""Stock API: list with filters, export, label printing."""
import csv
import io
import json
import logging

from django.db.models.expressions import RawSQL
from rest_framework import generics, permissions
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from inventree_stock import report
from inventree_stock.helpers import DownloadFile, isNull, safe_export_name, str2bool
from inventree_stock.models import StockItem, StockLocation
from inventree_stock.serializers import LabelPrintSerializer, StockExportSerializer, StockItemSerializer

logger = logging.getLogger("inventree")

ORDERING_FIELDS = {"quantity", "batch", "serial", "part__name", "location__pathstring"}


class StockList(generics.ListCreateAPIView):
    serializer_class = StockItemSerializer
    permission_classes = [permissions.IsAuthenticated]
    queryset = StockItem.objects.all()

    def filter_queryset(self, queryset):
        params = self.request.query_params
        queryset = super().filter_queryset(queryset)
        location = params.get("location", None)
        cascade = str2bool(params.get("cascade", True))
        if location is not None and not isNull(location):
            try:
                loc = StockLocation.objects.get(pk=int(location))
            except (ValueError, StockLocation.DoesNotExist):
                raise ValidationError({"location": "Invalid location"})
            if cascade:
                queryset = queryset.filter(location__pathstring__startswith=loc.pathstring)
            else:
                queryset = queryset.filter(location=loc)
        batch_regex = params.get("batch_regex")
        if batch_regex:
            queryset = queryset.filter(batch__iregex=batch_regex)
        serial_gte = params.get("serial_gte")
        if serial_gte:
            # expect: sql-injection
            queryset = queryset.annotate(serial_int=RawSQL(f"CAST(NULLIF(serial, '') AS INTEGER) >= {serial_gte}", []))
        ordering = params.get("ordering", "part__name")
        if ordering.lstrip("-") in ORDERING_FIELDS:
            queryset = queryset.order_by(ordering)
        return queryset


class StockExport(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def get(self, request, *args, **kwargs):
        serializer = StockExportSerializer(data=request.query_params)
        serializer.is_valid(raise_exception=True)
        fmt = serializer.validated_data["export_format"]
        rows = StockItem.objects.values_list("pk", "part__name", "quantity", "batch")
        if fmt == "json":
            data = json.dumps([list(map(str, r)) for r in rows])
        else:
            buffer = io.StringIO()
            writer = csv.writer(buffer, delimiter="\t" if fmt == "tsv" else ",")
            writer.writerows(rows)
            data = buffer.getvalue()
        filename = safe_export_name(serializer.validated_data["filename"], fmt)
        return DownloadFile(data, filename)


class LabelPrint(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request, *args, **kwargs):
        serializer = LabelPrintSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        items = StockItem.objects.filter(pk__in=data["items"]).select_related("part", "location")
        pages = []
        for item in items:
            if data.get("template") is not None:
                pages.append(report.render_label_template(data["template"], item))
            elif data.get("template_source"):
                pages.append(report.render_label_source(data["template_source"], item))
            else:
                pages.append(report.render_label_file(item))
        return DownloadFile("\n".join(pages), data["filename"], content_type="text/html", inline=True)
