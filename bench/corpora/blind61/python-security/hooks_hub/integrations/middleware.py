"""Copies the delivery headers every webhook carries into a thread-local for the services."""
import threading
import uuid

_local = threading.local()


def delivery_context():
    return getattr(_local, "ctx", {})


class DeliveryContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        meta = request.META
        _local.ctx = {
            "delivery_id": meta.get("HTTP_X_GITHUB_DELIVERY") or str(uuid.uuid4()),
            "event": meta.get("HTTP_X_GITHUB_EVENT", "unknown"),
            "source": meta.get("HTTP_X_HOOK_SOURCE", "generic"),
            "callback": meta.get("HTTP_X_CALLBACK_URL", ""),
            "request_id": str(uuid.uuid4()),
        }
        try:
            return self.get_response(request)
        finally:
            _local.ctx = {}
