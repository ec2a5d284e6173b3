from django.shortcuts import get_object_or_404
from rest_framework import generics, status
from rest_framework.response import Response

from awx_api.api.serializers import (InventorySourceSerializer, JobLaunchSerializer,
                                     NotificationTemplateSerializer, ProjectSerializer)
from awx_api.main.models.inventory import Host, Project, SmartFilter
from awx_api.main.tasks import jobs
from awx_api.main.utils.common import parse_yaml_or_json, parse_yaml_unsafe


class JobTemplateLaunch(generics.RetrieveAPIView):
    serializer_class = JobLaunchSerializer

    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        raw_vars = data.get("extra_vars") or "{}"
        if request.query_params.get("legacy_yaml"):
            extra_vars = parse_yaml_unsafe(raw_vars)
        else:
            extra_vars = parse_yaml_or_json(raw_vars)
        job = {"template_id": kwargs["pk"], "limit": data.get("limit", ""), "job_tags": data.get("job_tags") or "all",
               "verbosity": data.get("verbosity", 0), "extra_vars": extra_vars}
        jobs.run_job.apply_async(args=[job], queue="tower")
        return Response({"job": job["template_id"]}, status=status.HTTP_201_CREATED)


class HostList(generics.ListAPIView):
    def get_queryset(self):
        host_filter = self.request.query_params.get("host_filter")
        if not host_filter:
            return Host.objects.all()
        if self.request.query_params.get("strict"):
            return SmartFilter.query_from_pairs(host_filter)
        return SmartFilter.query_from_string(host_filter)


class ProjectUpdateView(generics.GenericAPIView):
    serializer_class = ProjectSerializer

    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        project = Project(**serializer.validated_data)
        jobs.probe_scm.delay(project.scm_url, project.scm_branch or "main")
        jobs.probe_scm_checked.delay(project.scm_url)
        return Response(status=status.HTTP_202_ACCEPTED)


class NotificationTemplateTest(generics.GenericAPIView):
    serializer_class = NotificationTemplateSerializer

    def post(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        config = serializer.validated_data["notification_configuration"]
        jobs.send_notification.delay(config, "Test notification")
        return Response(status=status.HTTP_202_ACCEPTED)


class InventorySourceScript(generics.GenericAPIView):
    serializer_class = InventorySourceSerializer

    def get(self, request, pk, *args, **kwargs):
        project = get_object_or_404(Project, pk=pk)
        source_path = request.query_params.get("source_path", "inventory.yml")
        if request.query_params.get("checked"):
            return Response({"script": project.read_checked(source_path)})
        return Response({"script": project.read(source_path)})
