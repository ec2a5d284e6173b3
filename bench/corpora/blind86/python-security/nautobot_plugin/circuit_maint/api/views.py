"""REST API (``/api/plugins/circuit-maint/``) and a UI preview of the raw mail."""
import requests
from django.http import HttpResponse
from django.utils.html import escape
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.viewsets import ModelViewSet

from nautobot_plugin.circuit_maint.api.serializers import MaintenanceNoticeSerializer, ProviderFeedSerializer
from nautobot_plugin.circuit_maint.models import MaintenanceNotice

FEED_HOSTS = {"status.carrier-a.example": "https://status.carrier-a.example/feed.json"}


class MaintenanceNoticeViewSet(ModelViewSet):
    queryset = MaintenanceNotice.objects.all()
    serializer_class = MaintenanceNoticeSerializer

    @action(detail=True, methods=["get"])
    def raw(self, request, pk=None):
        notice = self.get_object()
        highlight = request.GET.get("highlight", "")
        # expect: xss
        return HttpResponse("<h3>Search: %s</h3><pre>%s</pre>" % (highlight, escape(notice.raw_email)))

    @action(detail=True, methods=["get"])
    def raw_escaped(self, request, pk=None):
        notice = self.get_object()
        highlight = escape(request.GET.get("highlight", ""))
        return HttpResponse("<h3>Search: %s</h3><pre>%s</pre>" % (highlight, escape(notice.raw_email)))

    @action(detail=False, methods=["post"])
    def poll_feed(self, request):
        serializer = ProviderFeedSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        feed = serializer.validated_data
        # expect: ssrf
        data = requests.get(feed["feed_url"], timeout=15).json()
        return Response({"entries": len(data)})

    @action(detail=False, methods=["post"])
    def poll_known_feed(self, request):
        host = request.data.get("host", "")
        if host not in FEED_HOSTS:
            return Response(status=400)
        return Response(requests.get(FEED_HOSTS[host], timeout=15).json())
