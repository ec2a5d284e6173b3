"""REST API views of devices: routers and configuration templates."""
import django_rq
from jinja2.sandbox import SandboxedEnvironment
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.viewsets import ModelViewSet

from ..jobs import test_router_connection
from ..models import Configuration, Router
from .serializers import ConfigurationSerializer, RouterSerializer


class ConfigurationViewSet(ModelViewSet):
    queryset = Configuration.objects.all()
    serializer_class = ConfigurationSerializer

    @action(detail=True, methods=["post"], url_path="render")
    def render(self, request, pk=None):
        configuration = self.get_object()
        router = Router.objects.get(pk=int(request.data.get("router")))
        return Response({"rendered": configuration.render({"router": router})})

    @action(detail=False, methods=["post"], url_path="preview")
    def preview(self, request):
        env = SandboxedEnvironment()
        text = env.from_string(request.data.get("template", "")).render(my_as=request.data.get("my_as"))
        return Response({"rendered": text})


class RouterViewSet(ModelViewSet):
    queryset = Router.objects.all()
    serializer_class = RouterSerializer

    @action(detail=True, methods=["post"], url_path="test-napalm-connection")
    def test_napalm_connection(self, request, pk=None):
        router = self.get_object()
        job = django_rq.get_queue("default").enqueue(test_router_connection, router.pk)
        return Response({"job": job.id}, status=202)
