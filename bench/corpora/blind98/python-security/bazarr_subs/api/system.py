"""System endpoints: test the Sonarr/Radarr connection from the settings page."""
import ipaddress
from urllib.parse import urlparse

import requests
from flask import request
from flask_restx import Namespace, Resource

from ..app.config import settings
from .utils import authenticate

api_ns_system = Namespace("System", description="System endpoints")


@api_ns_system.route("system/test")
class SystemTest(Resource):
    @authenticate
    def post(self):
        body = request.get_json(silent=True) or {}
        base_url = body.get("url") or settings["sonarr"]["base_url"]
        api_key = body.get("apikey", "")
        # expect: ssrf
        resp = requests.get(f"{base_url}/api/v3/system/status", headers={"X-Api-Key": api_key}, timeout=10)
        return {"status": resp.status_code}


@api_ns_system.route("system/test_local")
class SystemTestLocal(Resource):
    @authenticate
    def post(self):
        body = request.get_json(silent=True) or {}
        port = int(body.get("port", 8989))
        host = body.get("host", "127.0.0.1")
        if not ipaddress.ip_address(host).is_loopback:
            return {"error": "only local instances"}, 400
        resp = requests.get(f"http://{host}:{port}/api/v3/system/status", timeout=10)
        return {"status": resp.status_code, "host": urlparse(resp.url).hostname}
