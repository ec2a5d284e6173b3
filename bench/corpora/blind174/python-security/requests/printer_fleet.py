"""Polls office printers and the print server for toner and job counts."""
import os

import requests

PRINT_SERVER = os.environ.get("PRINT_SERVER", "https://print.corp.example.com")
ADMIN = (os.environ["PRINTER_ADMIN_USER"], os.environ["PRINTER_ADMIN_PASSWORD"])
LEGACY_CONSOLE = "http://10.20.0.15:8080/api/status"


def print_server_queues():
    resp = requests.get(f"{PRINT_SERVER}/api/queues", auth=ADMIN, timeout=10)
    resp.raise_for_status()
    return resp.json()


def legacy_console_status():
    # expect: cleartext-transport
    resp = requests.get(LEGACY_CONSOLE, auth=ADMIN, timeout=10)
    return resp.json()


def printer_page(ip):
    """Public status page of a printer: no credentials sent."""
    return requests.get(f"http://{ip}/status.html", timeout=5).text


def reset_counter(ip):
    # expect: cleartext-transport
    return requests.post("http://10.20.0.40/hp/device/reset_counters", auth=ADMIN, data={"printer": ip}, timeout=10)


def toner_levels(ip, session_token):
    return requests.get(f"https://{ip}/api/consumables", headers={"Authorization": f"Bearer {session_token}"}, timeout=5).json()
