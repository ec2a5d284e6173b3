"""Request logging middleware."""
import logging
import time

from django.utils.deprecation import MiddlewareMixin

logger = logging.getLogger("zulip.requests")


def _clean(value):
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")[:100]


class RequestNotes:
    def __init__(self):
        self.client_name = "Unspecified"
        self.log_data = {}


def get_notes(request):
    if not hasattr(request, "_zulip_notes"):
        request._zulip_notes = RequestNotes()
    return request._zulip_notes


class LogRequests(MiddlewareMixin):
    def process_request(self, request):
        notes = get_notes(request)
        notes.client_name = request.META.get("HTTP_USER_AGENT", "Unspecified")
        notes.log_data["time_started"] = time.time()

    def process_response(self, request, response):
        notes = get_notes(request)
        elapsed = time.time() - notes.log_data.get("time_started", time.time())
        remote_ip = request.META.get("REMOTE_ADDR", "")
        logger.info("%-15s %-7s %3d %.3fs (%s)", remote_ip, request.method, response.status_code, elapsed, _clean(notes.client_name))
        if response.status_code >= 500:
            # expect: log-injection
            logger.error(f"{remote_ip} {request.method} {request.path} failed for client {notes.client_name}")
        return response
