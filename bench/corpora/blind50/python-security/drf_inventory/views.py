"""APIView endpoints of the inventory service."""
from django.shortcuts import get_object_or_404
from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from . import utils
from .models import Item
from .serializers import ImportSerializer, LabelSerializer


class StockView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        warehouse = request.query_params.get("warehouse", "MAIN")
        min_qty = request.query_params.get("min", "0")
        sql = utils.build_stock_query(warehouse, min_qty)
        rows = utils.run_query(sql)
        return Response([{"sku": s, "qty": q} for s, q in rows])


class StockSafeView(APIView):
    permission_classes = [IsAuthenticated]

    def get(self, request):
        warehouse = request.query_params.get("warehouse", "MAIN")
        try:
            min_qty = int(request.query_params.get("min", "0"))
        except ValueError:
            return Response({"detail": "min must be a number"}, status=status.HTTP_400_BAD_REQUEST)
        items = Item.objects.filter(warehouse__code=warehouse, quantity__gte=min_qty)
        return Response([{"sku": i.sku, "qty": i.quantity} for i in items])


class ImportView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        ser = ImportSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        text = utils.fetch_feed(ser.validated_data["source_url"])
        rows = utils.parse_feed(text, ser.validated_data["fmt"])
        return Response({"rows": len(rows)})


class SnapshotRestoreView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        blob = request.body
        state = utils.restore_snapshot(blob)
        return Response({"keys": sorted(state)})


class LabelView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, pk):
        item = get_object_or_404(Item, pk=pk)
        ser = LabelSerializer(data={**request.data, "sku": item.sku})
        ser.is_valid(raise_exception=True)
        data = ser.validated_data
        result = utils.print_label(data["printer"], data["sku"], data["copies"])
        return Response({"code": result.returncode})
