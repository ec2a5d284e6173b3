from functools import wraps

from rest_framework import serializers
from rest_framework.exceptions import ValidationError


def validate_body(serializer_class):
    """Validate request.data with the serializer and pass the result as `data`."""

    def decorator(func):
        @wraps(func)
        def wrapper(view, request, *args, **kwargs):
            serializer = serializer_class(data=request.data)
            if not serializer.is_valid():
                raise ValidationError(serializer.errors)
            kwargs["data"] = serializer.validated_data
            return func(view, request, *args, **kwargs)

        return wrapper

    return decorator


class ViewFilterSerializer(serializers.Serializer):
    field = serializers.CharField(max_length=255)
    type = serializers.CharField(max_length=32)
    value = serializers.CharField(allow_blank=True, default="")


class ImportSerializer(serializers.Serializer):
    url = serializers.URLField()
    file_name = serializers.CharField(required=False)
    formula = serializers.CharField(required=False, allow_blank=True)
