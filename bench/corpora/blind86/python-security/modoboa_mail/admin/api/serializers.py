from rest_framework import serializers

from modoboa_mail.admin import models


class DomainSerializer(serializers.ModelSerializer):
    class Meta:
        model = models.Domain
        fields = ["pk", "name", "quota", "enabled"]


class MXCheckSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=253)


class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = models.User
        fields = ["pk", "username", "first_name", "last_name"]
