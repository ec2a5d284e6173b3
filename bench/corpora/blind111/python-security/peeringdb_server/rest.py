"""ModelViewSets generated per model, with list filtering."""
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .ixf import Importer
from .models import Facility, IXLan, Network
from .serializers import IXLanSerializer, NetworkSerializer

ORDERING = {"name": "name", "-name": "-name", "city": "city", "country": "country"}


class FacilityViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Facility.objects.all()

    def get_queryset(self):
        qset = Facility.objects.all()
        country = self.request.query_params.get("country__in")
        if country:
            # expect: sql-injection
            qset = qset.extra(where=["country IN (%s)" % ",".join(f"'{c}'" for c in country.split(","))])
        city = self.request.query_params.get("city")
        if city:
            qset = qset.extra(where=["city = %s"], params=[city])
        order = ORDERING.get(self.request.query_params.get("sort"), "name")
        return qset.order_by(order)


class IXLanViewSet(viewsets.ModelViewSet):
    queryset = IXLan.objects.all()
    serializer_class = IXLanSerializer

    @action(detail=True, methods=["post"], url_path="ixf_import_preview")
    def preview(self, request, pk=None):
        ixlan = self.get_object()
        return Response({"members": Importer().update(ixlan)})


class NetworkViewSet(viewsets.ModelViewSet):
    queryset = Network.objects.all()
    serializer_class = NetworkSerializer
