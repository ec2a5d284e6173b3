from rest_framework import serializers


class IngredientSerializer(serializers.Serializer):
    amount = serializers.CharField(required=False, allow_blank=True)
    unit = serializers.CharField(required=False, allow_blank=True)
    food = serializers.CharField()


class StepPreviewSerializer(serializers.Serializer):
    instruction = serializers.CharField(allow_blank=True)
    ingredients = IngredientSerializer(many=True, required=False)
    legacy = serializers.BooleanField(default=False)


class RecipeFromSourceSerializer(serializers.Serializer):
    url = serializers.CharField(required=False, allow_blank=True)
    image = serializers.CharField(required=False, allow_blank=True)
