from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from ralph_assets.api.serializers import (
    DataCenterAssetSerializer,
    DeploymentSerializer,
    ScanSerializer,
)
from ralph_assets.lib import deployment, ldap_sync, repository, scanner
from ralph_assets.models import DataCenterAsset


class RalphAPIViewSet(viewsets.ModelViewSet):
    select_related = []

    def get_queryset(self):
        return super().get_queryset().select_related(*self.select_related)


class DataCenterAssetViewSet(RalphAPIViewSet):
    queryset = DataCenterAsset.objects.all()
    serializer_class = DataCenterAssetSerializer
    select_related = ["rack", "rack__server_room"]

    @action(detail=False, methods=["get"])
    def by_rack(self, request):
        rack = request.query_params.get("rack", "")
        order = request.query_params.get("ordering")
        if not order:
            order = "hostname"
        rows = repository.assets_in_rack(rack, order)
        return Response(rows)

    @action(detail=False, methods=["get"])
    def by_barcode(self, request):
        barcode = request.query_params.get("barcode", "")
        return Response(repository.asset_by_barcode(barcode))

    @action(detail=True, methods=["post"])
    def deploy(self, request, pk=None):
        serializer = DeploymentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        venture = data.get("venture") or "default"
        deployment.render_kickstart(data["hostname"], data["preboot"], venture)
        deployment.fetch_kickstart(data["kickstart_url"])
        return Response({"status": "queued"})

    @action(detail=True, methods=["post"])
    def scan(self, request, pk=None):
        serializer = ScanSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        scanner.run_scan(str(serializer.validated_data["ip_address"]), serializer.validated_data["plugins"])
        return Response({"status": "started"})

    @action(detail=True, methods=["post"])
    def ping(self, request, pk=None):
        host = request.data.get("host", "")
        return Response({"output": scanner.ping_host(host)})

    @action(detail=False, methods=["get"])
    def owner_lookup(self, request):
        username = request.query_params.get("username", "")
        exact = request.query_params.get("exact") == "1"
        found = ldap_sync.find_owner_escaped(username) if exact else ldap_sync.find_owner(username)
        return Response([entry[0] for entry in found])
