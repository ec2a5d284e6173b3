from rest_framework import serializers

from ralph_assets.models import DataCenterAsset


class RalphAPISerializer(serializers.ModelSerializer):
    """Base serializer: pk plus url, like the project's own base class."""


class DataCenterAssetSerializer(RalphAPISerializer):
    class Meta:
        model = DataCenterAsset
        fields = ("id", "hostname", "barcode", "management_ip", "rack")


class DeploymentSerializer(serializers.Serializer):
    hostname = serializers.CharField(max_length=255)
    preboot = serializers.CharField(max_length=64)
    kickstart_url = serializers.URLField()
    venture = serializers.CharField(required=False, allow_blank=True)


class ScanSerializer(serializers.Serializer):
    ip_address = serializers.IPAddressField()
    plugins = serializers.ListField(child=serializers.CharField())
