"""IPAM REST API."""
from rest_framework.decorators import action
from rest_framework.response import Response

from ipam.api.serializers import PrefixSerializer
from ipam.models import Prefix
from netbox.api.viewsets import NetBoxModelViewSet

DEFAULT_STATUS = "active"


class PrefixViewSet(NetBoxModelViewSet):
    queryset = Prefix.objects.all()
    serializer_class = PrefixSerializer
    brief_prefetch_fields = ["vrf"]

    def get_queryset(self):
        qs = super().get_queryset()
        try:
            family = int(self.request.query_params.get("family", 4))
        except ValueError:
            family = 4
        return qs.annotate_children(family)

    @action(detail=False, methods=["get"], url_path="utilization")
    def utilization(self, request):
        status = request.query_params.get("status")
        if not status:
            status = DEFAULT_STATUS
        qs = self.get_queryset().annotate_utilization(status)
        return Response([{"id": p.pk, "prefix": str(p.prefix), "used": p.used_count} for p in qs[:500]])

    @action(detail=False, methods=["get"], url_path="utilization-by-role")
    def utilization_by_role(self, request):
        role = request.query_params.get("role", "")
        qs = self.get_queryset().filter(role__slug=role).annotate_utilization(DEFAULT_STATUS)
        return Response([{"id": p.pk, "used": p.used_count} for p in qs[:500]])
