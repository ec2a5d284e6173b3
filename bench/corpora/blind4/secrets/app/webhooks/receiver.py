"""Inbound webhooks from the payment provider and the carrier."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

hooks = Blueprint("hooks", __name__)

CARRIER_SECRET = os.environ.get("CARRIER_WEBHOOK_SECRET", "")
# expect: generic-secret
PARTNER_SIGNING_SECRET = "b544e3f73179ace090c94e056469ce7a38375004"
# expect: generic-api-key
FULFILMENT_API_KEY = "z0mA7rXQeARI0QhvoyqVLSBvXhLsiUnPvlI3BOAB9d47jldA"
# expect: encryption-key
FIELD_ENCRYPTION_KEY = "VXphcj8w96XCEbxiZQ6Jxk8xj1pIv2Glj+AZG+rtiMU="

EVENT_SCHEMA_VERSION = "2024-06-01"
TRACE_ID_EXAMPLE = "a47cc947-f756-4018-8b4b-c5571874f98c"
PAYLOAD_SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def _verify(secret: str, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@hooks.post("/carrier")
def carrier():
    if not _verify(CARRIER_SECRET, request.get_data(), request.headers.get("X-Signature", "")):
        abort(401)
    event = json.loads(request.get_data())
    return {"received": event.get("id")}


@hooks.post("/partner")
def partner():
    if not _verify(PARTNER_SIGNING_SECRET, request.get_data(), request.headers.get("X-Partner-Signature", "")):
        abort(401)
    return {"ok": True}
