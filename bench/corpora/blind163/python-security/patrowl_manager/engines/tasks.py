"""Celery tasks: asset reachability, engine status, scan start."""
import json
import logging

import requests
from celery import shared_task
from django.conf import settings
from django.utils import timezone

from assets.models import Asset
from events.models import Event

from .models import EngineInstance

logger = logging.getLogger(__name__)
TIMEOUT = getattr(settings, "ENGINE_HTTP_TIMEOUT", 10)


@shared_task(bind=True, acks_late=True)
def check_asset_reachability_task(self, asset_id):
    """Fetch a URL asset once to record whether it answers."""
    asset = Asset.objects.get(id=asset_id)
    try:
        # expect: ssrf
        response = requests.get(asset.value, timeout=TIMEOUT, allow_redirects=True)
        asset.set_tag("reachable" if response.ok else "unreachable")
    except requests.RequestException as exc:
        asset.set_tag("unreachable")
        Event.objects.create(message=f"[Asset] {asset.value} unreachable: {exc}", type="ERROR", severity="WARNING")
    return True


@shared_task(bind=True, acks_late=True)
def refresh_engines_status_task(self):
    """Ask every configured engine instance (set up by admins) for its status."""
    for engine in EngineInstance.objects.filter(enabled=True):
        try:
            response = requests.get(f"{engine.api_url}status", timeout=TIMEOUT, verify=settings.ENGINE_CA_BUNDLE)
            engine.status = response.json().get("status", "ERROR").upper()
        except (requests.RequestException, ValueError):
            engine.status = "ERROR"
        engine.updated_at = timezone.now()
        engine.save()
    return True


@shared_task(bind=True, acks_late=True)
def start_scan_task(self, engine_id, scan_payload):
    engine = EngineInstance.objects.get(id=engine_id)
    response = requests.post(
        f"{engine.api_url}startscan", data=json.dumps(scan_payload),
        headers={"Content-type": "application/json"}, timeout=TIMEOUT, verify=settings.ENGINE_CA_BUNDLE,
    )
    result = response.json()
    logger.info("scan %s started on %s: %s", scan_payload.get("scan_id"), engine.name, result.get("status"))
    return result.get("status") == "accepted"
