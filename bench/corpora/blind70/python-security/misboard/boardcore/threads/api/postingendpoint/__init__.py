"""Posting endpoint: runs the registered posting middlewares in order."""
from django.conf import settings
from django.utils.module_loading import import_string
from rest_framework import serializers

DEFAULT_MIDDLEWARES = (
    "boardcore.threads.api.postingendpoint.title.TitleMiddleware",
    "boardcore.threads.api.postingendpoint.title.SlugMiddleware",
)


class PostingSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=255)
    reason = serializers.CharField(max_length=200, required=False, allow_blank=True)


class PostingEndpoint:
    START = 0
    REPLY = 1
    EDIT = 2

    def __init__(self, request, mode, **kwargs):
        self.request = request
        self.mode = mode
        self.kwargs = kwargs
        self.thread_title = None
        self.serializer = PostingSerializer(data=request.data)
        paths = getattr(settings, "POSTING_MIDDLEWARES", DEFAULT_MIDDLEWARES)
        self.middlewares = [import_string(path)(endpoint=self, **kwargs) for path in paths]

    @property
    def errors(self):
        return self.serializer.errors

    def is_valid(self):
        return self.serializer.is_valid()

    def save(self):
        for middleware in self.middlewares:
            if middleware.use_this_middleware():
                middleware.pre_save(self.serializer)
        for middleware in self.middlewares:
            if middleware.use_this_middleware():
                middleware.post_save(self.serializer)


class PostingMiddleware:
    def __init__(self, endpoint, **kwargs):
        self.endpoint = endpoint
        self.request = endpoint.request
        self.kwargs = kwargs

    def use_this_middleware(self):
        return True

    def pre_save(self, serializer):
        pass

    def post_save(self, serializer):
        pass
