from rest_framework import serializers

from dcim.models import Device


class DeviceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Device
        fields = ["id", "name", "status", "primary_ip", "platform"]
        brief_fields = ["id", "name"]


class ReachabilitySerializer(serializers.Serializer):
    address = serializers.CharField(max_length=255)
    count = serializers.IntegerField(min_value=1, max_value=10, default=1)


class TracerouteSerializer(serializers.Serializer):
    address = serializers.IPAddressField()
    max_hops = serializers.IntegerField(min_value=1, max_value=30, default=15)
