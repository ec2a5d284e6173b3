from rest_framework import serializers


class ExerciseImageSerializer(serializers.Serializer):
    exercise = serializers.IntegerField()
    image_url = serializers.CharField(max_length=500)
    style = serializers.ChoiceField(choices=["1", "2", "3", "4", "5"], default="1")


class ExerciseSubmissionSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    description = serializers.CharField(allow_blank=True)
    license_author = serializers.CharField(max_length=60, required=False)
