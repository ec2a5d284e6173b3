"""
Copyright(C) 2014-2018, Stamus Networks
Written by Eric Leblond <eleblond@stamus-networks.com>

This file is part of Scirius (GPLv3).
"""

from django.conf import settings
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from rules.models import Rule, Ruleset, Source
from rules import tasks
from rules.suricata_check import check_rule_syntax, check_ruleset_with_version

SOURCE_METHODS = ("http", "local")


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ("pk", "name", "method", "datatype", "uri", "authkey", "use_iprep")

    def validate_method(self, value):
        if value not in SOURCE_METHODS:
            raise serializers.ValidationError("Unsupported method")
        return value


class SourceViewSet(viewsets.ModelViewSet):
    queryset = Source.objects.all()
    serializer_class = SourceSerializer
    permission_classes = (IsAuthenticated,)

    @action(detail=True, methods=["post"])
    def update_source(self, request, pk=None):
        source = self.get_object()
        job = tasks.update_source.delay(source.pk)
        return Response({"update": "queued", "task": job.id})

    @action(detail=False, methods=["post"])
    def fetch_public(self, request):
        tasks.fetch_public_sources.delay()
        return Response({"fetch": "queued"})


class RuleViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Rule.objects.all()
    permission_classes = (IsAuthenticated,)

    @action(detail=False, methods=["post"])
    def test(self, request):
        content = request.data.get("rule", "")
        ok, errors = check_rule_syntax(content)
        return Response({"valid": ok, "errors": errors})


class RulesetViewSet(viewsets.ModelViewSet):
    queryset = Ruleset.objects.all()
    permission_classes = (IsAuthenticated,)

    @action(detail=True, methods=["post"])
    def check(self, request, pk=None):
        ruleset = self.get_object()
        version = request.data.get("suricata_version", settings.SURICATA_DEFAULT_VERSION)
        result = check_ruleset_with_version(ruleset, version)
        return Response(result, status=status.HTTP_200_OK)

    @action(detail=True, methods=["post"])
    def check_strict(self, request, pk=None):
        ruleset = self.get_object()
        version = request.data.get("suricata_version", "")
        if version not in settings.SURICATA_VERSIONS:
            return Response({"error": "unknown version"}, status=status.HTTP_400_BAD_REQUEST)
        return Response(check_ruleset_with_version(ruleset, version))
