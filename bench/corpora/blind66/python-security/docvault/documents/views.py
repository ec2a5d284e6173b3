"""Documents API."""
import tempfile
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseBadRequest
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.viewsets import ModelViewSet

from documents import bulk_edit
from documents.file_handling import generate_filename, open_media_file
from documents.metadata import read_xml_metadata
from documents.models import Document
from documents.serialisers import BulkEditSerializer, PostDocumentSerializer, StoragePathTestSerializer
from documents.tasks import consume_file


class DocumentViewSet(ModelViewSet):
    queryset = Document.objects.all()

    @action(methods=["get"], detail=True)
    def download(self, request, pk=None):
        doc = self.get_object()
        use_archive = request.query_params.get("original", "false") != "true"
        path = doc.archive_path if use_archive and doc.has_archive_version else doc.source_path
        return FileResponse(open(path, "rb"), as_attachment=True, filename=doc.get_public_filename())

    @action(methods=["get"], detail=True)
    def asset(self, request, pk=None):
        self.get_object()
        name = request.query_params.get("name", "")
        if not name:
            raise Http404()
        return FileResponse(open_media_file(name), filename=Path(name).name)


class PostDocumentView(APIView):
    def post(self, request, *args, **kwargs):
        serializer = PostDocumentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        upload = data["document"]

        tmp = Path(tempfile.mkdtemp(dir=settings.SCRATCH_DIR)) / "upload"
        tmp.write_bytes(upload.read())

        overrides = {
            "title": data.get("title") or upload.name,
            "correspondent_id": data.get("correspondent"),
            "density": data.get("density", settings.CONVERT_DENSITY),
        }
        if upload.content_type in ("application/xml", "text/xml"):
            overrides.update(read_xml_metadata(tmp.read_bytes()))
        task = consume_file.delay(str(tmp), overrides)
        return Response(task.id)


class BulkEditView(APIView):
    def post(self, request, *args, **kwargs):
        serializer = BulkEditSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        method = serializer.validated_data["method"]
        docs = serializer.validated_data["documents"]
        params = serializer.validated_data["parameters"]
        return Response({"result": bulk_edit.apply(method, docs, params)})


class StoragePathTestView(APIView):
    def post(self, request, *args, **kwargs):
        serializer = StoragePathTestSerializer(data=request.data)
        if not serializer.is_valid():
            return HttpResponseBadRequest()
        doc = Document.objects.get(pk=serializer.validated_data["document"])
        return Response(generate_filename(doc, serializer.validated_data["path"]))


UI_LANGUAGES = ("en-us", "de-de", "fr-fr", "nl-nl", "pt-br")


class UiSettingsView(APIView):
    def post(self, request, *args, **kwargs):
        language = request.data.get("language", "en-us")
        if language not in UI_LANGUAGES:
            return HttpResponseBadRequest("unsupported language")
        request.session["django_language"] = language
        return Response({"success": True})


class UiViewStateView(APIView):
    def post(self, request, *args, **kwargs):
        state = request.data.get("saved_view_state") or {}
        # expect: trust-boundary
        request.session["saved_view_state"] = state
        return Response({"success": True})
