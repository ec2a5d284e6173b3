"""Workspace webhooks: create and ping."""
from rest_framework import status
from rest_framework.response import Response

from ...bgtasks.tasks import relay_webhook_ping, webhook_send_task
from ..serializers.issue import WebhookSerializer
from .base import BaseAPIView


class WebhookEndpoint(BaseAPIView):
    def post(self, request, slug):
        serializer = WebhookSerializer(data=request.data)
        if not serializer.is_valid():
            return Response(serializer.errors, status=status.HTTP_400_BAD_REQUEST)
        url = serializer.validated_data["url"]
        webhook_send_task.delay(url=url, event="ping", payload={"workspace": self.workspace_slug})
        return Response({"url": url}, status=status.HTTP_201_CREATED)


class WebhookRelayEndpoint(BaseAPIView):
    def post(self, request, slug):
        serializer = WebhookSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        relay_webhook_ping.delay(target=serializer.validated_data["url"], workspace=slug)
        return Response(status=status.HTTP_202_ACCEPTED)
