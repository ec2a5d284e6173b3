import json
import logging

from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from .handlers import dispatch
from .models import count_by_event, failed_since
from .services import Forwarder, describe_event, describe_event_safely
from .signatures import valid_github_signature, valid_stripe_signature
from .tasks import deliver, deliver_to_partner

log = logging.getLogger("hooks.views")
SINCE_WINDOWS = {"1h": "now() - interval '1 hour'", "1d": "now() - interval '1 day'", "7d": "now() - interval '7 days'"}


def _json_body(request):
    try:
        return json.loads(request.body or b"{}")
    except ValueError:
        return None


@csrf_exempt
@require_POST
def github_webhook(request):
    signature = request.headers.get("X-Hub-Signature-256", "")
    if not valid_github_signature(settings.GITHUB_WEBHOOK_SECRET, request.body, signature):
        return HttpResponseForbidden("bad signature")
    payload = _json_body(request)
    if payload is None:
        return HttpResponseBadRequest("invalid json")
    describe_event_safely(payload)
    forwarder = Forwarder()
    delivery = forwarder.record("github", payload)
    forwarder.to_checked_callback(payload)
    dispatch(request.headers.get("X-GitHub-Event", ""), payload, table="issue_labels")
    deliver_to_partner.delay(delivery.pk, settings.PARTNER_ENDPOINTS["crm"], payload)
    return JsonResponse({"queued": delivery.delivery_id})


@csrf_exempt
@require_POST
def stripe_webhook(request):
    if not valid_stripe_signature(settings.STRIPE_WEBHOOK_SECRET, request.body, request.headers.get("Stripe-Signature", "")):
        return HttpResponseForbidden("bad signature")
    payload = _json_body(request) or {}
    describe_event_safely(payload)
    forwarder = Forwarder()
    forwarder.record("stripe", payload)
    forwarder.to_checked_callback(payload)
    return JsonResponse({"ok": True})


@method_decorator(csrf_exempt, name="dispatch")
class RelayView(View):
    """Generic relay: the sender names where the payload should go next."""

    def post(self, request):
        payload = _json_body(request) or {}
        target = payload.pop("forward_to", "")
        describe_event(payload)
        forwarder = Forwarder()
        delivery = forwarder.record(request.GET.get("source", "relay"), payload, target)
        forwarder.to_callback(payload)
        deliver.delay(delivery.pk, target, payload)
        return JsonResponse({"queued": delivery.delivery_id}, status=202)


@csrf_exempt
@require_POST
def partner_relay(request, partner):
    payload = _json_body(request) or {}
    url = settings.PARTNER_ENDPOINTS.get(partner)
    if url is None:
        return JsonResponse({"error": "unknown partner"}, status=404)
    delivery = Forwarder().record(partner, payload, url)
    deliver_to_partner.delay(delivery.pk, url, payload)
    return JsonResponse({"queued": delivery.delivery_id}, status=202)


@require_GET
def delivery_search(request):
    source = request.GET.get("source", "github")
    since = request.GET.get("since", "now() - interval '1 day'")
    rows = failed_since(source, since)
    return JsonResponse({"failed": [{"id": r[0], "url": r[1]} for r in rows]})


@require_GET
def deliveries_by_source(request):
    source = request.GET.get("source", "github")
    window = SINCE_WINDOWS.get(request.GET.get("since"), SINCE_WINDOWS["1d"])
    return JsonResponse({"counts": count_by_event(source), "window": window})
