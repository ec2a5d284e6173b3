from rest_framework import serializers

from nautobot_plugin.circuit_maint.models import MaintenanceNotice


class MaintenanceNoticeSerializer(serializers.ModelSerializer):
    class Meta:
        model = MaintenanceNotice
        fields = ["id", "provider_slug", "summary", "status"]


class ProviderFeedSerializer(serializers.Serializer):
    provider = serializers.SlugField()
    feed_url = serializers.CharField()
