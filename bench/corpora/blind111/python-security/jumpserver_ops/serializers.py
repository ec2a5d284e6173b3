from rest_framework import serializers

from .models import CommandExecution


class CommandExecutionSerializer(serializers.ModelSerializer):
    MODULES = ("shell", "raw", "win_shell")

    class Meta:
        model = CommandExecution
        fields = ["id", "hosts", "run_as", "command", "module", "result"]
        read_only_fields = ["id", "result"]

    def validate_module(self, value):
        if value not in self.MODULES:
            raise serializers.ValidationError("unsupported module")
        return value


class LDAPUserSearchSerializer(serializers.Serializer):
    search_value = serializers.CharField(max_length=256, required=False, allow_blank=True)
    attr = serializers.ChoiceField(choices=["uid", "cn", "mail"], default="uid")
