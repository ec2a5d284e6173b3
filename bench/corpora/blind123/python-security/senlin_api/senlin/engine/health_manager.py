"""Health manager: polls the URL a health policy names."""
import json
import urllib.request


class HealthManager(object):

    def __init__(self, db):
        self.db = db

    def register(self, policy_id, detection):
        self.db.health_registry_create(policy_id, json.dumps(detection))

    def poll(self):
        for entry in self.db.health_registry_get_all():
            detection = json.loads(entry["detection"])
            url = detection.get("url")
            if not url:
                continue
            # expect: ssrf
            with urllib.request.urlopen(url, timeout=10) as resp:
                entry["healthy"] = resp.status == 200
