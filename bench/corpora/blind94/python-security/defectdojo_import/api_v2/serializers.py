from rest_framework import serializers

from defectdojo_import.tools.factory import PARSERS


class ImportScanSerializer(serializers.Serializer):
    scan_type = serializers.ChoiceField(choices=sorted(PARSERS))
    file = serializers.FileField()
    engagement = serializers.IntegerField()
    engagement_name = serializers.CharField(required=False, allow_blank=True)
    service = serializers.CharField(required=False, allow_blank=True, max_length=200)
    minimum_severity = serializers.ChoiceField(choices=["Info", "Low", "Medium", "High", "Critical"], default="Info")
    tags = serializers.ListField(child=serializers.CharField(), required=False)
