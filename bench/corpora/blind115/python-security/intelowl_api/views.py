import os

from django.http import FileResponse, Http404
from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.response import Response

from .models import Job, PluginConfig
from .serializers import ObservableAnalysisSerializer, PluginConfigSerializer, PlaybookImportSerializer
from .tasks import job_pipeline

SAMPLES_DIR = "/opt/deploy/intel_owl/files"


@api_view(["POST"])
def analyze_observable(request):
    serializer = ObservableAnalysisSerializer(data=request.data, context={"request": request})
    serializer.is_valid(raise_exception=True)
    job = serializer.save(user=request.user)
    job_pipeline.delay(job.pk)
    return Response({"job_id": job.pk, "status": "accepted"}, status=status.HTTP_200_OK)


class JobViewSet(viewsets.ModelViewSet):
    queryset = Job.objects.all()

    def list(self, request):
        name = request.query_params.get("observable_name", "")
        jobs = Job.search_by_name(name)
        return Response([{"id": j.pk, "name": j.observable_name} for j in jobs])

    @action(detail=True, methods=["get"])
    def download_sample(self, request, pk=None):
        job = self.get_object()
        if not job.is_sample:
            raise Http404()
        return FileResponse(open(os.path.join(SAMPLES_DIR, os.path.basename(job.file_name)), "rb"))

    @action(detail=False, methods=["get"], url_path="raw_sample")
    def raw_sample(self, request):
        name = request.query_params.get("file_name")
        # expect: path-traversal
        return FileResponse(open(os.path.join(SAMPLES_DIR, name), "rb"))


class PluginConfigViewSet(viewsets.ModelViewSet):
    queryset = PluginConfig.objects.all()
    serializer_class = PluginConfigSerializer


@api_view(["POST"])
def import_playbook(request):
    serializer = PlaybookImportSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    playbook = serializer.to_playbook()
    return Response({"name": playbook.get("name")})
