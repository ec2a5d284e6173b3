"""Serializers for uploads, bulk edits and storage path previews."""
from rest_framework import serializers

BULK_METHODS = ("set_correspondent", "add_tag", "remove_tag", "delete")


class PostDocumentSerializer(serializers.Serializer):
    document = serializers.FileField()
    title = serializers.CharField(required=False, allow_blank=True, max_length=128)
    correspondent = serializers.IntegerField(required=False, allow_null=True)
    density = serializers.IntegerField(required=False, min_value=72, max_value=600)


class BulkEditSerializer(serializers.Serializer):
    documents = serializers.ListField(child=serializers.IntegerField())
    method = serializers.ChoiceField(choices=BULK_METHODS)
    parameters = serializers.DictField(required=False, default=dict)


class StoragePathTestSerializer(serializers.Serializer):
    path = serializers.CharField(max_length=512)
    document = serializers.IntegerField()
