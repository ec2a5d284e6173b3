"""Middleware: proxy address handling and per-request project context."""
import threading

from django.conf import settings

_local = threading.local()


class ProxyMiddleware:
    """Take the client address from the header the proxy sets."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = getattr(settings, "IP_PROXY_HEADER", "HTTP_X_FORWARDED_FOR")
        if getattr(settings, "IP_BEHIND_REVERSE_PROXY", False) and header in request.META:
            forwarded = request.META[header].split(",")[0].strip()
            request.META["REMOTE_ADDR"] = forwarded
        return self.get_response(request)


class WorkspaceMiddleware:
    """Keep the workspace the user is browsing in a thread-local for the VCS layer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _local.workspace = request.GET.get("workspace") or request.COOKIES.get("workspace", "main")
        _local.actor = request.user.username if request.user.is_authenticated else "anonymous"
        try:
            return self.get_response(request)
        finally:
            _local.workspace = None
            _local.actor = None


def current_workspace():
    return getattr(_local, "workspace", None) or "main"


def current_actor():
    return getattr(_local, "actor", None) or "anonymous"
