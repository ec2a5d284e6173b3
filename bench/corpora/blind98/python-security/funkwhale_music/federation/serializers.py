"""Serializers for federation fetches and remote channels."""
from rest_framework import serializers


class FetchSerializer(serializers.Serializer):
    object = serializers.CharField(max_length=500)
    force = serializers.BooleanField(default=False)

    def validate_object(self, value):
        # accepts a url or a @user@domain handle; both are kept as typed
        if value.startswith("@"):
            user, _, domain = value[1:].partition("@")
            return f"https://{domain}/.well-known/webfinger?resource=acct:{user}@{domain}"
        return value


class RssSubscribeSerializer(serializers.Serializer):
    url = serializers.URLField(max_length=500)
