from rest_framework import mixins, status, viewsets
from rest_framework.response import Response

from defectdojo_import.api_v2.serializers import ImportScanSerializer
from defectdojo_import.importers.default_importer import DefaultImporter


class ImportScanView(mixins.CreateModelMixin, viewsets.GenericViewSet):
    serializer_class = ImportScanSerializer

    def perform_create(self, serializer):
        data = serializer.validated_data
        importer = DefaultImporter(
            engagement_id=data["engagement"],
            scan_type=data["scan_type"],
            service=data.get("service", ""),
            engagement_name=data.get("engagement_name"),
            minimum_severity=data["minimum_severity"],
            user=self.request.user,
        )
        return importer.process_scan(data["file"])

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        test_id, count = self.perform_create(serializer)
        return Response({"test": test_id, "findings": count}, status=status.HTTP_201_CREATED)
