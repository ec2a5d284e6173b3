"""Request middleware: org context and client info copied onto the request."""
import logging
import threading

from django.conf import settings

logger = logging.getLogger(__name__)
_locals = threading.local()


def get_search_keyword():
    return getattr(_locals, "search_keyword", "")


class BaseMiddleware:
    """Attaches cloud mode and the org the client claims to act for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.cloud_mode = getattr(settings, "CLOUD_MODE", False)
        request.org_name = request.META.get("HTTP_X_SEAFILE_ORG", "")
        request.client_platform = request.META.get("HTTP_X_SEAFILE_PLATFORM", "web")
        try:
            request.org_id = int(request.META.get("HTTP_X_SEAFILE_ORG_ID", "-1"))
        except ValueError:
            request.org_id = -1
        return self.get_response(request)


class ClientLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code >= 400:
            # expect: log-injection
            logger.warning("client %s got %s on %s", request.client_platform, response.status_code, request.path)
        return response


class SearchKeywordMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _locals.search_keyword = request.GET.get("q", "").strip()
        try:
            return self.get_response(request)
        finally:
            _locals.search_keyword = ""
