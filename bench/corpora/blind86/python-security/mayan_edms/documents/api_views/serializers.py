from rest_framework import serializers


class DocumentUploadSerializer(serializers.Serializer):
    staging_file = serializers.CharField()
    language = serializers.CharField(required=False, allow_blank=True)
    label = serializers.CharField(required=False)


class MetadataImportSerializer(serializers.Serializer):
    xml = serializers.CharField()
    hardened = serializers.BooleanField(default=False)
