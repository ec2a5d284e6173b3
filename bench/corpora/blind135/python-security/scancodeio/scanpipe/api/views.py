"""Project API (DRF viewset); pipeline runs are queued on RQ."""
import django_rq
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from scanpipe import tasks
from scanpipe.api.serializers import ProjectSerializer
from scanpipe.models import Project


class ProjectViewSet(viewsets.ModelViewSet):
    queryset = Project.objects.all()
    serializer_class = ProjectSerializer

    def perform_create(self, serializer):
        project = serializer.save()
        for url in serializer.validated_data.get("input_urls", []):
            project.add_input_source(download_url=url)
        run = project.add_pipeline(serializer.validated_data.get("pipeline", "scan_codebase"))
        django_rq.enqueue(tasks.execute_pipeline_task, run_pk=run.pk)

    @action(detail=True, methods=["post"])
    def add_git_input(self, request, *args, **kwargs):
        project = self.get_object()
        repo_url = request.data.get("repo_url")
        ref = request.data.get("ref")
        django_rq.enqueue(tasks.fetch_git_task, project_pk=project.pk, repo_url=repo_url, ref=ref)
        return Response({"status": "queued"}, status=status.HTTP_202_ACCEPTED)
