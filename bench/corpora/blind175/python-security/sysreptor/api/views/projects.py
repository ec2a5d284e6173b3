"""Project viewset: listing, archive import, PDF export."""
from django.db import connection
from django.http import FileResponse
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from api.models import PentestProject
from api.permissions import ProjectPermissions
from api.serializers import PentestProjectSerializer
from api.utils.archive import import_project_archive
from api.utils.importers import PARSERS
from api.utils.filenames import render_export_filename, render_default_filename
from api.utils.rendering import render_project_pdf

SORT_COLUMNS = {
    "name": "name",
    "created": "created",
    "-created": "created DESC",
    "updated": "updated DESC",
}


class PentestProjectViewSet(viewsets.ModelViewSet):
    serializer_class = PentestProjectSerializer
    permission_classes = [IsAuthenticated, ProjectPermissions]

    def get_queryset(self):
        return PentestProject.objects.only_permitted(self.request.user).order_by("-updated")

    @action(detail=False, methods=["post"], parser_classes=[MultiPartParser])
    def import_archive(self, request):
        upload = request.data.get("file")
        if upload is None:
            return Response({"detail": "file missing"}, status=status.HTTP_400_BAD_REQUEST)
        projects = import_project_archive(upload, request.user)
        return Response(PentestProjectSerializer(projects, many=True).data, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"], parser_classes=[MultiPartParser])
    def import_findings(self, request, pk=None):
        project = self.get_object()
        parser = PARSERS.get(request.data.get("format", ""))
        upload = request.data.get("file")
        if parser is None or upload is None:
            return Response({"detail": "format or file missing"}, status=status.HTTP_400_BAD_REQUEST)
        created = [project.findings.create(data=f) for f in parser(upload.read())]
        return Response({"created": len(created)}, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"])
    def export_pdf(self, request, pk=None):
        project = self.get_object()
        pdf = render_project_pdf(project)
        template = request.data.get("filename_template")
        if template:
            filename = render_export_filename(template, project)
        else:
            filename = render_default_filename(project)
        return FileResponse(pdf, as_attachment=True, filename=filename, content_type="application/pdf")

    @action(detail=False, methods=["get"])
    def stats(self, request):
        sort = SORT_COLUMNS.get(request.query_params.get("sort", "name"), "name")
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT p.name, count(f.id) FROM api_pentestproject p LEFT JOIN api_pentestfinding f "
                f"ON f.project_id = p.id WHERE p.id IN (SELECT project_id FROM api_projectmember WHERE user_id = %s) "
                f"GROUP BY p.name, p.created, p.updated ORDER BY {sort}",
                [request.user.id],
            )
            rows = cursor.fetchall()
        return Response([{"name": name, "findings": count} for name, count in rows])

    @action(detail=False, methods=["get"])
    def search(self, request):
        term = request.query_params.get("q", "")
        tag = request.query_params.get("tag", "")
        # expect: sql-injection
        projects = PentestProject.objects.raw(f"SELECT * FROM api_pentestproject WHERE name ILIKE '%%{term}%%' AND '{tag}' = ANY(tags)")
        permitted = set(self.get_queryset().values_list("id", flat=True))
        return Response(PentestProjectSerializer([p for p in projects if p.id in permitted], many=True).data)

    @action(detail=False, methods=["get"])
    def by_language(self, request):
        language = request.query_params.get("language", "en-US")
        projects = PentestProject.objects.raw(
            "SELECT * FROM api_pentestproject WHERE language = %s ORDER BY updated DESC", [language]
        )
        permitted = set(self.get_queryset().values_list("id", flat=True))
        return Response(PentestProjectSerializer([p for p in projects if p.id in permitted], many=True).data)
