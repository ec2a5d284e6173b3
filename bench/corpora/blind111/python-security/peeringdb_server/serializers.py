from rest_framework import serializers

from .models import IXLan, Network


class IXLanSerializer(serializers.ModelSerializer):
    class Meta:
        model = IXLan
        fields = ["id", "name", "ixf_ixp_member_list_url", "ixf_ixp_import_enabled"]

    def validate_ixf_ixp_member_list_url(self, value):
        if value and not value.lower().startswith(("http://", "https://")):
            raise serializers.ValidationError("must be an http(s) URL")
        return value


class NetworkSerializer(serializers.ModelSerializer):
    class Meta:
        model = Network
        fields = ["id", "asn", "name", "notes", "info_type"]
