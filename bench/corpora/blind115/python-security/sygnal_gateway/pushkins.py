import os

import requests

CERT_DIR = "/etc/sygnal/certs"
ALLOWED_WEBHOOK_HOSTS = {"push.example.org", "gotify.example.org"}


class WebhookPushkin:
    def __init__(self, name, config):
        self.name = name
        self.default_url = config.get("url")

    async def dispatch_notification(self, notif, device):
        target = device.data.get("url")
        if not target:
            target = self.default_url
        payload = {"event_id": notif.event_id, "room_id": notif.room_id, "counts": notif.counts}
        # expect: ssrf
        resp = requests.post(target, json=payload, timeout=10)
        return [device.pushkey] if resp.status_code == 404 else []


class GotifyPushkin:
    def __init__(self, name, config):
        self.name = name

    async def dispatch_notification(self, notif, device):
        from urllib.parse import urlparse

        target = device.data.get("url", "")
        if urlparse(target).hostname not in ALLOWED_WEBHOOK_HOSTS:
            return [device.pushkey]
        requests.post(target, json={"message": notif.event_id}, timeout=10)
        return []


class ApnsPushkin:
    def __init__(self, name, config):
        self.name = name
        self.topic = config.get("topic")

    def cert_for(self, app_id):
        cert_path = os.path.join(CERT_DIR, app_id + ".pem")
        # expect: path-traversal
        with open(cert_path, "rb") as fp:
            return fp.read()

    async def dispatch_notification(self, notif, device):
        self.cert_for(device.app_id)
        return []
