"""ViewSets of the inventory service."""
import logging

from django.db import connection
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Item
from .serializers import ItemSerializer

log = logging.getLogger("inventory.viewsets")

ATTRIBUTE_KEYS = ("color", "size", "material")


class ItemViewSet(viewsets.ModelViewSet):
    queryset = Item.objects.select_related("warehouse")
    serializer_class = ItemSerializer

    def get_queryset(self):
        qs = super().get_queryset()
        name = self.request.query_params.get("name")
        if name:
            qs = qs.filter(name__icontains=name)
        return qs

    @action(detail=False, methods=["get"])
    def by_attribute(self, request):
        key = request.query_params.get("key", "color")
        value = request.query_params.get("value", "")
        # expect: sql-injection
        qs = Item.objects.raw(f"SELECT * FROM inventory_item WHERE attributes ->> '{key}' = %s", [value])
        return Response(ItemSerializer(qs, many=True).data)

    @action(detail=False, methods=["get"])
    def by_attribute_safe(self, request):
        key = request.query_params.get("key", "color")
        if key not in ATTRIBUTE_KEYS:
            key = "color"
        value = request.query_params.get("value", "")
        qs = Item.objects.raw(f"SELECT * FROM inventory_item WHERE attributes ->> '{key}' = %s", [value])
        return Response(ItemSerializer(qs, many=True).data)

    @action(detail=True, methods=["post"])
    def rename(self, request, pk=None):
        item = self.get_object()
        new_name = request.data.get("name", item.name)
        # expect: log-injection
        log.info("rename item %s to %s", item.pk, new_name)
        with connection.cursor() as cursor:
            cursor.execute("UPDATE inventory_item SET name = %s WHERE id = %s", [new_name, item.pk])
        return Response({"ok": True})

    @action(detail=False, methods=["post"])
    def bulk_adjust(self, request):
        statements = []
        for change in request.data.get("changes", []):
            statements.append(f"UPDATE inventory_item SET quantity = quantity + {change['delta']} WHERE sku = '{change['sku']}'")
        with connection.cursor() as cursor:
            for stmt in statements:
                # expect: sql-injection
                cursor.execute(stmt)
        return Response({"applied": len(statements)})
