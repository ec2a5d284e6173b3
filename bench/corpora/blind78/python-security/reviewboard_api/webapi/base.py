"""The resource base class: dispatch by method, serialise objects, paginate lists."""
import logging

from django.http import HttpResponseNotAllowed, JsonResponse

logger = logging.getLogger(__name__)


class WebAPIResource:
    name = "resource"
    uri_object_key = None
    allowed_methods = ("GET",)
    fields: dict = {}

    def __call__(self, request, *args, **kwargs):
        method = request.method
        if method not in self.allowed_methods:
            return HttpResponseNotAllowed(self.allowed_methods)
        if method == "GET":
            if self.uri_object_key and self.uri_object_key in kwargs:
                return self.get(request, *args, **kwargs)
            return self.get_list(request, *args, **kwargs)
        if method == "POST":
            return self.create(request, *args, **kwargs)
        if method == "PUT":
            return self.update(request, *args, **kwargs)
        return self.delete(request, *args, **kwargs)

    def serialize_object(self, obj, request=None) -> dict:
        return {name: getattr(obj, name, None) for name in self.fields}

    def get_paginated(self, request, queryset) -> JsonResponse:
        try:
            start = max(int(request.GET.get("start", 0)), 0)
            max_results = min(int(request.GET.get("max-results", 25)), 200)
        except ValueError:
            start, max_results = 0, 25
        items = [self.serialize_object(o, request) for o in queryset[start:start + max_results]]
        return JsonResponse({"stat": "ok", "total_results": queryset.count(), self.name + "s": items})

    def get(self, request, *args, **kwargs):
        return HttpResponseNotAllowed(self.allowed_methods)

    def get_list(self, request, *args, **kwargs):
        return HttpResponseNotAllowed(self.allowed_methods)

    def create(self, request, *args, **kwargs):
        return HttpResponseNotAllowed(self.allowed_methods)
