"""Admin API v2 viewsets."""
from rest_framework import permissions, response, viewsets
from rest_framework.decorators import action

from modoboa_mail.admin import models
from modoboa_mail.admin.api import serializers
from modoboa_mail.admin.lib import dns_checks
from modoboa_mail.ldapsync import backend


class DomainViewSet(viewsets.ModelViewSet):
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = serializers.DomainSerializer

    def get_queryset(self):
        return models.Domain.objects.get_for_admin(self.request.user)

    @action(methods=["post"], detail=False, url_path="check-mx")
    def check_mx(self, request):
        serializer = serializers.MXCheckSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        name = serializer.validated_data["name"]
        return response.Response({"mx": dns_checks.get_mx_records(name), "spf": dns_checks.get_spf(name)})

    @action(methods=["post"], detail=False, url_path="check-spf")
    def check_spf(self, request):
        serializer = serializers.MXCheckSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return response.Response({"spf": dns_checks.get_spf_checked(serializer.validated_data["name"])})


class AccountViewSet(viewsets.ModelViewSet):
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = serializers.AccountSerializer

    def get_queryset(self):
        return models.User.objects.filter(pk__in=self.request.user.objectaccess_set.values_list("object_id", flat=True))

    @action(methods=["get"], detail=False)
    def exists(self, request):
        email = request.query_params.get("email", "")
        return response.Response({"exists": backend.account_exists(email)})

    @action(methods=["get"], detail=False, url_path="exists-escaped")
    def exists_escaped(self, request):
        email = request.query_params.get("email", "")
        return response.Response({"exists": backend.account_exists_escaped(email)})
