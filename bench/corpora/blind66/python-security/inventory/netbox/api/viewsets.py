"""Base viewsets shared by every app's REST API."""
import logging

from rest_framework.viewsets import ModelViewSet

logger = logging.getLogger("netbox.api.views")

BRIEF_TRUE_VALUES = ("1", "true", "True")


class BaseViewSet(ModelViewSet):
    brief = False
    brief_prefetch_fields = []

    def initialize_request(self, request, *args, **kwargs):
        request = super().initialize_request(request, *args, **kwargs)
        if request.method == "GET" and request.GET.get("brief") in BRIEF_TRUE_VALUES:
            self.brief = True
        return request

    def get_serializer_class(self):
        if self.brief and hasattr(self.serializer_class.Meta, "brief_fields"):
            return self.serializer_class
        return self.serializer_class

    def get_queryset(self):
        qs = super().get_queryset()
        if self.brief:
            return qs.prefetch_related(*self.brief_prefetch_fields)
        return qs


class NetBoxModelViewSet(BaseViewSet):
    def perform_create(self, serializer):
        model = self.queryset.model
        logger.info("Creating new %s", model._meta.verbose_name)
        super().perform_create(serializer)
