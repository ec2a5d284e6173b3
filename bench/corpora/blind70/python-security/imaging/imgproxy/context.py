"""Per-request context: configuration plus the parsed request parameters."""
import os
import re


class Config:
    ALLOWED_SOURCES = [re.compile(r"^https://images\.example\.com/"), re.compile(r"^https://cdn\.example\.net/")]
    FILE_LOADER_ROOT_PATH = os.environ.get("IMGPROXY_ROOT", "/srv/images")
    RESULT_STORAGE_PATH = os.environ.get("IMGPROXY_RESULTS", "/var/cache/imgproxy")
    FFMPEG_PATH = os.environ.get("IMGPROXY_FFMPEG", "/usr/bin/ffmpeg")
    HTTP_LOADER_TIMEOUT = 10


class RequestParameters:
    def __init__(self, image=None, width=0, height=0, filters="", smart=False, meta=False, **kw):
        self.image_url = image
        self.width = int(width or 0)
        self.height = int(height or 0)
        self.filters = filters or ""
        self.smart = bool(smart)
        self.meta = bool(meta)
        self.extra = kw

    @classmethod
    def from_route_arguments(cls, kw):
        return cls(**kw)


class Context:
    def __init__(self, config=None):
        self.config = config or Config()
        self.request = None
        self.metrics = {}
