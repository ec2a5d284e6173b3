from rest_framework import serializers

from .models import Image, Pin


class ImageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Image
        fields = ["id", "origin_url", "size"]


class PinSerializer(serializers.ModelSerializer):
    url = serializers.CharField(required=False, allow_blank=True)
    image_by_id = serializers.IntegerField(required=False, write_only=True)

    class Meta:
        model = Pin
        fields = ["id", "url", "referer", "description", "image_by_id"]

    def create(self, validated_data):
        url = validated_data.get("url")
        if "image_by_id" in validated_data:
            image = Image.objects.get(pk=validated_data.pop("image_by_id"))
        elif self.context["request"].user.is_superuser:
            image = Image.objects.create_for_url(url, validated_data.get("referer"))
        else:
            image = Image.objects.create_for_url_checked(url)
        return Pin.objects.create(image=image, **validated_data)
