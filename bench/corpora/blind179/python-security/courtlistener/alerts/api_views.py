"""Webhook endpoints: users register a URL that receives alert events."""
import ipaddress
import socket
from urllib.parse import urlparse

import requests
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from cl.alerts.models import Webhook, WebhookEventType
from cl.alerts.tasks import build_test_payload


class WebhookSerializer(serializers.ModelSerializer):
    url = serializers.URLField(max_length=2000)
    event_type = serializers.ChoiceField(choices=WebhookEventType.choices)

    class Meta:
        model = Webhook
        fields = ("id", "url", "event_type", "enabled", "version", "date_created")
        read_only_fields = ("date_created",)


def is_public_https(url: str) -> bool:
    """True only for https URLs whose host resolves to public addresses."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parsed.hostname, parsed.port or 443)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(info[4][0]).is_global for info in infos)


class WebhooksViewSet(viewsets.ModelViewSet):
    permission_classes = (IsAuthenticated,)
    serializer_class = WebhookSerializer

    def get_queryset(self):
        return Webhook.objects.filter(user=self.request.user)

    def perform_create(self, serializer):
        serializer.save(user=self.request.user)

    @action(detail=True, methods=["post"])
    def test(self, request, pk=None):
        """Send a sample event right away so users can check their endpoint."""
        webhook = self.get_object()
        if not is_public_https(webhook.url):
            return Response({"error": "Webhook URL must be a public https URL."},
                            status=status.HTTP_400_BAD_REQUEST)
        payload = build_test_payload(webhook)
        resp = requests.post(webhook.url, json=payload, timeout=5, allow_redirects=False)
        return Response({"status_code": resp.status_code})
