"""Serializers of devices: templates and hostnames stay free text."""
from rest_framework import serializers

from ..models import Configuration, Router


class ConfigurationSerializer(serializers.ModelSerializer):
    template = serializers.CharField()

    class Meta:
        model = Configuration
        fields = ["id", "name", "template"]


class RouterSerializer(serializers.ModelSerializer):
    hostname = serializers.CharField(max_length=256)

    class Meta:
        model = Router
        fields = ["id", "name", "hostname", "platform"]
