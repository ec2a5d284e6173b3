"""Status poller for the old on-prem appliances (stdlib only, runs on the jump host)."""
import json
import urllib.request
from urllib.request import HTTPHandler, HTTPSHandler, OpenerDirector

APPLIANCE_STATUS = "http://appliance-01.corp.example/status.json"
LOCAL_AGENT = "http://127.0.0.1:9100/metrics"


def _director():
    director = urllib.request.OpenerDirector()
    director.add_handler(HTTPHandler())
    director.add_handler(HTTPSHandler())
    return director


def appliance_status():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(urllib.request.HTTPHandler())
    # expect: insecure-transport
    with opener.open("http://appliance-01.corp.example/status.json", timeout=10) as resp:
        return json.load(resp)


def appliance_config(token):
    url = "http://appliance-01.corp.example/api/config?token=" + token
    opener = OpenerDirector()
    opener.add_handler(HTTPHandler())
    # expect: insecure-transport
    return opener.open(url, timeout=10).read()


def push_report(body, endpoint="http://reports.corp.example/ingest"):
    director = urllib.request.OpenerDirector()
    director.add_handler(HTTPHandler())
    # expect: insecure-transport
    resp = director.open(endpoint, data=body)
    return resp.status


def licence_check():
    # expect: insecure-transport
    return urllib.request.OpenerDirector().open("http://licensing.vendor.example/v1/check").read()


def appliance_status_tls():
    opener = _director()
    with opener.open("https://appliance-01.corp.example/status.json", timeout=10) as resp:
        return json.load(resp)


def local_agent_metrics():
    opener = urllib.request.OpenerDirector()
    opener.add_handler(HTTPHandler())
    return opener.open(LOCAL_AGENT, timeout=2).read().decode()
