"""Tracking script and pixel: hits are handed to a Celery task."""
import json

from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import View

from shynet.analytics.tasks import ingress_request


def ingress(request, service_uuid, identifier, tracker, payload):
    ip = request.META.get("HTTP_X_FORWARDED_FOR", request.META.get("REMOTE_ADDR"))
    ingress_request.delay(
        service_uuid=service_uuid,
        tracker=tracker,
        time=timezone.now().isoformat(),
        payload=payload,
        ip=ip,
        location=request.META.get("HTTP_REFERER", "").strip(),
        user_agent=request.META.get("HTTP_USER_AGENT", ""),
        identifier=identifier,
    )


class PixelView(View):
    def get(self, request, *args, **kwargs):
        ingress(request, self.kwargs["service_uuid"], self.kwargs.get("identifier", ""), "PIXEL", {})
        return HttpResponse(b"GIF89a", content_type="image/gif")


class ScriptView(View):
    @csrf_exempt
    def post(self, request, *args, **kwargs):
        payload = json.loads(request.body)
        ingress(request, self.kwargs["service_uuid"], self.kwargs.get("identifier", ""), "JS", payload)
        return HttpResponse(json.dumps({"status": "OK"}), content_type="application/json")
