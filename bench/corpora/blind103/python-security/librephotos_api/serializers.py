from rest_framework import serializers

from .models import User


class UserNextcloudSerializer(serializers.ModelSerializer):
    nextcloud_server_address = serializers.CharField(allow_blank=True)

    class Meta:
        model = User
        fields = ["nextcloud_server_address", "nextcloud_username"]


class ExifEditSerializer(serializers.Serializer):
    image_hash = serializers.CharField()
    tag = serializers.CharField()
    value = serializers.CharField(allow_blank=True)
