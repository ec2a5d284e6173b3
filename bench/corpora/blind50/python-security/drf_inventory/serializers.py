from rest_framework import serializers

from .models import Item


class ItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = Item
        fields = ["id", "sku", "name", "warehouse", "quantity"]


class ImportSerializer(serializers.Serializer):
    source_url = serializers.URLField()
    fmt = serializers.ChoiceField(choices=["csv", "json", "yaml"])
    dry_run = serializers.BooleanField(default=False)


class LabelSerializer(serializers.Serializer):
    sku = serializers.RegexField(r"^[A-Z0-9-]{3,32}$")
    copies = serializers.IntegerField(min_value=1, max_value=50)
    printer = serializers.CharField(max_length=64)
