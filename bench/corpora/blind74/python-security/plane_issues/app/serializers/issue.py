from rest_framework import serializers


class IssueCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=255)
    description_html = serializers.CharField(required=False, allow_blank=True, default="<p></p>")
    priority = serializers.ChoiceField(choices=["urgent", "high", "medium", "low", "none"], default="none")
    estimate_point = serializers.IntegerField(required=False, min_value=0, max_value=12)
    export_name = serializers.CharField(required=False, allow_blank=True, default="")


class WebhookSerializer(serializers.Serializer):
    url = serializers.URLField()
    is_active = serializers.BooleanField(default=True)
    issue = serializers.BooleanField(default=True)
