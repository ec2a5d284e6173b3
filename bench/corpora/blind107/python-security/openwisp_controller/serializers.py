from rest_framework import serializers

from .models import Device, Template


class DeviceSerializer(serializers.ModelSerializer):
    management_ip = serializers.CharField(max_length=128, required=False, allow_blank=True)

    class Meta:
        model = Device
        fields = ["id", "name", "mac_address", "management_ip", "hardware_id"]


class TemplateSerializer(serializers.ModelSerializer):
    default_values = serializers.DictField(required=False)

    class Meta:
        model = Template
        fields = ["id", "name", "config_text", "default_values"]
