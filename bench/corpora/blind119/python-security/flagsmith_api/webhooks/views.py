"""Webhook viewsets (DRF), shaped on Flagsmith's webhooks and environments webhooks."""
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from flagsmith_api.webhooks.models import Webhook
from flagsmith_api.webhooks.tasks import send_test_request_to_webhook


class WebhookSerializer(serializers.ModelSerializer):
    class Meta:
        model = Webhook
        fields = ("id", "url", "enabled", "secret")


class WebhookViewSet(viewsets.ModelViewSet):
    serializer_class = WebhookSerializer

    def get_queryset(self):
        return Webhook.objects.filter(environment__api_key=self.kwargs["environment_api_key"])

    @action(detail=False, methods=["post"], url_path="test")
    def test(self, request, environment_api_key=None):
        serializer = WebhookSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        send_test_request_to_webhook.delay(kwargs={"url": serializer.validated_data["url"], "secret": serializer.validated_data.get("secret", "")})
        return Response(status=202)
