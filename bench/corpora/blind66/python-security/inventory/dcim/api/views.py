"""DCIM REST API, with reachability checks run from the NetBox host."""
import yaml
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.response import Response

from dcim.api.serializers import DeviceSerializer, ReachabilitySerializer, TracerouteSerializer
from dcim.models import Device
from dcim.reachability import ping_host, traceroute_host
from netbox.api.viewsets import NetBoxModelViewSet


class DeviceViewSet(NetBoxModelViewSet):
    queryset = Device.objects.select_related("platform", "primary_ip")
    serializer_class = DeviceSerializer

    @action(detail=True, methods=["post"])
    def ping(self, request, pk=None):
        self.get_object()
        serializer = ReachabilitySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        result = ping_host(data["address"], data["count"])
        return Response({"reachable": result.returncode == 0, "output": result.stdout})

    @action(detail=True, methods=["post"])
    def traceroute(self, request, pk=None):
        self.get_object()
        serializer = TracerouteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        result = traceroute_host(serializer.validated_data["address"], serializer.validated_data["max_hops"])
        return Response({"output": result.stdout})


class DeviceTypeImportViewSet(NetBoxModelViewSet):
    """Imports device type definitions from the community library format."""

    queryset = Device.objects.none()
    serializer_class = DeviceSerializer

    @action(detail=False, methods=["post"], url_path="import")
    def import_definitions(self, request):
        raw = request.data.get("data", "")
        fmt = request.data.get("format", "yaml")
        if fmt == "yaml-legacy":
            # expect: deserialization
            definitions = yaml.load(raw, Loader=yaml.UnsafeLoader)
        else:
            definitions = yaml.load(raw, Loader=yaml.SafeLoader)
        if not isinstance(definitions, dict) or "model" not in definitions:
            return Response({"detail": "not a device type definition"}, status=status.HTTP_400_BAD_REQUEST)
        return Response({"model": str(definitions["model"])}, status=status.HTTP_201_CREATED)
