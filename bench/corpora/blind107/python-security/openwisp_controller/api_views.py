"""REST API views: generic DRF views with organisation-scoped querysets and serializers."""
from rest_framework import generics
from rest_framework.response import Response

from .models import Device, Template
from .serializers import DeviceSerializer, TemplateSerializer
from .tasks import ping_device, ping_device_checked
from .rendering import render_preview, render_preview_sandboxed


class DeviceListCreateView(generics.ListCreateAPIView):
    serializer_class = DeviceSerializer
    queryset = Device.objects.all()

    def perform_create(self, serializer):
        device = serializer.save(organization=self.request.user.organization)
        ping_device.delay(device.pk)
        ping_device_checked.delay(device.pk)


class TemplateDetailView(generics.RetrieveUpdateAPIView):
    serializer_class = TemplateSerializer
    queryset = Template.objects.all()

    def update(self, request, *args, **kwargs):
        serializer = self.get_serializer(self.get_object(), data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        template = serializer.save()
        variables = serializer.validated_data.get("default_values", {})
        return Response({"preview": render_preview(template.config_text, variables)})


class TemplatePreviewSafeView(generics.GenericAPIView):
    queryset = Template.objects.all()

    def post(self, request, pk):
        template = self.get_object()
        return Response({"preview": render_preview_sandboxed(template.config_text, request.data)})
