from urllib.parse import urlparse

from rest_framework import serializers

ALLOWED_HOOK_HOSTS = ("hooks.slack.com", "discord.com", "ci.example.org")


class WebhookTestSerializer(serializers.Serializer):
    url = serializers.URLField(max_length=500)
    key = serializers.CharField(max_length=100)


class AllowedWebhookSerializer(serializers.Serializer):
    url = serializers.URLField(max_length=500)
    key = serializers.CharField(max_length=100)

    def validate_url(self, value):
        if urlparse(value).hostname not in ALLOWED_HOOK_HOSTS:
            raise serializers.ValidationError("Webhook host is not allowed")
        return value
