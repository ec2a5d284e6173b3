"""Stores request metadata for the audit log and loads the user's profile."""
from hc.lib import context


class RequestMetaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        client_ip = forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")
        context.set_request_meta(client_ip, request.META.get("HTTP_USER_AGENT", ""))
        try:
            return self.get_response(request)
        finally:
            context.clear()


class TeamAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            request.profile = request.user.profile
        return self.get_response(request)
