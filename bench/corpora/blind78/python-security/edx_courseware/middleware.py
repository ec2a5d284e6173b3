"""Keep the current request in a thread-local so deep helpers can reach it."""
import threading

_thread_locals = threading.local()


def get_current_request():
    return getattr(_thread_locals, "request", None)


def get_current_user():
    request = get_current_request()
    return getattr(request, "user", None)


class CurrentRequestUserMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _thread_locals.request = request
        try:
            return self.get_response(request)
        finally:
            _thread_locals.request = None


class TrackingContextMiddleware:
    """Copy the client's context headers into a plain dict for the event tracker."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.tracking_context = {
            "agent": request.META.get("HTTP_USER_AGENT", ""),
            "referer": request.META.get("HTTP_REFERER", ""),
            "org": request.META.get("HTTP_X_EDX_ORG", ""),
            "session": request.session.session_key or "",
        }
        return self.get_response(request)
