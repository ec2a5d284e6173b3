"""Talks to old on-premise devices that still use HTTP basic auth."""
import os

import requests
from requests.auth import HTTPBasicAuth, HTTPDigestAuth

PRINTER_USER = os.environ["PRINTER_USER"]
PRINTER_PASSWORD = os.environ["PRINTER_PASSWORD"]


def printer_status():
    # expect: cleartext-transport
    resp = requests.get("http://printers.corp.example.net/api/status", auth=(PRINTER_USER, PRINTER_PASSWORD), timeout=5)
    return resp.json()


def reset_badge_reader(reader_id):
    url = "http://badges.corp.example.net/cgi-bin/reset"
    # expect: cleartext-transport
    return requests.post(url, data={"reader": reader_id}, auth=HTTPBasicAuth("admin", os.environ["BADGE_PASSWORD"]), timeout=10)


def push_camera_config(config):
    # expect: cleartext-transport
    return requests.put("http://cameras.corp.example.net/api/config", json=config, auth=HTTPDigestAuth("ops", os.environ["CAMERA_PASSWORD"]), timeout=10)


def printer_status_tls():
    resp = requests.get("https://printers.corp.example.net/api/status", auth=(PRINTER_USER, PRINTER_PASSWORD), timeout=5)
    return resp.json()


def reset_badge_reader_tls(reader_id):
    return requests.post("https://badges.corp.example.net/cgi-bin/reset", data={"reader": reader_id}, auth=HTTPBasicAuth("admin", os.environ["BADGE_PASSWORD"]), timeout=10)


def camera_token_call(token):
    return requests.get("https://cameras.corp.example.net/api/config", headers={"Authorization": f"Bearer {token}"}, timeout=10)
