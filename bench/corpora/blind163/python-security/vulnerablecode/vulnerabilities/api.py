"""REST API v1: packages and vulnerabilities."""
from django_filters import rest_framework as filters
from packageurl import PackageURL
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.throttling import UserRateThrottle

from vulnerabilities.models import LiveEvaluationRequest, Package, Vulnerability
from vulnerabilities.pipelines.live import enqueue_live_evaluation


class PackageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Package
        fields = ["url", "purl", "type", "namespace", "name", "version", "qualifiers", "subpath"]


class VulnerabilitySerializer(serializers.ModelSerializer):
    class Meta:
        model = Vulnerability
        fields = ["url", "vulnerability_id", "summary", "aliases"]


class PackageFilterSet(filters.FilterSet):
    purl = filters.CharFilter(method="filter_purl")

    class Meta:
        model = Package
        fields = ["type", "namespace", "name", "version"]

    def filter_purl(self, queryset, name, value):
        return queryset.for_purl(PackageURL.from_string(value))


class PackageViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Package.objects.all().order_by("id")
    serializer_class = PackageSerializer
    filter_backends = (filters.DjangoFilterBackend,)
    filterset_class = PackageFilterSet
    throttle_classes = [UserRateThrottle]

    @action(detail=False, methods=["post"])
    def bulk_search(self, request):
        purls = request.data.get("purls") or []
        packages = Package.objects.none()
        for purl in purls[:100]:
            packages = packages | Package.objects.for_purl(PackageURL.from_string(purl))
        return Response(PackageSerializer(packages.distinct(), many=True, context={"request": request}).data)

    @action(detail=False, methods=["post"])
    def live_evaluation(self, request):
        purl = PackageURL.from_string(request.data["purl"])
        evaluation = LiveEvaluationRequest.objects.create(
            purl=str(purl), source_url=request.data.get("advisory_url", ""), requested_by=request.user,
        )
        enqueue_live_evaluation(evaluation.id)
        return Response({"id": evaluation.id}, status=status.HTTP_202_ACCEPTED)


class VulnerabilityViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Vulnerability.objects.all().order_by("id")
    serializer_class = VulnerabilitySerializer

    @action(detail=False, methods=["get"])
    def by_severity(self, request):
        system = request.query_params.get("scoring_system", "cvssv3.1")
        minimum = float(request.query_params.get("min", "7.0"))
        vulns = Vulnerability.objects.with_severity(system, minimum)
        return Response(VulnerabilitySerializer(vulns, many=True, context={"request": request}).data)

    @action(detail=False, methods=["get"])
    def by_alias(self, request):
        vulns = Vulnerability.objects.search_by_alias(request.query_params.get("alias", ""))
        return Response(VulnerabilitySerializer(vulns, many=True, context={"request": request}).data)
