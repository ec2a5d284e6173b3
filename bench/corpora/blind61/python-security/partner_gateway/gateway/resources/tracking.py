"""Tracking links in partner e-mails: /t/<campaign>?to=<landing page>."""
import logging
from urllib.parse import urlparse

import falcon
import httpx

from ..db import fetch_params

log = logging.getLogger("gateway.tracking")

LANDING_HOSTS = {"shop.example.com", "www.example.com"}
CARRIER_API = "https://api.carrier.example.net/v2/shipments/"


class TrackingLinkResource:
    def on_get(self, req, resp, campaign):
        destination = req.get_param("to", default="https://www.example.com/")
        fetch_params("INSERT INTO clicks (campaign, destination) VALUES (%s, %s)", (campaign, destination))
        # expect: open-redirect
        raise falcon.HTTPFound(destination)


class CheckedTrackingLinkResource:
    def on_get(self, req, resp, campaign):
        destination = req.get_param("to", default="https://www.example.com/")
        parsed = urlparse(destination)
        if parsed.scheme != "https" or parsed.hostname not in LANDING_HOSTS:
            destination = "https://www.example.com/"
        raise falcon.HTTPFound(destination)


class ShipmentResource:
    async def _carrier_status(self, tracking_no):
        async with httpx.AsyncClient(timeout=10) as client:
            r = await client.get(CARRIER_API + tracking_no.replace("/", ""))
            return r.json()

    def on_get(self, req, resp, tracking_no):
        with httpx.Client(timeout=10) as client:
            r = client.get(CARRIER_API + tracking_no.replace("/", "").replace("?", ""))
        resp.media = r.json()


class WebhookTestResource:
    """Lets a partner check that their webhook endpoint answers."""

    def on_post(self, req, resp):
        body = req.get_media()
        endpoint = body.get("endpoint", "")
        # expect: ssrf
        r = httpx.post(endpoint, json={"ping": True, "partner": req.context.partner}, timeout=5)
        resp.media = {"status": r.status_code}
