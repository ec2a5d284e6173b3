"""Sends device telemetry and fetches remote configuration for the kiosk app."""
import json
import urllib.request
from urllib import request as urlreq

API_BASE = "http://telemetry.kiosk-cloud.example/v1"
CONFIG_URL = "https://config.kiosk-cloud.example/v1/config"
LOCAL_AGENT = "http://127.0.0.1:8125/metrics"


def _post(req):
    with urllib.request.urlopen(req, timeout=15) as resp:
        return json.load(resp)


def send_heartbeat(device_id, api_key):
    body = json.dumps({"device": device_id, "status": "up"}).encode()
    # expect: insecure-transport
    req = urllib.request.Request(API_BASE + "/heartbeat", data=body, headers={"X-Api-Key": api_key})
    return _post(req)


def upload_session(session):
    url = "http://telemetry.kiosk-cloud.example/v1/sessions"
    # expect: insecure-transport
    req = urlreq.Request(url, data=json.dumps(session).encode(), method="POST")
    return _post(req)


def register(serial, token, endpoint="http://register.kiosk-cloud.example/devices"):
    # expect: insecure-transport
    req = urllib.request.Request(
        endpoint, data=json.dumps({"serial": serial, "token": token}).encode(), method="POST",
    )
    return _post(req)


def report_crash(trace):
    # expect: insecure-transport
    req = urlreq.Request("HTTP://crash.kiosk-cloud.example/report", data=trace.encode())
    return _post(req)


def fetch_config(device_id):
    req = urllib.request.Request(f"{CONFIG_URL}?device={device_id}")
    return _post(req)


def push_local_metrics(lines):
    req = urllib.request.Request(LOCAL_AGENT, data="\n".join(lines).encode(), method="POST")
    with urllib.request.urlopen(req, timeout=2) as resp:
        return resp.status


def send_heartbeat_tls(device_id, api_key):
    body = json.dumps({"device": device_id, "status": "up"}).encode()
    req = urlreq.Request("https://telemetry.kiosk-cloud.example/v1/heartbeat", data=body,
                         headers={"X-Api-Key": api_key})
    return _post(req)
