from rest_framework import serializers


class JobLaunchSerializer(serializers.Serializer):
    extra_vars = serializers.CharField(required=False, allow_blank=True)
    limit = serializers.CharField(required=False, allow_blank=True)
    job_tags = serializers.CharField(required=False, allow_blank=True)
    verbosity = serializers.IntegerField(required=False, min_value=0, max_value=5)


class ProjectSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=512)
    scm_url = serializers.CharField(max_length=1024)
    scm_branch = serializers.CharField(required=False, allow_blank=True)


class NotificationTemplateSerializer(serializers.Serializer):
    name = serializers.CharField()
    notification_configuration = serializers.DictField()


class InventorySourceSerializer(serializers.Serializer):
    source_path = serializers.CharField(required=False, allow_blank=True)
