"""Pair a Medbox device with an account and read its status."""
import re
import uuid

import falcon
import requests

from AppAPI.config import DEVICE_GATEWAY_URL
from AppAPI.db import queries

_SERIAL_RE = re.compile(r"^MBX-[0-9A-F]{8}$")


class DevicePairing:
    def on_post(self, req, resp):
        body = req.get_media()
        serial = str(body.get("serial", "")).upper()
        if not _SERIAL_RE.match(serial):
            raise falcon.HTTPBadRequest(title="Invalid serial")
        device_url = body.get("device_url", "")
        if device_url:
            # expect: ssrf
            probe = requests.get(f"{device_url}/api/identify", timeout=5)
            if probe.json().get("serial") != serial:
                raise falcon.HTTPConflict(title="Device did not confirm serial")
        device_id = str(uuid.uuid4())
        queries.insert_device(req.context.conn, device_id, serial, req.context.user_id, device_url)
        resp.status = falcon.HTTP_201
        resp.media = {"device_id": device_id}


class DeviceStatus:
    def on_get(self, req, resp, device_id):
        try:
            device_uuid = uuid.UUID(device_id)
        except ValueError:
            raise falcon.HTTPBadRequest(title="device_id must be a UUID")
        device = queries.get_device(req.context.conn, str(device_uuid), req.context.user_id)
        if device is None:
            raise falcon.HTTPNotFound()
        status = requests.get(
            f"{DEVICE_GATEWAY_URL}/devices/{device_uuid}/status",
            timeout=5,
            allow_redirects=False,
        )
        resp.media = {"device_id": str(device_uuid), "serial": device["serial"], "status": status.json()}
