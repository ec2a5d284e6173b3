import yaml
from rest_framework import serializers

from .models import Job, PluginConfig

OBSERVABLE_TYPES = ("ip", "url", "domain", "hash", "generic")


class ObservableAnalysisSerializer(serializers.ModelSerializer):
    observable_name = serializers.CharField(max_length=512)
    observable_classification = serializers.ChoiceField(choices=OBSERVABLE_TYPES)
    analyzers_requested = serializers.ListField(child=serializers.CharField(), required=False)

    class Meta:
        model = Job
        fields = ["observable_name", "observable_classification", "analyzers_requested", "tlp"]

    def validate_observable_name(self, value):
        return value.strip().lower()


class PluginConfigSerializer(serializers.ModelSerializer):
    class Meta:
        model = PluginConfig
        fields = ["id", "plugin_name", "attribute", "value", "owner"]


class PlaybookImportSerializer(serializers.Serializer):
    content = serializers.CharField()

    def to_playbook(self):
        # expect: deserialization
        return yaml.load(self.validated_data["content"], Loader=yaml.UnsafeLoader)

    def to_playbook_safe(self):
        return yaml.safe_load(self.validated_data["content"])
