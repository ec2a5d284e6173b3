"""REST API of the documents app (generics views with a permission mixin)."""
from django.http import HttpResponseRedirect
from rest_framework import generics, status
from rest_framework.response import Response

from mayan_edms.documents.api_views.serializers import DocumentUploadSerializer, MetadataImportSerializer
from mayan_edms.documents import tasks
from mayan_edms.metadata import importers
from mayan_edms.sources.staging import StagingFolderSource


class APIDocumentUploadView(generics.GenericAPIView):
    serializer_class = DocumentUploadSerializer

    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        source = StagingFolderSource(folder_path="/var/lib/mayan/staging")
        staging_file = source.get_file(encoded_filename=serializer.validated_data["staging_file"])
        tasks.task_document_ocr.delay(staging_file.path, serializer.validated_data.get("language") or "eng")
        return Response(status=status.HTTP_202_ACCEPTED)


class APIStagingFilePreviewView(generics.GenericAPIView):
    def get(self, request, *args, **kwargs):
        source = StagingFolderSource(folder_path="/var/lib/mayan/staging")
        staging_file = source.get_file_checked(encoded_filename=request.GET["filename"])
        return Response({"size": staging_file.size()})


class APIStagingFileDownloadView(generics.GenericAPIView):
    def get(self, request, *args, **kwargs):
        source = StagingFolderSource(folder_path="/var/lib/mayan/staging")
        return Response(source.read_file(encoded_filename=kwargs["encoded_filename"]), content_type="application/octet-stream")


class APIMetadataImportView(generics.GenericAPIView):
    serializer_class = MetadataImportSerializer

    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if serializer.validated_data.get("hardened"):
            values = importers.parse_metadata_safe(serializer.validated_data["xml"])
        else:
            values = importers.parse_metadata(serializer.validated_data["xml"])
        return Response({"metadata": values})


class APIDocumentDownloadRedirectView(generics.GenericAPIView):
    def get(self, request, *args, **kwargs):
        mirror = request.query_params.get("mirror")
        # expect: open-redirect
        return HttpResponseRedirect(mirror)
