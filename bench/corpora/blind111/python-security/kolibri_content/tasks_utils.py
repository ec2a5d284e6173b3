"""Validators for task requests: they check presence and permissions, and keep the strings."""
import requests
from rest_framework import serializers

from .models import NetworkLocation
from .utils.paths import get_channel_lookup_url


class RemoteImportValidator(serializers.Serializer):
    channel_id = serializers.CharField(max_length=32)
    baseurl = serializers.CharField(required=False, allow_blank=True)
    peer_id = serializers.CharField(required=False)

    def validate(self, data):
        if data.get("peer_id"):
            data["baseurl"] = NetworkLocation.objects.get(id=data["peer_id"]).base_url
        return data


def get_channel_name(channel_id, baseurl=None):
    url = get_channel_lookup_url(identifier=channel_id, baseurl=baseurl)
    # expect: ssrf
    response = requests.get(url, timeout=30)
    return response.json()[0]["name"]


def validate_remote_import_task(request, task_description):
    validator = RemoteImportValidator(data=task_description)
    validator.is_valid(raise_exception=True)
    data = dict(validator.validated_data)
    data["channel_name"] = get_channel_name(data["channel_id"], data.get("baseurl"))
    return data


def lookup_public_channels(keyword):
    return requests.get(get_channel_lookup_url(), params={"keyword": keyword}, timeout=30).json()
