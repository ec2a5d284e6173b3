"""Inventory API views (DRF), shaped on zentral.contrib.inventory.api_views."""
from rest_framework import serializers
from rest_framework.permissions import DjangoModelPermissions, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from zentral.contrib.inventory import tasks
from zentral.contrib.inventory.utils import MSQuery
from zentral.utils.drf import DjangoPermissionRequired


class ExportSerializer(serializers.Serializer):
    source_name = serializers.CharField(required=False, allow_blank=True)
    export_format = serializers.ChoiceField(choices=["xlsx", "zip"], default="xlsx")
    filename = serializers.CharField(required=False, allow_blank=True)


class MachinesExport(APIView):
    permission_required = "inventory.view_machinesnapshot"
    permission_classes = [IsAuthenticated, DjangoPermissionRequired]

    def post(self, request, *args, **kwargs):
        serializer = ExportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        filename = data.pop("filename", "")
        if not filename:
            filename = f"inventory_export.{data['export_format']}"
        result = tasks.export_inventory.apply_async(kwargs={"filename": filename, **data})
        return Response({"task_id": str(result.id)}, status=201)


class MachineMacAddresses(APIView):
    permission_classes = [IsAuthenticated, DjangoModelPermissions]

    def get(self, request, *args, **kwargs):
        ms_query = MSQuery(request.query_params)
        return Response({"mac_addresses": ms_query.mac_addresses()})
