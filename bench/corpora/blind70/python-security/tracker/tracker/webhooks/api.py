"""Webhook endpoints: try a webhook before saving it."""
from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from tracker.webhooks import tasks
from tracker.webhooks.serializers import AllowedWebhookSerializer, WebhookTestSerializer


class WebhookTestView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        serializer = WebhookTestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        tasks.test_webhook.delay(data["url"], data["key"], {"type": "test", "by": request.user.pk})
        return Response(status=status.HTTP_202_ACCEPTED)


class AllowedWebhookTestView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        serializer = AllowedWebhookSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        tasks.test_allowed_webhook.delay(serializer.validated_data["url"], serializer.validated_data["key"])
        return Response(status=status.HTTP_202_ACCEPTED)
