from django.shortcuts import get_object_or_404
from django.utils.text import get_valid_filename
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from projects.models import Project
from .exporters import EXPORTERS


class DatasetExportAPI(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, *args, **kwargs):
        project = get_object_or_404(Project, pk=self.kwargs["project_id"])
        exporter = EXPORTERS[request.data.get("format", "jsonl")]
        file_name = request.data.get("file_name")
        if not file_name:
            file_name = f"project_{project.id}"
        path = exporter.export(project, file_name=file_name)
        return Response({"path": path})


class DatasetExportSafeAPI(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request, *args, **kwargs):
        project = get_object_or_404(Project, pk=self.kwargs["project_id"])
        exporter = EXPORTERS[request.data.get("format", "jsonl")]
        file_name = get_valid_filename(request.data.get("file_name", "export"))
        return Response({"path": exporter.export(project, file_name=file_name)})
